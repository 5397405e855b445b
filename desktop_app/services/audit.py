"""The append-only audit trail (R10): who, when, what, old and new value.

On PostgreSQL the server writes and stamps the trail (migration m0008): every
change to an audited table gets ``server`` rows from a trigger, whoever made
it; the program's own rows (``program``) describe its changes in its words,
and the server stamps them too (its clock, ``current_user``,
``session_user``; the OS user is the client's claim, passed with
``set_config``). The readers below show the program's rows and the server's
rows of transactions the program did not describe (a change made in psql),
so the History page shows both. A hash chain over the rows lets
``verify_chain`` find a rewritten or removed row.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from peewee import SQL, fn

from desktop_app.store.models import AuditEvent, database_proxy

from .context import Actor, current_actor, is_postgres, utcnow


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


DOCUMENT_LOCK_TIMEOUT_MS = 5000  # PostgreSQL: as long as SQLite's busy timeout


def record_document(
    kind: str,
    path: str,
    *,
    entry_ids: Iterable[int] = (),
    details: dict | None = None,
) -> int:
    """Record a document the register made (R10): one ``export`` row for the
    register when no entries are named, else one ``document`` row per entry.

    Must be called inside the write transaction that puts the file in place
    (``exports.atomic``). On PostgreSQL the rows go through
    ``avtalsregister_record_document`` (m0010), which a reader may EXECUTE
    although it may not INSERT audit rows; the server stamps them. A register
    locked by another writer fails after ``DOCUMENT_LOCK_TIMEOUT_MS`` (the
    caller then writes no file) instead of waiting without end."""
    ids = list(dict.fromkeys(entry_ids))
    info = {"kind": kind, "path": path, **(details or {})}
    return record_own("document" if ids else "export", ids, info)


def record_own(action: str, entry_ids: Iterable[int], details: dict) -> int:
    """Rows a client may write without changing the register: a document, an
    export or a request for public documents handed out (``action``), one per
    entry or one for the register. On PostgreSQL through the document function
    (m0010, m0012), which readers and registrars may EXECUTE; on SQLite as
    ``record`` writes them."""
    ids = list(dict.fromkeys(entry_ids))
    if not is_postgres():
        if not ids:
            return record(action, "register", None, details=details)
        actor = current_actor()
        return sum(
            record(action, "entry", i, entry_id=i, details=details, actor=actor) for i in ids
        )
    database_proxy.execute_sql(f"SET LOCAL lock_timeout = {int(DOCUMENT_LOCK_TIMEOUT_MS)}")
    text = json.dumps(details, ensure_ascii=False, default=str)
    row = database_proxy.execute_sql(
        "SELECT avtalsregister_record_document(%s, %s::bigint[], %s)",
        (action, ids or None, text),
    ).fetchone()
    return int(row[0])


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
    db_session_user: str = ""
    source: str = "program"


_ROW_COLUMNS = (
    AuditEvent.id,
    AuditEvent.at,
    AuditEvent.os_user,
    AuditEvent.db_user,
    AuditEvent.action,
    AuditEvent.object_type,
    AuditEvent.object_id,
    AuditEvent.entry_id,
    AuditEvent.field,
    AuditEvent.old_value,
    AuditEvent.new_value,
    AuditEvent.details,
    AuditEvent.db_session_user,
    AuditEvent.source,
)


def shown():
    """The condition for rows the trail shows: the program's rows, and the server's
    rows of a transaction the program wrote no row in (a change made outside the
    program, e.g. in psql). The server's rows of the program's own transactions
    say the same as the program's and stay in the table (``verify_chain``)."""
    described = AuditEvent.alias()
    by_program = described.select(SQL("1")).where(
        (described.txid == AuditEvent.txid) & (described.source == "program")
    )
    return (AuditEvent.source != "server") | ~fn.EXISTS(by_program)


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
    query = AuditEvent.select(*_ROW_COLUMNS).where(shown()).order_by(order)
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


# ---------------------------------------------------------------- the hash chain


def _part(value: object) -> str:
    if value is None:
        return "-"
    text = value if isinstance(value, str) else str(value)
    return f"{len(text)}:{text}"


def chain_text(prev_hash: str | None, row: dict) -> str:
    """The text a row's hash is taken over: m0008's ``avtalsregister_audit_hash``."""
    at = row["at"]
    return "".join(
        _part(v)
        for v in (
            prev_hash,
            row["id"],
            at.strftime("%Y-%m-%dT%H:%M:%S.%f") if at is not None else None,
            row["os_user"],
            row["db_user"],
            row["db_session_user"],
            row["action"],
            row["object_type"],
            row["object_id"],
            row["entry_id"],
            row["field"],
            row["old_value"],
            row["new_value"],
            row["details"],
            row["source"],
            row["txid"],
        )
    )


def row_hash(prev_hash: str | None, row: dict) -> str:
    return hashlib.sha256(chain_text(prev_hash, row).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    """What ``verify_chain`` found: rows checked, the newest hash, problems (ids)."""

    chained: int
    unchained_before: int  # rows from before the chain began (m0008)
    head: str | None
    problems: list[str]

    @property
    def sound(self) -> bool:
        return not self.problems


def verify_chain(limit_problems: int = 50) -> ChainReport:
    """Walk the audit trail in id order and recompute every row's hash.

    A rewritten row no longer matches its hash; a removed row breaks the next
    row's link; a row written with the triggers switched off has no hash after
    the chain began. Whoever rewrites the whole chain from some row on (the
    owner, a superuser) is found by comparing ``head`` with a head noted earlier.
    """
    problems: list[str] = []
    prev: str | None = None
    started = False
    chained = unchained = 0
    query = AuditEvent.select().order_by(AuditEvent.id).dicts().iterator()
    for row in query:
        if row["row_hash"] is None:
            if started:
                problems.append(f"audit row {row['id']}: no hash after the chain began")
            else:
                unchained += 1
            continue
        if started and row["prev_hash"] != prev:
            problems.append(f"audit row {row['id']}: does not follow row before it (removed?)")
        elif not started and row["prev_hash"] is not None:
            problems.append(f"audit row {row['id']}: the chain's first row links to a missing one")
        if row_hash(row["prev_hash"], row) != row["row_hash"]:
            problems.append(f"audit row {row['id']}: changed after it was written")
        started = True
        chained += 1
        prev = row["row_hash"]
        if len(problems) >= limit_problems:
            break
    return ChainReport(chained, unchained, prev, problems)
