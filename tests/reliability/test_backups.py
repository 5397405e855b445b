"""Automatic rotating backups, `backup`, `restore` and `maintenance backups` (issue 6)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.entry import EntryData
from desktop_app.paths import backup_dir
from desktop_app.services import audit, entries
from desktop_app.services.demo import build_demo
from desktop_app.services.session import close_register, open_register
from desktop_app.store import backups
from desktop_app.store.models import database_proxy

from .cli import assert_clear_refusal, run


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "avtal.sqlite3"
    open_register(path)
    build_demo()
    close_register()
    return path


def _entry_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM entry").fetchone()[0]
    finally:
        con.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_one_automatic_backup_a_day_and_only_the_newest_kept(demo_file: Path) -> None:
    mine = lambda: [b for b in backups.list_backups(register=demo_file) if b.kind == "auto"]  # noqa: E731
    assert mine() == []  # a new register needs no backup yet
    open_register(demo_file)
    backups.wait_for_backups()  # made on a thread: the start is not delayed
    first = mine()
    assert len(first) == 1 and first[0].path.name.endswith(f"{date.today()}.sqlite3")
    open_register(demo_file)  # same day: no second copy
    backups.wait_for_backups()
    assert len(mine()) == 1
    con = sqlite3.connect(first[0].path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM entry").fetchone()[0] == _entry_count(demo_file)
    con.close()
    start = date.today() + timedelta(days=1)
    for day in range(14):
        backups.daily_backup(
            database_proxy.obj, keep=10, today=start + timedelta(days=day), background=False
        )
    kept = sorted(b.path.name for b in mine())
    assert len(kept) == 10
    assert kept[-1].endswith(f"{start + timedelta(days=13)}.sqlite3")
    assert not list(backup_dir().glob("*.part"))
    close_register()


def test_two_registers_of_the_same_name_rotate_separately(tmp_path: Path) -> None:
    paths = [tmp_path / "a" / "avtal.sqlite3", tmp_path / "b" / "avtal.sqlite3"]
    for path in paths:
        open_register(path)
        close_register()
        open_register(path)
        close_register()
    backups.wait_for_backups()
    names = {backups.auto_name(p, date.today()) for p in paths}
    assert len(names) == 2 and all((backup_dir() / n).exists() for n in names)


def test_pre_migration_copies_are_pruned_like_the_daily_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12: the copies made before a migration were never pruned. Now the newest
    ``AVTALSREGISTER_BACKUPS`` of the register stay, as for the daily copies; another
    register of the same name and an older program's copies (no hash) are left."""
    import shutil
    from datetime import UTC, datetime

    fixture = Path(__file__).parents[1] / "fixtures" / "schema_v1_demo.sqlite3"
    monkeypatch.setenv(backups.KEEP_ENV, "3")
    folder = backup_dir()
    register = tmp_path / "avtal.sqlite3"
    elsewhere = tmp_path / "annan" / "avtal.sqlite3"
    old = []
    for day in range(1, 6):  # five earlier migrations of this register
        when = datetime(2026, 1, day, 8, 0, 0, tzinfo=UTC)
        old.append(folder / backups.schema_name(register, day, when))
        shutil.copyfile(fixture, old[-1])
    theirs = folder / backups.schema_name(elsewhere, 1, datetime(2025, 1, 1, tzinfo=UTC))
    legacy = folder / f"{register.stem}-schema1-20250101T080000.sqlite3"
    for path in (theirs, legacy):
        shutil.copyfile(fixture, path)
    shutil.copyfile(fixture, register)  # schema 1: opening it migrates
    info = open_register(register, create=False)
    close_register()
    assert info.schema_before == 1
    mine = sorted(
        p.name for p in folder.glob(f"avtal.{backups.register_key(register)}-schema*.sqlite3")
    )
    assert len(mine) == 3, mine
    assert old[-1].name in mine and old[-2].name in mine  # the newest earlier ones
    newest = [n for n in mine if n not in {p.name for p in old}]
    assert len(newest) == 1  # the copy made before this migration
    with contextlib.closing(sqlite3.connect(folder / newest[0])) as con:
        assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 1
    assert theirs.exists() and legacy.exists()
    listed = backups.list_backups(folder, register)
    assert sorted(b.path.name for b in listed if b.kind == "schema") == sorted([*mine, legacy.name])
    assert all(not p.exists() for p in old[:3])


