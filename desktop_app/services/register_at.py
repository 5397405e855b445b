"""The register as it stood: every entry's facts at a moment, rebuilt from the audit trail.

A report about a year (R7) must read the same whenever it is made, so it
cannot read today's values. Every change to an entry is in the audit trail
with the old and the new value (R10), so the value a field had at a moment
is the *old* value of its first change after that moment, or today's value
when it has not changed since.

Two clocks meet here. *Recorded by* (``cutoff``, a moment) says which
records count: field values as they stood then, and the reviews and
terminations recorded by then. *Dated* (``last_day``) says which events lie
inside the period: a review or a termination counts for the year when its
own date is on or before the year's last day.

An entry registered after the cutoff (an imported register, a late
registration) has no earlier state: it is taken as first registered (the
values of its creation), and its reviews and terminations count by their
dates alone, since its whole record came in after the cutoff. Later edits of
its fields do not count, so a report stays the same after them too.

What is not rebuilt: the names of bodies and themes (their current names are
shown) and an entry's counterparties (the current links).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from peewee import BooleanField, DateField, DecimalField, ForeignKeyField, IntegerField, fn

from desktop_app.domain.assessments import Assessment
from desktop_app.domain.entry import EntryData, ReviewFact
from desktop_app.domain.kinds import ReviewOutcome
from desktop_app.store.models import AuditEvent, Entry, EntryCounterparty, FindingAssessment, Review

from .assessments import _FIELDS as _ASSESSMENT_FIELDS
from .assessments import _to_domain
from .entry_reads import COLUMN_FIELDS

# Every field the rules and the report read, as the audit trail names them.
FIELDS = (*COLUMN_FIELDS, "document_links", "terminated_date", "terminated_by_id", "archived")
# Fields the trail names otherwise than the entry's data does.
_AUDIT_NAMES = {"terminated_by": "terminated_by_id"}


def _model_field(name: str):
    attr = name[:-3] if name.endswith("_id") and hasattr(Entry, name[:-3]) else name
    return getattr(Entry, attr)


def _parser(name: str):
    f = _model_field(name)
    if isinstance(f, DateField):
        return date.fromisoformat
    if isinstance(f, DecimalField):
        return Decimal
    if isinstance(f, BooleanField):
        return lambda s: s == "1"
    if isinstance(f, (IntegerField, ForeignKeyField)):
        return int
    return str


_PARSE = {name: _parser(name) for name in (*FIELDS, "next_review_date")}


def parse_value(name: str, text: str | None):
    """A stored audit value (``audit.audit_text``) back as the field's type."""
    if text is None or text == "":
        if name == "archived":
            return False
        if name == "directions":
            return 0
        f = _model_field(name)
        return None if f.null or isinstance(f, (DateField, DecimalField)) else ""
    return _PARSE[name](text)


def end_of_day_utc(day: date) -> datetime:
    """The first moment after ``day`` in local time, as a naive UTC timestamp (the trail's)."""
    local = datetime.combine(day + timedelta(days=1), time.min).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class EntryAt:
    """One entry as it stood: its facts, its counted reviews and how it ended."""

    id: int
    data: EntryData  # reviews: those counted, dated by ``last_day``
    archived: bool
    next_review_date: date | None  # the due date at ``last_day``
    ended_on: date | None  # the earliest termination dated by ``last_day``
    late: bool  # registered after the cutoff: taken as first registered
    review_ids: tuple[int, ...] = ()


def _cutoff_id(cutoff: datetime) -> int:
    return AuditEvent.select(fn.MAX(AuditEvent.id)).where(AuditEvent.at < cutoff).scalar() or 0


