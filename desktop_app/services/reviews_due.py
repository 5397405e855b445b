"""Reviews due (R3) for the page and its timeline: an index of ids, rows a screen at a time.

At 300,000 entries about a fifth are overdue: 60,000 rows. Reading them all
as rows and grouping them (what the page once did) took seconds and hundreds
of megabytes, kept for as long as the page was open. Instead:

* ``due_index`` reads the ordered ids of the due and overdue entries with
  their next review date (two small values a row: ~0.1 s and a few MB at
  60,000), groups them by month, overdue first, and reads rows only for the
  first few hundred (the timeline and the first screen);
* ``light_rows`` reads the rows of the part of a group on screen, by id.

"Due" and "overdue" mean exactly what the register's status filter means
(``register.where_statuses``), so the page, the grid's filter, the status
bar and the exports agree. The rows are "light": only what the page and the
timeline show (cost, notes, contact... stay empty).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from peewee import JOIN

from desktop_app.domain.dates import effective_status, review_state
from desktop_app.store.models import Entry

from . import register, register_settings
from .register import Deciding, RegisterRow

OVERDUE_GROUP = "overdue"
FIRST_ROWS = 500  # rows read with the index: the timeline's bars (more are unreadable)
_CHUNK = 900  # ids per IN (...): under SQLite's old 999-parameter limit

DUE_STATUSES = frozenset({"due", "overdue"})
LIVE_STATUSES = frozenset({"draft", "active"})


@dataclass(frozen=True)
class DueGroup:
    """One group of the page: ``OVERDUE_GROUP`` or a month ``YYYY-MM``, ids in order."""

    key: str
    ids: tuple[int, ...]


@dataclass(frozen=True)
class DueIndex:
    """What the Reviews due page shows, prepared off the UI thread.

    Attributes:
        today: the day "overdue" and "days left" are counted from.
        lead_days: the lead time (the register's setting) "due" means.
        groups: overdue first, then one group per month, each in review order.
        first_rows: the rows of the first ``FIRST_ROWS`` ids, in order.
    """

    today: date
    lead_days: int
    groups: tuple[DueGroup, ...]
    first_rows: tuple[RegisterRow, ...]

    @property
    def overdue(self) -> int:
        first = self.groups[0] if self.groups else None
        return len(first.ids) if first is not None and first.key == OVERDUE_GROUP else 0

    @property
    def total(self) -> int:
        return sum(len(g.ids) for g in self.groups)

    @property
    def due(self) -> int:
        return self.total - self.overdue

    def ids(self) -> list[int]:
        """Every id, in the page's order."""
        return [i for g in self.groups for i in g.ids]


def group_key(next_review: str, today: str) -> str:
    """``OVERDUE_GROUP`` before ``today``, else the month; both as ISO text (``YYYY-MM-DD``)."""
    return OVERDUE_GROUP if next_review < today else next_review[:7]


def due_index(today: date | None = None, first: int = FIRST_ROWS) -> DueIndex:
    """The due and overdue entries' ids grouped by month, and the first ``first`` rows."""
    today = today or date.today()
    lead = register_settings.lead_days()
    # The bound on the review date says nothing new (due or overdue implies it),
    # but it lets an index on the date serve the range instead of every entry.
    # No ORDER BY: asked for an order, SQLite walks the date index and reads
    # each entry's row for its status (0.5 s at 100,000); without, it reads the
    # covering (archived, status, next_review_date, end_date) index alone, and
    # sorting the pairs here costs ~10 ms (0.1 s in all).
    query = Entry.select(Entry.id, Entry.next_review_date).where(
        register.where_statuses(DUE_STATUSES, today, lead)
        & (Entry.next_review_date <= today + timedelta(days=lead))
    )
    raw = Entry._meta.database.execute(query).fetchall()  # one fetchall: no row objects
    raw.sort(key=lambda pair: (pair[1], pair[0]))  # next review, then entry number
    iso_today = today.isoformat()
    groups: list[DueGroup] = []
    key, ids = "", []
    for entry_id, next_review in raw:
        text = next_review if isinstance(next_review, str) else next_review.isoformat()
        k = group_key(text, iso_today)
        if k != key:
            if ids:
                groups.append(DueGroup(key, tuple(ids)))
            key, ids = k, []
        ids.append(entry_id)
    if ids:
        groups.append(DueGroup(key, tuple(ids)))
    head = [entry_id for entry_id, _ in raw[:first]]
    rows = light_rows(head, today, lead)
    return DueIndex(today, lead, tuple(groups), tuple(rows[i] for i in head if i in rows))


def live_rows(today: date | None = None, limit: int = FIRST_ROWS) -> list[RegisterRow]:
    """The first ``limit`` live entries (draft or active, not ended, not archived).

    In next-review order, entries without a review date after the others:
    the timeline's "every live entry". Read as two index walks with a limit
    (dated, then undated by entry number) rather than sorting every live
    entry, which at 300,000 entries is most of them.
    """
    today = today or date.today()
    lead = register_settings.lead_days()
    live = register.where_statuses(LIVE_STATUSES, today, lead)
    dated = (
        Entry.select(Entry.id)
        .where(live & Entry.next_review_date.is_null(False))
        .order_by(Entry.next_review_date, Entry.id)
        .limit(limit)
    )
    db = Entry._meta.database
    ids = [r[0] for r in db.execute(dated).fetchall()]
    if len(ids) < limit:
        undated = (
            Entry.select(Entry.id)
            .where(live & Entry.next_review_date.is_null())
            .order_by(Entry.id)
            .limit(limit - len(ids))
        )
        ids.extend(r[0] for r in db.execute(undated).fetchall())
    rows = light_rows(ids, today, lead)
    return [rows[i] for i in ids if i in rows]


def due_rows(today: date | None = None) -> list[RegisterRow]:
    """Every due and overdue row in order (small registers, tests; the page pages)."""
    index = due_index(today, first=0)
    ids = index.ids()
    rows = light_rows(ids, index.today, index.lead_days)
    return [rows[i] for i in ids if i in rows]


def light_rows(
    ids: Sequence[int], today: date | None = None, lead_days: int | None = None
) -> dict[int, RegisterRow]:
    """Rows by id with what the page and the timeline show; absent ids are left out."""
    today = today or date.today()
    lead = register_settings.lead_days() if lead_days is None else lead_days
    result: dict[int, RegisterRow] = {}
    for start in range(0, len(ids), _CHUNK):
        query = (
            Entry.select(
                Entry.id,
                Entry.case_number,
                Entry.title,
                Entry.kind,
                Entry.counterparty_names,
                Deciding.short_name,
                Entry.decision_date,
                Entry.start_date,
                Entry.end_date,
                Entry.last_review_date,
                Entry.next_review_date,
                Entry.status,
                Entry.archived,
            )
            .join_from(Entry, Deciding, JOIN.LEFT_OUTER, on=(Entry.deciding_body == Deciding.id))
            .where(Entry.id.in_(list(ids[start : start + _CHUNK])))
            .tuples()
        )
        for (
            eid,
            case,
            title,
            kind,
            cps,
            body,
            decided,
            begin,
            end,
            last,
            nxt,
            status,
            arch,
        ) in query:
            state = review_state(nxt, status, today, lead, archived=bool(arch), end_date=end)
            result[eid] = RegisterRow(
                eid, case or "", title, kind, cps or "", "", body or "", decided, "", "", "",
                0, begin, end, None, last, nxt, None, "", "",
                effective_status(status, end, today).value, state.value, bool(arch), "",
                None, "", 0,
            )  # fmt: skip
    return result


def days_left(row: RegisterRow, today: date | None = None) -> int | None:
    """Days until the next review; negative when overdue, None when none is set."""
    if row.next_review_date is None:
        return None
    return (row.next_review_date - (today or date.today())).days
