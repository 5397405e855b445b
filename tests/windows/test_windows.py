"""What only Windows can show: drive letters, \\\\?\\ paths, locked files, user folders.

These run in the Windows CI job (.github/workflows/windows-ci.yml), which
maps a network share as a drive (``AVTALSREGISTER_TEST_MAPPED_DRIVE``,
``AVTALSREGISTER_TEST_SHARE``) before the suite; elsewhere they are skipped
with the reason. The same rules are checked from the paths' spelling on
every system in tests/store/test_sqlite_paths.py.
"""

from __future__ import annotations

import os
import sqlite3
import string
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services.session import close_register, open_register
from desktop_app.store.backups import check_backup_file, copy_database
from desktop_app.store.errors import NetworkPathError
from desktop_app.store.sqlite_paths import is_network_path

pytestmark = pytest.mark.windows("drive types, \\\\?\\ paths and file locks are Windows's own")

MAPPED_ENV = "AVTALSREGISTER_TEST_MAPPED_DRIVE"  # e.g. Z:, mapped to a share by the CI job
SHARE_ENV = "AVTALSREGISTER_TEST_SHARE"  # e.g. \\localhost\avtalsregister-test


def _env_or_skip(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        pytest.skip(f"{name} is not set (windows-ci.yml maps a share before the tests)")
    return value


def _demo_register(path: Path) -> Path:
    from desktop_app.services.demo import build_demo

    open_register(path)
    build_demo()
    close_register()
    return path


def test_a_register_on_a_mapped_network_drive_is_refused() -> None:
    drive = _env_or_skip(MAPPED_ENV)
    path = Path(f"{drive}\\Register #1\\avtal.sqlite3")
    assert is_network_path(path)
    assert is_network_path(f"\\\\?\\{drive}\\avtal.sqlite3")  # the long spelling too
    with pytest.raises(NetworkPathError):
        open_register(path)
    assert not path.exists() and not path.parent.exists()


def test_a_substituted_local_drive_is_not_a_network_drive(tmp_path: Path) -> None:
    used = {d[0] for d in os.listdrives()} if hasattr(os, "listdrives") else set()
    free = next(
        (
            c
            for c in reversed(string.ascii_uppercase[3:])
            if c not in used and not Path(f"{c}:\\").exists()
        ),
        None,
    )
    if free is None:
        pytest.skip("no free drive letter")
    subprocess.run(["subst", f"{free}:", str(tmp_path)], check=True)
    try:
        path = Path(f"{free}:\\avtal.sqlite3")
        assert not is_network_path(path)
        info = open_register(path)
        assert info.created and (tmp_path / "avtal.sqlite3").exists()
        close_register()
    finally:
        subprocess.run(["subst", f"{free}:", "/d"], check=False)


def test_a_local_long_path_opens(tmp_path: Path) -> None:
    path = tmp_path / "Långa vägen #2" / "avtal.sqlite3"
    long_spelling = "\\\\?\\" + str(path)
    assert not is_network_path(long_spelling)
    info = open_register(long_spelling)
    try:
        from desktop_app.store.models import database_proxy

        assert info.created
        assert database_proxy.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        close_register()
    assert path.is_file()


def test_backup_to_a_unc_share_and_check_it(tmp_path: Path) -> None:
    share = _env_or_skip(SHARE_ENV)
    register = _demo_register(tmp_path / "avtal.sqlite3")
    target = Path(share) / "Kopior #2 100 % åäö" / "kopia.sqlite3"
    with sqlite3.connect(register) as con:
        copy_database(con, target)
    con.close()
    assert check_backup_file(target) >= 1  # the read-only check opens it through a URI
    assert (
        check_backup_file(Path("\\\\?\\UNC\\" + share.lstrip("\\")) / target.relative_to(share))
        >= 1
    )


def test_replacing_a_file_held_open_says_which_program_to_close(tmp_path: Path) -> None:
    from desktop_app.exports.atomic import TargetLockedError, atomic_target

    target = tmp_path / "Register.xlsx"
    target.write_bytes(b"the old workbook")
    with (
        open(target, "rb"),  # as Excel holds a workbook it shows
        pytest.raises(TargetLockedError) as info,
        atomic_target(target) as tmp,
    ):
        tmp.write_bytes(b"the new workbook")
    assert "öppen i ett annat program" in info.value.message("sv")
    assert target.read_bytes() == b"the old workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["Register.xlsx"]  # no .part left
    with atomic_target(target) as tmp:  # closed again: the export goes through
        tmp.write_bytes(b"the new workbook")
    assert target.read_bytes() == b"the new workbook"


def test_the_register_lives_in_local_appdata() -> None:
    """The README and the MSI's install test promise this folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIN_PD_OVERRIDE_")}
    script = (
        "from desktop_app.paths import default_database_path, backup_dir;"
        "print(default_database_path()); print(backup_dir())"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    ).stdout.splitlines()
    local = Path(os.environ["LOCALAPPDATA"])
    assert Path(out[0]) == local / "Avtalsregister" / "Avtalsregister" / "avtalsregister.sqlite3"
    assert Path(out[1]) == local / "Avtalsregister" / "Avtalsregister" / "backups"
