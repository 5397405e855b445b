"""PostgreSQL roles from db/postgres/roles.sql: the server enforces them (issue 6).

PostgreSQL only (roles and grants do not exist in SQLite); each test makes
its own login roles in its own schema and drops them afterwards.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import psycopg2
import pytest

from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import Kind
from desktop_app.paths import db_dir
from desktop_app.services import catalog, entries, permissions, register_settings
from desktop_app.services.errors import PermissionDeniedError
from desktop_app.services.session import close_register, open_register
from desktop_app.store.models import AuditEvent, DecisionBody, Entry

from . import figures, importfile
from .pg import admin_execute, base_url, login_roles, schema_of


@pytest.fixture
def shared_register(postgres_schema_url: str) -> str:
    """A seeded register owned by the test's superuser, with roles.sql applied."""
    open_register(postgres_schema_url)
    entries.create_entry(EntryData(kind=Kind.MEMBERSHIP, title="Medlemskap i Eurocities"))
    close_register()
    admin_execute(postgres_schema_url, permissions.roles_script(schema_of(postgres_schema_url)))
    return postgres_schema_url


def _counts() -> tuple[int, int]:
    return Entry.select().count(), AuditEvent.select().count()


def test_roles_sql_runs_with_psql_and_is_idempotent(postgres_schema_url: str) -> None:
    if shutil.which("psql") is None:
        pytest.skip("psql is not installed")
    open_register(postgres_schema_url)
    close_register()
    for _ in range(2):
        done = subprocess.run(
            [
                "psql",
                base_url(postgres_schema_url),
                "-v",
                f"schema={schema_of(postgres_schema_url)}",
                "-v",
                "ON_ERROR_STOP=1",
                "-q",
                "-f",
                str(db_dir() / "postgres" / "roles.sql"),
            ],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr


def test_reader_may_read_but_the_server_refuses_writes(shared_register: str) -> None:
    with login_roles(shared_register, reader="avtalsregister_reader") as urls:
        open_register(urls["reader"])
        caps = permissions.capabilities()
        assert (caps.can_read, caps.can_write_entries, caps.can_admin) == (True, False, False)
        assert caps.read_only and "läsbehörighet" in caps.reason
        before = _counts()
        assert before[0] == 1
        with pytest.raises(PermissionDeniedError) as info:
            entries.create_entry(EntryData(kind=Kind.MEMBERSHIP, title="Ska inte sparas"))
        assert "behörighet" in info.value.user_message
        assert "Ingenting sparades" in info.value.user_message
        assert "Nothing was saved" in info.value.user_message_en
        assert _counts() == before
        record = entries.get_entry(Entry.select().first().id)
        with pytest.raises(PermissionDeniedError):
            entries.archive_entry(record.id, record.version)
        assert entries.get_entry(record.id).version == record.version
        figures.record("permission_refusals", 2)


def test_registrar_writes_entries_not_bodies_and_is_named_in_the_audit(
    shared_register: str,
) -> None:
    with login_roles(shared_register, registrar="avtalsregister_registrar") as urls:
        open_register(urls["registrar"])
        role = urls["registrar"].split("//", 1)[1].split("@", 1)[0]
        caps = permissions.capabilities()
        assert (caps.can_read, caps.can_write_entries, caps.can_admin) == (True, True, False)
        assert caps.role == role
        assert permissions.member_of("avtalsregister_reader")
        assert not permissions.member_of("avtalsregister_admin")
        cp = catalog.get_or_create_counterparty("Köln", "Tyskland")
        record = entries.create_entry(
            EntryData(kind=Kind.MEMBERSHIP, title="Nätverk för trafik", counterparty_ids=(cp.id,))
        )
        record = entries.update_entry(record.id, record.data, record.version)  # no change
        data = record.data
        data.notes = "Ändrad av registrator"
        record = entries.update_entry(record.id, data, record.version)
        rows = list(AuditEvent.select().where(AuditEvent.entry_id == record.id))
        assert rows and {r.db_user for r in rows} == {role}
        assert {r.os_user for r in rows} == {"testare"}
        body = catalog.list_bodies()[0]
        before = DecisionBody.get_by_id(body.id).name_sv
        body.name_sv = "Försök att byta namn"
        with pytest.raises(PermissionDeniedError):
            catalog.update_body(body.id, body, body.version)
        with pytest.raises(PermissionDeniedError):
            catalog.create_theme("Nytt tema")
        with pytest.raises(PermissionDeniedError):
            register_settings.set_setting("lead_days", "90")
        assert DecisionBody.get_by_id(body.id).name_sv == before
        figures.record("permission_refusals", 3)


def test_admin_may_change_bodies_themes_settings(shared_register: str) -> None:
    with login_roles(shared_register, admin="avtalsregister_admin") as urls:
        open_register(urls["admin"])
        caps = permissions.capabilities()
        assert (caps.can_read, caps.can_write_entries, caps.can_admin) == (True, True, True)
        body = catalog.list_bodies()[0]
        body.contact_name = "Karin Dhakal"
        assert catalog.update_body(body.id, body, body.version).contact_name == "Karin Dhakal"
        assert catalog.create_theme("Kultur och idrott").name_sv == "Kultur och idrott"
        register_settings.set_setting("lead_days", "90")
        assert register_settings.lead_days() == 90


def test_registrars_import_readers_cannot_new_bodies_need_an_admin(
    shared_register: str, tmp_path: Path
) -> None:
    """Import is a registrar's right; a file naming new bodies needs an administrator.

    Either way the import is all or nothing: a refused import leaves no row.
    """
    from desktop_app.importers.preview import build_preview, read_layout
    from desktop_app.services.imports import apply_import

    demo = importfile.demo_export(tmp_path)  # names bodies the register lacks (KUN, MHN...)
    more = importfile.grow(demo, tmp_path / "more.xlsx", 50, "ROLE")

    def try_import(url: str, path: Path) -> dict:
        open_register(url)
        preview = build_preview(read_layout(path), path)
        assert preview.can_apply, preview.counts()
        return apply_import(preview)

    with login_roles(
        shared_register,
        reader="avtalsregister_reader",
        registrar="avtalsregister_registrar",
        admin="avtalsregister_admin",
    ) as urls:
        for who, path in (("reader", more), ("registrar", demo)):
            before = None
            with pytest.raises(PermissionDeniedError):
                open_register(urls[who])
                before = _counts()
                try_import(urls[who], path)
            assert _counts() == before
            figures.record("permission_refusals")
        assert try_import(urls["admin"], demo)["created"] > 30
        assert try_import(urls["registrar"], more)["created"] == 50  # bodies exist now
        rows = AuditEvent.select().where(AuditEvent.action == "import")
        assert [r.db_user.rsplit("_", 1)[1] for r in rows] == ["admin", "registrar"]


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_event SET os_user = 'someone else'",
        "DELETE FROM audit_event",
        "TRUNCATE audit_event",
        "DELETE FROM entry",
        "TRUNCATE entry CASCADE",
    ],
)
def test_nobody_rewrites_the_audit_trail_or_deletes_entries(
    shared_register: str, statement: str
) -> None:
    """Not the roles (no grant) and not even the owner (triggers; R10)."""
    with login_roles(
        shared_register, registrar="avtalsregister_registrar", admin="avtalsregister_admin"
    ) as urls:
        for url in (urls["registrar"], urls["admin"], shared_register):
            conn = psycopg2.connect(base_url(url), options=f"-c search_path={schema_of(url)}")
            try:
                with conn.cursor() as cur:
                    cur.execute("SELECT count(*) FROM audit_event")
                    audit_before = cur.fetchone()[0]
                    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                        cur.execute(statement)
                conn.rollback()
                with conn.cursor() as cur:
                    cur.execute("SELECT count(*), min(os_user), max(os_user) FROM audit_event")
                    count, low, high = cur.fetchone()
                assert count == audit_before > 0
                assert low == high == "testare"
            finally:
                conn.close()
    rows = admin_execute(
        shared_register, f"SELECT count(*) FROM {schema_of(shared_register)}.entry"
    )
    assert rows[0][0] == 1
