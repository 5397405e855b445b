"""Paths of SQLite files: where they are (local or network) and their ``file:`` URIs.

Two things go wrong with paths that are not plain ASCII folder names:

* A URI built by pasting a path after ``file:`` breaks on the characters
  that mean something in a URI: ``#`` starts a fragment (everything after it
  is dropped), ``%`` starts an escape, ``?`` starts the query. A backup in
  "Kopior #2" was refused as "not an Avtalsregister database". ``sqlite_uri``
  percent-encodes the path, as SQLite's URI rules expect (uri.html), and
  writes a UNC path with an empty authority (``file:////server/share/...``):
  SQLite refuses any authority but "localhost".
* ``\\\\?\\C:\\...`` is Windows' spelling of a local path without the 260-character
  limit; it starts with two backslashes like a UNC path but is on the local
  disk. ``is_network_path`` looks past the prefix (``\\\\?\\UNC\\...`` stays a
  network path).

The functions take the Windows rules from the path's spelling where it is
unambiguous (a drive letter, a UNC or long-path prefix), so the tests on
Linux check the Windows spellings too; what only Windows can answer (is
drive Z: a mapped network drive?) is asked of Windows.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path, PureWindowsPath
from urllib.parse import quote, urlencode

NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs"}
)
MOUNTS = Path("/proc/mounts")  # where Linux lists its mounts (a test may point elsewhere)

_LONG_PREFIX = re.compile(r"^[\\/]{2}[?.][\\/]")  # \\?\ and \\.\, also spelled with /
_LONG_UNC = re.compile(r"^[\\/]{2}[?.][\\/]UNC[\\/]", re.IGNORECASE)
_DRIVE = re.compile(r"^[A-Za-z]:([\\/]|$)")


def strip_long_prefix(text: str) -> str:
    """``\\\\?\\C:\\x`` -> ``C:\\x`` and ``\\\\?\\UNC\\server\\share`` -> ``\\\\server\\share``.

    Other text is returned unchanged.
    """
    if _LONG_UNC.match(text):
        return "\\\\" + text[8:]
    if _LONG_PREFIX.match(text):
        return text[4:]
    return text


def is_windows_spelling(text: str) -> bool:
    """A path that only Windows writes: a drive letter, or a UNC or long-path prefix."""
    return bool(_DRIVE.match(text) or text.startswith("\\\\"))


def is_unc(text: str) -> bool:
    """``\\\\server\\share\\...`` or ``//server/share/...`` (after the long-path prefix)."""
    return strip_long_prefix(text).startswith(("\\\\", "//"))


def sqlite_uri(path: str | os.PathLike, **params: str) -> str:
    """A ``file:`` URI naming ``path`` for ``sqlite3.connect(..., uri=True)``.

    Every character that means something in a URI is percent-encoded, so
    folders named "Kopior #2", "100 %" or "Avtal åäö" work; the authority is
    always empty (``file:///C:/...``, ``file:////server/share/...``);
    ``params`` become the query (``mode="ro"``).
    """
    text = os.fspath(path)
    if sys.platform == "win32" or is_windows_spelling(text):
        uri_path = _windows_uri_path(text)
    else:
        uri_path = quote(os.path.abspath(text), safe="/")
    query = f"?{urlencode(params)}" if params else ""
    return f"file://{uri_path}{query}"


def _windows_uri_path(text: str) -> str:
    """``/C:/...`` for a drive path, ``//server/share/...`` for a UNC path."""
    text = strip_long_prefix(text)
    if sys.platform == "win32":  # pragma: no cover - a relative path, against this process
        text = os.path.abspath(text)
    pure = PureWindowsPath(text)
    if pure.drive.startswith("\\\\"):  # \\server\share
        return quote(pure.as_posix(), safe="/")
    if pure.drive:  # C: stays readable; SQLite drops the slash before a drive letter
        return "/" + pure.drive + quote(pure.as_posix()[len(pure.drive) :], safe="/")
    return quote(pure.as_posix(), safe="/")


def is_network_path(path: str | os.PathLike) -> bool:
    """True for UNC paths, mapped network drives and network mounts.

    A local long path (``\\\\?\\C:\\...``) is not a network path.
    """
    text = os.fspath(path)
    if is_unc(text):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_drive_is_remote(strip_long_prefix(text))
    if is_windows_spelling(text):
        return False  # a Windows path read on another system: nothing to ask
    return linux_mount_type(Path(text)) in NETWORK_FILESYSTEMS


def _windows_drive_is_remote(text: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(text))[0]
    if drive.startswith("\\\\"):
        return True
    if not drive:
        return False
    drive_remote = 4  # GetDriveTypeW's DRIVE_REMOTE: a mapped network drive
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote


def linux_mount_type(path: Path) -> str:
    """The file system type of the mount holding ``path`` ("" if unknown)."""
    try:
        mounts = MOUNTS.read_text().splitlines()
    except OSError:
        return ""
    target = str(path.resolve() if path.exists() else path.parent.resolve())
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type
