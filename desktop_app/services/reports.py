"""Reads and records for the Excel exports and the annual report (R7).

Exports read ``RegisterRow`` tuples from ``services.register``; what the grid
does not carry (mutual benefit, document links, counterparties with their
country, bodies' full names) comes from here in bulk, a chunk of ids at a
time. The annual report's figures are SQL over the register, the same on
SQLite and PostgreSQL. Every generated export is recorded in the audit trail
(R10) by ``record_export``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal

from peewee import JOIN, fn

from desktop_app.domain.kinds import ALL_DIRECTIONS, ReviewOutcome, Status
from desktop_app.domain.money import in_sek
from desktop_app.store.models import (
    Counterparty,
    DecisionBody,
    Entry,
    EntryCounterparty,
    Review,
    Theme,
)

from . import audit, checks, rates
from .context import write_transaction


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
        audit.record("export", "register", None, details={"kind": kind, "path": path, **details})


# ---------------------------------------------------------------- annual report (R7)


@dataclass
class AnnualFigures:
    """The annual report's figures and the entry ids behind each of them."""

    year: int
    in_force: list[int] = field(default_factory=list)
    new: list[int] = field(default_factory=list)
    renewed: list[int] = field(default_factory=list)
    terminated: list[int] = field(default_factory=list)
    expired: list[int] = field(default_factory=list)
    overdue: list[int] = field(default_factory=list)
    reviews: list[tuple[int, date, str]] = field(default_factory=list)  # entry, date, outcome
    by_kind: list[tuple[str, int]] = field(default_factory=list)
    by_body: list[tuple[str, int]] = field(default_factory=list)
    by_responsible: list[tuple[str, int]] = field(default_factory=list)
    by_theme: list[tuple[str, int]] = field(default_factory=list)
    by_direction: list[tuple[int, int]] = field(default_factory=list)
    cost_by_payer: list[tuple[str, str, Decimal, int]] = field(default_factory=list)
    cost_by_currency: list[tuple[str, Decimal]] = field(default_factory=list)
    rates: dict[str, Decimal] = field(default_factory=dict)  # kronor per unit, this year
    contact_gaps: list = field(default_factory=list)  # R8: domain.contacts.ContactGap

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


def _in_force(first: date, last: date):
    """Entries that bound the city at some time during the year.

    Started (decision or start date) by the year's end, not ended (end date,
    termination) before it began; drafts and archived entries are not
    commitments.
    """
    begun = fn.COALESCE(Entry.start_date, Entry.decision_date)
    return (
        (Entry.archived == False)  # noqa: E712
        & (Entry.status != Status.DRAFT)
        & (begun.is_null() | (begun <= last))
        & (Entry.end_date.is_null() | (Entry.end_date >= first))
        & (Entry.terminated_date.is_null() | (Entry.terminated_date >= first))
    )


def _ids(query) -> list[int]:
    return [r[0] for r in query.order_by(Entry.id).tuples()]


def _grouped(column, where, label_column=None) -> list[tuple[str, int]]:
    q = (
        Entry.select(label_column or column, fn.COUNT(Entry.id))
        .where(where)
        .group_by(label_column or column)
    )
    return sorted(((r[0] or "", r[1]) for r in q.tuples()), key=lambda r: (-r[1], r[0]))


