"""Store errors are recognised by SQLite's result codes and PostgreSQL's SQLSTATE.

Each case provokes the real failure from the real driver (two connections
fighting over a lock, a read-only connection, a file that is not a
database, a server that is not there, a database that does not exist) and
checks the kind ``store.errors.classify`` gives it, and the message
``translate_error`` makes of it. A driver exception that only *says*
"database is locked" (no code) is not recognised: wording is not evidence.
"""

from __future__ import annotations

import sqlite3

import peewee
import pytest

from desktop_app.store import database as store_db
from desktop_app.store.errors import (
    CORRUPT,
    LOCKED,
    READ_ONLY,
    UNAVAILABLE,
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseUnavailableError,
    ReadOnlyDatabaseError,
    classify,
)

from ..conftest import postgres_url


def _raised(fn) -> BaseException:
    try:
        fn()
    except BaseException as exc:  # noqa: BLE001 - the failure under test
        return exc
    raise AssertionError("no failure")


def test_sqlite_lock_is_known_by_its_code(tmp_path) -> None:
    path = tmp_path / "r.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(path, timeout=0.05, isolation_level=None)
    exc = _raised(lambda: other.execute("BEGIN IMMEDIATE"))
    holder.execute("ROLLBACK")
    assert exc.sqlite_errorcode & 0xFF == 5  # SQLITE_BUSY
    assert classify(exc) == LOCKED
    assert isinstance(store_db.translate_error(exc), DatabaseLockedError)
    # Wrapped by peewee as the program sees it: still known by the code underneath.
    assert classify(peewee.OperationalError(exc, *exc.args)) == LOCKED


def test_sqlite_read_only_and_not_a_database(tmp_path) -> None:
    path = tmp_path / "r.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    exc = _raised(lambda: ro.execute("INSERT INTO t VALUES (1)"))
    assert classify(exc) == READ_ONLY
    assert isinstance(store_db.translate_error(exc), ReadOnlyDatabaseError)

    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 200)
    exc = _raised(lambda: sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master"))
    assert classify(exc) == CORRUPT
    assert isinstance(store_db.translate_error(exc), CorruptDatabaseError)

    missing = tmp_path / "no-such-folder" / "r.sqlite3"
    exc = _raised(lambda: sqlite3.connect(f"file:{missing}?mode=ro", uri=True))
    assert classify(exc) == UNAVAILABLE


def test_words_without_a_code_are_not_evidence() -> None:
    assert classify(sqlite3.OperationalError("database is locked")) is None
    assert classify(RuntimeError("disk is full")) is None
    assert store_db.translate_error(ValueError("readonly database")) is None


def test_postgresql_failures_are_known_by_sqlstate() -> None:
    psycopg2 = pytest.importorskip("psycopg2")
    refused = _raised(lambda: psycopg2.connect("postgresql://nobody@127.0.0.1:1/none"))
    assert classify(refused) == UNAVAILABLE  # no server answered: no SQLSTATE at all
    assert isinstance(store_db.translate_error(refused), DatabaseUnavailableError)
    url = postgres_url()
    if not url:
        pytest.skip("PostgreSQL not configured: set AVTALSREGISTER_TEST_POSTGRES")
    base = url.rsplit("/", 1)[0]
    missing = _raised(lambda: psycopg2.connect(f"{base}/avtalsregister_no_such_db_x"))
    assert classify(missing) == UNAVAILABLE  # refused while connecting: no SQLSTATE
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SET TRANSACTION READ ONLY")
            exc = _raised(lambda: cur.execute("CREATE TEMP TABLE t (x int)"))
        assert exc.pgcode == "25006"
        assert classify(exc) == "permission"
    finally:
        conn.close()
