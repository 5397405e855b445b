"""The PySide6 6.12 / Python 3.11 ``None`` refcount fix keeps the interpreter alive."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if sys.argv[1] == "fix":
        from desktop_app.ui.pyside_fix import keep_none_alive
        keep_none_alive()
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    widget = QWidget()
    for i in range(20000):  # void Qt calls, as a busy afternoon makes
        widget.setObjectName("x")
    print("ok")
    """
)


def _run(mode: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, timeout=120
    )


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_no_longer_abort_the_interpreter() -> None:
    broken = _run("plain")
    if broken.returncode == 0:
        pytest.skip("this PySide6 no longer drops references to None")
    assert "none_dealloc" in broken.stderr
    fixed = _run("fix")
    assert fixed.returncode == 0, fixed.stderr
    assert fixed.stdout.strip() == "ok"
