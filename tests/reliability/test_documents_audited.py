"""Every document is audited or not written (issue 12, R10).

The register's own writers make each document for real (the Excel register
and per body, the annual report with its PDF summary, memos in PDF and Word,
the calendar, the rejected-rows report, a backup) and each leaves an audit
row: as the register's owner on both backends, as a real reader role on
PostgreSQL (through ``avtalsregister_record_document``, never an INSERT), and
never when the register is locked by another user: then no file is there,
no ``.part`` is left, and the message says the document was not written.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import psycopg2
import pytest
from openpyxl import Workbook

from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import Kind
from desktop_app.exports.atomic import DocumentNotRecordedError
from desktop_app.services import audit, entries, permissions
from desktop_app.services.session import close_register, open_register
from desktop_app.store.models import AuditEvent, database_proxy

from . import figures
from .pg import admin_execute, login_roles, schema_of


def _entry_id() -> int:
    return entries.create_entry(
        EntryData(
            kind=Kind.MEMBERSHIP,
            title="Medlemskap i Eurocities",
            case_number="KS 2016/1234",
            decision_date=date(2023, 1, 10),
            start_date=date(2023, 1, 10),
        )
    ).id


def _rejected_report(folder: Path, target: Path) -> list[Path]:
    from desktop_app.importers.preview import build_preview, read_layout
    from desktop_app.importers.report import write_rejected_report

    source = folder / "gammalt.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["Dnr", "Titel", "Typ"])
    ws.append(["KS 2020/1", "Ett nätverk", "medlemskap"])
    ws.append(["KS 2020/2", "Trasig rad", "okänd typ"])
    wb.save(source)
    preview = build_preview(read_layout(source), source)
    assert write_rejected_report(preview, target) >= 1
    return [target]


def _documents(entry_id: int) -> dict[str, tuple[str, Callable[[Path], list[Path]]]]:
    """name -> (the kind recorded, write into a folder and return the files)."""
    from desktop_app.exports import annual_report, calendar_ics, excel_register, memo_pdf

    def excel(folder: Path) -> list[Path]:
        return [excel_register.export_register(folder / "register.xlsx").path]

    def per_body(folder: Path) -> list[Path]:
        return [excel_register.export_per_body(folder / "per organ.xlsx").path]

    def annual(folder: Path) -> list[Path]:
        target = folder / "årsrapport.xlsx"
        annual_report.write_annual_report(2025, target)
        return [target, annual_report.summary_path(target)]

    def memo(suffix: str) -> Callable[[Path], list[Path]]:
        return lambda folder: (
            memo_pdf.write_memos(folder / f"pm{suffix}", entry_ids=[entry_id]).files
        )

    def memo_folder(folder: Path) -> list[Path]:
        return memo_pdf.write_memos(folder / "pm", entry_ids=[entry_id], separate=True).files

    def calendar(folder: Path) -> list[Path]:
        calendar_ics.write_calendar(folder / "omprövningar.ics")
        return [folder / "omprövningar.ics"]

    return {
        "excel": ("register", excel),
        "per_body": ("per_body", per_body),
        "annual_report": ("annual_report", annual),
        "memo_pdf": ("memo", memo(".pdf")),
        "memo_docx": ("memo", memo(".docx")),
        "memo_folder": ("memo", memo_folder),
        "calendar": ("calendar", calendar),
        "rejected_rows": ("rejected_rows", lambda f: _rejected_report(f, f / "avvisade.xlsx")),
    }


def _document_rows(after: int) -> list[AuditEvent]:
    return list(
        AuditEvent.select()
        .where((AuditEvent.id > after) & AuditEvent.action.in_(("export", "document")))
        .order_by(AuditEvent.id)
    )


def _newest() -> int:
    return audit.latest_event_id() or 0


def _write_each_and_check(tmp_path: Path, entry_id: int, db_user: str | None) -> int:
    checked = 0
    for name, (kind, write) in _documents(entry_id).items():
        folder = tmp_path / name
        folder.mkdir()
        before = _newest()
        files = write(folder)
        assert files and all(f.is_file() and f.stat().st_size > 0 for f in files), name
        rows = _document_rows(before)
        assert len(rows) == 1, (name, [(r.action, r.details) for r in rows])
        row = rows[0]
        details = json.loads(row.details)
        assert details["kind"] == kind and details["path"] == str(files[0]), (name, details)
        if name.startswith("memo"):
            assert (row.action, row.entry_id) == ("document", entry_id)
        else:
            assert (row.action, row.object_type) == ("export", "register")
        if db_user is not None:
            assert row.db_user == db_user, name
        checked += 1
    return checked


def test_every_document_leaves_an_audit_row(register, tmp_path: Path) -> None:
    entry_id = _entry_id()
    checked = _write_each_and_check(tmp_path, entry_id, None)
    assert checked == 8
    figures.record("documents_recorded", checked)


def test_a_backup_is_recorded_in_the_register(sqlite_url: str, tmp_path: Path) -> None:
    open_register(sqlite_url)
    before = _newest()
    close_register()
    target = tmp_path / "kopia.sqlite3"
    done = _cli(sqlite_url, "backup", str(target))
    assert done.returncode == 0, done.stderr
    assert target.is_file()
    assert [p.name for p in tmp_path.iterdir() if "kopia" in p.name] == ["kopia.sqlite3"]
    open_register(sqlite_url)
    rows = _document_rows(before)
    assert [json.loads(r.details)["kind"] for r in rows] == ["backup"]
    close_register()
    figures.record("documents_recorded")


def _cli(database: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--database", database, "--lang", "sv", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


# ---------------------------------------------------------------- a reader on PostgreSQL


@pytest.fixture
def shared_register(postgres_schema_url: str) -> tuple[str, int]:
    open_register(postgres_schema_url)
    entry_id = _entry_id()
    close_register()
    admin_execute(postgres_schema_url, permissions.roles_script(schema_of(postgres_schema_url)))
    return postgres_schema_url, entry_id


def test_a_reader_records_every_document_through_the_audit_function(
    shared_register: tuple[str, int], tmp_path: Path
) -> None:
    url, entry_id = shared_register
    with login_roles(url, reader="avtalsregister_reader") as urls:
        role = urls["reader"].split("//", 1)[1].split("@", 1)[0]
        open_register(urls["reader"])
        assert permissions.capabilities().read_only
        granted = database_proxy.execute_sql(
            "SELECT has_table_privilege('audit_event', 'INSERT'), "
            "has_function_privilege('avtalsregister_record_document(text, bigint[], text)', "
            "'EXECUTE')"
        ).fetchone()
        assert granted == (False, True)  # no INSERT: the function is the one way in
        checked = _write_each_and_check(tmp_path, entry_id, role)
        assert checked == 8
        assert audit.verify_chain().sound
    figures.record("documents_recorded_by_reader", checked)


# ---------------------------------------------------------------- a register locked by another


@pytest.fixture
def locked(register, monkeypatch: pytest.MonkeyPatch):
    """Yields (entry id, hold, release): ``hold()`` makes another user's open write
    transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: an UPDATE of the entry, which
    holds the audit chain until it commits); the waits are shortened for the test."""
    entry_id = _entry_id()
    db = database_proxy.obj
    other: list = []
    if register.backend == "sqlite":
        database_proxy.execute_sql("PRAGMA busy_timeout = 300")

        def hold() -> None:
            con = sqlite3.connect(db.database, isolation_level=None)
            con.execute("BEGIN IMMEDIATE")
            other.append(con)
    else:
        monkeypatch.setattr(audit, "DOCUMENT_LOCK_TIMEOUT_MS", 300)

        def hold() -> None:
            con = psycopg2.connect(dbname=db.database, **db.connect_params)
            with con.cursor() as cur:
                cur.execute("UPDATE entry SET notes = 'annans ändring' WHERE id = %s", (entry_id,))
            other.append(con)

    def release() -> None:
        while other:
            con = other.pop()
            con.rollback()
            con.close()

    try:
        yield entry_id, hold, release
    finally:
        release()


def test_no_document_is_written_while_the_register_is_locked(locked, tmp_path: Path) -> None:
    entry_id, hold, release = locked
    refused = 0
    for name, (_kind, write) in _documents(entry_id).items():
        folder = tmp_path / name
        folder.mkdir()
        before = _newest()
        hold()
        try:
            with pytest.raises(DocumentNotRecordedError) as info:
                write(folder)
        finally:
            release()
        message = info.value.user_message
        assert "skrevs inte" in message and "låst" in message, message
        assert "Ingenting sparades" not in message
        assert "was not written" in info.value.user_message_en
        left = [p.name for p in folder.rglob("*") if p.is_file() and p.name != "gammalt.xlsx"]
        assert left == [], (name, left)  # no document, no .part
        assert _document_rows(before) == []
        refused += 1
        files = write(folder)  # once the other user is done, it is written and recorded
        assert all(f.is_file() for f in files)
        assert len(_document_rows(before)) == 1
    assert refused == 8
    figures.record("documents_refused_unrecorded", refused)


def _request(folder: Path, entry_ids: list[int] | None) -> list[Path]:
    from desktop_app.exports import trail_words
    from desktop_app.exports.request_export import write_request

    return write_request(folder / "begäran", entry_ids, "KS 2026/0999", trail_words).files


def _request_rows(after: int) -> list[AuditEvent]:
    return list(
        AuditEvent.select()
        .where((AuditEvent.id > after) & (AuditEvent.action == "request"))
        .order_by(AuditEvent.id)
    )


@pytest.mark.parametrize("role", ["registrar", "reader"])
def test_a_request_for_public_documents_is_recorded_for_every_role(
    shared_register: tuple[str, int], tmp_path: Path, role: str
) -> None:
    """Before, a registrar's or reader's request for single entries was refused by
    row-level security after its files were written (a request row describes no
    change); now it goes through the document function with its files."""
    url, entry_id = shared_register
    with login_roles(url, user=f"avtalsregister_{role}") as urls:
        name = urls["user"].split("//", 1)[1].split("@", 1)[0]
        open_register(urls["user"])
        for n, ids in enumerate(([entry_id], None)):
            folder = tmp_path / f"begäran{n}"
            folder.mkdir()
            before = _newest()
            files = _request(folder, ids)
            assert [f.suffix for f in files] == [".xlsx", ".pdf"]
            assert all(f.is_file() for f in files)
            rows = _request_rows(before)
            assert [(r.object_type, r.entry_id, r.db_user) for r in rows] == [
                ("entry", entry_id, name) if ids else ("register", None, name)
            ]
            assert json.loads(rows[0].details)["case_number"] == "KS 2026/0999"
        assert audit.verify_chain().sound
    figures.record("documents_recorded_by_reader" if role == "reader" else "documents_recorded", 2)


def test_a_request_is_not_written_while_the_register_is_locked(locked, tmp_path: Path) -> None:
    entry_id, hold, release = locked
    folder = tmp_path / "begäran"
    folder.mkdir()
    before = _newest()
    hold()
    try:
        with pytest.raises(DocumentNotRecordedError):
            _request(folder, [entry_id])
    finally:
        release()
    assert list(folder.iterdir()) == [] and _request_rows(before) == []
    assert len(_request(folder, [entry_id])) == 2 and len(_request_rows(before)) == 1
    figures.record("documents_refused_unrecorded")


def test_no_document_from_a_register_opened_read_only(sqlite_url: str, tmp_path: Path) -> None:
    """A SQLite register this connection may only read (``PRAGMA query_only``, which
    the program's permissions read as read-only, like a read-only file) cannot
    record a document, so none is written; the message says why."""
    from desktop_app.exports import excel_register

    open_register(sqlite_url)
    try:
        before = _newest()
        database_proxy.execute_sql("PRAGMA query_only = 1")
        assert permissions.capabilities().read_only
        target = tmp_path / "register.xlsx"
        with pytest.raises(DocumentNotRecordedError) as info:
            excel_register.export_register(target)
        assert "skrevs inte" in info.value.user_message
        assert "skrivskyddat" in info.value.user_message, info.value.user_message
        assert list(tmp_path.glob("*.xlsx*")) == []
        database_proxy.execute_sql("PRAGMA query_only = 0")
        assert _document_rows(before) == []
    finally:
        close_register()


def test_a_backup_is_not_written_while_the_register_is_locked(
    sqlite_url: str, tmp_path: Path
) -> None:
    open_register(sqlite_url)
    close_register()
    con = sqlite3.connect(sqlite_url, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    target = tmp_path / "kopia.sqlite3"
    try:
        done = _cli(sqlite_url, "backup", str(target))
    finally:
        con.rollback()
        con.close()
    assert done.returncode == 2, done.stdout + done.stderr
    message = (done.stderr or done.stdout).strip()
    assert "skrevs inte" in message and "låst" in message, message
    assert list(tmp_path.glob("*kopia*")) == []
