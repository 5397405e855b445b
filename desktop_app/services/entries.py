"""Entries: create, update, review, terminate, archive, restore; one record read.

Every write: validate (rules), lock (BEGIN IMMEDIATE / version check), write,
audit, all in one transaction. A stale ``expected_version`` raises
``ConflictError`` naming who changed the entry and when; nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal

from desktop_app.domain.bodies import match_body
from desktop_app.domain.dates import add_months, effective_status, review_state
from desktop_app.domain.entry import EntryData, ReviewFact
from desktop_app.domain.kinds import ReviewOutcome, ReviewState, Status
from desktop_app.domain.money import normalise_currency
from desktop_app.domain.prepared import entry_prepared
from desktop_app.domain.rules import Finding, RuleContext, check_entry, errors
from desktop_app.store.models import (
    Counterparty,
    DecisionBody,
    Entry,
    EntryCounterparty,
    Review,
    Theme,
)

from . import assessments, audit, catalog
from .audit import Change
from .context import current_actor, utcnow, write_transaction
from .errors import ConflictError, DuplicateError, NotFoundError, ServiceError, ValidationError

# Read-only in EntryData: kept by record_review and terminate_entry, never by a save.
_MAINTAINED = ("terminated_date", "terminated_by_id", "reviews")
# Fields of EntryData stored 1:1 in the entry table (ids map to *_id columns).
COLUMN_FIELDS = _COLUMN_FIELDS = [
    f.name
    for f in fields(EntryData)
    if f.name not in ("counterparty_ids", "document_links", *_MAINTAINED)
]


@dataclass
class ReviewRecord:
    id: int
    review_date: date
    outcome: str
    deciding_body_id: int | None
    deciding_body: str
    decision_date: date | None
    case_number: str
    note: str
    created_at: datetime | None
    created_by: str


@dataclass
class EntryRecord:
    """One entry as read for editing, with the version to save against."""

    id: int
    data: EntryData
    version: int
    next_review_date: date | None
    archived: bool
    archived_at: datetime | None
    terminated_date: date | None
    termination_reason: str
    terminated_by_id: int | None
    created_at: datetime | None
    created_by: str
    updated_at: datetime | None
    updated_by: str
    counterparties: list[catalog.CounterpartyRecord] = field(default_factory=list)
    reviews: list[ReviewRecord] = field(default_factory=list)

    def status(self, today: date | None = None) -> Status:
        return effective_status(self.data.status, self.data.end_date, today or date.today())

    def review_state(self, today: date | None = None, lead_days: int = 180) -> ReviewState:
        return review_state(
            self.next_review_date,
            self.data.status,
            today or date.today(),
            lead_days,
            archived=self.archived,
            end_date=self.data.end_date,
        )


@dataclass
class ReviewInput:
    """A review to record; a decision that names the next review date gives it with a reason."""

    outcome: str
    review_date: date
    deciding_body_id: int | None = None
    decision_date: date | None = None
    case_number: str = ""
    note: str = ""
    next_review_fixed: date | None = None
    next_review_reason: str = ""


def row_to_data(
    row: Entry, counterparty_ids: tuple[int, ...], reviews: tuple[ReviewFact, ...] = ()
) -> EntryData:
    """An entry row as the rules see it (for readers that batch their queries)."""
    values = {name: getattr(row, name) for name in _COLUMN_FIELDS}
    links = tuple(line for line in (row.document_links or "").splitlines() if line.strip())
    return EntryData(
        **values,
        document_links=links,
        counterparty_ids=counterparty_ids,
        terminated_date=row.terminated_date,
        terminated_by_id=row.terminated_by_id,
        reviews=reviews,
    )


def review_facts(reviews: list[ReviewRecord]) -> tuple[ReviewFact, ...]:
    return tuple(
        ReviewFact(r.review_date, r.outcome, r.deciding_body_id, r.decision_date) for r in reviews
    )


def get_entry(entry_id: int) -> EntryRecord:
    row = Entry.get_or_none(Entry.id == entry_id)
    if row is None:
        raise NotFoundError("Posten", entry_id)
    links = list(
        EntryCounterparty.select(EntryCounterparty.counterparty)
        .where(EntryCounterparty.entry == entry_id)
        .order_by(EntryCounterparty.position)
        .tuples()
    )
    cp_ids = tuple(r[0] for r in links)
    cps = (
        {c.id: c for c in Counterparty.select().where(Counterparty.id.in_(cp_ids))}
        if cp_ids
        else {}
    )
    counterparties = [
        catalog.CounterpartyRecord(c.id, c.name, c.country, c.type, bool(c.active), c.version)
        for c in (cps[i] for i in cp_ids if i in cps)
    ]
    reviews = list_reviews(entry_id)
    return EntryRecord(
        id=row.id,
        data=row_to_data(row, cp_ids, review_facts(reviews)),
        version=row.version,
        next_review_date=row.next_review_date,
        archived=bool(row.archived),
        archived_at=row.archived_at,
        terminated_date=row.terminated_date,
        termination_reason=row.termination_reason,
        terminated_by_id=row.terminated_by_id,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        counterparties=counterparties,
        reviews=reviews,
    )


def list_reviews(entry_id: int) -> list[ReviewRecord]:
    q = Review.select().where(Review.entry == entry_id).order_by(Review.review_date, Review.id)
    reviews = list(q)
    body_ids = {r.deciding_body_id for r in reviews if r.deciding_body_id}
    names = (
        dict(
            DecisionBody.select(DecisionBody.id, DecisionBody.short_name)
            .where(DecisionBody.id.in_(list(body_ids)))
            .tuples()
        )
        if body_ids
        else {}
    )
    return [
        ReviewRecord(
            r.id,
            r.review_date,
            r.outcome,
            r.deciding_body_id,
            names.get(r.deciding_body_id, ""),
            r.decision_date,
            r.case_number,
            r.note,
            r.created_at,
            r.created_by,
        )
        for r in reviews
    ]


def findings_for(data: EntryData, ctx: RuleContext | None = None) -> list[Finding]:
    """The rule findings for data as it stands (for the editor's live view)."""
    return check_entry(data, ctx or catalog.rule_context())


def _clean_text(value: str) -> str:
    """Strip, drop NUL (PostgreSQL refuses it) and replace lone surrogates
    (no database can store them) with "?"."""
    return value.replace("\x00", "").encode("utf-8", "replace").decode("utf-8").strip()


def _clean(data: EntryData) -> EntryData:
    """Normalise text (strip, no NUL) so odd input stores as what it shows."""
    for f in fields(EntryData):
        value = getattr(data, f.name)
        if isinstance(value, str):
            setattr(data, f.name, _clean_text(value))
    data.continued = bool(data.continued)
    data.document_links = tuple(_clean_text(link) for link in data.document_links if link.strip())
    seen: list[int] = []
    for cp in data.counterparty_ids:
        if cp not in seen:
            seen.append(cp)
    data.counterparty_ids = tuple(seen)
    for name in ("annual_cost", "city_contribution", "external_share"):
        value = getattr(data, name)
        if value is not None:
            setattr(data, name, Decimal(value).quantize(Decimal("0.01")))
    data.currency = normalise_currency(data.currency)
    if data.cost_payer_body_id is not None:
        data.cost_payer = ""  # the body is the payer; text was only for an unmatched name
    return data


def _check_references(data: EntryData) -> None:
    def missing(model, ident) -> bool:
        return ident is not None and not model.select().where(model.id == ident).exists()

    problems = []
    if any(
        missing(DecisionBody, ident)
        for ident in (data.deciding_body_id, data.responsible_body_id, data.cost_payer_body_id)
    ):
        problems.append("organ")
    if missing(Theme, data.theme_id):
        problems.append("tema")
    if data.counterparty_ids:
        found = Counterparty.select().where(Counterparty.id.in_(data.counterparty_ids)).count()
        if found != len(data.counterparty_ids):
            problems.append("motpart")
    if problems:
        raise ServiceError(
            f"Posten hänvisar till {', '.join(problems)} som inte finns. Uppdatera (F5).",
            "The entry refers to a body, theme or counterparty that does not exist. Reload (F5).",
        )


def _check_case_number(data: EntryData, exclude_id: int | None) -> None:
    if not data.case_number:
        return
    q = Entry.select(Entry.id, Entry.title).where(Entry.case_number == data.case_number)
    if exclude_id is not None:
        q = q.where(Entry.id != exclude_id)
    other = q.first()
    if other is not None:
        raise DuplicateError(
            f"Diarienumret {data.case_number} används redan av post {other.id} "
            f"({other.title}). Kontrollera numret.",
            f"Case number {data.case_number} is already used by entry {other.id} "
            f"({other.title}). Check the number.",
        )


def _match_payer(data: EntryData, ctx: RuleContext) -> None:
    """R6: a payer given as text that names a body becomes that body; other text stays."""
    if data.cost_payer_body_id is None and data.cost_payer:
        body = match_body(data.cost_payer, ctx.bodies.values())
        if body is not None:
            data.cost_payer_body_id, data.cost_payer = body.id, ""


def _validate(data: EntryData, ctx: RuleContext | None) -> list[Finding]:
    findings = check_entry(data, ctx or catalog.rule_context())
    if errors(findings):
        raise ValidationError(findings)
    return findings


def stored_next_review(data: EntryData):
    """The next review date as stored: none for a draft (not decided yet) or a
    terminated entry (over), so neither can be due or overdue (R3)."""
    if data.status in (Status.TERMINATED, Status.DRAFT):
        return None
    return data.next_review()


def payer_name(data: EntryData, short_names: dict[int, str] | None = None) -> str:
    """What the grid shows and sorts by as payer: the body's short name, else the text."""
    if data.cost_payer_body_id is None:
        return data.cost_payer
    if short_names is not None:
        return short_names.get(data.cost_payer_body_id, "")
    row = DecisionBody.get_or_none(DecisionBody.id == data.cost_payer_body_id)
    return row.short_name if row else ""


def _columns(data: EntryData, cp_names: list[str], theme_name: str) -> dict:
    values = {name: getattr(data, name) for name in _COLUMN_FIELDS}
    values["document_links"] = "\n".join(data.document_links)
    values["next_review_date"] = stored_next_review(data)
    values.update(
        entry_prepared(
            data.case_number,
            data.title,
            cp_names,
            theme_name,
            data.notes,
            data.contact_person,
            payer_name(data),
        )
    )
    return values


def _cp_names(ids: tuple[int, ...]) -> list[str]:
    if not ids:
        return []
    names = dict(
        Counterparty.select(Counterparty.id, Counterparty.name)
        .where(Counterparty.id.in_(ids))
        .tuples()
    )
    return [names[i] for i in ids if i in names]


def _theme_name(theme_id: int | None) -> str:
    if theme_id is None:
        return ""
    row = Theme.get_or_none(Theme.id == theme_id)
    return row.name_sv if row else ""


def _write_counterparties(entry_id: int, ids: tuple[int, ...]) -> None:
    EntryCounterparty.delete().where(EntryCounterparty.entry == entry_id).execute()
    if ids:
        EntryCounterparty.insert_many(
            [{"entry": entry_id, "counterparty": cp, "position": i} for i, cp in enumerate(ids)]
        ).execute()


def create_entry(
    data: EntryData, *, ctx: RuleContext | None = None, audit_details: dict | None = None
) -> EntryRecord:
    """Store a new entry; warnings are allowed, errors raise ValidationError."""
    data = _clean(data)
    data.last_review_date = None
    ctx = ctx or catalog.rule_context()
    _match_payer(data, ctx)
    _validate(data, ctx)
    with write_transaction():
        _check_references(data)
        _check_case_number(data, None)
        actor = current_actor()
        now = utcnow()
        cp_names = _cp_names(data.counterparty_ids)
        row = Entry.create(
            **_columns(data, cp_names, _theme_name(data.theme_id)),
            version=1,
            created_at=now,
            created_by=actor.name,
            updated_at=now,
            updated_by=actor.name,
        )
        _write_counterparties(row.id, data.counterparty_ids)
        changes = [
            Change(name, None, getattr(data, name))
            for name in [*_COLUMN_FIELDS, "document_links"]
            if name != "last_review_date"
            and getattr(data, name) not in (None, "", ())
            and getattr(data, name) is not False
        ]
        changes.append(Change("counterparties", None, "; ".join(cp_names)))
        audit.record(
            "create",
            "entry",
            row.id,
            entry_id=row.id,
            changes=changes,
            details=audit_details,
            actor=actor,
        )
    return get_entry(row.id)


def _load_for_write(entry_id: int, expected_version: int) -> Entry:
    row = Entry.get_or_none(Entry.id == entry_id)
    if row is None:
        raise NotFoundError("Posten", entry_id)
    if row.version != expected_version:
        raise ConflictError(
            "entry", entry_id, expected_version, row.version, row.updated_by, row.updated_at
        )
    return row


def _guarded_update(entry_id: int, expected_version: int, values: dict, actor_name: str) -> None:
    """UPDATE ... WHERE version = expected: the check that holds across processes."""
    count = (
        Entry.update(
            **values, version=Entry.version + 1, updated_at=utcnow(), updated_by=actor_name
        )
        .where((Entry.id == entry_id) & (Entry.version == expected_version))
        .execute()
    )
    if count != 1:
        fresh = Entry.get_by_id(entry_id)
        raise ConflictError(
            "entry", entry_id, expected_version, fresh.version, fresh.updated_by, fresh.updated_at
        )


def update_entry(
    entry_id: int,
    data: EntryData,
    expected_version: int,
    *,
    ctx: RuleContext | None = None,
    audit_details: dict | None = None,
) -> EntryRecord:
    """Save edited facts. Status changes to terminated go through terminate_entry."""
    data = _clean(data)
    ctx = ctx or catalog.rule_context()
    _match_payer(data, ctx)
    with write_transaction():
        row = _load_for_write(entry_id, expected_version)
        old = get_entry(entry_id)
        data.last_review_date = row.last_review_date  # kept by record_review only
        for name in _MAINTAINED:  # R4 checks the reviews and the termination too
            setattr(data, name, getattr(old.data, name))
        if data.status == Status.TERMINATED and old.data.status != Status.TERMINATED:
            raise ServiceError(
                "Använd Avsluta för att avsluta en post (datum, skäl och organ krävs).",
                "Use Terminate to end an entry (date, reason and body are required).",
            )
        _validate(data, ctx)
        _check_references(data)
        _check_case_number(data, entry_id)
        actor = current_actor()
        cp_names = _cp_names(data.counterparty_ids)
        values = _columns(data, cp_names, _theme_name(data.theme_id))
        changes = [
            Change(name, getattr(old.data, name), getattr(data, name))
            for name in [*_COLUMN_FIELDS, "document_links"]
            if getattr(old.data, name) != getattr(data, name)
        ]
        if old.data.counterparty_ids != data.counterparty_ids:
            changes.append(
                Change(
                    "counterparties",
                    "; ".join(c.name for c in old.counterparties),
                    "; ".join(cp_names),
                )
            )
            _write_counterparties(entry_id, data.counterparty_ids)
        if old.next_review_date != values["next_review_date"]:
            changes.append(
                Change("next_review_date", old.next_review_date, values["next_review_date"])
            )
        _guarded_update(entry_id, expected_version, values, actor.name)
        if changes:
            audit.record(
                "update",
                "entry",
                entry_id,
                entry_id=entry_id,
                changes=changes,
                details=audit_details,
                actor=actor,
            )
        _reopen_changed(entry_id, ctx, actor)
    return get_entry(entry_id)


def _reopen_changed(entry_id: int, ctx: RuleContext | None, actor) -> None:
    """The entry's facts changed: assessments made on the old facts are reopened."""
    stored = get_entry(entry_id)
    assessments.reopen_stale_for_entry(entry_id, stored.data, ctx or catalog.rule_context(), actor)


def _check_review_input(review: ReviewInput, today: date) -> None:
    """A review records something that happened: nothing in it lies in the future."""
    if review.outcome not in set(ReviewOutcome):
        raise ServiceError("Välj utfall för omprövningen.", "Choose the review's outcome.")
    if review.review_date is None:
        raise ServiceError("Ange omprövningens datum.", "Enter the review's date.")
    for day, sv, en in (
        (review.review_date, "Omprövningens datum", "The review's date"),
        (review.decision_date, "Beslutsdatum", "The decision date"),
    ):
        if day is not None and day > today:
            raise ServiceError(
                f"{sv} ({day.isoformat()}) ligger i framtiden. En omprövning registreras när "
                "den är gjord; ange dagens eller ett tidigare datum.",
                f"{en} ({day.isoformat()}) is in the future. A review is recorded once it "
                "has taken place; enter today's or an earlier date.",
            )
    if review.next_review_fixed is not None and not review.next_review_reason.strip():
        raise ServiceError(
            "Ange varför nästa omprövning sätts till ett visst datum (beslutets formulering).",
            "Say why the next review is set to a given date (the decision's wording).",
        )


def record_review(
    entry_id: int, review: ReviewInput, expected_version: int, *, today: date | None = None
) -> EntryRecord:
    """R3: record a review; the next review date moves on by the interval.

    The interval counts from the review's decision date (else its date). A
    decision that names the next review ("omprövas senast 2030-12-02") gives
    it as ``next_review_fixed`` with the reason; otherwise an earlier fixed
    date is cleared, since it belonged to the cycle just reviewed. A review
    that decides "terminate" also terminates the entry.
    """
    _check_review_input(review, today or date.today())
    with write_transaction():
        row = _load_for_write(entry_id, expected_version)
        if row.archived:
            raise ServiceError(
                "Posten är arkiverad. Återställ den först.",
                "The entry is archived. Restore it first.",
            )
        actor = current_actor()
        now = utcnow()
        anchor = review.decision_date or review.review_date
        interval = row.review_interval_months
        terminates = review.outcome == ReviewOutcome.TERMINATE
        fixed = None if terminates else review.next_review_fixed
        reason = review.next_review_reason.strip() if fixed else ""
        next_review = fixed
        if next_review is None and interval and not terminates:
            try:
                next_review = add_months(anchor, interval)
            except ValueError:
                next_review = None
        new_review = Review.create(
            entry=entry_id,
            review_date=review.review_date,
            outcome=review.outcome,
            deciding_body=review.deciding_body_id,
            decision_date=review.decision_date,
            case_number=review.case_number.strip(),
            note=review.note.strip(),
            created_at=now,
            created_by=actor.name,
        )
        values: dict = {
            "last_review_date": anchor,
            "next_review_date": next_review,
            "next_review_fixed": fixed,
            "next_review_reason": reason,
        }
        changes = [
            Change(name, getattr(row, name), values[name])
            for name in values
            if getattr(row, name) != values[name]
        ]
        if review.outcome == ReviewOutcome.TERMINATE:
            values |= {
                "status": Status.TERMINATED,
                "terminated_date": anchor,
                "termination_reason": review.note.strip(),
                "terminated_by": review.deciding_body_id,
            }
            changes.append(Change("status", row.status, Status.TERMINATED))
        _guarded_update(entry_id, expected_version, values, actor.name)
        audit.record(
            "review",
            "entry",
            entry_id,
            entry_id=entry_id,
            changes=changes,
            details={
                "review_id": new_review.id,
                "outcome": review.outcome,
                "case_number": review.case_number,
                "note": review.note,
                "deciding_body_id": review.deciding_body_id,
                "decision_date": review.decision_date,
            },
            actor=actor,
        )
        _reopen_changed(entry_id, None, actor)
    return get_entry(entry_id)


def terminate_entry(
    entry_id: int, when: date, reason: str, body_id: int | None, expected_version: int
) -> EntryRecord:
    if when is None or not reason.strip():
        raise ServiceError(
            "Ange datum och skäl för avslutet.", "Enter the date and the reason for terminating."
        )
    with write_transaction():
        row = _load_for_write(entry_id, expected_version)
        actor = current_actor()
        values = {
            "status": Status.TERMINATED,
            "terminated_date": when,
            "termination_reason": reason.strip(),
            "terminated_by": body_id,
            "next_review_date": None,  # a terminated entry is not reviewed
        }
        changes = [
            Change("status", row.status, Status.TERMINATED),
            Change("terminated_date", row.terminated_date, when),
            Change("termination_reason", row.termination_reason, reason.strip()),
            Change("terminated_by", row.terminated_by_id, body_id),
            Change("next_review_date", row.next_review_date, None),
        ]
        _guarded_update(entry_id, expected_version, values, actor.name)
        audit.record(
            "terminate", "entry", entry_id, entry_id=entry_id, changes=changes, actor=actor
        )
        _reopen_changed(entry_id, None, actor)
    return get_entry(entry_id)


def _set_archived(entry_id: int, archived: bool, expected_version: int) -> EntryRecord:
    with write_transaction():
        row = _load_for_write(entry_id, expected_version)
        if bool(row.archived) == archived:
            return get_entry(entry_id)
        actor = current_actor()
        _guarded_update(
            entry_id,
            expected_version,
            {"archived": archived, "archived_at": utcnow() if archived else None},
            actor.name,
        )
        audit.record(
            "archive" if archived else "restore",
            "entry",
            entry_id,
            entry_id=entry_id,
            changes=[Change("archived", bool(row.archived), archived)],
            actor=actor,
        )
    return get_entry(entry_id)


def archive_entry(entry_id: int, expected_version: int) -> EntryRecord:
    """R10: entries are archived instead of deleted."""
    return _set_archived(entry_id, True, expected_version)


def restore_entry(entry_id: int, expected_version: int) -> EntryRecord:
    return _set_archived(entry_id, False, expected_version)


def set_archived(items: list[tuple[int, int]], archived: bool) -> list[int]:
    """Archive (or restore) several entries, ``(id, expected_version)`` each, in one
    transaction: all of them or, on a conflict or error, none. Returns the ids whose
    state changed (those already in the wanted state are left alone)."""
    changed: list[int] = []
    with write_transaction():
        for entry_id, version in items:
            before = Entry.get_or_none(Entry.id == entry_id)
            if before is not None and bool(before.archived) == archived:
                continue
            _set_archived(entry_id, archived, version)
            changed.append(entry_id)
    return changed


def record_document(
    entry_ids: list[int], kind: str, path: str, details: dict | None = None
) -> None:
    """R10: a generated memo or export is part of the record's history."""
    with write_transaction():
        actor = current_actor()
        for entry_id in entry_ids:
            audit.record(
                "document",
                "entry",
                entry_id,
                entry_id=entry_id,
                details={"kind": kind, "path": path, **(details or {})},
                actor=actor,
            )
