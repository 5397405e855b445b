"""A damaged, read-only, locked or full register: a clear message, nothing half-written.

Through the real `avtalsregister` command (exit 2, the message says what to
do, never a traceback). Read-only and full-disk cases use a read-only bind
mount and a tiny tmpfs when the tests run as root (as CI does), and file
modes or SQLite's page limit otherwise.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services import permissions
from desktop_app.services.demo import build_demo
from desktop_app.services.session import close_register, open_register
from desktop_app.store import backups
from desktop_app.store import database as store_db
from desktop_app.store.errors import CorruptDatabaseError

from . import figures
from .cli import assert_clear_refusal, run

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _new_register(path: Path, demo: bool = False) -> Path:
    open_register(path)
    if demo:
        build_demo()
    close_register()
    return path


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _umount(path: Path) -> None:
    """Unmount; lazily if something still holds a file there (never leave a mount)."""
    backups.wait_for_backups()  # the daily copy may still read the register
    close_register()
    if subprocess.run(["umount", str(path)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(path)], check=True)


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make ``path`` (a file or a folder) read-only for the program."""
    if IS_ROOT:
        if not _mount("--bind", str(path), str(path)):
            pytest.skip("cannot make a read-only bind mount here")
        if not _mount("-o", "remount,bind,ro", str(path)):
            _umount(path)
            pytest.skip("cannot make a read-only bind mount here")
        try:
            yield
        finally:
            _umount(path)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


def _counts(path: Path) -> tuple[int, ...]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return tuple(
            con.execute(sql).fetchone()[0]
            for sql in (
                "SELECT count(*) FROM entry",
                "SELECT count(*) FROM decision_body",
                "SELECT count(*) FROM audit_event",
            )
        )
    finally:
        con.close()


# ---------------------------------------------------------------- corrupt


@pytest.mark.parametrize("where", ["header", "pages"])
def test_corrupt_file_is_refused_with_what_to_do(tmp_path: Path, where: str) -> None:
    path = _new_register(tmp_path / "avtal.sqlite3", demo=True)
    data = bytearray(path.read_bytes())
    rng = random.Random(6)
    if where == "header":
        data[:100] = bytes(rng.randrange(256) for _ in range(100))
    else:  # damage b-tree pages in the middle, leave the header alone
        for page in range(4, len(data) // 4096 - 2, 3):
            data[page * 4096 : page * 4096 + 64] = bytes(rng.randrange(256) for _ in range(64))
    path.write_bytes(bytes(data))
    result = run("check", db=path)
    assert_clear_refusal(result, "skadad", "avtalsregister restore")
    with pytest.raises(CorruptDatabaseError) as info:
        open_register(path)
    assert "restore" in info.value.user_message_en
    assert path.read_bytes() == bytes(data)  # refused, not "repaired"
    figures.record("broken_file_messages", 2)


# ---------------------------------------------------------------- read-only


def test_read_only_file_can_be_read_but_not_written(tmp_path: Path) -> None:
    path = _new_register(tmp_path / "avtal.sqlite3")
    before = _counts(path)
    with read_only(path):
        result = run("check", db=path)
        assert result.returncode == 0, result.stderr
        result = run("init", "--demo", db=path)
        assert_clear_refusal(result, "skrivskyddat", "skrivrättighet")
        open_register(path, create=False)  # the program opens it, read-only
        caps = permissions.capabilities()
        assert caps.can_read and caps.read_only and not caps.can_admin
        assert "skrivskyddad" in caps.reason
        close_register()
    assert _counts(path) == before
    figures.record("broken_file_messages")


@pytest.mark.posix("a folder made read-only with chmod; Windows folders ignore it")
def test_read_only_folder_gets_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "delad"
    path = _new_register(folder / "avtal.sqlite3")
    before = _counts(path)
    with read_only(folder):
        result = run("check", db=path)
        assert_clear_refusal(result, "skrivskyddad mapp", "Kopiera registret")
        result = run("--lang", "en", "init", "--demo", db=path)
        assert_clear_refusal(result, "read-only folder")
    assert _counts(path) == before
    figures.record("broken_file_messages")


# ---------------------------------------------------------------- locked

HOLDER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
con.execute("UPDATE setting SET value = value")
print("locked", flush=True)
sys.stdin.read()
"""


def test_locked_by_another_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    path = _new_register(tmp_path / "avtal.sqlite3")
    before = _counts(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 300)
        code = main(["--database", str(path), "init", "--demo"])
        err = capsys.readouterr().err
        assert code == 2
        assert "låst av ett annat program" in err and "försök igen" in err
        assert "Traceback" not in err
        close_register()
    finally:
        holder.communicate("", timeout=30)
    assert _counts(path) == before
    figures.record("broken_file_messages")


# ---------------------------------------------------------------- full disk


@contextlib.contextmanager
def tiny_disk(tmp_path: Path, size_kb: int) -> Iterator[Path]:
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if not (IS_ROOT and _mount("-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount_point))):
        pytest.skip("needs root to mount a tiny tmpfs (see the page-limit test)")
    try:
        yield mount_point
    finally:
        _umount(mount_point)


def _fill(folder: Path, leave_kb: int) -> Path:
    filler = folder / "filler"
    free = shutil.disk_usage(folder).free
    with open(filler, "wb") as out, contextlib.suppress(OSError):
        out.write(b"\0" * max(0, free - leave_kb * 1024))
    return filler


def _whole_transactions(path: Path) -> None:
    """Every stored body and entry has its audit row: no half transaction."""
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table, kind in (("entry", "entry"), ("decision_body", "decision_body")):
            missing = con.execute(
                f"SELECT count(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM audit_event a "
                f"WHERE a.object_type = ? AND a.object_id = t.id AND a.action = 'create')",
                (kind,),
            ).fetchone()[0]
            seeded = 5 if table == "decision_body" else 0  # seeded in one "seed" event
            assert missing <= seeded, f"{missing} {table} rows without their audit rows"
    finally:
        con.close()


@pytest.mark.parametrize("leave_kb", [0, 64, 160])
def test_full_disk_says_so_and_writes_nothing_by_halves(tmp_path: Path, leave_kb: int) -> None:
    with tiny_disk(tmp_path, 1024) as disk:
        path = _new_register(disk / "avtal.sqlite3")
        filler = _fill(disk, leave_kb)
        result = run("init", "--demo", db=path)
        assert_clear_refusal(result, "full", "Frigör utrymme")
        filler.unlink()
        _whole_transactions(path)
        open_register(path, create=False)  # starts normally once there is room
        close_register()
    figures.record("broken_file_messages")


def test_database_full_by_page_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """Without root: SQLite's max_page_count makes the register "full"."""
    path = _new_register(tmp_path / "avtal.sqlite3")
    pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]
    real_connect = store_db._connect_sqlite

    def limited(p: Path):
        db = real_connect(p)
        db._pragmas = [*db._pragmas, ("max_page_count", pages + 8)]
        return db

    monkeypatch.setattr(store_db, "_connect_sqlite", limited)
    code = main(["--database", str(path), "init", "--demo"])
    err = capsys.readouterr().err
    close_register()
    assert code == 2 and "full" in err and "Traceback" not in err
    _whole_transactions(path)
    figures.record("broken_file_messages")
