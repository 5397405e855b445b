"""Who is acting (OS user, database role) and the write transaction helper."""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

import peewee

from desktop_app.store.database import translate_error
from desktop_app.store.errors import PERMISSION, classify
from desktop_app.store.models import database_proxy

from .errors import PermissionDeniedError


@dataclass(frozen=True)
class Actor:
    os_user: str
    db_user: str

    @property
    def name(self) -> str:
        return self.os_user or self.db_user or "?"


@lru_cache(maxsize=1)
def os_user() -> str:
    for var in ("AVTALSREGISTER_USER",):
        if os.environ.get(var):
            return os.environ[var]
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name available: say so
        return os.environ.get("USERNAME", "okänd")


def is_postgres() -> bool:
    return isinstance(database_proxy.obj, peewee.PostgresqlDatabase)


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


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """One transaction for one service call; known failures become messages.

    SQLite opens it with BEGIN IMMEDIATE (set on the database) so that two
    writers queue on the busy timeout instead of failing mid-way.
    """
    try:
        with database_proxy.atomic():
            yield
    except (
        peewee.OperationalError,
        peewee.InternalError,
        peewee.ProgrammingError,
        sqlite3.OperationalError,
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