def test_backups_turned_off_and_a_failed_backup_never_blocks_the_start(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(backups.KEEP_ENV, "0")
    open_register(demo_file)
    assert [b for b in backups.list_backups(register=demo_file) if b.kind == "auto"] == []
    monkeypatch.setenv(backups.KEEP_ENV, "3")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    monkeypatch.setattr(backups, "backup_dir", lambda: blocked / "backups")
    open_register(demo_file)  # the backup fails; the register opens anyway
    backups.wait_for_backups()
    assert entries.get_entry(1).id == 1
    close_register()


def test_a_backup_cut_short_leaves_no_backup_and_is_cleaned_up(demo_file: Path) -> None:
    """A copy interrupted by a power cut leaves a hidden .part, removed later."""
    import os
    import time

    stale = backup_dir() / ".avtal.1234abcd.auto-2026-01-01.sqlite3.abc.part"
    stale.write_bytes(b"half a copy")
    fresh = backup_dir() / ".avtal.1234abcd.auto-2026-01-02.sqlite3.def.part"
    fresh.write_bytes(b"another program is copying right now")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    open_register(demo_file)
    backups.wait_for_backups()
    close_register()
    assert not stale.exists() and fresh.exists()
    assert all(b.path.suffix == ".sqlite3" for b in backups.list_backups())
    fresh.unlink()


def test_writes_go_on_while_the_daily_backup_is_made(demo_file: Path) -> None:
    """The copy runs on its own connection beside the program."""
    open_register(demo_file)
    backups.wait_for_backups()
    close_register()
    for b in backups.list_backups(register=demo_file):
        b.path.unlink()
    open_register(demo_file)
    record = entries.create_entry(EntryData(title="Medan kopian görs"))
    backups.wait_for_backups()
    assert entries.get_entry(record.id).data.title == "Medan kopian görs"
    (latest,) = backups.list_backups(register=demo_file)
    con = sqlite3.connect(latest.path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    close_register()


def test_cli_backup_then_restore_brings_back_the_register_and_keeps_the_old(
    demo_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "kopia.sqlite3"
    result = run("backup", copy, db=demo_file)
    assert result.returncode == 0, result.stderr
    count = _entry_count(demo_file)
    open_register(demo_file)
    entries.create_entry(EntryData(title="Efter säkerhetskopian"))
    close_register()
    assert _entry_count(demo_file) == count + 1
    result = run("restore", copy, db=demo_file)
    assert result.returncode == 0, result.stderr
    assert _entry_count(demo_file) == count
    kept = list(tmp_path.glob("avtal.before-restore-*.sqlite3"))
    assert len(kept) == 1 and _entry_count(kept[0]) == count + 1
    assert "before-restore" in result.stdout or "sparades som" in result.stdout


def test_a_restore_is_recorded_and_the_rows_after_the_backup_are_kept(
    demo_file: Path, tmp_path: Path
) -> None:
    """Issue 12: the restore is itself in the restored register's history, and the
    audit rows written after the backup are not silently lost: they are in the
    replaced register kept beside it, and the restore's message says how many."""
    copy = tmp_path / "kopia.sqlite3"
    assert run("backup", copy, db=demo_file).returncode == 0
    with contextlib.closing(sqlite3.connect(copy)) as con:
        after_backup = con.execute("SELECT max(id) FROM audit_event").fetchone()[0]
    open_register(demo_file)
    # The backup's own record is in the register, not in the copy (it is written as
    # the copy is put in place): it is one of the rows after the backup.
    assert json.loads(audit.list_events(newest_first=True, limit=1)[0].details)["kind"] == "backup"
    entries.create_entry(EntryData(title="Efter säkerhetskopian"))
    later = list(audit.list_events(newest_first=True, limit=100))
    later = [e for e in later if e.id > after_backup]
    close_register()
    assert later
    result = run("restore", copy, db=demo_file)
    assert result.returncode == 0, result.stderr
    kept = next(tmp_path.glob("avtal.before-restore-*.sqlite3"))
    assert f"{len(later)} rader i historiken skrevs efter säkerhetskopian" in result.stdout
    assert kept.name in result.stdout
    with contextlib.closing(sqlite3.connect(kept)) as con:
        ids = {r[0] for r in con.execute("SELECT id FROM audit_event WHERE id > ?",
                                         (after_backup,))}  # fmt: skip
    assert ids == {e.id for e in later}  # every later row is in the kept register
    open_register(demo_file)
    try:
        restores = audit.list_events(action="restore")
        assert len(restores) == 1 and restores[0].object_type == "register"
        details = json.loads(restores[0].details)
        assert details["kept_as"] == str(kept) and details["rows_after_backup"] == len(later)
        assert details["source"] == str(copy)
    finally:
        close_register()


def test_restore_while_the_register_is_open_with_a_wal(demo_file: Path, tmp_path: Path) -> None:
    """Another program has the register open, with changes only in the -wal file."""
    copy = tmp_path / "kopia.sqlite3"
    assert run("backup", copy, db=demo_file).returncode == 0
    other = sqlite3.connect(demo_file)
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("UPDATE entry SET notes = 'bara i WAL' WHERE id = 1")
    other.commit()
    assert Path(f"{demo_file}-wal").stat().st_size > 0
    result = run("restore", copy, db=demo_file)
    assert result.returncode == 0, result.stderr
    # The other program sees the restored register; nothing is torn.
    assert other.execute("SELECT notes FROM entry WHERE id = 1").fetchone()[0] != "bara i WAL"
    assert other.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other.close()
    kept = next(tmp_path.glob("avtal.before-restore-*.sqlite3"))
    con = sqlite3.connect(kept)
    assert con.execute("SELECT notes FROM entry WHERE id = 1").fetchone()[0] == "bara i WAL"
    con.close()


@pytest.mark.parametrize(
    "content",
    [
        b"Diarienummer;Titel\nKS 2016/1;Eurocities\n",
        b"SQLite format 3\x00" + b"\xff" * 4000,
        "other-app",
    ],
    ids=["text", "broken-sqlite", "other-sqlite-app"],
)
def test_restore_refuses_what_is_not_a_register_and_changes_nothing(
    demo_file: Path, tmp_path: Path, content: bytes | str
) -> None:
    bad = tmp_path / "bad.sqlite3"
    if content == "other-app":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        con.commit()
        con.close()
    else:
        bad.write_bytes(content)
    before = _digest(demo_file)
    result = run("restore", bad, db=demo_file)
    assert_clear_refusal(result, "Ingenting ändrades")
    assert _digest(demo_file) == before
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_restore_refuses_a_backup_from_a_newer_program(demo_file: Path, tmp_path: Path) -> None:
    newer = tmp_path / "nyare.sqlite3"
    assert run("backup", newer, db=demo_file).returncode == 0
    con = sqlite3.connect(newer)
    con.execute("INSERT INTO schema_version (version) VALUES (999)")
    con.commit()
    con.close()
    before = _digest(demo_file)
    assert_clear_refusal(run("restore", newer, db=demo_file), "nyare version", "Uppdatera")
    assert _digest(demo_file) == before


def test_restore_over_a_damaged_register(demo_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopia.sqlite3"
    assert run("backup", copy, db=demo_file).returncode == 0
    demo_file.write_bytes(b"\x00garbage" * 5000)
    result = run("restore", copy, db=demo_file)
    assert result.returncode == 0, result.stderr
    assert _entry_count(demo_file) == _entry_count(copy)
    kept = next(tmp_path.glob("avtal.before-restore-*.sqlite3"))
    assert kept.read_bytes().startswith(b"\x00garbage")  # the damaged file is kept too


def test_backup_refuses_to_overwrite_the_register_and_postgres(demo_file: Path) -> None:
    assert_clear_refusal(run("backup", demo_file, db=demo_file), "registret")
    result = run("backup", "x.sqlite3", db="postgresql://nobody@127.0.0.1:1/none")
    assert_clear_refusal(result, "pg_dump")


def test_maintenance_lists_checks_and_reports(demo_file: Path) -> None:
    open_register(demo_file)  # makes today's backup
    backups.wait_for_backups()
    close_register()
    result = run("maintenance", "backups", db=demo_file)
    assert result.returncode == 0, result.stderr
    assert "daglig" in result.stdout and "Antal säkerhetskopior: 1" in result.stdout
    result = run("maintenance", "integrity", db=demo_file)
    assert result.returncode == 0 and "är helt" in result.stdout
    result = run("--lang", "en", "maintenance", "reliability-report", "--json", db=demo_file)
    assert result.returncode == 0, result.stderr
    assert '"integrity": "ok"' in result.stdout and '"backups": 1' in result.stdout
