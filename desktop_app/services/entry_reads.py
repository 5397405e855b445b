"""Reading one entry as the editor and the services see it: facts, reviews, version.

Kept apart from the writes (``entries``): every write reads the entry back
through ``get_entry`` after storing it, and the batch readers (memos,
``check``) turn rows into ``EntryData`` with ``row_to_data``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime

from desktop_app.domain.dates import effective_status, review_state
from desktop_app.domain.entry import EntryData, ReviewFact
from desktop_app.domain.kinds import ReviewState, Status
from desktop_app.store.models import Counterparty, DecisionBody, Entry, EntryCounterparty, Review

from . import catalog
from .errors import NotFoundError

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