def annual_figures(year: int, today: date | None = None) -> AnnualFigures:
    """R7: what the City Executive Board reports to the City Council for ``year``."""
    today = today or date.today()
    first, last = date(year, 1, 1), date(year, 12, 31)
    in_force = _in_force(first, last)
    figs = AnnualFigures(year)
    figs.in_force = _ids(Entry.select(Entry.id).where(in_force))
    live = Entry.archived == False  # noqa: E712
    begun = fn.COALESCE(Entry.decision_date, Entry.start_date)
    figs.new = _ids(
        Entry.select(Entry.id).where(
            live & (Entry.status != Status.DRAFT) & begun.between(first, last)
        )
    )
    reviews = (
        Review.select(Review.entry, Review.review_date, Review.outcome)
        .join(Entry, on=(Review.entry == Entry.id))
        .where(live & Review.review_date.between(first, last))
        .order_by(Review.review_date, Review.id)
        .tuples()
    )
    figs.reviews = list(reviews)
    renewed = {e for e, _, o in figs.reviews if o in (ReviewOutcome.CONTINUE, ReviewOutcome.AMEND)}
    figs.renewed = sorted(renewed)
    figs.terminated = _ids(
        Entry.select(Entry.id).where(live & Entry.terminated_date.between(first, last))
    )
    figs.expired = _ids(
        Entry.select(Entry.id).where(
            live & (Entry.status == Status.ACTIVE) & Entry.end_date.between(first, last)
        )
    )
    cutoff = min(last, today)
    figs.overdue = _ids(
        Entry.select(Entry.id).where(
            in_force
            & (Entry.status == Status.ACTIVE)
            & (Entry.end_date.is_null() | (Entry.end_date >= cutoff))
            & (Entry.next_review_date < cutoff)
        )
    )
    figs.by_kind = _grouped(Entry.kind, in_force)
    deciding = DecisionBody.alias("d")
    q = (
        Entry.select(fn.COALESCE(deciding.name_sv, ""), fn.COUNT(Entry.id))
        .join(deciding, JOIN.LEFT_OUTER, on=(Entry.deciding_body == deciding.id))
        .where(in_force)
        .group_by(fn.COALESCE(deciding.name_sv, ""))
    )
    figs.by_body = sorted(q.tuples(), key=lambda r: (-r[1], r[0]))
    responsible = DecisionBody.alias("r")
    q = (
        Entry.select(fn.COALESCE(responsible.name_sv, ""), fn.COUNT(Entry.id))
        .join(responsible, JOIN.LEFT_OUTER, on=(Entry.responsible_body == responsible.id))
        .where(in_force)
        .group_by(fn.COALESCE(responsible.name_sv, ""))
    )
    figs.by_responsible = sorted(q.tuples(), key=lambda r: (-r[1], r[0]))
    q = (
        Entry.select(fn.COALESCE(Theme.name_sv, ""), fn.COUNT(Entry.id))
        .join(Theme, JOIN.LEFT_OUTER, on=(Entry.theme == Theme.id))
        .where(in_force)
        .group_by(fn.COALESCE(Theme.name_sv, ""))
    )
    figs.by_theme = sorted(q.tuples(), key=lambda r: (-r[1], r[0]))
    figs.by_direction = [
        (
            int(d),
            Entry.select(fn.COUNT(Entry.id))
            .where(in_force & (Entry.directions.bin_and(int(d)) != 0))
            .scalar()
            or 0,
        )
        for d in ALL_DIRECTIONS
    ]
    # R6: one payer per body ("TN" and "Trafiknämnden" are the same), sums per currency.
    payer_body = DecisionBody.alias("payer")
    payer = fn.COALESCE(payer_body.name_sv, Entry.cost_payer)
    q = (
        Entry.select(payer, Entry.currency, fn.SUM(Entry.annual_cost), fn.COUNT(Entry.id))
        .join(payer_body, JOIN.LEFT_OUTER, on=(Entry.cost_payer_body == payer_body.id))
        .where(in_force & Entry.annual_cost.is_null(False) & (Entry.annual_cost > 0))
        .group_by(payer, Entry.currency)
        .tuples()
    )
    figs.cost_by_payer = sorted(
        ((p or "", c or "SEK", Decimal(s or 0).quantize(Decimal("0.01")), n) for p, c, s, n in q),
        key=lambda r: (r[1] != "SEK", r[1], -r[2], r[0]),
    )
    per_currency: dict[str, Decimal] = {}
    for _, currency, amount, _n in figs.cost_by_payer:
        per_currency[currency] = per_currency.get(currency, Decimal(0)) + amount
    figs.cost_by_currency = sorted(per_currency.items(), key=lambda r: (r[0] != "SEK", r[0]))
    figs.rates = rates.rates(year)
    figs.contact_gaps = [c.gap for c in checks.contact_checks() if c.checked.is_open]
    return figs
