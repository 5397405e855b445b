"""The day's integrity check after the window is shown (issue 19).

``open_register(defer_check=True)`` leaves SQLite's quick check, and the
daily backup that follows it, to ``check_and_backup``: the register opens
at once, the check says whether the file is sound, and only a sound file
becomes the day's backup. A damaged index is found by the deferred check,
which refuses it with the user's message and makes no backup of it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.paths import backup_dir
from desktop_app.services.session import check_and_backup, close_register, open_register
from desktop_app.store.backups import wait_for_backups
from desktop_app.store.errors import CorruptDatabaseError


def _auto_backups() -> list[Path]:
    return sorted(backup_dir().glob("*.auto-*.sqlite3"))


@pytest.fixture
def register_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # an empty backup folder
    monkeypatch.setenv("AVTALSREGISTER_BACKUPS", "3")
    path = tmp_path / "register.sqlite3"
    from desktop_app.services.demo import build_demo

    open_register(str(path))
    build_demo()
    close_register()
    return path


def test_deferred_check_runs_later_and_only_then_is_the_day_backed_up(register_file) -> None:
    assert _auto_backups() == []
    info = open_register(str(register_file), defer_check=True)
    try:
        assert info.check_due
        wait_for_backups()
        assert _auto_backups() == []  # no backup of a file not checked yet
        check_and_backup()
        wait_for_backups()
        assert len(_auto_backups()) == 1
    finally:
        close_register()
    # Later the same day the check is done: nothing is due.
    info = open_register(str(register_file), defer_check=True)
    close_register()
    assert not info.check_due
    # Without defer_check the check and backup run inside open_register, as before.
    assert not open_register(str(register_file)).check_due
    close_register()


def test_the_deferred_check_refuses_a_damaged_file_and_backs_nothing_up(register_file) -> None:
    con = sqlite3.connect(register_file)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute(
        "SELECT rootpage FROM sqlite_master WHERE type='index' AND tbl_name='entry'"
    ).fetchone()[0]
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(register_file, "r+b") as f:  # an index page overwritten: a damaged file
        f.seek((root - 1) * page)
        f.write(b"\xff" * 64)
    info = open_register(str(register_file), defer_check=True)
    try:
        assert info.check_due  # opened: the window can show and say what is wrong
        with pytest.raises(CorruptDatabaseError) as caught:
            check_and_backup()
        assert "restore" in caught.value.message("en")
        wait_for_backups()
        assert _auto_backups() == []
    finally:
        close_register()


def test_a_register_that_needs_a_migration_is_checked_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    old = tmp_path / "old.sqlite3"  # a schema 1 register, as the first release made them
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "schema_v1_demo.sqlite3", old)
    info = open_register(str(old), defer_check=True)
    close_register()
    assert info.schema_before < info.schema_version
    assert not info.check_due  # checked at once, before the schema was touched
