"""Who is acting (OS user, database role) and the write transaction helper."""

from __future__ import annotations

import contextlib
import contextvars
import functools
import getpass
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import ParamSpec, TypeVar

import peewee

from desktop_app.store.database import translate_error
from desktop_app.store.errors import PERMISSION, RETRY, classify
from desktop_app.store.models import database_proxy

from .errors import PermissionDeniedError


@dataclass(frozen=True)
class Actor:
    os_user: str
    db_user: str

    @property
    def name(self) -> str:
        return self.os_user or self.db_user or "?"


_ACTING_AS: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "avtalsregister_acting_as", default=None
)


@contextlib.contextmanager
def acting_as(name: str) -> Iterator[None]:
    """Act as the OS user ``name`` in this thread (two registrars in one test process)."""
    token = _ACTING_AS.set(name)
    try:
        yield
    finally:
        _ACTING_AS.reset(token)


def os_user() -> str:
    """The OS user the audit trail names (the client's claim; see ``acting_as``)."""
    return _ACTING_AS.get() or _process_os_user()


@lru_cache(maxsize=1)
def _process_os_user() -> str:
    for var in ("AVTALSREGISTER_USER",):
        if os.environ.get(var):
            return os.environ[var]
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name available: say so
        return os.environ.get("USERNAME", "okänd")


os_user.cache_clear = _process_os_user.cache_clear  # type: ignore[attr-defined]


def lock_row(query: peewee.Select) -> peewee.Select:
    """``SELECT ... FOR UPDATE`` on PostgreSQL: a second writer of the same row waits
    here until the first commits, then reads its version (and gets the conflict).
    SQLite needs none: BEGIN IMMEDIATE already lets one writer in at a time."""
    return query.for_update() if is_postgres() else query


def is_postgres() -> bool:
    return isinstance(database_proxy.obj, peewee.PostgresqlDatabase)


def insert_rows(
    table: str, columns: Sequence[str], rows: Sequence[Sequence], chunk: int = 1000
) -> None:
    """Plain ``INSERT``s of ``rows`` into ``table``, one ``executemany`` per ``chunk``, in
    the caller's transaction (bulk writes: an import's entries, links, audit rows and
    findings summaries; peewee's ``insert_many`` builds every row as a dict first)."""
    if not rows:
        return
    param = "%s" if is_postgres() else "?"
    marks = ", ".join([param] * len(columns))
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
    cursor = database_proxy.cursor()
    for start in range(0, len(rows), chunk):
        cursor.executemany(sql, rows[start : start + chunk])


def current_actor() -> Actor:
    db_user = ""
    if is_postgres():
        db_user = database_proxy.execute_sql("SELECT current_user").fetchone()[0]
    return Actor(os_user(), db_user)


def utcnow() -> datetime:
    """Naive UTC timestamps in the database; shown in local time."""
    return datetime.now(UTC).replace(tzinfo=None)


