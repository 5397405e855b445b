"""The baselines of the register figures: the DB-API driver on the same data, no services.

What the register view must do at least, written as plainly as the database
allows and with the same indexes: one ``SELECT id ... ORDER BY`` per ordered
part (non-empty values in index order, then empty ones, as the program
does), the search as the same index lookups (SQLite: FTS5 ``MATCH``;
PostgreSQL: ``LIKE`` served by pg_trgm; a term naming a body also matches
its entries), and one ``SELECT`` of the first screen of rows by id. Works on
``sqlite3`` and ``psycopg2`` connections alike (``connect``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.domain import folding

SCREEN_ROWS = 40

ROW_SQL = (
    "SELECT e.id, e.case_number, e.title, e.kind, e.counterparty_names, e.scope, "
    "d.short_name, e.decision_date, r.short_name, e.contact_person, t.name_sv, e.directions, "
    "e.start_date, e.end_date, e.review_interval_months, e.last_review_date, "
    "e.next_review_date, e.annual_cost, e.currency, e.cost_payer, e.status, e.archived, "
    "e.notes, e.updated_at, e.updated_by, e.version "
    "FROM entry e LEFT JOIN decision_body d ON d.id = e.deciding_body_id "
    "LEFT JOIN decision_body r ON r.id = e.responsible_body_id "
    "LEFT JOIN theme t ON t.id = e.theme_id"
)

# RegisterRow field -> (ORDER BY expression, join, column that may be empty or None).
SORT_SQL = {
    "case_number": ("e.case_number_sort_key", "", "e.case_number_sort_key"),
    "title": ("e.title_sort_key", "", "e.title_sort_key"),
    "kind": ("e.kind", "", None),
    "counterparties": ("e.counterparties_sort_key", "", "e.counterparties_sort_key"),
    "deciding_body": (
        "d.sort_key {dir}, d.id",
        " JOIN decision_body d ON d.id = e.deciding_body_id",
        "e.deciding_body_id",
    ),
    "responsible_body": (
        "r.sort_key {dir}, r.id",
        " JOIN decision_body r ON r.id = e.responsible_body_id",
        "e.responsible_body_id",
    ),
    "theme": ("t.sort_key {dir}, t.id", " JOIN theme t ON t.id = e.theme_id", "e.theme_id"),
    "contact_person": ("e.contact_person_sort_key", "", "e.contact_person_sort_key"),
    "next_review_date": ("e.next_review_date", "", "e.next_review_date"),
    "end_date": ("e.end_date", "", "e.end_date"),
    "status": ("e.status", "", None),
    "annual_cost": ("e.annual_cost", "", "e.annual_cost"),
    "notes": ("e.notes_sort_key", "", "e.notes_sort_key"),
    "updated_at": ("e.updated_at", "", "e.updated_at"),
}


def connect(path: Path | str):
    """A read-only ``sqlite3`` connection to a file, or a ``psycopg2`` one to a URL."""
    text = str(path)
    if text.startswith("postgresql://"):
        import psycopg2

        conn = psycopg2.connect(text)
        conn.set_session(readonly=True, autocommit=True)
        return conn
    conn = sqlite3.connect(text, isolation_level=None)
    conn.execute("PRAGMA query_only = 1")
    return conn


def _postgres(conn) -> bool:
    return not isinstance(conn, sqlite3.Connection)


def _execute(conn, sql: str, params: list):
    if _postgres(conn):
        cur = conn.cursor()
        cur.execute(sql.replace("?", "%s"), params)
        return cur
    return conn.execute(sql, params)


def _bodies(conn) -> list[tuple[int, str]]:
    rows = _execute(conn, "SELECT id, short_name, name_sv FROM decision_body", []).fetchall()
    return [(i, folding.build_search_text((s, n))) for i, s, n in rows]


def search_where(conn, text: str) -> tuple[str, list]:
    """The program's matching rule (domain.folding) as plain SQL for this connection."""
    terms = folding.search_terms(text)
    clauses = ["e.archived = ?"]
    params: list = [False if _postgres(conn) else 0]
    bodies = _bodies(conn) if terms else []
    for term in terms:
        pattern = folding.term_pattern(term)
        named = [i for i, body in bodies if folding.matches(body, term)]
        marks = ", ".join("?" for _ in named)
        if _postgres(conn):
            like = pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            clause = "e.search_text LIKE ?"
            params.append(f"%{like}%")
            if named:
                clause = (
                    f"({clause} OR e.deciding_body_id IN ({marks}) "
                    f"OR e.responsible_body_id IN ({marks}))"
                )
                params += named + named
        else:
            clause = "e.id IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?"
            params.append('"' + pattern.replace('"', '""') + '"')
            if named:
                clause += (
                    f" UNION SELECT id FROM entry WHERE deciding_body_id IN ({marks})"
                    f" UNION SELECT id FROM entry WHERE responsible_body_id IN ({marks})"
                )
                params += named + named
            clause += ")"
        clauses.append(clause)
    return " AND ".join(clauses), params


def ids(
    conn,
    search: str = "",
    sort: str = "next_review_date",
    descending: bool = False,
    limit: int | None = None,
) -> list[int]:
    where, params = search_where(conn, search)
    order, join, nullable = SORT_SQL[sort]
    direction = "DESC" if descending else "ASC"
    order = order.replace("{dir}", direction)
    parts = [
        f"SELECT e.id FROM entry e{join} WHERE {where}"
        + (f" AND {nullable} IS NOT NULL" if nullable and not join else "")
        + f" ORDER BY {order} {direction}, e.id {direction}"
    ]
    if nullable:
        parts.append(
            f"SELECT e.id FROM entry e WHERE {where} AND {nullable} IS NULL "
            f"ORDER BY e.id {direction}"
        )
    found: list[int] = []
    for sql in parts:
        if limit is not None:
            if len(found) >= limit:
                break
            sql += f" LIMIT {limit - len(found)}"
        found.extend(r[0] for r in _execute(conn, sql, params).fetchall())
    return found


def first_screen(conn, id_list: list[int]) -> list[tuple]:
    page = id_list[:SCREEN_ROWS]
    if not page:
        return []
    marks = ",".join("?" * len(page))
    return _execute(conn, f"{ROW_SQL} WHERE e.id IN ({marks})", page).fetchall()


def view(conn, search: str = "", sort: str = "next_review_date",
         descending: bool = False) -> int:  # fmt: skip
    """Ids in order, the count, and the first screen of rows: the bare minimum."""
    found = ids(conn, search, sort, descending)
    first_screen(conn, found)
    return len(found)
