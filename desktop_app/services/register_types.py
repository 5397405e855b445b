"""What a register read is asked (``RegisterFilter``) and gives (``RegisterRow``).

Plain values without the database: the Qt layer's first screen uses them
before the services' queries (and peewee) are loaded (issue 19,
``services.first_screen``); ``services.register`` reads with them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from desktop_app.domain.dates import effective_status, review_state

# Status filter values: the stored ones, the derived ones, and the review states.
STATUS_FILTERS = ("draft", "active", "expired", "terminated", "due", "overdue", "archived")

# Findings filter values: open errors, open warnings, assessed findings
# (each entry's summary, stored by the writes: services.finding_summaries).
FINDINGS_FILTERS = ("errors", "warnings", "assessed")

# The date filter's field as the filter bar names it (the Excel export's cover sheet).
_DATE_WORDS = {
    "decision_date": ("Beslutsdatum", "Decision date"),
    "start_date": ("Startdatum", "Start date"),
    "end_date": ("Slutdatum", "End date"),
    "next_review_date": ("Nästa omprövning", "Next review"),
    "last_review_date": ("Senaste omprövning", "Last review"),
}


class RegisterRow(NamedTuple):
    """One grid row; plain values, ready to show or export."""

    id: int
    case_number: str
    title: str
    kind: str
    counterparties: str
    scope: str
    deciding_body: str
    decision_date: date | None
    responsible_body: str
    contact_person: str
    theme: str
    directions: int
    start_date: date | None
    end_date: date | None
    review_interval_months: int | None
    last_review_date: date | None
    next_review_date: date | None
    annual_cost: Decimal | None
    currency: str
    cost_payer: str
    status: str  # effective: expired derived
    review_state: str
    archived: bool
    notes: str
    updated_at: datetime | None
    updated_by: str
    version: int


COLUMNS: tuple[str, ...] = RegisterRow._fields

# The ``entry`` column a sort by each grid column orders by, where it is one of
# the entry's own (``services.register.SORT_COLUMNS``: text by its Swedish sort
# key; the review state by the review date). A body or theme sorts by that
# table's sort key (``SORT_JOINS``), so it has none here.
SORT_COLUMN_NAMES = {
    "id": "id",
    "case_number": "case_number_sort_key",
    "title": "title_sort_key",
    "kind": "kind",
    "counterparties": "counterparties_sort_key",
    "scope": "scope",
    "decision_date": "decision_date",
    "contact_person": "contact_person_sort_key",
    "directions": "directions",
    "start_date": "start_date",
    "end_date": "end_date",
    "review_interval_months": "review_interval_months",
    "last_review_date": "last_review_date",
    "next_review_date": "next_review_date",
    "annual_cost": "annual_cost",
    "currency": "currency",
    "cost_payer": "cost_payer_sort_key",
    "status": "status",
    "review_state": "next_review_date",
    "archived": "archived",
    "notes": "notes_sort_key",
    "updated_at": "updated_at",
    "updated_by": "updated_by",
    "version": "version",
}
# Columns that are never empty: one ordered part, no "empty last" part.
NEVER_EMPTY = frozenset({"id", "kind", "scope", "directions", "currency", "status", "archived",
                         "updated_by", "version"})  # fmt: skip


def register_row(r: list, today: date, lead: int) -> RegisterRow:
    """A grid row from the row query's values (``RegisterRow``'s fields but the
    review state, which is worked out here), dates, times and amounts converted
    already (``services.register.rows_by_ids``, ``services.first_screen``)."""
    (
        eid,
        case,
        title,
        kind,
        cps,
        scope,
        dec,
        dec_date,
        resp,
        contact,
        theme,
        dirs,
        start_d,
        end_d,
        interval,
        last,
        nxt,
        cost,
        cur,
        payer,
        status,
        archived,
        notes,
        upd_at,
        upd_by,
        version,
    ) = r
    archived = bool(archived)
    eff = effective_status(status, end_d, today)
    state = review_state(nxt, status, today, lead, archived=archived, end_date=end_d)
    return RegisterRow(
        eid,
        case or "",
        title,
        kind,
        cps or "",
        scope,
        dec or "",
        dec_date,
        resp or "",
        contact or "",
        theme or "",
        dirs or 0,
        start_d,
        end_d,
        interval,
        last,
        nxt,
        Decimal(cost) if cost is not None else None,
        cur or "",
        payer or "",
        eff.value,
        state.value,
        archived,
        notes or "",
        upd_at,
        upd_by or "",
        version,
    )


@dataclass
class RegisterFilter:
    """What the register view (and an export of it) shows."""

    search: str = ""
    kinds: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    deciding_body_id: int | None = None
    responsible_body_id: int | None = None
    theme_id: int | None = None
    directions: int = 0  # any of these bits
    date_field: str = "next_review_date"
    date_from: date | None = None
    date_to: date | None = None
    due_within_days: int | None = None  # next review within N days, overdue included
    include_archived: bool = False
    sort_key: str = "next_review_date"
    descending: bool = False
    ids: tuple[int, ...] | None = None  # a selection
    findings: str = ""  # "", or one of FINDINGS_FILTERS
    extra: dict = field(default_factory=dict)

    def describe(self, lang: str = "sv") -> str:
        """A human description of the filter (for export cover sheets)."""
        sv = lang != "en"
        parts = []
        if self.search:
            parts.append(("Sökning" if sv else "Search") + f": {self.search}")
        if self.kinds:
            from desktop_app.domain.kinds import label

            parts.append(
                ("Typ" if sv else "Kind")
                + ": "
                + ", ".join(label(k, lang) for k in sorted(self.kinds))
            )
        if self.statuses:
            from desktop_app.domain.kinds import label

            words = {"archived": ("Avförda", "Archived")}
            parts.append(
                "Status: "
                + ", ".join(
                    words[s][0 if sv else 1] if s in words else label(s, lang)
                    for s in sorted(self.statuses)
                )
            )
        if self.deciding_body_id:
            parts.append(
                ("Beslutande organ" if sv else "Deciding body")
                + f": {body_name(self.deciding_body_id)}"
            )
        if self.responsible_body_id:
            parts.append(
                ("Ansvarig nämnd" if sv else "Responsible")
                + f": {body_name(self.responsible_body_id)}"
            )
        if self.theme_id:
            parts.append(("Tema" if sv else "Theme") + f": {theme_name(self.theme_id)}")
        if self.directions:
            from desktop_app.domain.kinds import directions_text

            parts.append(
                ("Inriktning" if sv else "Direction")
                + f": {directions_text(self.directions, lang)}"
            )
        if self.date_from or self.date_to:
            field_sv, field_en = _DATE_WORDS.get(self.date_field, _DATE_WORDS["next_review_date"])
            parts.append(
                f"{field_sv if sv else field_en}: {self.date_from or '…'} – {self.date_to or '…'}"
            )
        if self.due_within_days is not None:
            parts.append(
                f"Omprövning inom {self.due_within_days} dagar"
                if sv
                else f"Review within {self.due_within_days} days"
            )
        if self.findings in FINDINGS_FILTERS:
            words = {
                "errors": ("Med fel", "With errors"),
                "warnings": ("Med varningar", "With warnings"),
                "assessed": ("Med bedömda varningar", "With assessed warnings"),
            }[self.findings]
            parts.append(words[0] if sv else words[1])
        if self.include_archived:
            parts.append("Inklusive avförda" if sv else "Archived included")
        if self.ids is not None:
            parts.append(
                f"Urval: {len(self.ids)} poster" if sv else f"Selection: {len(self.ids)} entries"
            )
        return "; ".join(parts) or ("Hela registret" if sv else "The whole register")


def body_name(body_id: int) -> str:
    """A body's short name (its number if there is no such body)."""
    from desktop_app.store.models import DecisionBody  # an export's cover sheet, on use

    row = DecisionBody.get_or_none(DecisionBody.id == body_id)
    return row.short_name if row else str(body_id)


def theme_name(theme_id: int) -> str:
    """A theme's Swedish name (its number if there is no such theme)."""
    from desktop_app.store.models import Theme

    row = Theme.get_or_none(Theme.id == theme_id)
    return row.name_sv if row else str(theme_id)
