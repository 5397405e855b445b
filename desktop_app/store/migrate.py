"""Numbered schema migrations from ``db/migrations``, one transaction a step.

Each ``mNNNN_name.py`` has ``VERSION`` and ``upgrade(ctx)``. The schema
version lives in ``schema_version``; a SQLite file gets a backup copy (backup
API) before any step; a database from a newer release is refused.

Several programs may open a new (or outdated) register at the same moment
(issue 12: 22 of 80 SQLite and 11 of 18 PostgreSQL processes printed
tracebacks). Each step's transaction holds the register's migration lock
(SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock per schema) and
reads again under it whether the step has run: the first program migrates,
the others wait and find nothing left to do. A new register's seed runs in
the last step's transaction (``then``), so no kill leaves a register fully
migrated but unseeded (and the session seeds one that an older program left
so).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import peewee

from desktop_app.paths import backup_dir
from desktop_app.store.backups import prune_schema_copies, schema_name
from desktop_app.store.database import sqlite_backup
from desktop_app.store.errors import NewerSchemaError
from desktop_app.store.migration_files import (  # noqa: F401 - as they were named here
    Migration,
    available_migrations,
    latest_version,
)


class MigrationContext:
    """What a migration step may do: run SQL in the dialect of the database."""

    def __init__(self, db: peewee.Database) -> None:
        self.db = db
        self.dialect = "sqlite" if isinstance(db, peewee.SqliteDatabase) else "postgres"

    def _fill(self, sql: str) -> str:
        if self.dialect == "sqlite":
            subs = {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "ts": "TIMESTAMP"}
            subs |= {"true": "1", "false": "0"}
        else:
            subs = {"pk": "SERIAL PRIMARY KEY", "ts": "TIMESTAMP", "true": "TRUE", "false": "FALSE"}
        return re.sub(r"\{(pk|ts|true|false)\}", lambda m: subs[m.group(1)], sql)

    def execute_script(self, sql: str) -> None:
        for statement in split_statements(self._fill(sql), self.dialect):
            self.db.execute_sql(statement)

    def try_execute(self, sql: str) -> bool:
        """Run an optional statement; on failure roll back to a savepoint."""
        try:
            with self.db.atomic():
                self.db.execute_sql(self._fill(sql))
            return True
        except peewee.DatabaseError:
            return False


def split_statements(script: str, dialect: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies and $$ blocks whole."""
    statements: list[str] = []
    buffer = ""
    for chunk in script.split(";"):
        buffer += chunk + ";"
        if dialect == "sqlite":
            complete = sqlite3.complete_statement(buffer)
        else:
            complete = buffer.count("$$") % 2 == 0
        if complete:
            if buffer.strip(" \n;"):
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip(" \n;"):
        statements.append(buffer.strip())
    return statements


def _has_versions(db: peewee.Database) -> bool:
    """``schema_version`` in the current schema; on PostgreSQL a view counts too (a
    reader's masked schema passes the register's versions through, issue 17)."""
    if db.table_exists("schema_version"):
        return True
    return isinstance(db, peewee.PostgresqlDatabase) and any(
        v.name == "schema_version" for v in db.get_views()
    )


def current_version(db: peewee.Database) -> int:
    if not _has_versions(db):
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def applied_versions(db: peewee.Database) -> set[int]:
    """The schema versions whose steps have run on ``db``."""
    if not _has_versions(db):
        return set()
    return {int(r[0]) for r in db.execute_sql("SELECT version FROM schema_version").fetchall()}


def lock_schema(db: peewee.Database) -> None:
    """Inside a transaction: wait for, then hold, the register's migration lock.

    SQLite's write transactions begin IMMEDIATE (one writer at a time) already;
    PostgreSQL gets a transaction-level advisory lock named after the schema."""
    if not isinstance(db, peewee.SqliteDatabase):
        db.execute_sql(
            "SELECT pg_advisory_xact_lock(hashtext('avtalsregister:' || current_schema()))"
        )


def migrate(
    db: peewee.Database,
    *,
    backup: bool = True,
    then: Callable[[int], None] | None = None,
) -> tuple[int, int]:
    """Bring ``db`` to the latest schema; returns (version before, version after).

    ``then(version_before)`` runs in the last step's transaction when this call
    ran that step (the session seeds a new register there)."""
    migrations = available_migrations()
    latest = max((m.version for m in migrations), default=0)
    # One read of the recorded steps: the version is the highest of them (two
    # round trips fewer at every PostgreSQL start, issue 19).
    done = applied_versions(db)
    before = max(done, default=0)
    if before > latest:
        raise NewerSchemaError(
            f"Registret är skapat av en nyare version av Avtalsregister (schema "
            f"{before}, det här programmet känner till {latest}). Uppdatera "
            "programmet; registret har inte ändrats.",
            f"The register was made by a newer Avtalsregister (schema {before}; this "
            f"program knows {latest}). Update the program; the register was not changed.",
        )
    # Every step not yet recorded, in number order. Steps are numbered per engineer
    # and may land on main out of order; a register made between two landings
    # (a development copy) gets the late lower-numbered step too. A released
    # register has every step up to its version, so for it this is "> before".
    pending = [m for m in migrations if m.version not in done]
    if not pending:
        return before, before
    for migration in pending:  # every step's module read (and its VERSION checked) first
        migration.upgrade  # noqa: B018
    if backup and before > 0 and isinstance(db, peewee.SqliteDatabase):
        # Outside the lock (SQLite's backup cannot copy from inside a write
        # transaction); each program's copy has a name of its own until done.
        register = Path(db.database)
        sqlite_backup(db, backup_dir() / schema_name(register, before, datetime.now(UTC)))
        prune_schema_copies(register)  # like the daily copies: the newest few stay
    ctx = MigrationContext(db)
    first: int | None = None  # the version before, as read under the lock
    ran = False
    for migration in pending:
        with db.atomic():
            lock_schema(db)
            # Read again under the lock: another program may have run this step.
            if first is None:
                first = current_version(db)
            if migration.version in applied_versions(db):
                continue
            db.execute_sql(
                "CREATE TABLE IF NOT EXISTS schema_version "
                "(version INTEGER NOT NULL, applied_at TIMESTAMP)"
            )
            migration.upgrade(ctx)
            db.execute_sql(
                "INSERT INTO schema_version (version, applied_at) VALUES (%s, %s)"
                if ctx.dialect == "postgres"
                else "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                (migration.version, datetime.now(UTC).replace(tzinfo=None)),
            )
            ran = True
            if then is not None and migration is pending[-1]:
                then(first)
    if not ran:
        before = first if first is not None else before
        return before, before
    return first if first is not None else before, current_version(db)