def entries_at(cutoff: datetime, last_day: date) -> dict[int, EntryAt]:
    """Every entry that existed by the cutoff or was registered later, as it stood.

    ``cutoff``: naive UTC, records before it count. ``last_day``: events dated
    after it (reviews, terminations) do not count.
    """
    cutoff_id = _cutoff_id(cutoff)
    current: dict[int, dict] = {}
    columns = [_model_field(n) for n in FIELDS]
    for row in Entry.select(Entry.id, Entry.next_review_date, *columns).tuples():
        values = dict(zip(FIELDS, row[2:], strict=True))
        values["next_review_date"] = row[1]
        current[row[0]] = values
    # The base event of each entry: the cutoff, or its creation when that came later.
    base = dict.fromkeys(current, cutoff_id)
    late: set[int] = set()
    created = (
        AuditEvent.select(AuditEvent.entry_id, fn.MIN(AuditEvent.id))
        .where(
            (AuditEvent.object_type == "entry")
            & (AuditEvent.action == "create")
            & (AuditEvent.id > cutoff_id)
        )
        .group_by(AuditEvent.entry_id)
        .tuples()
    )
    for entry_id, create_id in created:
        if entry_id in base:
            # The create event's rows share its moment: its last row closes it.
            base[entry_id] = create_id
            late.add(entry_id)
    # Field values at the base: the old value of the first change after it.
    wanted = [*FIELDS, "next_review_date"]
    first_after: dict[tuple[int, str], str | None] = {}
    rows = (
        AuditEvent.select(
            AuditEvent.id,
            AuditEvent.entry_id,
            AuditEvent.action,
            AuditEvent.field,
            AuditEvent.old_value,
            AuditEvent.new_value,
        )
        .where(
            (AuditEvent.object_type == "entry")
            & (AuditEvent.id > cutoff_id)
            & AuditEvent.field.in_([*wanted, *_AUDIT_NAMES])
        )
        .order_by(AuditEvent.id)
        .tuples()
    )
    create_rows: dict[tuple[int, str], str | None] = {}
    itemised: set[int] = set()  # created field by field (an import writes one row)
    terminations: dict[int, list[date]] = {}
    for ident, entry_id, action, name, old, new in rows.iterator():
        if entry_id not in base:
            continue
        name = _AUDIT_NAMES.get(name, name)
        if action == "create" and entry_id in late:
            create_rows[(entry_id, name)] = new
            itemised.add(entry_id)
            continue
        if entry_id in late and action == "terminate" and name == "terminated_date" and new:
            terminations.setdefault(entry_id, []).append(date.fromisoformat(new))
        if ident > base[entry_id] and (entry_id, name) not in first_after:
            first_after[(entry_id, name)] = old
    review_events = _review_events()
    reviews = _counted_reviews(cutoff, last_day, late)
    terminating = _terminating_reviews()
    result: dict[int, EntryAt] = {}
    for entry_id, now_values in current.items():
        values = {}
        for name in wanted:
            key = (entry_id, name)
            if key in create_rows:
                values[name] = parse_value(name, create_rows[key])
            elif entry_id in itemised and name != "next_review_date":
                values[name] = parse_value(name, None)  # left empty when it was created
            elif key in first_after:
                values[name] = parse_value(name, first_after[key])
            else:
                values[name] = now_values[name]
        counted = reviews.get(entry_id, [])
        # A review that terminates writes the termination's date without an audit row
        # of its own: that date is the review's, and counts only as the review counts.
        if values["terminated_date"] in terminating.get(entry_id, ()) and (
            (entry_id, "terminated_date") not in first_after
        ):
            values["terminated_date"] = None
        due = _due(
            entry_id,
            base[entry_id],
            counted,
            review_events.get(entry_id, ()),
            entry_id in late,
            values["next_review_date"],
            now_values["next_review_date"],
        )
        del values["next_review_date"]
        ended = [values["terminated_date"]] if values["terminated_date"] else []
        ended += [r[4] or r[1] for r in counted if r[2] == ReviewOutcome.TERMINATE]
        ended += terminations.get(entry_id, [])
        ended = [d for d in ended if d <= last_day]
        archived = bool(values.pop("archived"))
        links = values.pop("document_links") or ""
        data = EntryData(
            **values,
            document_links=tuple(x for x in links.splitlines() if x.strip()),
            reviews=tuple(ReviewFact(r[1], r[2], r[3], r[4]) for r in counted),
        )
        data.continued = bool(data.continued)
        if counted:
            data.last_review_date = counted[-1][4] or counted[-1][1]
        result[entry_id] = EntryAt(
            entry_id,
            data,
            archived,
            due,
            min(ended) if ended else None,
            entry_id in late,
            tuple(r[0] for r in counted),
        )
    return result


