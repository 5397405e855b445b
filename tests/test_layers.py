"""The rooms of docs/architecture.md hold: import-linter's contracts (pyproject.toml).

The same check CI runs (``.ci/run``). A second run on a copy of the package
with one forbidden import added shows that the contracts do catch a breach.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _lint(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "import importlinter.cli as c; c.lint_imports_command()"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_layer_contracts_are_kept() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_ui_module_importing_the_store_breaks_a_contract(tmp_path) -> None:
    shutil.copytree(ROOT / "desktop_app", tmp_path / "desktop_app")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    leak = tmp_path / "desktop_app" / "ui" / "leak.py"
    leak.write_text("from desktop_app.store.models import Entry  # SQL in the UI\n")
    result = _lint(tmp_path)
    assert result.returncode == 1
    assert "desktop_app.ui.leak -> desktop_app.store.models" in result.stdout
