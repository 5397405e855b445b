"""Starting worker.py as a real process, waiting for it, killing it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

WORKER = Path(__file__).with_name("worker.py")


def start(
    mode: str, *args: object, user: str = "testare", env: dict[str, str] | None = None
) -> subprocess.Popen:
    env = dict(os.environ, AVTALSREGISTER_USER=user, PYTHONUNBUFFERED="1", **(env or {}))
    return subprocess.Popen(
        [sys.executable, str(WORKER), mode, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_ready(proc: subprocess.Popen, timeout: float = 60) -> None:
    """Block until the worker says ``ready`` (its register is open).

    The line is read from the pipe a byte at a time: a buffered ``readline``
    could take the worker's next lines with it, where ``communicate`` (in
    ``result``) never looks."""
    raw = bytearray()
    while (byte := os.read(proc.stdout.fileno(), 1)) not in (b"", b"\n"):
        raw += byte
    line = raw.decode()
    if line.strip() != "ready":
        proc.kill()
        _, err = proc.communicate(timeout=timeout)
        raise AssertionError(f"worker did not start: {line!r}\n{err}")


def result(proc: subprocess.Popen, timeout: float = 120) -> dict:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, f"worker failed ({proc.returncode}):\n{err}"
    lines = [line for line in out.splitlines() if line.strip() and line.strip() != "ready"]
    return json.loads(lines[-1])


def kill(proc: subprocess.Popen) -> None:
    """SIGKILL: no handler, no cleanup, no flush; like pulling the plug on the program."""
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
