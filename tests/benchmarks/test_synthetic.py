"""The benchmarks' synthetic register is a valid register, and their baseline matches.

Benchmarks are not part of the test run; this smoke test keeps their data
honest: a small synthetic register passes SQLite's integrity checks, holds
what the generator promises, and is found by the program's own search the
same way as by the benchmark's bare SQL.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from benchmarks import bare, synthetic
from desktop_app.domain.kinds import Kind, Scope, Status
from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter
from desktop_app.services.session import close_register, open_register

N = 200


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "synthetic.sqlite3"
    synthetic.build(path, N, seed=7)
    return path


def test_register_is_intact_and_complete(built: Path) -> None:
    with sqlite3.connect(built) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")
        assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == N
        links = conn.execute("SELECT count(*) FROM entry_counterparty").fetchone()[0]
        assert N <= links <= 2 * N
        assert conn.execute("SELECT count(*) FROM counterparty").fetchone()[0] > 2000
        kinds = {r[0] for r in conn.execute("SELECT DISTINCT kind FROM entry")}
        assert kinds == {k.value for k in Kind}
        scopes = {r[0] for r in conn.execute("SELECT DISTINCT scope FROM entry")}
        assert scopes == {s.value for s in Scope}
        statuses = {r[0] for r in conn.execute("SELECT DISTINCT status FROM entry")}
        assert statuses <= {s.value for s in Status} and "active" in statuses
        cases = conn.execute("SELECT count(DISTINCT case_number) FROM entry").fetchone()[0]
        assert cases == N  # unique, so an export of it imports without duplicates
        # The trigger dropped for the bulk insert is back, with the schema's own SQL.
        assert (
            conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name='entry_fts_ai'"
            ).fetchone()[0]
            == 1
        )
        names = conn.execute("SELECT counterparty_names FROM entry WHERE id = 1").fetchone()[0]
        linked = conn.execute(
            "SELECT c.name FROM entry_counterparty l JOIN counterparty c "
            "ON c.id = l.counterparty_id WHERE l.entry_id = 1 ORDER BY l.position"
        ).fetchall()
        assert names == "; ".join(r[0] for r in linked)


def test_program_search_finds_generated_counterparty(built: Path) -> None:
    open_register(str(built), create=False)
    try:
        with sqlite3.connect(built) as conn:
            name = conn.execute(
                "SELECT c.name FROM entry_counterparty l JOIN counterparty c "
                "ON c.id = l.counterparty_id WHERE l.entry_id = 1 AND l.position = 0"
            ).fetchone()[0]
        ids = reg.query_ids(RegisterFilter(search=name.upper(), include_archived=True))
        assert 1 in ids
        states = reg.review_state_counts(date.today())
        assert states["overdue"] > 0  # reviews are spread so that some are overdue
        conn = bare.connect(built)
        for text in ("e", "łó", "göteborg", "goteborg", "euroc", "lodz", "Miljö- och", "ks",
                     name):  # fmt: skip
            expected = reg.query_ids(RegisterFilter(search=text))
            assert bare.ids(conn, text) == expected, text
            first, complete, _plan = reg.query_first(RegisterFilter(search=text), limit=40)
            assert first[:40] == expected[:40] and (not complete or first == expected), text
        for key in bare.SORT_SQL:
            for descending in (False, True):
                f = RegisterFilter(sort_key=key, descending=descending)
                assert bare.ids(conn, "", key, descending) == reg.query_ids(f), key
                assert (
                    bare.ids(conn, "", key, descending, limit=40) == reg.query_first(f, limit=40)[0]
                )
        conn.close()
    finally:
        close_register()


def test_rows_by_ids_types_match_the_stored_values(built: Path) -> None:
    """Grid rows carry real dates, Decimal amounts and booleans, whatever the read path."""
    from datetime import datetime
    from decimal import Decimal

    open_register(str(built), create=False)
    try:
        ids = reg.query_ids(RegisterFilter(include_archived=True))
        rows = reg.rows_by_ids(ids, date(2026, 1, 1), 180)
        assert sorted(rows) == list(range(1, N + 1))
        with sqlite3.connect(built) as conn:
            raw = {
                r[0]: r[1:]
                for r in conn.execute(
                    "SELECT id, decision_date, next_review_date, annual_cost, archived, "
                    "updated_at, title FROM entry"
                )
            }
    finally:
        close_register()
    for entry_id, row in rows.items():
        decided, nxt, cost, archived, updated, title = raw[entry_id]
        assert row.decision_date == date.fromisoformat(decided)
        assert row.next_review_date == (date.fromisoformat(nxt) if nxt else None)
        assert row.annual_cost == (Decimal(str(cost)) if cost is not None else None)
        assert row.annual_cost is None or isinstance(row.annual_cost, Decimal)
        assert row.archived is bool(archived)
        assert isinstance(row.updated_at, datetime)
        assert row.updated_at == datetime.fromisoformat(updated)
        assert row.title == title
        assert row.status in {"draft", "active", "terminated", "expired"}


def test_postgres_copy_answers_as_the_sqlite_register(built: Path) -> None:
    """The benchmarks' PostgreSQL register holds the same rows and answers the same
    searches and sorts in the same order; new rows get ids past the copied ones."""
    import uuid

    from benchmarks import synthetic_pg
    from tests.conftest import _pg_admin_execute, postgres_url

    url = postgres_url()
    if not url:
        pytest.skip("PostgreSQL not configured")
    cases = [
        RegisterFilter(),
        RegisterFilter(search="göteborg"),
        RegisterFilter(search="e"),
        RegisterFilter(sort_key="title", descending=True),
        RegisterFilter(search="st", sort_key="deciding_body"),
    ]
    open_register(str(built), create=False)
    try:
        expected = [reg.query_ids(f) for f in cases]
    finally:
        close_register()
    schema = "t_bench_" + uuid.uuid4().hex[:10]
    try:
        target = synthetic_pg.copy_into(built, url, schema)
        open_register(target, create=False)
        try:
            assert [reg.query_ids(f) for f in cases] == expected
            assert len(expected[0]) > N * 0.9 and 0 < len(expected[1]) < N
            conn = bare.connect(target)
            before = bare._execute(conn, "SELECT max(id) FROM counterparty", []).fetchone()[0]
            conn.close()
            from desktop_app.services import catalog

            created = catalog.create_counterparty(
                "Ny part i Łódź", "Polen", "city"
            )  # audited write
            assert created.id > before
        finally:
            close_register()
    finally:
        _pg_admin_execute(url, f"DROP SCHEMA IF EXISTS {schema} CASCADE")
