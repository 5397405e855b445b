"""The server keeps the audit trail honest on PostgreSQL (issue 12, migration m0008).

Attacked as the issue describes: a registrar in psql changes an entry, moves
its id, inserts backdated audit rows under another name. Now the change is
audited by the server with the database user and the server's clock, forged
rows are refused (or stamped with the truth), and a row rewritten or removed
by the owner is found by ``maintenance integrity``'s hash chain.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import psycopg2
import pytest

from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import Kind
from desktop_app.services import audit, entries, overview, permissions
from desktop_app.services.session import close_register, open_register
from desktop_app.store.models import Entry

from . import figures
from .pg import admin_execute, base_url, login_roles, schema_of


@pytest.fixture
def shared_register(postgres_schema_url: str) -> str:
    open_register(postgres_schema_url)
    entries.create_entry(
        EntryData(kind=Kind.MEMBERSHIP, title="Medlemskap i Eurocities", case_number="KS 1/1")
    )
    close_register()
    admin_execute(postgres_schema_url, permissions.roles_script(schema_of(postgres_schema_url)))
    return postgres_schema_url


def _psql(url: str) -> psycopg2.extensions.connection:
    """A connection as psql would make it: the role of ``url``, no program."""
    return psycopg2.connect(base_url(url), options=f"-c search_path={schema_of(url)}")


def _role(url: str) -> str:
    return url.split("//", 1)[1].split("@", 1)[0]


def test_a_direct_update_in_psql_is_in_the_history_with_the_database_user(
    shared_register: str,
) -> None:
    with login_roles(shared_register, registrar="avtalsregister_registrar") as urls:
        conn = _psql(urls["registrar"])
        try:
            with conn.cursor() as cur:
                cur.execute(
                    "UPDATE entry SET title = 'Ändrad i psql', notes = 'ingen såg' "
                    "WHERE case_number = 'KS 1/1' RETURNING id"
                )
                entry_id = cur.fetchone()[0]
            conn.commit()
        finally:
            conn.close()
        open_register(shared_register)
        rows = [e for e in audit.list_events(entry_id=entry_id) if e.action == "update"]
        assert {(e.field, e.new_value) for e in rows} == {
            ("title", "Ändrad i psql"),
            ("notes", "ingen såg"),
        }
        role = _role(urls["registrar"])
        assert {(e.db_user, e.db_session_user, e.source) for e in rows} == {(role, role, "server")}
        old_title = next(e.old_value for e in rows if e.field == "title")
        assert old_title == "Medlemskap i Eurocities"
        # The History page shows it too (the server's rows of a change no program described).
        page = overview.history_page(overview.HistoryFilter(entry_ids=(entry_id,)))
        assert any(r.field == "title" and r.db_user == role for r in page)
        close_register()
    figures.record("psql_changes_audited_by_server")


FORGERIES = [
    # A backdated row under another name, describing a change never made.
    "INSERT INTO audit_event (at, os_user, db_user, action, object_type, object_id, "
    "entry_id, field, old_value, new_value) VALUES ('2001-01-01', 'bertil', 'bertil', "
    "'update', 'entry', 1, 1, 'title', 'a', 'b')",
    # A document never made, against an entry (documents go through the function).
    "INSERT INTO audit_event (action, object_type, object_id, entry_id, field, details) "
    "VALUES ('document', 'entry', 1, 1, '', '{\"kind\": \"memo\"}')",
    # An export or a request handed out, for the register: the function's rows too.
    "INSERT INTO audit_event (action, object_type, field, details) "
    "VALUES ('export', 'register', '', '{}')",
    "INSERT INTO audit_event (action, object_type, field, details) "
    "VALUES ('request', 'register', '', '{}')",
    "UPDATE audit_event SET db_user = 'bertil'",
    "DELETE FROM audit_event",
    "TRUNCATE audit_event",
    "ALTER TABLE audit_event DISABLE TRIGGER USER",
]


@pytest.mark.parametrize("statement", FORGERIES)
def test_a_registrar_in_psql_cannot_insert_or_alter_audit_rows(
    shared_register: str, statement: str
) -> None:
    with login_roles(shared_register, registrar="avtalsregister_registrar") as urls:
        conn = _psql(urls["registrar"])
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT count(*), max(row_hash) FROM audit_event")
                before = cur.fetchone()
                with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                    cur.execute(statement)
            conn.rollback()
            with conn.cursor() as cur:
                cur.execute("SELECT count(*), max(row_hash) FROM audit_event")
                assert cur.fetchone() == before
        finally:
            conn.close()
    figures.record("audit_forgeries_refused")


def test_a_reader_records_documents_only_through_the_function_stamped_with_the_truth(
    shared_register: str,
) -> None:
    """A reader may not INSERT audit rows (issue 12: "never by direct INSERT"); it
    records the documents it makes through ``avtalsregister_record_document``
    (m0010), which writes document rows and nothing else. The rows keep the
    server's user and clock; the OS user is recorded as the client's claim."""
    with login_roles(shared_register, reader="avtalsregister_reader") as urls:
        conn = _psql(urls["reader"])
        try:
            with conn.cursor() as cur, pytest.raises(psycopg2.errors.InsufficientPrivilege):
                cur.execute(
                    "INSERT INTO audit_event (at, os_user, db_user, action, object_type, "
                    "object_id, entry_id) VALUES ('2001-01-01', 'x', 'bertil', 'document', "
                    "'entry', 1, 1)"
                )
            conn.rollback()
            for action, details in (("update", '{"kind": "x"}'), ("document", "not json")):
                with conn.cursor() as cur, pytest.raises(psycopg2.DataError):
                    cur.execute(
                        "SELECT avtalsregister_record_document(%s, ARRAY[1]::bigint[], %s)",
                        (action, details),
                    )
                conn.rollback()
            with conn.cursor() as cur:
                cur.execute("SELECT set_config('avtalsregister.os_user', 'anna', false)")
                cur.execute(
                    "SELECT avtalsregister_record_document('document', ARRAY[1]::bigint[], %s)",
                    ('{"kind": "memo", "path": "pm.pdf"}',),
                )
                assert cur.fetchone()[0] == 1
                cur.execute(
                    "SELECT at, os_user, db_user, source, action, entry_id FROM audit_event "
                    "ORDER BY id DESC LIMIT 1"
                )
                at, os_user, db_user, source, action, entry_id = cur.fetchone()
                cur.execute("SELECT current_setting('avtalsregister.via', true)")
                assert cur.fetchone()[0] in ("", None)  # only while the function runs
            conn.commit()
        finally:
            conn.close()
    now = datetime.now(UTC).replace(tzinfo=None)
    assert abs(now - at) < timedelta(minutes=1)
    assert (os_user, db_user, source) == ("anna", _role(urls["reader"]), "program")
    assert (action, entry_id) == ("document", 1)


def test_moving_an_entrys_id_is_audited_and_the_program_sees_it(shared_register: str) -> None:
    with login_roles(shared_register, registrar="avtalsregister_registrar") as urls:
        conn = _psql(urls["registrar"])
        try:
            with conn.cursor() as cur:
                cur.execute("UPDATE entry SET id = id + 1000 RETURNING id")
                moved = cur.fetchone()[0]
            conn.commit()
        except psycopg2.Error:
            conn.rollback()  # refused (a reference holds it): nothing to audit
            moved = None
        finally:
            conn.close()
        open_register(shared_register)
        if moved is not None:
            rows = [e for e in audit.list_events(entry_id=moved) if e.field == "id"]
            assert rows and rows[0].new_value == str(moved)
            assert rows[0].db_user == _role(urls["registrar"])
        close_register()


def test_the_program_as_registrar_and_reader_writes_its_trail(shared_register: str) -> None:
    """Row-level security lets the program's own rows in: a registrar's changes and
    a reader's record of an export (before issue 12 a reader's export said
    "Ingenting sparades" and left no row)."""
    with login_roles(
        shared_register, registrar="avtalsregister_registrar", reader="avtalsregister_reader"
    ) as urls:
        open_register(urls["registrar"])
        record = entries.create_entry(
            EntryData(kind=Kind.MEMBERSHIP, title="Medlemskap i ICLEI", case_number="KS 2/2")
        )
        data = record.data
        data.notes = "ändrad i programmet"
        record = entries.update_entry(record.id, data, record.version)
        record = entries.archive_entry(record.id, record.version)
        trail = audit.list_events(entry_id=record.id)
        assert [e.action for e in trail if e.field == "notes"] == ["update"]
        assert {e.source for e in trail} == {"program"}  # the server's rows are behind them
        assert {e.db_user for e in trail} == {_role(urls["registrar"])}
        close_register()
        open_register(urls["reader"])
        entries.record_document([record.id], "excel", "/tmp/register.xlsx")
        rows = [e for e in audit.list_events(entry_id=record.id) if e.action == "document"]
        assert rows and rows[-1].db_user == _role(urls["reader"])
        close_register()


def _integrity(url: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "maintenance", "integrity", "--database", url],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE audit_event SET new_value = 'omskriven' WHERE id = (SELECT max(id) - 2 "
        "FROM audit_event)",
        "DELETE FROM audit_event WHERE id = (SELECT max(id) - 2 FROM audit_event)",
        # The ALTER TABLE ... USING: a column rewritten without any row trigger.
        "ALTER TABLE audit_event ALTER COLUMN os_user TYPE text USING "
        "CASE WHEN os_user = 'testare' THEN 'bertil' ELSE os_user END",
    ],
    ids=["rewritten", "removed", "alter-using"],
)
def test_maintenance_integrity_finds_a_rewritten_or_removed_audit_row(
    postgres_schema_url: str, tamper: str
) -> None:
    open_register(postgres_schema_url)
    for n in range(3):
        entries.create_entry(EntryData(kind=Kind.MEMBERSHIP, title=f"Post {n}"))
    assert audit.verify_chain().sound
    close_register()
    sound = _integrity(postgres_schema_url)
    assert sound.returncode == 0, sound.stderr
    schema = schema_of(postgres_schema_url)
    # What the owner (or a superuser) can do: switch the triggers off and rewrite.
    admin_execute(
        postgres_schema_url,
        f"SET search_path = {schema}; ALTER TABLE audit_event DISABLE TRIGGER USER; "
        f"{tamper}; ALTER TABLE audit_event ENABLE TRIGGER USER",
    )
    found = _integrity(postgres_schema_url)
    assert found.returncode != 0
    assert "Granskningsloggen" in found.stdout + found.stderr
    figures.record("audit_tampering_detected")


def test_rows_without_the_chain_are_counted_not_flagged(postgres_schema_url: str) -> None:
    open_register(postgres_schema_url)
    report = audit.verify_chain()
    assert report.sound and report.chained > 0 and report.head
    assert Entry.select().count() == 0
    close_register()


def test_the_documented_owner_migrates_and_runs_roles_sql(postgres_schema_url: str) -> None:
    """README step 1-3 as written: an owner with CREATEROLE (not a superuser) runs
    ``init`` and then ``roles.sql`` with psql (before issue 12 the README said "as
    the owner" and the script failed: creating roles needs CREATEROLE)."""
    import shutil
    import uuid

    from desktop_app.paths import db_dir

    from .pg import as_user

    if shutil.which("psql") is None:
        pytest.skip("psql is not installed")
    owner = f"ar_owner_{uuid.uuid4().hex[:8]}"
    schema = schema_of(postgres_schema_url)
    admin_execute(postgres_schema_url, f"CREATE ROLE {owner} LOGIN CREATEROLE")
    try:
        admin_execute(postgres_schema_url, f"ALTER SCHEMA {schema} OWNER TO {owner}")
        owner_url = as_user(postgres_schema_url, owner)
        open_register(owner_url)
        close_register()
        done = subprocess.run(
            [
                "psql",
                base_url(owner_url),
                "-v",
                f"schema={schema}",
                "-v",
                "ON_ERROR_STOP=1",
                "-q",
                "-f",
                str(db_dir() / "postgres" / "roles.sql"),
            ],  # fmt: skip
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        with login_roles(postgres_schema_url, registrar="avtalsregister_registrar") as urls:
            open_register(urls["registrar"])
            entries.create_entry(EntryData(kind=Kind.MEMBERSHIP, title="Efter roles.sql"))
            assert audit.verify_chain().sound
            close_register()
    finally:
        admin_execute(
            postgres_schema_url,
            f"ALTER SCHEMA {schema} OWNER TO CURRENT_USER; "
            f"REASSIGN OWNED BY {owner} TO CURRENT_USER; DROP OWNED BY {owner}; "
            f"DROP ROLE {owner}",
        )
