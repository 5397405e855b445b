"""Reads and records for the Excel exports and the annual report (R7).

Exports read ``RegisterRow`` tuples from ``services.register``; what the grid
does not carry (mutual benefit, document links, counterparties with their
country, bodies' full names) comes from here in bulk, a chunk of ids at a
time. The annual report's figures are SQL over the register, the same on
SQLite and PostgreSQL. Every generated export is recorded in the audit trail
(R10) by ``record_export``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal

from desktop_app.domain.assessments import check_entry_assessed
from desktop_app.domain.kinds import ALL_DIRECTIONS, Kind, ReviewOutcome, Status
from desktop_app.domain.money import in_sek
from desktop_app.domain.rules import check_entry
from desktop_app.store.models import (
    Counterparty,
    DecisionBody,
    Entry,
    EntryCounterparty,
    Theme,
)

from . import audit, catalog, checks, rates
from .context import write_transaction
from .register_at import EntryAt, assessments_held, end_of_day_utc, entries_at, with_links


@dataclass(frozen=True)
class ExportExtras:
    """What an export row needs beyond ``RegisterRow``: every fact, so a re-import is whole."""

    mutual_benefit: str
    document_links: str
    counterparties: str  # "Name (Country); Name2"
    engagement: str = ""
    continued: bool = False
    next_review_reason: str = ""
    project_kind: str = ""
    external_financiers: str = ""
    external_share: Decimal | None = None
    city_contribution: Decimal | None = None


EXTRA_KEYS = tuple(f.name for f in fields(ExportExtras) if f.name != "counterparties")


def counterparty_display(name: str, country: str) -> str:
    return f"{name} ({country})" if country else name


def export_extras(ids: Sequence[int]) -> dict[int, ExportExtras]:
    """Extras for the given entry ids (any order), 900 ids a query."""
    result: dict[int, ExportExtras] = {}
    for start in range(0, len(ids), 900):
        chunk = list(ids[start : start + 900])
        cps: dict[int, list[str]] = {}
        q = (
            EntryCounterparty.select(
                EntryCounterparty.entry, Counterparty.name, Counterparty.country
            )
            .join(Counterparty)
            .where(EntryCounterparty.entry.in_(chunk))
            .order_by(EntryCounterparty.entry, EntryCounterparty.position)
            .tuples()
        )
        for entry_id, name, country in q:
            cps.setdefault(entry_id, []).append(counterparty_display(name, country or ""))
        q2 = (
            Entry.select(
                Entry.id,
                Entry.mutual_benefit,
                Entry.document_links,
                Entry.engagement,
                Entry.continued,
                Entry.next_review_reason,
                Entry.project_kind,
                Entry.external_financiers,
                Entry.external_share,
                Entry.city_contribution,
            )
            .where(Entry.id.in_(chunk))
            .tuples()
        )
        for entry_id, benefit, links, eng, cont, reason, proj, fin, share, own in q2:
            result[entry_id] = ExportExtras(
                benefit or "",
                links or "",
                "; ".join(cps.get(entry_id, [])),
                eng or "",
                bool(cont),
                reason or "",
                proj or "",
                fin or "",
                share,
                own,
            )
    return result


def body_names(lang: str = "sv") -> dict[str, str]:
    """Short name -> full name in ``lang`` (Swedish when no English name)."""
    rows = DecisionBody.select(
        DecisionBody.short_name, DecisionBody.name_sv, DecisionBody.name_en
    ).tuples()
    return {s: (en or sv) if lang == "en" else sv for s, sv, en in rows}


def theme_names_en() -> dict[str, str]:
    """Swedish theme name -> English name (Swedish when none), for English exports."""
    return {sv: en or sv for sv, en in Theme.select(Theme.name_sv, Theme.name_en).tuples()}


def bodies_in_use() -> list[tuple[int, str, str]]:
    """(id, short name, Swedish name) of the bodies that decided any live entry."""
    q = (
        DecisionBody.select(DecisionBody.id, DecisionBody.short_name, DecisionBody.name_sv)
        .join(Entry, on=(Entry.deciding_body == DecisionBody.id))
        .where(Entry.archived == False)  # noqa: E712
        .distinct()
        .order_by(DecisionBody.short_name)
        .tuples()
    )
    return list(q)


def record_export(kind: str, path: str, details: dict) -> None:
    """R10: a generated export is part of the register's history."""
    with write_transaction():
        audit.record_document(kind, path, details=details)


