"""What the connected user may do in the register: read, write entries, administer.

The UI asks once after opening the register and shows a read-only view to a
reader. The answer is advice for the UI only: enforcement is the database's
(PostgreSQL grants from ``db/postgres/roles.sql``; a reader who writes
through the services anyway is refused by the server, and
``services.context.write_transaction`` turns that into
``PermissionDeniedError``). A SQLite file may do everything unless the file
or its folder is read-only.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import peewee

from desktop_app.paths import db_dir
from desktop_app.store.models import database_proxy

GROUP_ROLES = ("avtalsregister_reader", "avtalsregister_registrar", "avtalsregister_admin")

# Tables a registrar writes (entries, links, reviews, counterparties, audit) and
# tables only an administrator writes (bodies, mandates, themes, settings).
_ENTRY_TABLES = {
    "entry": "INSERT,UPDATE",
    "entry_counterparty": "INSERT,DELETE",
    "review": "INSERT",
    "counterparty": "INSERT",
    "audit_event": "INSERT",
}
_ADMIN_TABLES = {
    "decision_body": "INSERT,UPDATE",
    "body_mandate": "INSERT,DELETE",
    "theme": "INSERT,UPDATE",
    "setting": "INSERT,UPDATE",
}


@dataclass(frozen=True)
class Capabilities:
    """What the UI should offer; the database enforces it regardless."""

    can_read: bool
    can_write_entries: bool
    can_admin: bool
    role: str = ""  # the database role (PostgreSQL) or "" for SQLite
    reason: str = ""  # why writing is not possible, for the status bar (Swedish)
    reason_en: str = ""

    @property
    def read_only(self) -> bool:
        return not self.can_write_entries


def capabilities() -> Capabilities:
    """Ask the bound database what the current user may do."""
    db = database_proxy.obj
    if db is None:
        raise RuntimeError("open_register() first")
    if isinstance(db, peewee.PostgresqlDatabase):
        return _postgres_capabilities(db)
    return _sqlite_capabilities(db)


def _postgres_capabilities(db: peewee.PostgresqlDatabase) -> Capabilities:
    # Two round trips (eleven before): the start asks this before its window
    # shows (issue 19). A table missing from the schema (a reader's masked
    # schema) counts as one without the privilege, as the lookup would refuse it.
    role, read_only_tx, can_read = db.execute_sql(
        "SELECT current_user, current_setting('transaction_read_only') = 'on', "
        "has_table_privilege('entry', 'SELECT')"
    ).fetchone()
    can_write = can_admin = False
    if can_read and not read_only_tx:
        pairs = [
            (kind, table, privilege)
            for kind, tables in (("entry", _ENTRY_TABLES), ("admin", _ADMIN_TABLES))
            for table, privileges in tables.items()
            for privilege in privileges.split(",")
        ]
        kinds, names, privileges = (list(column) for column in zip(*pairs, strict=True))
        entry_ok, admin_ok = db.execute_sql(
            "SELECT bool_and(ok) FILTER (WHERE k = 'entry'), "
            "bool_and(ok) FILTER (WHERE k = 'admin') "
            "FROM (SELECT k, CASE WHEN to_regclass(t) IS NULL THEN false "
            "ELSE has_table_privilege(t, p) END AS ok "
            "FROM unnest(%s::text[], %s::text[], %s::text[]) AS x(k, t, p)) AS checked",
            (kinds, names, privileges),
        ).fetchone()
        can_write = bool(entry_ok)
        can_admin = can_write and bool(admin_ok)
    can_read = bool(can_read)
    if can_write:
        return Capabilities(can_read, True, can_admin, role)
    if read_only_tx:
        sv = "Databasservern tar bara emot läsningar just nu (skrivskyddad)."
        en = "The database server accepts reads only at the moment (read-only)."
    else:
        sv = f"Rollen {role} har bara läsbehörighet. Be registeransvarig om skrivbehörighet."
        en = f"The role {role} may only read. Ask the register's administrator for write access."
    return Capabilities(can_read, False, False, role, sv, en)


def _sqlite_capabilities(db: peewee.SqliteDatabase) -> Capabilities:
    path = Path(db.database)
    query_only = db.execute_sql("PRAGMA query_only").fetchone()[0] == 1
    writable = (
        not query_only
        and os.access(path, os.W_OK)
        # WAL needs the -wal and -shm files beside the register.
        and os.access(path.parent, os.W_OK)
    )
    if writable:
        return Capabilities(True, True, True)
    return Capabilities(
        True,
        False,
        False,
        "",
        f"Registerfilen {path} är skrivskyddad; du kan läsa men inte spara. Kontrollera "
        "behörigheten till filen och mappen.",
        f"The register file {path} is read-only; you can read but not save. Check the "
        "permissions of the file and its folder.",
    )


def member_of(group: str) -> bool:
    """True when the PostgreSQL role is (directly or indirectly) in ``group``."""
    db = database_proxy.obj
    if not isinstance(db, peewee.PostgresqlDatabase):
        return True
    row = db.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s) "
        "AND pg_has_role(current_user, %s, 'MEMBER')",
        (group, group),
    ).fetchone()
    return bool(row and row[0])


_SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def roles_script(schema: str = "public") -> str:
    """``db/postgres/roles.sql`` with the schema filled in, for running without psql.

    The file is written for ``psql -v schema=...``; this fills in the variable
    and drops psql's meta-commands so that one ``cursor.execute`` can run it.
    """
    if not _SCHEMA_NAME.match(schema):
        raise ValueError(f"not a plain schema name: {schema!r}")
    text = (db_dir() / "postgres" / "roles.sql").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("\\")]
    return "\n".join(lines).replace(':"schema"', f'"{schema}"')
