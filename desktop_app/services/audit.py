"""The append-only audit trail (R10): who, when, what, old and new value."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from peewee import fn

from desktop_app.store.models import AuditEvent

from .context import Actor, current_actor, utcnow


def audit_text(value: object) -> str | None:
    """A stable text form of a field value for the old/new columns."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return "\n".join(str(v) for v in value) or None
    return str(value)


@dataclass
class Change:
    field: str
    old: object
    new: object


def record(
    action: str,
    object_type: str,
    object_id: int | None,
    *,
    entry_id: int | None = None,
    changes: Iterable[Change] = (),
    details: dict | None = None,
    actor: Actor | None = None,
) -> int:
    """Write audit rows: one per changed field, or one row for the action.

    Must be called inside the caller's write transaction.
    """
    actor = actor or current_actor()
    now = utcnow()
    detail_text = json.dumps(details, ensure_ascii=False, default=str) if details else ""
    base = {
        "at": now,
        "os_user": actor.os_user,
        "db_user": actor.db_user,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "entry_id": entry_id,
        "details": detail_text,
    }
    rows = [
        base | {"field": c.field, "old_value": audit_text(c.old), "new_value": audit_text(c.new)}
        for c in changes
    ] or [base | {"field": "", "old_value": None, "new_value": None}]
    AuditEvent.insert_many(rows).execute()
    return len(rows)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    os_user: str
    db_user: str
    action: str
    object_type: str
    object_id: int | None
    entry_id: int | None
    field: str
    old_value: str | None
    new_value: str | None
    details: str


def list_events(
    *,
    entry_id: int | None = None,
    user: str | None = None,
    since: date | None = None,
    until: date | None = None,
    action: str | None = None,
    limit: int = 5000,
    offset: int = 0,
    newest_first: bool = False,
) -> list[AuditRow]:
    """The audit trail, oldest first (or newest first), filtered by entry, user and date."""
    order = AuditEvent.id.desc() if newest_first else AuditEvent.id
    query = AuditEvent.select().order_by(order)
    if entry_id is not None:
        query = query.where(AuditEvent.entry_id == entry_id)
    if user:
        query = query.where((AuditEvent.os_user == user) | (AuditEvent.db_user == user))
    if since:
        query = query.where(AuditEvent.at >= datetime.combine(since, datetime.min.time()))
    if until:
        query = query.where(AuditEvent.at <= datetime.combine(until, datetime.max.time()))
    if action:
        query = query.where(AuditEvent.action == action)
    query = query.limit(limit).offset(offset)
    return [AuditRow(*row) for row in query.tuples()]


def latest_event_id() -> int | None:
    """The newest audit row's id: every change writes one, so when this moves,
    someone changed the register (a cheap poll for other registrars' work)."""
    return AuditEvent.select(fn.MAX(AuditEvent.id)).scalar()


def users() -> list[str]:
    """Everyone who appears in the trail, for the history filter."""
    q = AuditEvent.select(AuditEvent.os_user).distinct().order_by(AuditEvent.os_user)
    return [r[0] for r in q.tuples() if r[0]]
