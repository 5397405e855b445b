"""Every released schema version, as a real register with data, opens in this program.

``tests/fixtures/schema_v<N>_demo.sqlite3`` (and ``.pg.sql``, a pg_dump) are
demo registers made by release N (tests/fixtures/make_fixtures.py). Each is
migrated to the current schema with its data intact; a register from a
newer release is refused untouched; a migration keeps a backup copy first
and runs each step in one transaction (a failing step leaves the register as
it was). Version 1 is the only release so far; a test migration numbered
after the latest real one, in a copy of db/, stands in for the next one.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

import peewee
import pytest

from desktop_app.domain.sort_keys import sort_key
from desktop_app.paths import backup_dir, db_dir
from desktop_app.services import audit, entries
from desktop_app.services.session import close_register, open_register
from desktop_app.store import migrate, migration_files
from desktop_app.store.errors import NewerSchemaError
from desktop_app.store.models import AuditEvent, DecisionBody, Entry, database_proxy
from tests.reliability import figures

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SQLITE_FIXTURES = sorted(FIXTURES.glob("schema_v*_demo.sqlite3"))
PG_FIXTURES = sorted(FIXTURES.glob("schema_v*_demo.pg.sql"))
PG_FIXTURE_SCHEMA = "avtalsregister_fixture"

# What every demo fixture holds (build_demo(today=2026-11-27, extra=8)).
EXPECTED = {"entries": 21, "bodies": 10, "eurocities_case": "KS 2009/0412"}

# Schema versions that were released (and so have fixtures); the migrations
# numbered between releases (one number per engineer) are not released alone.
RELEASED_SCHEMAS = {1}

TEST_MIGRATION = """
VERSION = NEXT


def upgrade(ctx):
    ctx.execute_script(
        "ALTER TABLE entry ADD COLUMN reliability_flag INTEGER NOT NULL DEFAULT 0;"
        "CREATE TABLE reliability_note (id {pk}, text TEXT NOT NULL DEFAULT '');"
    )
    if FAIL:
        raise RuntimeError("migration step failed half-way")
"""


def _version_of(path: Path) -> int:
    return int(re.match(r"schema_v(\d+)_", path.name).group(1))


def _assert_demo_intact() -> None:
    assert Entry.select().count() == EXPECTED["entries"]
    assert DecisionBody.select().count() == EXPECTED["bodies"]
    euro = Entry.get(Entry.case_number == EXPECTED["eurocities_case"])
    record = entries.get_entry(euro.id)
    assert record.data.title == "Medlemskap i Eurocities"
    assert record.counterparties and record.counterparties[0].name == "Eurocities"
    assert [e.action for e in audit.list_events(entry_id=euro.id)][0] == "create"
    assert AuditEvent.select().where(AuditEvent.os_user == "fixture").count() > 100
    # The migrated register works: an edit is saved, versioned and audited.
    data = record.data
    data.notes = "Ändrad efter migreringen"
    saved = entries.update_entry(euro.id, data, record.version)
    assert saved.version == record.version + 1


def _next_version() -> int:
    return migrate.latest_version() + 1


def _assert_search_and_sort_prepared() -> None:
    """Migration m0004 on a real v1 register: prepared text, sort keys, indexes (issue 15/19)."""
    from desktop_app.services import register
    from desktop_app.services.register import RegisterFilter

    def titles(**kw) -> list[str]:
        ids = register.query_ids(RegisterFilter(**kw))
        rows = register.rows_by_ids(ids)
        return [rows[i].title for i in ids]

    lodz = "Samarbete om trafiksäkerhet med Łódź och Kraków"
    assert lodz in titles(search="lodz") and titles(search="krakow") == [lodz]
    assert all("Łódź" in t for t in titles(search="lodz"))
    assert "Medlemskap i Eurocities" in titles(search="ks2009/0412")
    assert titles(search="Miljö- och")  # entries of the Miljö- och hälsoskyddsnämnden
    missing = Entry.select().where(Entry.title_sort_key.is_null()).count()
    assert missing == 0
    assert DecisionBody.select().where(DecisionBody.sort_key.is_null()).count() == 0
    by_title = titles(sort_key="title")
    assert by_title == sorted(by_title, key=sort_key) and len(by_title) > 10
    db = database_proxy
    if isinstance(db.obj, peewee.SqliteDatabase):
        names = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='index'")}
    else:
        names = {
            r[0]
            for r in db.execute_sql(
                "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
            )
        }
    assert {"entry_sort_title", "entry_sort_next_review", "entry_review_state"} <= names
    assert not {"entry_title", "entry_next_review"} & names


@pytest.fixture
def with_test_m0002(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of db/ holding the real migrations plus a test step after the latest."""

    real_db, version = db_dir(), _next_version()

    def install(fail: bool) -> None:
        folder = tmp_path / "db"
        shutil.copytree(real_db, folder, dirs_exist_ok=True)
        code = TEST_MIGRATION.replace("if FAIL:", f"if {fail}:")
        code = code.replace("VERSION = NEXT", f"VERSION = {version}")
        (folder / "migrations" / f"m{version:04d}_reliability_test.py").write_text(code)
        monkeypatch.setattr(migration_files, "db_dir", lambda: folder)

    return install


# ---------------------------------------------------------------- SQLite


@pytest.fixture(params=SQLITE_FIXTURES, ids=lambda p: p.stem)
def sqlite_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    copy = tmp_path / "avtal.sqlite3"
    shutil.copyfile(request.param, copy)
    return copy


