"""SIGKILL mid-write, many times at random moments (issue 6: crash safety).

A real worker process (worker.py) runs a bulk change (update_entry for every
entry in one transaction), the real import (services.imports.apply_import)
or an export (atomic_target); the test kills it with SIGKILL at a random moment
within the measured duration of an uninterrupted run. After every kill: the
SQLite file passes ``PRAGMA integrity_check``, the transaction is wholly
there or wholly absent, the previous export file is intact (or the new one
complete) and the register opens normally. Kills per scenario:
``AVTALSREGISTER_CRASH_RUNS`` (default 20); the random seed is printed on
failure and can be fixed with ``AVTALSREGISTER_CRASH_SEED``.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from desktop_app.services.session import open_register
from desktop_app.store.models import AuditEvent, Entry

from . import figures, importfile, procs

# SIGKILL is POSIX's; on Windows TerminateProcess would be the same cut, not written yet.
pytestmark = pytest.mark.posix("kills the program with SIGKILL")

RUNS = int(os.environ.get("AVTALSREGISTER_CRASH_RUNS", "20"))
SEED = int(os.environ.get("AVTALSREGISTER_CRASH_SEED", str(random.randrange(1 << 30))))
REAL_IMPORT_SIZE = 600  # rows of the real import (apply takes ~1 s on PostgreSQL)
EXPORT_ENTRIES = 1500  # entries the killed exports write (about a second)


def _timed_run(mode: str, *args: object, env: dict[str, str] | None = None) -> float:
    """One uninterrupted run: it must succeed; returns its duration after ``ready``."""
    proc = procs.start(mode, *args, env=env)
    procs.wait_ready(proc)
    began = time.monotonic()
    procs.result(proc)
    return time.monotonic() - began


def _kill_at_random(
    mode: str,
    args: list[object],
    window: float,
    rng: random.Random,
    env: dict[str, str] | None = None,
) -> bool:
    """Start a worker, kill it after a random delay; True if it died by the kill."""
    proc = procs.start(mode, *args, env=env)
    procs.wait_ready(proc)
    time.sleep(rng.uniform(0, window))
    killed = proc.poll() is None
    procs.kill(proc)
    return killed and proc.returncode == -signal.SIGKILL


def _check_sqlite_file(database_url: str) -> None:
    if database_url.startswith("postgresql://"):
        return
    con = sqlite3.connect(database_url)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()


def _crash_loop(
    database_url: str,
    mode: str,
    make_args: Callable[[str], list[object]],
    count_marked: Callable[[str], tuple[int, int]],
    expected: tuple[int, int],
) -> None:
    rng = random.Random(SEED)
    # The shorter of two uninterrupted runs: a slow first run (cold caches)
    # would otherwise put many kills after the work is done.
    window = _timed_run(mode, *make_args("calibrate")) * 1.15
    assert count_marked("calibrate") == expected
    window = min(window, _timed_run(mode, *make_args("calibrate2")) * 1.15)
    assert count_marked("calibrate2") == expected
    cut = after_commit = missed = 0
    for run in range(RUNS):
        marker = f"K{run}x{SEED}"
        try:
            landed = _kill_at_random(mode, make_args(marker), window, rng)
            _check_sqlite_file(database_url)
            open_register(database_url, create=False)  # the app starts normally
            found = count_marked(marker)
            assert found in ((0, 0), expected), f"half a transaction: {marker}"
        except AssertionError as exc:
            raise AssertionError(f"{exc} (AVTALSREGISTER_CRASH_SEED={SEED}, run {run})") from exc
        # Only a kill that cut the transaction (the worker still ran, nothing of it
        # is stored) counts: a kill after the commit or of a finished worker proves
        # nothing about a crash mid-write.
        if landed and found == (0, 0):
            cut += 1
        elif landed:
            after_commit += 1
        else:
            missed += 1
    figures.record("crash_kills", cut)
    figures.record("crash_intact", cut)  # each one asserted intact above
    figures.record("crash_kills_after_commit", after_commit)
    figures.record("crash_kills_missed", missed)
    # Most kills must land mid-write, or the test proves nothing.
    assert cut >= RUNS // 4, f"only {cut} of {RUNS} kills cut a transaction"


def test_kill_during_bulk_change(demo_register, database_url: str) -> None:
    total = Entry.select().count()
    assert total > 30

    def count(marker: str) -> tuple[int, int]:
        rows = Entry.select().where(Entry.notes == marker).count()
        events = (
            AuditEvent.select()
            .where((AuditEvent.new_value == marker) & (AuditEvent.source == "program"))
            .count()
        )
        return rows, events

    _crash_loop(database_url, "bulk", lambda m: [database_url, m], count, (total, total))


def test_kill_during_import(register, database_url: str, tmp_path: Path) -> None:
    """The real importer (preview, then apply_import in one transaction)."""
    template = importfile.grow(
        importfile.demo_export(tmp_path),
        tmp_path / "template.xlsx",
        REAL_IMPORT_SIZE,
        importfile.PLACEHOLDER,
    )
    open_register(database_url, create=False)  # demo_export bound its own register

    digests: dict[str, str] = {}

    def make_args(marker: str) -> list[object]:
        path = importfile.stamp(template, tmp_path / "run.xlsx", marker)
        digests[marker] = hashlib.sha256(path.read_bytes()).hexdigest()
        return [database_url, path]

    def count(marker: str) -> tuple[int, int]:
        prefix = f"IMP {importfile.marker8(marker)}/"
        ids = Entry.select(Entry.id).where(Entry.case_number.startswith(prefix))
        created = (
            AuditEvent.select(AuditEvent.entry_id)
            .where((AuditEvent.action == "create") & AuditEvent.entry_id.in_(ids))
            .distinct()
            .count()
        )
        imports = (
            AuditEvent.select()
            .where((AuditEvent.action == "import") & AuditEvent.details.contains(digests[marker]))
            .count()
        )
        assert imports == (1 if created else 0), (created, imports)
        return ids.count(), created

    _crash_loop(database_url, "realimport", make_args, count, (REAL_IMPORT_SIZE, REAL_IMPORT_SIZE))


def _sheet_rows(path: Path) -> int:
    return len(CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Register").to_python())


def test_kill_during_export_keeps_the_earlier_file(register, database_url: str, tmp_path) -> None:
    """The program's own exporter (``export_register``, as the window and the CLI
    run it) killed mid-write: the earlier export is intact or the new one
    complete, never a half file; what the killed export left beside the target
    is removed by the next export, not by this test. Nothing of the register is
    left in the system's temp folder (the workers get one of their own to look
    at): openpyxl's sheet files are in the user's folder under a name of the
    program's, and the next export removes those of the killed ones (issue 12)."""
    import openpyxl

    from desktop_app.store.temp_files import SHEET_PREFIX, sheet_folder

    template = importfile.grow(
        importfile.demo_export(tmp_path), tmp_path / "rows.xlsx", EXPORT_ENTRIES, "EXP"
    )
    open_register(database_url, create=False)  # demo_export bound its own register
    from desktop_app.importers.preview import build_preview, read_layout
    from desktop_app.services.imports import apply_import

    apply_import(build_preview(read_layout(template), template))
    rows = Entry.select().where(Entry.archived == False).count()  # noqa: E712
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "register.xlsx"
    system_temp = tmp_path / "systemets temp"
    system_temp.mkdir()
    env = {"TMPDIR": str(system_temp), "TEMP": str(system_temp), "TMP": str(system_temp)}
    sheets = sheet_folder()

    def sheet_files() -> set[str]:
        return {p.name for p in sheets.glob(f"{SHEET_PREFIX}*")}

    rng = random.Random(SEED)
    window = (
        min(_timed_run("productexport", database_url, target, env=env) for _ in range(2)) * 1.15
    )
    heading_rows = _sheet_rows(target) - rows
    assert heading_rows >= 1
    assert sheet_files() == set()  # a finished export leaves none
    cut = missed = left = sheets_left = 0
    for run in range(RUNS):
        before = hashlib.sha256(target.read_bytes()).hexdigest()
        had = sheet_files()
        landed = _kill_at_random("productexport", [database_url, target], window, rng, env)
        assert list(system_temp.iterdir()) == [], f"register data in the temp folder (run {run})"
        sheets_left += len(sheet_files() - had)
        left += sum(1 for p in folder.iterdir() if p.name != "register.xlsx")
        after = hashlib.sha256(target.read_bytes()).hexdigest()
        # Either untouched, or replaced by a complete new file that opens.
        assert after == before or _sheet_rows(target) == rows + heading_rows, (
            f"broken export after a kill (AVTALSREGISTER_CRASH_SEED={SEED}, run {run})"
        )
        if landed and after == before:
            cut += 1  # killed mid-work: the file was not replaced
        else:
            missed += 1
    _timed_run("productexport", database_url, target, env=env)  # the next export sweeps
    assert [p.name for p in folder.iterdir()] == ["register.xlsx"]
    assert sheet_files() == set() and list(system_temp.iterdir()) == []
    openpyxl.load_workbook(target, read_only=True).close()
    figures.record("export_kills", cut)
    figures.record("export_intact", cut)
    figures.record("export_leftovers_swept", left)
    figures.record("export_sheet_files_swept", sheets_left)
    assert cut >= RUNS // 4, f"only {cut} of {RUNS} kills cut an export"
