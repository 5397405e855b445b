"""packaging/smoke_stress.py judges runs by exit code and "smoke test ok".

CI runs the real smoke test 20 times under load with it (``.ci/run``); here
its verdict is checked with stand-in programs, so the check itself can fail.
"""

from __future__ import annotations

import sys

from .conftest import load


def _stress(capsys, *program: str) -> tuple[int, str]:
    stress = load("smoke_stress.py")
    code = stress.main(
        ["--runs", "3", "--extra-load", "0", "--warmup", "0", "--", sys.executable, *program]
    )
    out = capsys.readouterr()
    return code, out.out + out.err


def test_every_run_passing_passes(capsys) -> None:
    code, out = _stress(capsys, "-c", "print('smoke test ok')")
    assert code == 0
    assert "smoke stress: 3 of 3 passed" in out and "busy processes" in out


def test_one_failing_run_fails_the_whole(capsys, tmp_path) -> None:
    counter = tmp_path / "n"
    flaky = (  # the second run exits 1, as the racy smoke test did at random
        "import pathlib, sys; p = pathlib.Path(sys.argv[1]); "
        "n = int(p.read_text()) + 1 if p.exists() else 1; p.write_text(str(n)); "
        "print('smoke test ok'); sys.exit(1 if n == 2 else 0)"
    )
    code, out = _stress(capsys, "-c", flaky, str(counter))
    assert code == 1
    assert "smoke stress: 2 of 3 passed" in out and "run  2/3: FAILED" in out


def test_exit_0_without_the_ok_line_is_a_failure(capsys) -> None:
    code, out = _stress(capsys, "-c", "print('started')")
    assert code == 1 and "0 of 3 passed" in out
