"""Read-only views for the History page: the audit trail a page at a time.

The pages never touch SQL; they ask here (Reviews due and its timeline ask
``services.reviews_due``). The history reads the audit trail a page at a
time (``limit``/``offset``), newest or oldest first, with the entry's case
number and title joined in, so the page stays fast however long the trail
grows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from peewee import JOIN, fn

from desktop_app.store.models import AuditEvent, Counterparty, DecisionBody, Entry, Theme

from .context import to_local


@dataclass(frozen=True)
class HistoryFilter:
    """What the history page shows; every part optional."""

    entry_ids: tuple[int, ...] | None = None  # None: any entry (or none)
    user: str = ""
    since: date | None = None
    until: date | None = None
    action: str = ""
    newest_first: bool = True


@dataclass(frozen=True)
class HistoryRow:
    id: int
    at: datetime  # local time
    os_user: str
    db_user: str
    action: str
    object_type: str
    object_id: int | None
    object_name: str
    entry_id: int | None
    case_number: str
    title: str
    field: str
    old_value: str | None
    new_value: str | None
    details: str


def entry_ids_for(text: str) -> tuple[int, ...]:
    """Entries a history filter text names: "#12" (an id) or a case number.

    Case numbers match without regard to case; a part of a case number (three
    characters or more) matches too, so "01906" finds "T2016-01906". Plain
    digits that match no case number are taken as an id.
    """
    text = text.strip()
    if not text:
        return ()
    if text.startswith("#") and text[1:].isdigit():
        return (int(text[1:]),)
    folded = text.lower()
    query = Entry.select(Entry.id)
    if len(folded) >= 3:
        query = query.where(fn.LOWER(Entry.case_number).contains(folded))
    else:
        query = query.where(fn.LOWER(Entry.case_number) == folded)
    ids = tuple(r[0] for r in query.order_by(Entry.id).limit(1000).tuples())
    if not ids and text.isdigit():
        return (int(text),)
    return ids


def _history_where(f: HistoryFilter):
    from .audit import shown  # the program's rows and the server's of changes made outside it

    cond = [shown()]
    if f.entry_ids is not None:
        cond.append(
            AuditEvent.entry_id.in_(list(f.entry_ids)) if f.entry_ids else AuditEvent.id < 0
        )
    if f.user:
        cond.append((AuditEvent.os_user == f.user) | (AuditEvent.db_user == f.user))
    if f.since:
        cond.append(AuditEvent.at >= datetime.combine(f.since, datetime.min.time()))
    if f.until:
        cond.append(AuditEvent.at <= datetime.combine(f.until, datetime.max.time()))
    if f.action:
        cond.append(AuditEvent.action == f.action)
    return cond


def _object_names(rows: list[tuple]) -> dict[tuple[str, int], str]:
    """Names of the bodies, themes and counterparties on one page of rows."""
    wanted: dict[str, set[int]] = {}
    for r in rows:
        if r[5] in ("decision_body", "theme", "counterparty") and r[6] is not None:
            wanted.setdefault(r[5], set()).add(r[6])
    names: dict[tuple[str, int], str] = {}
    sources = {
        "decision_body": (DecisionBody, DecisionBody.short_name),
        "theme": (Theme, Theme.name_sv),
        "counterparty": (Counterparty, Counterparty.name),
    }
    for kind, ids in wanted.items():
        model, column = sources[kind]
        for ident, name in model.select(model.id, column).where(model.id.in_(list(ids))).tuples():
            names[(kind, ident)] = name
    return names


def _history_order(f: HistoryFilter) -> list:
    """By event id; by time first when a date range is set.

    Ids and times rise together, so both orders say the same; but with a date
    range the ``audit_at`` index then delivers rows already in order instead
    of sorting every event of the range (0.6 s at a million events).
    """
    keys = [AuditEvent.at, AuditEvent.id] if (f.since or f.until) else [AuditEvent.id]
    return [k.desc() if f.newest_first else k.asc() for k in keys]


def history_page(f: HistoryFilter, limit: int = 500, offset: int = 0) -> list[HistoryRow]:
    """One page of the audit trail with the entry's case number and title.

    Ordered by the event id (the order things happened), so paging with
    ``offset`` is stable while new events arrive at the far end. Measured at
    1,000,000 events (SQLite): a first page 11-20 ms, with a date range
    under 50 ms, at offset 500,000 140 ms.
    """
    query = (
        AuditEvent.select(
            AuditEvent.id,
            AuditEvent.at,
            AuditEvent.os_user,
            AuditEvent.db_user,
            AuditEvent.action,
            AuditEvent.object_type,
            AuditEvent.object_id,
            AuditEvent.entry_id,
            Entry.case_number,
            Entry.title,
            AuditEvent.field,
            AuditEvent.old_value,
            AuditEvent.new_value,
            AuditEvent.details,
        )
        .join(Entry, JOIN.LEFT_OUTER, on=(AuditEvent.entry_id == Entry.id))
        .order_by(*_history_order(f))
        .limit(limit)
        .offset(offset)
    )
    for cond in _history_where(f):
        query = query.where(cond)
    raw = list(query.tuples())
    names = _object_names(raw)
    return [
        HistoryRow(
            id=r[0],
            at=to_local(r[1]) or r[1],
            os_user=r[2] or "",
            db_user=r[3] or "",
            action=r[4],
            object_type=r[5],
            object_id=r[6],
            object_name=names.get((r[5], r[6]), ""),
            entry_id=r[7],
            case_number=r[8] or "",
            title=r[9] or "",
            field=r[10] or "",
            old_value=r[11],
            new_value=r[12],
            details=r[13] or "",
        )
        for r in raw
    ]


def history_count(f: HistoryFilter) -> int:
    """How many events the filter selects (for "500 of 12 345 shown")."""
    query = AuditEvent.select(fn.COUNT(AuditEvent.id))
    for cond in _history_where(f):
        query = query.where(cond)
    return query.scalar() or 0


def history_actions() -> list[str]:
    """The actions that occur in the trail, for the action filter."""
    q = AuditEvent.select(AuditEvent.action).distinct().order_by(AuditEvent.action)
    return [r[0] for r in q.tuples() if r[0]]


def reference_names() -> dict[str, dict[int, str]]:
    """Names for id-valued audit fields (bodies, themes), to show ids as names."""
    bodies = dict(DecisionBody.select(DecisionBody.id, DecisionBody.short_name).tuples())
    themes = dict(Theme.select(Theme.id, Theme.name_sv).tuples())
    return {
        "deciding_body_id": bodies,
        "responsible_body_id": bodies,
        "terminated_by": bodies,
        "cost_payer_body_id": bodies,
        "body_id": bodies,
        "theme_id": themes,
    }
