"""Running the `avtalsregister` command as a registrar would: a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(*args: object, db: Path | str | None = None, **env: str) -> subprocess.CompletedProcess:
    environ = dict(os.environ, **env)
    if db is not None:
        environ["AVTALSREGISTER_DATABASE"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *map(str, args)],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
    )


def assert_clear_refusal(result: subprocess.CompletedProcess, *words: str) -> None:
    """Exit 2, a message naming what to do, and never a traceback."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    for word in words:
        assert word in result.stderr, (word, result.stderr)