def test_there_is_a_fixture_for_every_released_schema() -> None:
    """Releases so far: 1. A release that changes the schema adds its fixtures
    (tests/fixtures/make_fixtures.py); versions between releases have none."""
    versions = {_version_of(p) for p in SQLITE_FIXTURES}
    assert versions == RELEASED_SCHEMAS and max(versions) <= migrate.latest_version()
    assert {_version_of(p) for p in PG_FIXTURES} == versions


def test_sqlite_fixture_opens_with_its_data(sqlite_fixture: Path) -> None:
    info = open_register(sqlite_fixture, create=False)
    assert info.schema_version == migrate.latest_version() and not info.created
    # Counted only when it really migrated, from the schema its release made.
    assert info.schema_before in RELEASED_SCHEMAS and info.schema_before < info.schema_version
    _assert_demo_intact()
    _assert_search_and_sort_prepared()
    con = database_proxy.obj.connection()
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    close_register()
    figures.record("migrations_tested")


def test_sqlite_migration_to_the_next_version_keeps_a_backup(
    sqlite_fixture: Path, with_test_m0002
) -> None:
    real = migrate.latest_version()
    with_test_m0002(fail=False)
    info = open_register(sqlite_fixture, create=False)
    assert (info.schema_before, info.schema_version) == (1, real + 1)
    assert Entry.select().count() == EXPECTED["entries"]
    flags = database_proxy.execute_sql("SELECT DISTINCT reliability_flag FROM entry").fetchall()
    assert flags == [(0,)]
    close_register()
    copies = list(backup_dir().glob("avtal.*-schema1-*.sqlite3"))
    assert copies, "no backup before the migration"
    con = sqlite3.connect(max(copies))
    assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM entry").fetchone()[0] == EXPECTED["entries"]
    con.close()
    figures.record("migration_runner_steps")


def test_sqlite_failing_migration_leaves_the_register_as_it_was(
    sqlite_fixture: Path, with_test_m0002
) -> None:
    last_good = migrate.latest_version()  # the real steps before the failing one stay
    with_test_m0002(fail=True)
    with pytest.raises(RuntimeError):
        open_register(sqlite_fixture, create=False)
    close_register()
    con = sqlite3.connect(sqlite_fixture)
    assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == last_good
    columns = [r[1] for r in con.execute("PRAGMA table_info(entry)")]
    assert "reliability_flag" not in columns
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_newer_schema_is_refused_and_not_changed(sqlite_fixture: Path) -> None:
    con = sqlite3.connect(sqlite_fixture)
    con.execute("INSERT INTO schema_version (version) VALUES (999)")
    con.commit()
    con.close()
    digest = hashlib.sha256(sqlite_fixture.read_bytes()).hexdigest()
    with pytest.raises(NewerSchemaError) as info:
        open_register(sqlite_fixture, create=False)
    close_register()
    assert "999" in info.value.user_message and "Uppdatera programmet" in info.value.user_message
    assert hashlib.sha256(sqlite_fixture.read_bytes()).hexdigest() == digest


# ---------------------------------------------------------------- PostgreSQL


def _restore_pg_fixture(url: str, dump: Path) -> None:
    from tests.reliability.pg import admin_execute, schema_of

    schema = schema_of(url)
    sql = dump.read_text(encoding="utf-8")
    try:  # the search index needs pg_trgm, as the migration's optional step does
        admin_execute(url, "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
    except Exception:  # noqa: BLE001 - not installed on this server: restore without it
        sql = re.sub(r"CREATE INDEX entry_search_trgm [^;]*;", "", sql)
    sql = sql.replace(f"CREATE SCHEMA {PG_FIXTURE_SCHEMA};", "")
    sql = re.sub(rf"\b{PG_FIXTURE_SCHEMA}\b", schema, sql)
    admin_execute(url, sql)


@pytest.mark.parametrize("dump", PG_FIXTURES, ids=lambda p: p.stem)
def test_postgres_fixture_opens_with_its_data(postgres_schema_url: str, dump: Path) -> None:
    _restore_pg_fixture(postgres_schema_url, dump)
    info = open_register(postgres_schema_url)
    assert info.schema_before == _version_of(dump) < info.schema_version
    assert info.schema_version == migrate.latest_version() and not info.created
    _assert_demo_intact()
    _assert_search_and_sort_prepared()
    figures.record("migrations_tested")


def test_postgres_migration_to_the_next_version(postgres_schema_url: str, with_test_m0002) -> None:
    _restore_pg_fixture(postgres_schema_url, PG_FIXTURES[0])
    real = migrate.latest_version()
    with_test_m0002(fail=True)
    with pytest.raises(RuntimeError):
        open_register(postgres_schema_url)
    close_register()
    with_test_m0002(fail=False)
    info = open_register(postgres_schema_url)
    assert (info.schema_before, info.schema_version) == (real, real + 1)
    _assert_demo_intact()
    figures.record("migration_runner_steps", 2)


def test_postgres_newer_schema_is_refused(postgres_schema_url: str) -> None:
    from tests.reliability.pg import admin_execute, schema_of

    _restore_pg_fixture(postgres_schema_url, PG_FIXTURES[0])
    schema = schema_of(postgres_schema_url)
    admin_execute(postgres_schema_url, f"INSERT INTO {schema}.schema_version VALUES (999, NULL)")
    with pytest.raises(NewerSchemaError):
        open_register(postgres_schema_url)
    rows = admin_execute(postgres_schema_url, f"SELECT count(*) FROM {schema}.entry")
    assert rows[0][0] == EXPECTED["entries"]
