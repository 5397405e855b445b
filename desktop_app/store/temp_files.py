"""Temporary files that hold register data, and removing those a killed process left.

openpyxl streams each sheet of a workbook into a temporary file of its own;
the program makes them in the user's own data folder (``sheet_folder``),
named ``avtalsregister-sheet.<PID>.*.part`` (``exports.atomic`` sets this
up), so that a killed export leaves nothing in the system's temp folder and
what it left is found: the next start (``services.session.open_register``)
and the next Excel export remove the files of processes that are gone.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from desktop_app.paths import user_data_path

SHEET_PREFIX = "avtalsregister-sheet."


def sheet_folder() -> Path:
    folder = user_data_path() / "tmp"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def writer_gone(pid: int, path: Path) -> bool:
    """Whether the process that wrote a temporary file is gone (it was killed)."""
    if sys.platform == "win32":  # no harmless liveness probe: an hour old is gone
        return time.time() - path.stat().st_mtime > 3600
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def remove_orphans(paths: Iterable[Path], head: str) -> list[Path]:
    """Remove the files named ``<head><PID>.…`` whose process is gone."""
    removed = []
    for path in paths:
        pid = path.name[len(head) :].split(".", 1)[0]
        try:
            if pid.isdigit() and int(pid) != os.getpid() and writer_gone(int(pid), path):
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def sweep_sheet_files(folder: Path | None = None) -> list[Path]:
    """Remove the sheet files of processes that are gone (killed mid-export)."""
    try:
        folder = folder or user_data_path() / "tmp"
        if not folder.is_dir():
            return []
        candidates = list(folder.glob(f"{_glob_escape(SHEET_PREFIX)}*.part"))
    except OSError:
        return []
    return remove_orphans(candidates, SHEET_PREFIX)


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)
