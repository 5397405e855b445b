"""What a renewal memo says, read through the services; and its trace in history.

The memo writer (``exports.memo_pdf``) gets plain data from here so that it
never touches the database: each entry's facts, its decision history, the
bodies involved (with their R8 international contacts) and the register's
current rule findings. Generating a memo is recorded per entry (R10).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop_app.domain.dates import effective_status
from desktop_app.domain.entry import ReviewFact
from desktop_app.domain.kinds import Status
from desktop_app.domain.mandates import Action
from desktop_app.domain.memo_route import memo_route
from desktop_app.domain.rules import Finding, check_entry
from desktop_app.store.models import Counterparty, Entry, EntryCounterparty, Review, Setting

from . import catalog, entries, register_settings
from .context import write_transaction
from .entries import ReviewRecord
from .errors import NotFoundError, ServiceError
from .register import RegisterFilter, query_ids


@dataclass(frozen=True)
class BodyFacts:
    """A decision body as a memo names it, with its international contact (R8)."""

    id: int
    short_name: str
    name_sv: str
    name_en: str
    kind: str
    organisation: str = ""
    contact_name: str = ""
    contact_role: str = ""
    contact_email: str = ""
    contact_phone: str = ""

    def name(self, lang: str = "sv") -> str:
        return (self.name_en or self.name_sv) if lang == "en" else self.name_sv


@dataclass(frozen=True)
class RouteFacts:
    """Who decides what a memo proposes, and to whom it is addressed (``domain.memo_route``)."""

    decider_kind: str
    decider: BodyFacts | None
    addressee: BodyFacts | None
    via_executive_board: bool
    source_sv: str
    source_en: str


@dataclass
class BodyMemoSettings:
    """What a memo's letterhead and signatures take from the writing body's settings."""

    department: str = ""  # avdelning, e.g. "Stab"
    head_of_administration: str = ""  # förvaltningschef
    head_of_department: str = ""  # avdelningschef
    head_title: str = ""  # the head's title when not "Förvaltningschef" ("Stadsdirektör")
    papers_days: int | None = None  # days before a meeting its papers must be in


_BODY_KEYS = (
    "department",
    "head_of_administration",
    "head_of_department",
    "head_title",
    "papers_days",
)


def _body_key(body_id: int, name: str) -> str:
    return f"body.{body_id}.{name}"


def all_body_memo_settings() -> dict[int, BodyMemoSettings]:
    """Every body's memo settings, read in one query."""
    result: dict[int, BodyMemoSettings] = {}
    for key, value in (
        Setting.select(Setting.key, Setting.value).where(Setting.key.startswith("body.")).tuples()
    ):
        _, ident, name = (key.split(".", 2) + ["", ""])[:3]
        if not ident.isdigit() or name not in _BODY_KEYS:
            continue
        settings = result.setdefault(int(ident), BodyMemoSettings())
        if name == "papers_days":
            settings.papers_days = int(value) if value.strip().isdigit() else None
        else:
            setattr(settings, name, value)
    return result


def body_memo_settings(body_id: int) -> BodyMemoSettings:
    return all_body_memo_settings().get(body_id, BodyMemoSettings())


def save_body_memo_settings(body_id: int, settings: BodyMemoSettings) -> None:
    """One transaction; each changed value is an audited setting (R10)."""
    catalog.get_body(body_id)  # NotFoundError for an unknown body
    with write_transaction():
        for name in _BODY_KEYS:
            value = getattr(settings, name)
            text = "" if value is None else str(value).strip()
            if register_settings.get_setting(_body_key(body_id, name)) != text:
                register_settings.set_setting(_body_key(body_id, name), text)


@dataclass
class MemoDraftText:
    """The handläggare's own words for a memo (a saved draft, or typed in the dialog).

    ``variant``: "review", "end" or "new" (``domain.memo_route.Variant``); empty:
    the entry's default. ``proposal``: "continue", "amend" or "terminate".
    ``proposal_text``: the points of Förslag till beslut, one a line (empty:
    worded from the register). Empty texts are filled from the register.
    """

    variant: str = ""
    proposal: str = ""
    proposal_text: str = ""
    summary: str = ""
    preparation: str = ""
    assessment: str = ""
    officer: str = ""
    officer_phone: str = ""


