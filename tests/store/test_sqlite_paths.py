"""SQLite paths: URIs that survive any folder name, and what counts as a network path.

The URI cases that only Windows writes (drive letters, UNC names, ``\\\\?\\``
long paths) are checked here from their spelling, on every system;
tests/windows/ opens such files for real on Windows.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from desktop_app.services.session import open_register
from desktop_app.store import sqlite_paths
from desktop_app.store.errors import NetworkPathError
from desktop_app.store.sqlite_paths import is_network_path, sqlite_uri, strip_long_prefix

FOLDERS = ["Kopior #2", "100 %", "Avtal åäö ÅÄÖ", "två  mellanslag", "a%20b"]
if sys.platform != "win32":
    FOLDERS += ["fråga?svar=1&x", "C:"]  # not allowed in Windows file names


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_uri_opens_that_file_read_only(tmp_path: Path, folder: str) -> None:
    path = tmp_path / folder / "register.sqlite3"
    path.parent.mkdir()
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE entry (title TEXT)")
    con.close()
    before = sorted(tmp_path.rglob("*"))
    con = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
    try:
        assert con.execute("SELECT name FROM sqlite_master").fetchall() == [("entry",)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            con.execute("INSERT INTO entry VALUES ('x')")
    finally:
        con.close()
    assert sorted(tmp_path.rglob("*")) == before  # no other file was opened or made


@pytest.mark.parametrize(
    "path, uri",
    [
        (r"C:\Kopior #2\r.sqlite3", "file:///C:/Kopior%20%232/r.sqlite3"),
        (r"C:\100 %\r.sqlite3", "file:///C:/100%20%25/r.sqlite3"),
        (r"C:\Avtal åäö\r.sqlite3", "file:///C:/Avtal%20%C3%A5%C3%A4%C3%B6/r.sqlite3"),
        (r"\\server\share\Kopior #2\r.sqlite3", "file:////server/share/Kopior%20%232/r.sqlite3"),
        (r"\\?\C:\Registret\r.sqlite3", "file:///C:/Registret/r.sqlite3"),
        (r"\\?\UNC\server\share\r.sqlite3", "file:////server/share/r.sqlite3"),
    ],
)
def test_windows_paths_get_an_empty_authority_and_escapes(path: str, uri: str) -> None:
    assert sqlite_uri(path) == uri
    assert sqlite_uri(path, mode="ro") == uri + "?mode=ro"


def test_long_path_prefix() -> None:
    assert strip_long_prefix(r"\\?\C:\a\b") == r"C:\a\b"
    assert strip_long_prefix(r"\\?\UNC\server\share\a") == r"\\server\share\a"
    assert strip_long_prefix("/tmp/a") == "/tmp/a"


@pytest.mark.parametrize(
    "path, network",
    [
        (r"\\?\C:\Users\anna\avtal.sqlite3", False),  # a local long path
        (r"\\.\C:\avtal.sqlite3", False),
        (r"\\?\UNC\server\share\avtal.sqlite3", True),
        (r"\\server\share\avtal.sqlite3", True),
        ("//server/share/avtal.sqlite3", True),
    ],
)
def test_network_or_local_by_spelling(path: str, network: bool) -> None:
    assert is_network_path(path) is network


@pytest.fixture
def mounts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A mount table (as /proc/mounts lists it) with network file systems under tmp_path."""
    if sys.platform != "linux":
        pytest.skip("Linux reads its mounts from /proc/mounts; Windows asks the drive type")
    table = tmp_path / "mounts"
    lines = Path("/proc/mounts").read_text().splitlines()
    lines += [
        f"//nas/avtal {tmp_path}/smb cifs rw,relatime 0 0",
        f"nas:/export {tmp_path}/nfs nfs4 rw,relatime 0 0",
        f"//nas/x {tmp_path}/med\\040mellanslag cifs rw 0 0",
        f"tmpfs {tmp_path}/smb/lokal tmpfs rw 0 0",
    ]
    table.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr(sqlite_paths, "MOUNTS", table)
    for name in ("smb", "nfs", "med mellanslag", "smb/lokal"):
        (tmp_path / name).mkdir(parents=True, exist_ok=True)
    return tmp_path


@pytest.mark.parametrize("folder", ["smb", "nfs", "med mellanslag"])
def test_a_register_on_a_network_mount_is_refused(mounts: Path, folder: str) -> None:
    path = mounts / folder / "avtal.sqlite3"
    assert is_network_path(path)
    with pytest.raises(NetworkPathError) as info:
        open_register(path)
    assert "nätverksdisk" in info.value.message("sv") and "PostgreSQL" in info.value.message("en")
    assert not path.exists()  # refused before anything was written


def test_a_local_mount_inside_a_network_one_is_local(mounts: Path) -> None:
    assert not is_network_path(mounts / "smb" / "lokal" / "avtal.sqlite3")
    assert not is_network_path(mounts / "avtal.sqlite3")