def _due(entry_id, base, counted, events, late, at_base, now) -> date | None:
    """The next review date at the period's end: as it stood after the last counted
    review, and before any review that does not count (dated after the period)."""
    point = base
    if late and counted:
        ends = {review_id: last for review_id, _first, last in events}
        point = max(point, ends.get(counted[-1][0], base))
    counted_ids = {r[0] for r in counted}
    for review_id, first, _last in events:
        if review_id not in counted_ids and first <= point:
            point = first - 1
    if point == base:
        return at_base
    found = list(
        AuditEvent.select(AuditEvent.old_value)
        .where(
            (AuditEvent.entry_id == entry_id)
            & (AuditEvent.field == "next_review_date")
            & (AuditEvent.id > point)
        )
        .order_by(AuditEvent.id)
        .limit(1)
        .tuples()
    )
    return parse_value("next_review_date", found[0][0]) if found else now


def _review_events() -> dict[int, list[tuple[int, int, int]]]:
    """Per entry: (review id, first and last audit row of the event that recorded it)."""
    events: dict[int, list[tuple[int, int, int]]] = {}
    rows = (
        AuditEvent.select(
            AuditEvent.entry_id, AuditEvent.details, fn.MIN(AuditEvent.id), fn.MAX(AuditEvent.id)
        )
        .where((AuditEvent.object_type == "entry") & (AuditEvent.action == "review"))
        .group_by(AuditEvent.entry_id, AuditEvent.details)
        .tuples()
    )
    for entry_id, details, first, last in rows.iterator():
        try:
            review_id = json.loads(details or "{}").get("review_id")
        except ValueError:
            continue
        if review_id is not None:
            events.setdefault(entry_id, []).append((int(review_id), first, last))
    return events


def _terminating_reviews() -> dict[int, set[date]]:
    """Per entry, the dates its terminating reviews gave the termination."""
    result: dict[int, set[date]] = {}
    rows = Review.select(Review.entry, Review.decision_date, Review.review_date).where(
        Review.outcome == ReviewOutcome.TERMINATE
    )
    for entry_id, decided, day in rows.tuples():
        result.setdefault(entry_id, set()).add(decided or day)
    return result


def _counted_reviews(cutoff: datetime, last_day: date, late: set[int]):
    """Per entry, reviews dated by ``last_day`` and recorded by the cutoff (or of a late entry)."""
    rows = (
        Review.select(
            Review.id,
            Review.review_date,
            Review.outcome,
            Review.deciding_body,
            Review.decision_date,
            Review.entry,
            Review.created_at,
        )
        .where(Review.review_date <= last_day)
        .order_by(Review.review_date, Review.id)
        .tuples()
    )
    counted: dict[int, list[tuple]] = {}
    for ident, day, outcome, body, decided, entry_id, created_at in rows:
        if entry_id in late or created_at is None or created_at < cutoff:
            counted.setdefault(entry_id, []).append((ident, day, outcome, body, decided))
    return counted


def with_links(items: dict[int, EntryAt], ids: Iterable[int]) -> dict[int, EntryAt]:
    """The entries ``ids`` with their (current) counterparty links, for the rules."""
    wanted = list(ids)
    links: dict[int, list[int]] = {}
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        q = (
            EntryCounterparty.select(EntryCounterparty.entry, EntryCounterparty.counterparty)
            .where(EntryCounterparty.entry.in_(chunk))
            .order_by(EntryCounterparty.entry, EntryCounterparty.position)
            .tuples()
        )
        for entry_id, cp in q:
            links.setdefault(entry_id, []).append(cp)
    return {
        i: replace(items[i], data=replace(items[i].data, counterparty_ids=tuple(links.get(i, ()))))
        for i in wanted
    }


def assessments_held(ids: list[int], cutoff: datetime, late: set[int]) -> dict[int, list]:
    """Assessments of entries that held at the cutoff (of a late entry: those open now)."""
    held: dict[int, list[Assessment]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        q = FindingAssessment.select(
            FindingAssessment.object_id,
            FindingAssessment.closed_at,
            *_ASSESSMENT_FIELDS,
        ).where((FindingAssessment.object_type == "entry") & FindingAssessment.object_id.in_(chunk))
        for object_id, closed_at, *rest in q.order_by(FindingAssessment.id).tuples():
            assessed_at = rest[-1]
            if object_id in late:
                holds = closed_at is None
            else:
                holds = assessed_at < cutoff and (closed_at is None or closed_at >= cutoff)
            if holds:
                held.setdefault(object_id, []).append(_to_domain(tuple(rest)))
    return held
