"""Register data a killed export left in the user's folder is removed at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_app.services.session import close_register, open_register
from desktop_app.store.temp_files import SHEET_PREFIX, sheet_folder


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout)


def test_the_next_start_removes_sheet_files_of_processes_that_are_gone(tmp_path: Path) -> None:
    folder = sheet_folder()
    dead = folder / f"{SHEET_PREFIX}{_dead_pid()}.abc123.part"
    dead.write_text("<row>KS 2016/1234 Medlemskap i Eurocities</row>")
    alive = folder / f"{SHEET_PREFIX}{os.getppid()}.def456.part"  # a process still running
    alive.write_text("<row/>")
    other = folder / "not-ours.part"
    other.write_text("x")
    try:
        open_register(tmp_path / "avtal.sqlite3")
        close_register()
        assert not dead.exists()
        assert alive.exists() and other.exists()
    finally:
        alive.unlink(missing_ok=True)
        other.unlink(missing_ok=True)