@dataclass
class MemoFacts:
    """Everything one memo shows, as plain values."""

    entry_id: int
    version: int
    organisation_name: str
    case_number: str
    title: str
    kind: str
    scope: str
    status: str  # effective (expired derived)
    counterparties: list[tuple[str, str]]  # (name, country)
    deciding_body: BodyFacts | None
    decision_date: date | None
    responsible_body: BodyFacts | None
    contact_person: str
    theme_sv: str
    theme_en: str
    directions: int
    mutual_benefit: str
    start_date: date | None
    end_date: date | None
    review_interval_months: int | None
    last_review_date: date | None
    next_review_date: date | None
    annual_cost: Decimal | None
    currency: str
    cost_payer: str
    notes: str
    terminated_date: date | None = None
    termination_reason: str = ""
    terminated_by: str = ""  # short name of the body that decided to terminate
    reviews: list[ReviewRecord] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    document_links: tuple[str, ...] = ()
    project_kind: str = ""
    external_financiers: str = ""
    city_contribution: Decimal | None = None
    routes: dict[str, RouteFacts] = field(default_factory=dict)  # by Action value
    writer: BodyMemoSettings = field(default_factory=BodyMemoSettings)
    officer_phone: str = ""
    bodies_by_short: dict[str, BodyFacts] = field(default_factory=dict)  # shared by a batch

    def route(self, action: str) -> RouteFacts | None:
        return self.routes.get(str(action))

    def theme(self, lang: str = "sv") -> str:
        return (self.theme_en or self.theme_sv) if lang == "en" else self.theme_sv


def memo_ids(
    entry_ids: list[int] | None = None,
    due_within_days: int | None = None,
    today: date | None = None,
) -> list[int]:
    """The entries to write memos for: the given ids, else those due within N days.

    Due entries come soonest review first, overdue ones at the top; a given
    selection keeps its order (the order the user sees in the register).
    """
    if entry_ids:
        return list(dict.fromkeys(entry_ids))
    days = register_settings.lead_days() if due_within_days is None else due_within_days
    return query_ids(RegisterFilter(due_within_days=days, sort_key="next_review_date"), today)


def _body_facts() -> dict[int, BodyFacts]:
    return {
        b.id: BodyFacts(
            b.id,
            b.short_name,
            b.name_sv,
            b.name_en,
            b.kind,
            b.organisation,
            b.contact_name,
            b.contact_role,
            b.contact_email,
            b.contact_phone,
        )
        for b in catalog.list_bodies()
    }


_CHUNK = 500  # ids per IN (...) query: well below SQLite's variable limit


def _load(ids: list[int]) -> tuple[dict, dict, dict]:
    """Entries, their counterparties and their reviews for a chunk of ids: 3 queries."""
    rows = {row.id: row for row in Entry.select().where(Entry.id.in_(ids))}
    links: dict[int, list[tuple[int, str, str]]] = {}
    query = (
        EntryCounterparty.select(
            EntryCounterparty.entry, Counterparty.id, Counterparty.name, Counterparty.country
        )
        .join(Counterparty, on=(EntryCounterparty.counterparty == Counterparty.id))
        .where(EntryCounterparty.entry.in_(ids))
        .order_by(EntryCounterparty.entry, EntryCounterparty.position)
        .tuples()
    )
    for entry_id, cp_id, name, country in query:
        links.setdefault(entry_id, []).append((cp_id, name, country or ""))
    reviews: dict[int, list[Review]] = {}
    for review in (
        Review.select()
        .where(Review.entry.in_(ids))
        .order_by(Review.entry, Review.review_date, Review.id)
    ):
        reviews.setdefault(review.entry_id, []).append(review)
    return rows, links, reviews


