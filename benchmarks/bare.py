"""The baselines of the register figures: raw ``sqlite3`` on the same file, no services.

What the register view must do at least, written as plainly as SQLite
allows: one ``SELECT id ... ORDER BY`` (FTS5 ``MATCH`` for terms of three or
more characters, ``LIKE`` for shorter ones, as ``services.search`` does) and
one ``SELECT`` of the first screen of rows by id.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.services.search import fold

SCREEN_ROWS = 40

ROW_SQL = (
    "SELECT e.id, e.case_number, e.title, e.kind, e.counterparty_names, e.scope, "
    "d.short_name, e.decision_date, r.short_name, e.contact_person, t.name_sv, e.directions, "
    "e.start_date, e.end_date, e.review_interval_years, e.last_review_date, "
    "e.next_review_date, e.annual_cost, e.currency, e.cost_payer, e.status, e.archived, "
    "e.notes, e.updated_at, e.updated_by, e.version "
    "FROM entry e LEFT JOIN decision_body d ON d.id = e.deciding_body_id "
    "LEFT JOIN decision_body r ON r.id = e.responsible_body_id "
    "LEFT JOIN theme t ON t.id = e.theme_id"
)

# RegisterRow field -> the SQL expression the bare ORDER BY uses.
SORT_SQL = {
    "case_number": "e.case_number",
    "title": "e.title",
    "kind": "e.kind",
    "counterparties": "e.counterparty_names",
    "deciding_body": "d.short_name",
    "responsible_body": "r.short_name",
    "theme": "t.name_sv",
    "next_review_date": "e.next_review_date",
    "end_date": "e.end_date",
    "status": "e.status",
    "annual_cost": "e.annual_cost",
}
_JOINS = {
    "d.": " LEFT JOIN decision_body d ON d.id = e.deciding_body_id",
    "r.": " LEFT JOIN decision_body r ON r.id = e.responsible_body_id",
    "t.": " LEFT JOIN theme t ON t.id = e.theme_id",
}


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA query_only = 1")
    return conn


def search_where(text: str) -> tuple[str, list]:
    """The same matching rule as services.search, as plain SQL."""
    terms = [t for t in fold(text).split() if t]
    clauses = ["e.archived = 0"]
    params: list = []
    long_terms = [t for t in terms if len(t) >= 3]
    if long_terms:
        clauses.append("e.id IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?)")
        params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
    for term in terms:
        if len(term) < 3:
            clauses.append("e.search_text LIKE ?")
            params.append(f"%{term}%")
    return " AND ".join(clauses), params


def ids(
    conn: sqlite3.Connection,
    search: str = "",
    sort: str = "next_review_date",
    descending: bool = False,
) -> list[int]:
    where, params = search_where(search)
    key = SORT_SQL[sort]
    joins = "".join(j for prefix, j in _JOINS.items() if key.startswith(prefix))
    direction = "DESC" if descending else "ASC"
    sql = (
        f"SELECT e.id FROM entry e{joins} WHERE {where} "
        f"ORDER BY {key} {direction} NULLS LAST, e.id {direction}"
    )
    return [r[0] for r in conn.execute(sql, params).fetchall()]


def first_screen(conn: sqlite3.Connection, id_list: list[int]) -> list[tuple]:
    page = id_list[:SCREEN_ROWS]
    if not page:
        return []
    marks = ",".join("?" * len(page))
    return conn.execute(f"{ROW_SQL} WHERE e.id IN ({marks})", page).fetchall()


def view(conn: sqlite3.Connection, search: str = "", sort: str = "next_review_date",
         descending: bool = False) -> int:  # fmt: skip
    """Ids in order, the count, and the first screen of rows: the bare minimum."""
    found = ids(conn, search, sort, descending)
    first_screen(conn, found)
    return len(found)
