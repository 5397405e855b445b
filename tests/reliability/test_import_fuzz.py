"""A bounded fuzz run of the importer on mutated real registers (issue 6).

The base files are real: the demo register exported by the program's own
Excel exporter (and a grown copy). Each case mutates one (mutations.py):
bytes flipped, the file cut short, a zip entry dropped or cut, an XML part
broken (bytes, truncation, tags, cell types, references). The importer must
answer with a clear refusal (a ``StoreError`` such as ``ImportRefused``) or
a consistent preview, and write nothing. The cases run in a child process
(worker.py ``fuzz``) so that a hard crash of a native reader (an abort, which
no ``except`` catches) is counted as a crash instead of ending the test run.
Cases: ``AVTALSREGISTER_FUZZ_CASES`` (default 150); seed:
``AVTALSREGISTER_FUZZ_SEED``.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections import Counter
from pathlib import Path

import pytest

from desktop_app.services.session import close_register, open_register

from . import figures, importfile, procs

CASES = int(os.environ.get("AVTALSREGISTER_FUZZ_CASES", "150"))
SEED = int(os.environ.get("AVTALSREGISTER_FUZZ_SEED", str(random.randrange(1 << 30))))
TIME_LIMIT = float(os.environ.get("AVTALSREGISTER_FUZZ_SECONDS", "120"))  # stop early on slow CI


@pytest.fixture
def fuzz_setup(tmp_path: Path, sqlite_url: str) -> tuple[str, list[Path]]:
    demo = importfile.demo_export(tmp_path)
    grown = importfile.grow(demo, tmp_path / "grown.xlsx", 150, "FUZZ")
    open_register(sqlite_url)
    close_register()
    return sqlite_url, [demo, grown]


def run_cases(db: str, bases: list[Path], out: Path, seed: int, cases: int) -> Counter:
    """Run cases [0, cases) in child processes; a child that dies is a crash."""
    outcomes: Counter[str] = Counter()
    crashes: list[str] = []
    started = time.monotonic()
    case = 0
    while case < cases and time.monotonic() - started < TIME_LIMIT:
        proc = procs.start("fuzz", db, seed, case, cases, out, *bases)
        current = None
        for line in proc.stdout:
            report = json.loads(line)
            if "start" in report:
                current = report
                continue
            outcomes[report["outcome"]] += 1
            outcomes["cases"] += 1
            if report["outcome"] != "refused" and report["outcome"] != "previewed":
                crashes.append(f"case {report['case']} {report['mutation']}: {report['detail']}")
            case = report["case"] + 1
            current = None
            if time.monotonic() - started > TIME_LIMIT:
                proc.kill()
                break
        _, err = proc.communicate(timeout=60)
        if current is not None:  # died in the middle of a case: a hard crash
            outcomes["crash"] += 1
            outcomes["cases"] += 1
            crashes.append(
                f"case {current['start']} {current['mutation']}: process died "
                f"({proc.returncode}): {err.strip().splitlines()[0] if err.strip() else ''}"
            )
            case = current["start"] + 1
        elif proc.returncode not in (0, -9):
            raise AssertionError(f"fuzz worker failed outside a case:\n{err}")
    outcomes["crash_list"] = 0
    return outcomes, crashes


def test_mutated_registers_are_refused_clearly_or_previewed(fuzz_setup, tmp_path: Path) -> None:
    db, bases = fuzz_setup
    outcomes, crashes = run_cases(db, bases, tmp_path, SEED, CASES)
    figures.record("fuzz_cases", outcomes["cases"])
    figures.record("fuzz_crashes", len(crashes))
    figures.record("fuzz_refused", outcomes["refused"])
    figures.record("fuzz_previewed", outcomes["previewed"])
    assert not crashes, f"AVTALSREGISTER_FUZZ_SEED={SEED}:\n" + "\n".join(crashes[:20])
    assert outcomes["cases"] >= min(CASES, 50)
    assert outcomes["refused"] and outcomes["previewed"]  # both paths were exercised
