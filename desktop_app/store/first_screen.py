"""The desktop's first screen read with the database driver alone (issue 19).

Peewee, the models and the services take ~60 ms to import, which every start
paid before its first rows (a bare window takes ~120 ms in all). The first
screen of an unfiltered register needs three small reads: the schema's
version, the ordered ids up to a screen and those rows. ``FirstScreenReader``
makes them with ``sqlite3`` or ``psycopg2`` on a connection of its own, in
SQL written here, on the worker that ``services.first_screen`` gives it;
the register is opened as always (``services.session.open_register``) once
the rows are painted. Tests hold this SQL to the services' queries
(``tests/store/test_first_screen.py``: the same ids and rows, both backends).
Nothing here writes.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from desktop_app.store.sqlite_paths import is_network_path, sqlite_uri
from desktop_app.store.targets import DatabaseTarget, postgres_params

BUSY_TIMEOUT_S = 5.0  # as the store's connections wait for a writer (store.database)

# The row query of ``services.register.rows_by_ids`` (its ``_ROW_SELECT``), column by
# column: (SQL, how its stored value is read back).
_ROW_COLUMNS = (
    ('"t1"."id"', None),
    ('"t1"."case_number"', None),
    ('"t1"."title"', None),
    ('"t1"."kind"', None),
    ('"t1"."counterparty_names"', None),
    ('"t1"."scope"', None),
    ('"deciding"."short_name"', None),
    ('"t1"."decision_date"', "date"),
    ('"responsible"."short_name"', None),
    ('"t1"."contact_person"', None),
    ('"t2"."name_sv"', None),
    ('"t1"."directions"', None),
    ('"t1"."start_date"', "date"),
    ('"t1"."end_date"', "date"),
    ('"t1"."review_interval_months"', None),
    ('"t1"."last_review_date"', "date"),
    ('"t1"."next_review_date"', "date"),
    ('"t1"."annual_cost"', "decimal"),
    ('"t1"."currency"', None),
    ('COALESCE("payer"."short_name", "t1"."cost_payer")', None),
    ('"t1"."status"', None),
    ('"t1"."archived"', None),
    ('"t1"."notes"', None),
    ('"t1"."updated_at"', "datetime"),
    ('"t1"."updated_by"', None),
    ('"t1"."version"', None),
)
_ROWS_FROM = (
    ' FROM "entry" AS "t1"'
    ' LEFT OUTER JOIN "decision_body" AS "deciding"'
    ' ON ("t1"."deciding_body_id" = "deciding"."id")'
    ' LEFT OUTER JOIN "decision_body" AS "responsible"'
    ' ON ("t1"."responsible_body_id" = "responsible"."id")'
    ' LEFT OUTER JOIN "theme" AS "t2" ON ("t1"."theme_id" = "t2"."id")'
    ' LEFT OUTER JOIN "decision_body" AS "payer"'
    ' ON ("t1"."cost_payer_body_id" = "payer"."id")'
)


def _datetime(value):
    """A stored time as peewee's ``DateTimeField`` reads it (SQLite keeps text)."""
    if not value or not isinstance(value, str):
        return value
    text = value[:10] + "T" + value[11:] if len(value) > 10 and value[10] == " " else value
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return value  # as peewee: a value in no known format is handed on as stored


def _date(value):
    """A stored date as peewee's ``DateField`` reads it."""
    if isinstance(value, str) and value:
        read = _datetime(value)
        return read.date() if isinstance(read, datetime) else read
    if isinstance(value, datetime):
        return value.date()
    return value


def _decimal(value):
    if value is None or isinstance(value, Decimal):
        return value
    return Decimal(str(value))


_CONVERT = {"date": _date, "datetime": _datetime, "decimal": _decimal}
_CONVERTERS = tuple(
    (i, _CONVERT[kind]) for i, (_sql, kind) in enumerate(_ROW_COLUMNS) if kind is not None
)


def load_driver(target: DatabaseTarget) -> None:
    """Import the database driver of ``target`` now, on the calling thread.

    psycopg2 is 11-12 ms of Python to import; on the worker, beside the
    window being built on the UI thread, it waited for Python's lock and took
    ~80 ms (issue 19). ``sqlite3`` is imported with this module already."""
    if target.backend == "postgres":
        from desktop_app.store.drivers import driver

        with contextlib.suppress(ImportError):  # the store's open says what is missing
            driver()


