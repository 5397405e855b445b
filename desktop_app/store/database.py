"""Opening the register's database: a SQLite file (default) or PostgreSQL.

One ``DatabaseProxy`` (``models.database_proxy``) is bound here at start-up,
as Vorta does. SQLite gets WAL, foreign keys and a busy timeout; a SQLite
file on a network share is refused, because that is how shared registers get
corrupted: PostgreSQL is the way to share one.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import peewee

from desktop_app.store.errors import (
    CORRUPT,
    DUPLICATE,
    FULL,
    LOCKED,
    PERMISSION,
    READ_ONLY,
    RETRY,
    SQLITE_IOERR,
    UNAVAILABLE,
    BusyError,
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    DiskFullError,
    NetworkPathError,
    ReadOnlyDatabaseError,
    RegisterClosedError,
    StoreError,
    UniqueViolationError,
    classify,
    sqlite_code,
)
from desktop_app.store.models import database_proxy
from desktop_app.store.pg_adapter import Psycopg2Adapter
from desktop_app.store.sqlite_paths import is_network_path
from desktop_app.store.sqlite_paths import sqlite_uri as sqlite_uri  # for the CLI and the UI
from desktop_app.store.targets import ENV_VAR as ENV_VAR  # where the environment names one
from desktop_app.store.targets import DatabaseTarget, postgres_params
from desktop_app.store.targets import resolve_target as resolve_target

BUSY_TIMEOUT_MS = 5000


def network_path_message(path: Path) -> NetworkPathError:
    return NetworkPathError(
        f"Registret {path} ligger på en nätverksdisk. En SQLite-fil som delas över "
        "nätverket kan bli skadad när flera använder den samtidigt. Spara filen på "
        "din egen dator, eller be IT om ett delat register i PostgreSQL "
        "(Inställningar > Databas).",
        f"The register {path} is on a network drive. A SQLite file shared over the "
        "network can be corrupted when several people use it at once. Keep the file "
        "on your own computer, or ask IT for a shared PostgreSQL register "
        "(Settings > Database).",
    )


def translate_error(exc: BaseException, target: DatabaseTarget | None = None) -> StoreError | None:
    """Turn a known database failure into a ``StoreError`` for the user; else None.

    Known means known by its code (``store.errors.classify``: SQLite's result
    code, PostgreSQL's SQLSTATE), never by the words of the message.
    """
    if isinstance(exc, StoreError):
        return exc
    kind = classify(exc)
    where = f" {target.display}" if target else ""
    if kind == DUPLICATE:
        return UniqueViolationError()
    if kind == RETRY:
        return BusyError()
    if kind == LOCKED:
        return DatabaseLockedError(
            f"Registret{where} är låst av ett annat program. Vänta en stund och "
            "försök igen, eller stäng det andra programmet.",
            f"The register{where} is locked by another program. Wait a moment and "
            "try again, or close the other program.",
        )
    if kind == READ_ONLY:
        return ReadOnlyDatabaseError(
            f"Registret{where} är skrivskyddat. Kontrollera att du har "
            "skrivrättighet till filen och mappen, eller be IT om hjälp.",
            f"The register{where} is read-only. Check that you may write to the "
            "file and its folder, or ask IT for help.",
        )
    if kind == FULL:
        return DiskFullError(
            "Disken är full. Ingenting sparades. Frigör utrymme och försök igen.",
            "The disk is full. Nothing was saved. Free some space and try again.",
        )
    if kind == CORRUPT:
        return CorruptDatabaseError(
            f"Registerfilen{where} är skadad. Återställ den senaste "
            "säkerhetskopian (avtalsregister restore) eller kontakta IT.",
            f"The register file{where} is damaged. Restore the latest backup "
            "(avtalsregister restore) or contact IT.",
        )
    if kind == UNAVAILABLE:
        return DatabaseUnavailableError(
            f"Det gick inte att öppna registret{where}. Kontrollera sökvägen eller "
            "nätverksanslutningen och försök igen.",
            f"Could not open the register{where}. Check the path or the network "
            "connection and try again.",
        )
    if kind == PERMISSION:
        return ReadOnlyDatabaseError(
            "Du har bara läsbehörighet i det delade registret. Be "
            "registeransvarig om skrivbehörighet.",
            "You may only read the shared register. Ask the register's "
            "administrator for write access.",
        )
    return None


class _ClosesForGood:
    """A database that, once closed with ``close_for_good``, opens no connection again.

    Peewee keeps one connection per thread and reconnects on demand, so a
    background worker that runs after the register was closed would quietly
    reopen it; for SQLite that recreates the file (and its -wal) in a folder
    that may be being removed (issue 18: the smoke test's "Directory not
    empty"; a file-in-use error on Windows). The check sits in ``_connect``,
    which peewee calls under the database's lock, so no connection can slip
    in between the flag being set and the caller's connection being closed.
    """

    _closed_for_good = False

    def _connect(self):  # peewee calls it under self._lock
        if self._closed_for_good:
            raise RegisterClosedError()
        return super()._connect()  # type: ignore[misc]

    def close_for_good(self) -> None:
        with self._lock:  # type: ignore[attr-defined]
            self._closed_for_good = True
        self.close()  # type: ignore[attr-defined] - the calling thread's connection


class RegisterSqliteDatabase(_ClosesForGood, peewee.SqliteDatabase):
    """The register's SQLite database (see ``_ClosesForGood``)."""


class RegisterPostgresqlDatabase(_ClosesForGood, peewee.PostgresqlDatabase):
    """The register's PostgreSQL database (see ``_ClosesForGood``); psycopg2 is
    imported when the first one is made (``store.pg_adapter``)."""

    psycopg2_adapter = Psycopg2Adapter


def close_for_good(db: peewee.Database) -> None:
    """Close ``db`` so that no thread can reconnect to it (other threads must
    have released their connections first: the window waits for its workers)."""
    if isinstance(db, _ClosesForGood):
        db.close_for_good()
    elif not db.is_closed():
        db.close()


def _connect_sqlite(path: Path) -> peewee.SqliteDatabase:
    if is_network_path(path):
        raise network_path_message(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = RegisterSqliteDatabase(
        str(path),
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "busy_timeout": BUSY_TIMEOUT_MS,
            "synchronous": "normal",
        },
        timeout=BUSY_TIMEOUT_MS / 1000,
        # Writers take the lock when the transaction begins, so a second writer
        # waits on the busy timeout instead of failing half-way (WAL snapshots).
        lock_type="IMMEDIATE",
        # Each thread has its own connection (peewee); a bulk import alone hands its
        # transaction's connection to a second thread, used by one at a time
        # (services.imports._ChunkIndexer).
        check_same_thread=False,
    )
    return db


def _connect_postgres(url: str) -> peewee.PostgresqlDatabase:
    name, kwargs = postgres_params(url)
    return RegisterPostgresqlDatabase(name, **kwargs)


def _writable(path: Path) -> bool:
    """Whether the file and its folder (for the -wal and -shm files) are writable."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def connect(target: DatabaseTarget) -> peewee.Database:
    """Open a connection to ``target`` and bind the models to it."""
    db = (
        _connect_sqlite(target.path)
        if target.backend == "sqlite"
        else _connect_postgres(target.url)
    )
    try:
        db.connect(reuse_if_open=True)
        if target.backend == "sqlite":
            # Touch the file so a broken or foreign file fails here, clearly.
            db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (peewee.PeeweeException, sqlite3.Error, OSError) as exc:
        db.close()
        if target.backend == "sqlite" and (sqlite_code(exc) or 0) & 0xFF == SQLITE_IOERR:
            free = shutil.disk_usage(target.path.parent).free
            if free < 1024 * 1024:
                raise DiskFullError(
                    f"Disken där registret {target.display} ligger är full. Frigör "
                    "utrymme och starta igen; ingenting har ändrats.",
                    f"The disk holding the register {target.display} is full. Free some "
                    "space and start again; nothing was changed.",
                ) from exc
        if target.backend == "sqlite" and target.path.exists() and not _writable(target.path):
            raise ReadOnlyDatabaseError(
                f"Registret {target.display} ligger i en skrivskyddad mapp eller på en "
                "skrivskyddad disk. SQLite behöver kunna skriva bredvid filen även för att "
                "läsa. Kopiera registret till en mapp där du får skriva, eller be IT om hjälp.",
                f"The register {target.display} is in a read-only folder or on a read-only "
                "disk. SQLite must be able to write beside the file even to read it. Copy "
                "the register to a folder you may write to, or ask IT for help.",
            ) from exc
        raise translate_error(exc, target) or DatabaseUnavailableError(
            f"Det gick inte att öppna registret {target.display}: {exc}",
            f"Could not open the register {target.display}: {exc}",
        ) from exc
    database_proxy.initialize(db)
    return db


def sqlite_backup(db: peewee.SqliteDatabase, dest: Path) -> Path:
    """A consistent copy of a live SQLite database, made with the backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.part")  # swept by backups.remove_stale_parts
    target = sqlite3.connect(str(tmp))
    try:
        db.connection().backup(target)
    finally:
        target.close()
    os.replace(tmp, dest)
    return dest
