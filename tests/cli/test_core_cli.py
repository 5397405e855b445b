"""The CLI as a new user runs it: init --demo, check, backup, --help."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, db: Path | None = None, check: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if db is not None:
        env["AVTALSREGISTER_DATABASE"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=check,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    result = run("init", "--demo", db=db)
    assert result.returncode == 0, result.stderr
    assert "demoposter" in result.stdout
    return db


def test_check_shows_r1_r3_r4_warnings(demo_db: Path) -> None:
    result = run("check", db=demo_db)
    assert result.returncode == 0, result.stderr  # warnings only
    out = result.stdout
    assert "Förfrågan om vänortsavtal från Busan" in out and " R1 " in out
    assert "R3-OVERDUE" in out and "R3-LONG-INTERVAL" in out
    assert " R4 " in out and "Trafiknämnden (TN) har inte mandat" in out
    assert "0 fel" in out


def test_check_in_english(demo_db: Path) -> None:
    result = run("--lang", "en", "check", db=demo_db)
    assert "Looks like a twin-city agreement" in result.stdout


def test_check_exits_1_on_errors(tmp_path: Path, demo_db: Path) -> None:
    """Legacy rows that break R2 (e.g. written by an old tool) make check fail."""
    db = tmp_path / "copy.sqlite3"
    src, dst = sqlite3.connect(demo_db), sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.execute(
        "INSERT INTO entry (kind, title, scope, status, archived, version) "
        "VALUES ('cooperation', 'Samarbete utan slutdatum', 'operation_specific', 'active', 0, 1)"
    )
    dst.commit()
    dst.close()
    result = run("check", "--errors-only", db=db)
    assert result.returncode == 1
    assert "R2-END" in result.stdout and "Samarbete utan slutdatum" in result.stdout


def test_database_option_after_the_command(demo_db: Path) -> None:
    result = run("check", "--database", str(demo_db))
    assert result.returncode == 0 and "R1" in result.stdout


def test_init_twice_keeps_the_register(demo_db: Path) -> None:
    result = run("init", "--demo", db=demo_db)
    assert result.returncode == 1
    assert "finns redan" in result.stdout


def test_backup_is_a_complete_register(tmp_path: Path, demo_db: Path) -> None:
    out = tmp_path / "kopia.sqlite3"
    result = run("backup", str(out), db=demo_db)
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM entry").fetchone()[0] >= 30
    conn.close()


def test_network_share_is_refused_without_traceback() -> None:
    result = run("check", "--database", r"\\server\share\avtal.sqlite3")
    assert result.returncode == 2
    assert "PostgreSQL" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["init", "check", "backup", "restore"])
def test_help_everywhere(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0 and "--database" in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("Avtalsregister ")