class FirstScreenReader:
    """A connection of its own to the register, for the first screen's reads.

    Made and used on one worker thread, then closed (``close``). Errors are
    the driver's own (``sqlite3.Error``, ``psycopg2.Error``): the caller then
    opens the register as always and asks again.
    """

    def __init__(self, target: DatabaseTarget) -> None:
        self.backend = target.backend
        if target.backend == "sqlite":
            path = target.path
            if path is None or not path.is_file() or is_network_path(path):
                raise FileNotFoundError(path)  # the store's open says why
            self._mark = "?"
            self._connection = sqlite3.connect(
                sqlite_uri(path), uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False
            )
        else:
            from desktop_app.store.drivers import driver

            name, params = postgres_params(target.url or "")
            self._mark = "%s"
            self._connection = driver().connect(dbname=name, **params)
            # Each read its own statement: no BEGIN sent before the first, one
            # round trip less (each waits for Python's lock again on the worker).
            self._connection.autocommit = True

    def close(self) -> None:
        self._connection.close()

    def _all(self, sql: str, params: Sequence = ()) -> list[tuple]:
        cursor = self._connection.cursor()
        try:
            cursor.execute(sql.replace("?", self._mark), tuple(params))
            return cursor.fetchall()
        finally:
            cursor.close()

    def about(self, setting: str) -> tuple[int, str | None, set[int]]:
        """In one statement: the register's schema version (``store.migrate.
        current_version``), a setting as stored or None (``register_settings``), and
        the entries with a secrecy mark that holds (``secrecy.marked_entry_ids``)."""
        marked = (
            'group_concat("entry_id")'
            if self.backend == "sqlite"
            else """string_agg("entry_id"::text, ',')"""
        )
        sql = (
            'SELECT (SELECT MAX("version") FROM "schema_version"),'
            ' (SELECT "value" FROM "setting" WHERE "key" = ?),'
            f' (SELECT {marked} FROM (SELECT DISTINCT "entry_id" FROM "secrecy_mark"'
            ' WHERE "removed_at" IS NULL) AS "m")'
        )
        ((version, value, ids),) = self._all(sql, (setting,))
        return int(version or 0), value, {int(i) for i in str(ids or "").split(",") if i}

    def ordered_ids(
        self,
        column: str,
        descending: bool,
        include_archived: bool,
        never_empty: bool,
        limit: int,
    ) -> list[int]:
        """The first ``limit`` entry ids ordered by ``column`` (an ``entry`` column),
        empty values last in either direction, each part in id order: the two
        index walks of ``services.register._ordered_parts``."""
        order = "DESC" if descending else "ASC"
        where = [] if include_archived else ['"archived" = ?']
        params: list = [] if include_archived else [False]
        parts = (
            [(where, f'"{column}" {order}, "id" {order}')]
            if never_empty
            else [
                ([*where, f'"{column}" IS NOT NULL'], f'"{column}" {order}, "id" {order}'),
                ([*where, f'"{column}" IS NULL'], f'"id" {order}'),
            ]
        )
        ids: list[int] = []
        for conditions, ordering in parts:
            if len(ids) >= limit:
                break
            sql = 'SELECT "id" FROM "entry"'
            if conditions:
                sql += " WHERE " + " AND ".join(conditions)
            sql += f" ORDER BY {ordering} LIMIT ?"
            ids.extend(row[0] for row in self._all(sql, [*params, limit - len(ids)]))
        return ids

    def rows(self, ids: Sequence[int]) -> list[list]:
        """The row query's values for ``ids`` (any order), dates, times and amounts
        read as the store's fields read them."""
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        select = ", ".join(sql for sql, _kind in _ROW_COLUMNS)
        sql = f'SELECT {select}{_ROWS_FROM} WHERE ("t1"."id" IN ({marks}))'
        found = []
        for raw in self._all(sql, list(ids)):
            values = list(raw)
            for i, convert in _CONVERTERS:
                if values[i] is not None:
                    values[i] = convert(values[i])
            found.append(values)
        return found