def to_local(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _claim(reason: str) -> None:
    """Tell the server who the client says it is, for this transaction's audit rows.

    The server records it beside what it knows (``current_user``,
    ``session_user``, its clock): the OS user and the service that wrote
    (the reason) are the client's claim, not proof (migration m0008)."""
    database_proxy.execute_sql(
        "SELECT set_config('avtalsregister.os_user', %s, true), "
        "set_config('avtalsregister.reason', %s, true)",
        (os_user(), reason),
    )


_touched = threading.local()


def touch_entries(entry_ids: Iterable[int]) -> None:
    """Entries whose findings summary the running write must store anew before it
    commits (``services.finding_summaries``). Outside a write transaction: nothing."""
    pending = getattr(_touched, "ids", None)
    if pending is not None:
        pending.update(entry_ids)


_settlers: list[Callable[[set[int]], None]] = []


def on_touched_entries(settle: Callable[[set[int]], None]) -> None:
    """Register what stores the touched entries' findings summaries before a write
    commits (``services.session`` registers ``finding_summaries.settle``; this module
    never imports it)."""
    if settle not in _settlers:
        _settlers.append(settle)


def _settle_touched() -> None:
    while _touched.ids:
        ids, _touched.ids = _touched.ids, set()
        for settle in _settlers:
            settle(ids)


def _mark_program_write() -> bool:
    """SQLite: tell the audit triggers (m0011) that the program writes and describes
    this transaction itself; the row is removed before the commit, so no other
    connection ever sees it and a change made outside the program is audited."""
    db = database_proxy.obj
    if is_postgres() or db is None:
        return False
    if not getattr(db, "_audit_writer_table", False):
        if not db.table_exists("audit_writer"):  # a register not yet at schema 11
            return False
        db._audit_writer_table = True
    database_proxy.execute_sql(
        "INSERT INTO audit_writer (started_at) VALUES (?)", (utcnow().isoformat(" "),)
    )
    return True


@contextlib.contextmanager
def described_by_program() -> Iterator[None]:
    """Inside the caller's own transaction: writes the program describes itself, or
    that are no one's change (a benchmark's synthetic register), so SQLite's audit
    triggers (m0011) stay silent for them. ``write_transaction`` does this itself."""
    marked = _mark_program_write()
    yield
    if marked:
        database_proxy.execute_sql("DELETE FROM audit_writer")


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """One transaction for one service call; known failures become messages.

    SQLite opens it with BEGIN IMMEDIATE (set on the database) so that two
    writers queue on the busy timeout instead of failing mid-way. The
    outermost one stores the findings summaries of the entries the write
    touched (``touch_entries``) as its last step, in the same transaction.
    """
    outermost = getattr(_touched, "ids", None) is None
    if outermost:
        _touched.ids = set()
    try:
        with database_proxy.atomic():
            if is_postgres():
                _claim(sys._getframe(2).f_code.co_name)
            marked = outermost and _mark_program_write()
            yield
            if outermost:
                _settle_touched()
            if marked:
                database_proxy.execute_sql("DELETE FROM audit_writer")
    except (
        peewee.OperationalError,
        peewee.InternalError,
        peewee.ProgrammingError,
        peewee.IntegrityError,
        sqlite3.OperationalError,
        sqlite3.IntegrityError,
    ) as exc:
        # A failed COMMIT (e.g. disk full) makes SQLite roll back by itself; the
        # rollback that follows then fails with "no transaction is active" and
        # hides the cause. Look at the whole chain for the known failure, by its
        # code (SQLite result code, PostgreSQL SQLSTATE), not its wording.
        chain = [exc]
        while chain[-1].__context__ is not None and len(chain) < 10:
            chain.append(chain[-1].__context__)
        if any(classify(cause) == PERMISSION for cause in chain):
            raise PermissionDeniedError(
                "Din behörighet i registret räcker inte för den här ändringen (läsare får "
                "inte spara, registratorer får inte ändra organ, teman eller inställningar). "
                "Ingenting sparades. Be registeransvarig om behörighet.",
                "Your access to the register does not allow this change (readers cannot "
                "save; registrars cannot change bodies, themes or settings). Nothing was "
                "saved. Ask the register's administrator for access.",
            ) from exc
        for cause in chain:
            known = translate_error(cause)
            if known is not None:
                raise known from exc
        raise
    finally:
        if outermost:
            _touched.ids = None


P = ParamSpec("P")
R = TypeVar("R")

RETRIES = 3  # a write PostgreSQL cancelled (deadlock, serialization) runs again this often


def retried(fn: Callable[P, R]) -> Callable[P, R]:
    """Run a service write again when PostgreSQL cancelled it for colliding with
    another (SQLSTATE 40001, 40P01), at most ``RETRIES`` times; then the user gets
    ``BusyError``'s sentence. Inside an outer transaction nothing is retried here
    (the outer one is rolled back and is the one to run again)."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        attempt = 0
        while True:
            try:
                return fn(*args, **kwargs)
            except Exception as exc:
                cause = exc.__cause__ or exc
                if (
                    classify(cause) != RETRY
                    or attempt >= RETRIES
                    or database_proxy.in_transaction()
                ):
                    raise
                attempt += 1
                time.sleep(0.02 * attempt)

    return wrapper