# ---------------------------------------------------------------- annual report (R7)


@dataclass
class AnnualFigures:
    """The annual report's figures and the entry ids behind each of them.

    Every figure is about the year as the register recorded it by
    ``recorded_by`` (by default the year's last day), rebuilt from the audit
    trail (``register_at``): a report for a finished year reads the same
    whenever it is made.
    """

    year: int
    recorded_by: date | datetime = date.min
    in_force: list[int] = field(default_factory=list)  # at some time during the year
    at_year_end: list[int] = field(default_factory=list)  # in force on 31 December
    memberships_at_year_end: list[int] = field(default_factory=list)  # the headline figure
    new: list[int] = field(default_factory=list)
    renewed: list[int] = field(default_factory=list)
    terminated: list[int] = field(default_factory=list)
    expired: list[int] = field(default_factory=list)
    overdue: list[int] = field(default_factory=list)  # at the year's end
    reviews: list[tuple[int, date, str]] = field(default_factory=list)  # entry, date, outcome
    by_kind: list[tuple[str, int]] = field(default_factory=list)
    by_body: list[tuple[str, int]] = field(default_factory=list)
    by_responsible: list[tuple[str, int]] = field(default_factory=list)
    by_theme: list[tuple[str, int]] = field(default_factory=list)
    by_direction: list[tuple[int, int]] = field(default_factory=list)
    year_end_by_kind: list[tuple[str, int]] = field(default_factory=list)
    year_end_by_scope: list[tuple[str, int]] = field(default_factory=list)
    year_end_by_body: list[tuple[str, int]] = field(default_factory=list)
    cost_by_payer: list[tuple[str, str, Decimal, int]] = field(default_factory=list)
    cost_by_currency: list[tuple[str, Decimal]] = field(default_factory=list)
    unresolved: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # id, codes
    rates: dict[str, Decimal] = field(default_factory=dict)  # kronor per unit, this year
    contact_gaps: list = field(default_factory=list)  # R8: domain.contacts.ContactGap (today)

    @property
    def total_sek(self) -> Decimal | None:
        """Every cost in kronor at the year's rates; None while a currency has no rate."""
        total = Decimal(0)
        for currency, amount in self.cost_by_currency:
            sek = in_sek(amount, currency, self.rates.get(currency))
            if sek is None:
                return None
            total += sek
        return total

    @property
    def missing_rates(self) -> list[str]:
        return [c for c, _ in self.cost_by_currency if c != "SEK" and c not in self.rates]

    def reproducible(self) -> dict:
        """Everything rebuilt from the history (not R8's contact gaps, which are today's)."""
        return {k: v for k, v in vars(self).items() if k != "contact_gaps"}