def gather(entry_ids: list[int], today: date | None = None) -> list[MemoFacts]:
    """The facts of each entry, in the given order (NotFoundError for an unknown id).

    The catalogue (bodies, themes, rule context) is read once for the batch and
    the entries a chunk at a time (three queries per 500 entries), so a batch
    of a thousand memos does not cost thousands of round trips.
    """
    today = today or date.today()
    ctx = catalog.rule_context(today)
    bodies = _body_facts()
    themes = {t.id: t for t in catalog.list_themes()}
    organisation = register_settings.get_setting("organisation_name")
    body_settings = all_body_memo_settings()
    by_short = {b.short_name: b for b in bodies.values()}
    result = []
    for start in range(0, len(entry_ids), _CHUNK):
        chunk = list(entry_ids[start : start + _CHUNK])
        rows, links, reviews = _load(chunk)
        for entry_id in chunk:
            row = rows.get(entry_id)
            if row is None:
                raise NotFoundError("Posten", entry_id)
            cps = links.get(entry_id, [])
            facts = tuple(
                ReviewFact(r.review_date, r.outcome, r.deciding_body_id, r.decision_date)
                for r in reviews.get(entry_id, [])
            )
            data = entries.row_to_data(row, tuple(cp_id for cp_id, _, _ in cps), facts)
            result.append(
                _facts(row, data, cps, reviews.get(entry_id, []), bodies, themes, organisation)
            )
            facts = result[-1]
            facts.bodies_by_short = by_short
            facts.findings = check_entry(data, ctx)
            facts.status = effective_status(data.status, data.end_date, today).value
            types = [ctx.counterparty_types.get(i, "") for i in data.counterparty_ids]
            for action in Action:
                route = memo_route(data, types, ctx.bodies, action)
                facts.routes[action.value] = RouteFacts(
                    route.decider_kind,
                    bodies.get(route.decider.id) if route.decider else None,
                    bodies.get(route.addressee.id) if route.addressee else None,
                    route.via_executive_board,
                    route.rule.source_sv,
                    route.rule.source_en,
                )
            writer = facts.responsible_body or facts.deciding_body
            if writer is not None:
                facts.writer = body_settings.get(writer.id, BodyMemoSettings())
                if facts.contact_person and facts.contact_person == writer.contact_name:
                    facts.officer_phone = writer.contact_phone
    return result


def _facts(row, data, cps, reviews, bodies, themes, organisation) -> MemoFacts:
    theme = themes.get(data.theme_id) if data.theme_id is not None else None

    def short(body_id: int | None) -> str:
        body = bodies.get(body_id or -1)
        return body.short_name if body else ""

    return MemoFacts(
        entry_id=row.id,
        version=row.version,
        organisation_name=organisation,
        case_number=data.case_number,
        title=data.title,
        kind=data.kind,
        scope=data.scope,
        status=data.status,
        counterparties=[(name, country) for _, name, country in cps],
        deciding_body=bodies.get(data.deciding_body_id or -1),
        decision_date=data.decision_date,
        responsible_body=bodies.get(data.responsible_body_id or -1),
        contact_person=data.contact_person,
        theme_sv=theme.name_sv if theme else "",
        theme_en=theme.name_en if theme else "",
        directions=data.directions,
        mutual_benefit=data.mutual_benefit,
        start_date=data.start_date,
        end_date=data.end_date,
        review_interval_months=data.review_interval_months,
        last_review_date=data.last_review_date,
        next_review_date=row.next_review_date,
        annual_cost=data.annual_cost,
        currency=data.currency,
        cost_payer=(
            bodies[data.cost_payer_body_id].name_sv
            if data.cost_payer_body_id in bodies
            else data.cost_payer
        ),
        notes=data.notes,
        document_links=tuple(data.document_links),
        project_kind=data.project_kind,
        external_financiers=data.external_financiers,
        city_contribution=data.city_contribution,
        terminated_date=row.terminated_date,
        termination_reason=row.termination_reason,
        terminated_by=short(row.terminated_by_id),
        reviews=[
            ReviewRecord(
                r.id,
                r.review_date,
                r.outcome,
                r.deciding_body_id,
                short(r.deciding_body_id),
                r.decision_date,
                r.case_number,
                r.note,
                r.created_at,
                r.created_by,
            )
            for r in reviews
        ],
    )


class MemoRefusedError(ServiceError):
    """No memo for these entries: an ended commitment is not reviewed."""


def refuse_ended(memos: list[MemoFacts]) -> None:
    """Raise ``MemoRefusedError`` naming every terminated entry among ``memos``."""
    ended = [m for m in memos if m.status == Status.TERMINATED]
    if not ended:
        return
    names = [f"{m.case_number} ”{m.title}”".strip() for m in ended[:5]]
    more = len(ended) - len(names)
    listed = ", ".join(names) + (f" (+{more})" if more else "")
    raise MemoRefusedError(
        f"Inget omprövnings-PM skrivs för {listed}: åtagandet är avslutat, och ett avslutat "
        "åtagande omprövas inte. Ta bort det ur urvalet; ett nytt åtagande registreras som "
        "en ny post.",
        f"No renewal memo is written for {listed}: the commitment has ended, and an ended "
        "commitment is not reviewed. Leave it out of the selection; a new commitment is "
        "registered as a new entry.",
    )


def record_memos(entry_ids: list[int], path: str, details: dict | None = None) -> None:
    """R10: each generated memo becomes a "document" row in the entry's history."""
    if entry_ids:
        entries.record_document(list(entry_ids), "memo", path, details)
