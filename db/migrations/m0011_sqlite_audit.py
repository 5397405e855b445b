"""Schema version 11: on SQLite too, a change made outside the program is audited (issue 12).

m0008 made the PostgreSQL server audit every change to the audited tables.
A SQLite register had no such triggers: an UPDATE in the sqlite3 shell left
no trace in the History. Now SQLite gets triggers from the same definition
(m0008's ``AUDITED``: the audited tables and the derived columns left out),
AFTER INSERT, UPDATE and DELETE on each: one row per changed column, or one
row with the whole row for an insert or a delete, ``source`` 'server', the
time of the change (UTC), and ``db_user`` 'sqlite3' (a file has no database
user: who ran the shell is not known, only that it was not the program).

The program describes its own changes (its rows say who and why), so the
triggers stay silent while the program writes: each of the program's write
transactions puts a row in ``audit_writer`` first and removes it before it
commits (``services.context.write_transaction``), so the row is never seen
by another connection, and the triggers write only ``WHEN NOT EXISTS`` such
a row. On PostgreSQL the server writes its rows in every case and the
History hides those of the program's own transactions (by transaction id);
SQLite has no transaction id to compare, hence the marker.

What this does not do: a SQLite file's owner can drop the triggers, or edit
the file with any tool; there is no server to refuse it (db/postgres/README.md
says what a shared register on PostgreSQL adds). The triggers are made from
the columns the tables have now; a later migration that adds a column to an
audited table calls ``make_triggers`` again.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

VERSION = 11

MARKER = """
CREATE TABLE audit_writer (id INTEGER PRIMARY KEY, started_at TIMESTAMP);
"""


def _audited() -> dict[str, tuple[str, ...]]:
    """m0008's definition of what is audited (one definition for both backends)."""
    path = Path(__file__).with_name("m0008_server_audit.py")
    spec = importlib.util.spec_from_file_location("avtalsregister_m0008_audited", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.AUDITED


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _text(name: str, side: str) -> str:
    return f"CAST({side}.{_quote(name)} AS TEXT)"


def trigger_sql(table: str, columns: list[str], skipped: tuple[str, ...]) -> list[str]:
    """The three triggers of one audited table."""
    kept = [c for c in columns if c not in skipped]
    has_id = "id" in columns
    entry = "id" if table == "entry" else ("entry_id" if "entry_id" in columns else None)
    head = (
        "INSERT INTO audit_event (at, os_user, db_user, action, object_type, object_id, "
        "entry_id, field, old_value, new_value, details, source) "
    )
    now = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
    silent = "WHEN NOT EXISTS (SELECT 1 FROM audit_writer)"

    def ident(side: str) -> tuple[str, str]:
        return (
            f"{side}.id" if has_id else "NULL",
            f"{side}.{_quote(entry)}" if entry else "NULL",
        )

    def whole(side: str) -> str:
        pairs = ", ".join(f"'{c}', {side}.{_quote(c)}" for c in kept)
        return f"json_object('reason', 'outside the program', 'row', json_object({pairs}))"

    statements = []
    for op, side, action in (("INSERT", "NEW", "create"), ("DELETE", "OLD", "delete")):
        obj, ent = ident(side)
        statements.append(
            f"CREATE TRIGGER {table}_audit_{op.lower()} AFTER {op} ON {table} {silent} BEGIN "
            f"{head}VALUES ({now}, '', 'sqlite3', '{action}', '{table}', {obj}, {ent}, '', "
            f"NULL, NULL, {whole(side)}, 'server'); END"
        )
    obj, ent = ident("NEW")
    # A row without an id is named by its whole new row, as on PostgreSQL.
    details = '\'{"reason": "outside the program"}\'' if has_id else whole("NEW")
    per_column = " ".join(
        f"{head}SELECT {now}, '', 'sqlite3', 'update', '{table}', {obj}, {ent}, '{c}', "
        f"{_text(c, 'OLD')}, {_text(c, 'NEW')}, {details}, 'server' "
        f"WHERE OLD.{_quote(c)} IS NOT NEW.{_quote(c)};"
        for c in sorted(kept)
    )
    statements.append(
        f"CREATE TRIGGER {table}_audit_update AFTER UPDATE ON {table} {silent} BEGIN "
        f"{per_column} END"
    )
    return statements


def make_triggers(db) -> None:
    """(Re)make the audit triggers of every audited table from its columns now."""
    for table, skipped in _audited().items():
        columns = [row[1] for row in db.execute_sql(f"PRAGMA table_info({table})").fetchall()]
        if not columns:
            continue
        for op in ("insert", "update", "delete"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS {table}_audit_{op}")
        for statement in trigger_sql(table, columns, skipped):
            db.execute_sql(statement)


def upgrade(ctx) -> None:
    if ctx.dialect != "sqlite":
        return
    ctx.execute_script(MARKER)
    make_triggers(ctx.db)