def _counted(items: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    return sorted(items, key=lambda r: (-r[1], r[0]))


def _group(entries: list[EntryAt], key) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for e in entries:
        name = key(e) or ""
        counts[name] = counts.get(name, 0) + 1
    return _counted(counts.items())


def annual_figures(
    year: int, today: date | None = None, recorded_by: date | datetime | None = None
) -> AnnualFigures:
    """R7: what the City Executive Board reports to the City Council for ``year``.

    ``recorded_by``: the records that count are those made by the end of this
    day (default: the year's last day; a later day takes in reviews recorded
    late; a ``datetime`` is a moment in UTC, as the audit trail stores it).
    Reviews and terminations count by their own dates.
    """
    today = today or date.today()
    first, last = date(year, 1, 1), date(year, 12, 31)
    recorded_by = recorded_by or last
    cutoff = recorded_by if isinstance(recorded_by, datetime) else end_of_day_utc(recorded_by)
    snapshot = entries_at(cutoff, last)
    figs = AnnualFigures(year, recorded_by)
    live = [e for e in snapshot.values() if not e.archived and e.data.status != Status.DRAFT]

    def begun_by(e: EntryAt, day: date) -> bool:
        begun = e.data.start_date or e.data.decision_date
        return begun is None or begun <= day

    in_force = [
        e
        for e in live
        if begun_by(e, last)
        and (e.data.end_date is None or e.data.end_date >= first)
        and (e.ended_on is None or e.ended_on >= first)
    ]
    year_end = [
        e
        for e in in_force
        if e.ended_on is None and (e.data.end_date is None or e.data.end_date >= last)
    ]
    figs.in_force = sorted(e.id for e in in_force)
    figs.at_year_end = sorted(e.id for e in year_end)
    figs.memberships_at_year_end = sorted(e.id for e in year_end if e.data.kind == Kind.MEMBERSHIP)
    figs.new = sorted(
        e.id
        for e in live
        if (anchor := e.data.decision_date or e.data.start_date) and first <= anchor <= last
    )
    figs.reviews = sorted(
        (
            (e.id, r.review_date, r.outcome)
            for e in live
            for r in e.data.reviews
            if first <= r.review_date <= last
        ),
        key=lambda r: (r[1], r[0]),
    )
    renewing = (ReviewOutcome.CONTINUE, ReviewOutcome.AMEND)
    figs.renewed = sorted({e for e, _, o in figs.reviews if o in renewing})
    figs.terminated = sorted(e.id for e in live if e.ended_on and e.ended_on >= first)
    figs.expired = sorted(
        e.id
        for e in live
        if e.data.end_date
        and first <= e.data.end_date <= last
        and (e.ended_on is None or e.ended_on > e.data.end_date)
    )
    due_by = min(last, today)
    figs.overdue = sorted(
        e.id
        for e in in_force
        if e.ended_on is None
        and (e.data.end_date is None or e.data.end_date >= due_by)
        and e.next_review_date is not None
        and e.next_review_date < due_by
    )
    bodies = dict(DecisionBody.select(DecisionBody.id, DecisionBody.name_sv).tuples())
    themes = dict(Theme.select(Theme.id, Theme.name_sv).tuples())
    figs.by_kind = _group(in_force, lambda e: e.data.kind)
    figs.by_body = _group(in_force, lambda e: bodies.get(e.data.deciding_body_id, ""))
    figs.by_responsible = _group(in_force, lambda e: bodies.get(e.data.responsible_body_id, ""))
    figs.by_theme = _group(in_force, lambda e: themes.get(e.data.theme_id, ""))
    figs.by_direction = [
        (int(d), sum(1 for e in in_force if e.data.directions & int(d))) for d in ALL_DIRECTIONS
    ]
    figs.year_end_by_kind = _group(year_end, lambda e: e.data.kind)
    figs.year_end_by_scope = _group(year_end, lambda e: e.data.scope)
    figs.year_end_by_body = _group(year_end, lambda e: bodies.get(e.data.deciding_body_id, ""))
    # R6: one payer per body ("TN" and "Trafiknämnden" are the same), sums per currency.
    sums: dict[tuple[str, str], list] = {}
    for e in in_force:
        cost = e.data.annual_cost
        if cost is None or cost <= 0:
            continue
        payer = bodies.get(e.data.cost_payer_body_id) or e.data.cost_payer or ""
        slot = sums.setdefault((payer, e.data.currency or "SEK"), [Decimal(0), 0])
        slot[0] += cost
        slot[1] += 1
    figs.cost_by_payer = sorted(
        ((p, c, s.quantize(Decimal("0.01")), n) for (p, c), (s, n) in sums.items()),
        key=lambda r: (r[1] != "SEK", r[1], -r[2], r[0]),
    )
    per_currency: dict[str, Decimal] = {}
    for _, currency, amount, _n in figs.cost_by_payer:
        per_currency[currency] = per_currency.get(currency, Decimal(0)) + amount
    figs.cost_by_currency = sorted(per_currency.items(), key=lambda r: (r[0] != "SEK", r[0]))
    figs.unresolved = _unresolved(snapshot, figs.at_year_end, cutoff, due_by)
    figs.rates = rates.rates(year)
    figs.contact_gaps = [c.gap for c in checks.contact_checks() if c.checked.is_open]
    return figs


def _unresolved(snapshot, ids: list[int], cutoff, day: date) -> list[tuple[int, tuple[str, ...]]]:
    """Entries in force at the year's end with warnings no assessment answered then."""
    ctx = catalog.rule_context(day)
    linked = with_links(snapshot, ids)
    late = {i for i in ids if snapshot[i].late}
    held = assessments_held(ids, cutoff, late)
    result = []
    for entry_id in ids:
        data = linked[entry_id].data
        findings = check_entry(data, ctx)
        if not findings:
            continue
        if entry_id in held:  # match only where an assessment may answer a finding
            checked = check_entry_assessed(data, ctx, findings, held[entry_id])
            codes = tuple(sorted({c.finding.code for c in checked if c.assessment is None}))
        else:
            codes = tuple(sorted({f.code for f in findings}))
        if codes:
            result.append((entry_id, codes))
    return result
