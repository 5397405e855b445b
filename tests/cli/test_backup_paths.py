"""`backup` and `restore` to and from folders named as registrars name them (issue 18).

"Kopior #2" was refused as "not an Avtalsregister database" and "100 %"
failed: the read-only check built its SQLite URI from the bare path, and
``#`` and ``%`` mean something in a URI. The register itself sits in such a
folder too. Real processes, real files.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from ..reliability.cli import run

FOLDERS = ["Kopior #2", "100 %", "Säkerhetskopior åäö ÅÄÖ"]


def _count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM entry").fetchone()[0]
    finally:
        con.close()


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reg") / "Register #1 % åäö" / "avtal.sqlite3"
    result = run("init", "--demo", db=path)
    assert result.returncode == 0, result.stderr
    return path


@pytest.mark.parametrize("folder", FOLDERS)
def test_backup_and_restore_in_any_folder(register: Path, tmp_path: Path, folder: str) -> None:
    copy = tmp_path / folder / "kopia #1 100%.sqlite3"
    copy.parent.mkdir()  # the backup's folder is not created for it (issue 13)
    result = run("backup", copy, db=register)
    assert result.returncode == 0, result.stderr
    assert str(copy) in result.stdout
    count = _count(register)
    assert _count(copy) == count > 30
    result = run("init", db=tmp_path / folder / "ny.sqlite3")  # an empty register beside it
    assert result.returncode == 0, result.stderr
    empty = tmp_path / folder / "ny.sqlite3"
    result = run("restore", copy, db=empty)
    assert result.returncode == 0, result.stderr
    assert _count(empty) == count
    kept = list((tmp_path / folder).glob("ny.before-restore-*.sqlite3"))
    assert len(kept) == 1 and _count(kept[0]) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="'?' is not allowed in Windows names")
def test_a_question_mark_in_the_folder(register: Path, tmp_path: Path) -> None:
    copy = tmp_path / "Vad?" / "kopia.sqlite3"
    copy.parent.mkdir()
    result = run("backup", copy, db=register)
    assert result.returncode == 0, result.stderr
    assert _count(copy) == _count(register)
