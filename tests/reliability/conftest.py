"""Reliability tests: real processes, real kills, both backends.

Prints the run's figures at the end and writes ``build/reliability.json``.
``AVTALSREGISTER_CRASH_RUNS`` sets the kills per crash scenario (default 20).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from . import figures

ROOT = Path(__file__).resolve().parents[2]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    out = figures.write(ROOT)
    if out is None:
        return
    terminalreporter.section("reliability figures")
    for key, value in sorted(figures.FIGURES.items()):
        terminalreporter.write_line(f"{value:8d}  {figures.LABELS.get(key, key)}")
    terminalreporter.write_line(f"written to {out}")
