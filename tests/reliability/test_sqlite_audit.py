"""A SQLite register audits a change made outside the program too (issue 12, m0011).

The attack of the issue on a SQLite file: someone opens it with the sqlite3
shell and changes an entry. The triggers (m0011, made from m0008's one
definition of what is audited) write the change into the audit trail, and the
History page shows it; the program's own writes are described by the
program alone (its marker row is never left behind).
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import Kind
from desktop_app.paths import db_dir
from desktop_app.services import audit, catalog, entries, overview
from desktop_app.services.errors import ValidationError
from desktop_app.services.session import close_register, open_register
from desktop_app.store.models import AuditEvent

from . import figures


def _shell(path: Path, sql: str) -> None:
    """The sqlite3 shell when installed (as an intruder would use it), else Python's."""
    if shutil.which("sqlite3"):
        done = subprocess.run(["sqlite3", str(path), sql], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return
    con = sqlite3.connect(path)
    try:
        con.executescript(sql)
    finally:
        con.close()


@pytest.fixture
def sqlite_file(tmp_path: Path) -> Path:
    path = tmp_path / "avtal.sqlite3"
    open_register(path)
    cp = catalog.get_or_create_counterparty("Eurocities", "Belgien")
    entries.create_entry(
        EntryData(
            kind=Kind.MEMBERSHIP,
            title="Medlemskap i Eurocities",
            case_number="KS 1/1",
            counterparty_ids=(cp.id,),
        )
    )
    close_register()
    return path


def test_a_direct_update_in_the_sqlite3_shell_is_in_the_history(sqlite_file: Path) -> None:
    open_register(sqlite_file)
    assert {e.source for e in audit.list_events()} == {"program"}  # the program's own only
    newest = audit.latest_event_id()
    close_register()
    _shell(
        sqlite_file,
        "UPDATE entry SET title = 'Ändrad i skalet', notes = 'ingen såg' "
        "WHERE case_number = 'KS 1/1';",
    )
    open_register(sqlite_file)
    try:
        rows = [e for e in audit.list_events() if e.id > newest]
        assert {(e.field, e.old_value, e.new_value) for e in rows} == {
            ("title", "Medlemskap i Eurocities", "Ändrad i skalet"),
            ("notes", "", "ingen såg"),
        }
        assert {(e.action, e.source, e.db_user) for e in rows} == {("update", "server", "sqlite3")}
        entry_id = rows[0].entry_id
        page = overview.history_page(overview.HistoryFilter(entry_ids=(entry_id,)))
        assert any(r.field == "title" and r.new_value == "Ändrad i skalet" for r in page)
    finally:
        close_register()
    figures.record("sqlite_shell_changes_audited")


def test_a_link_removed_in_the_shell_is_audited_with_its_row(sqlite_file: Path) -> None:
    _shell(sqlite_file, "DELETE FROM entry_counterparty;")
    open_register(sqlite_file)
    try:
        rows = [e for e in audit.list_events() if e.source == "server"]
        assert [(e.action, e.object_type) for e in rows] == [("delete", "entry_counterparty")]
        assert '"counterparty_id"' in rows[0].details and rows[0].entry_id is not None
    finally:
        close_register()
    figures.record("sqlite_shell_changes_audited")


def test_the_program_describes_its_own_writes_and_leaves_no_marker(sqlite_file: Path) -> None:
    open_register(sqlite_file)
    try:
        record = entries.get_entry(1)
        data = record.data
        data.notes = "Ändrad i programmet"
        entries.update_entry(record.id, data, record.version)
        bad = record.data
        bad.title = ""  # refused by the rules: the transaction is rolled back
        with pytest.raises(ValidationError):
            entries.update_entry(record.id, bad, record.version + 1)
        assert AuditEvent.select().where(AuditEvent.source == "server").count() == 0
    finally:
        close_register()
    con = sqlite3.connect(sqlite_file)
    try:
        assert con.execute("SELECT count(*) FROM audit_writer").fetchone()[0] == 0
    finally:
        con.close()


def test_one_definition_of_what_is_audited_for_both_backends(sqlite_file: Path) -> None:
    """The SQLite triggers cover exactly m0008's audited tables (PostgreSQL's)."""
    path = db_dir() / "migrations" / "m0008_server_audit.py"
    spec = importlib.util.spec_from_file_location("m0008_for_test", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    con = sqlite3.connect(sqlite_file)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    finally:
        con.close()
    expected = {f"{t}_audit_{op}" for t in module.AUDITED for op in ("insert", "update", "delete")}
    assert expected <= names
    assert {n for n in names if "_audit_" in n} == expected
