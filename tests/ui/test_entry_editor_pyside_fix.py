"""Signals emitted from Python (the editor emits one per keystroke) must not
abort the interpreter: PySide6 6.12 on Python 3.11 drops a reference to True
per ``emit()``; ``ui.pyside_fix.keep_none_alive`` covers True and False too.
"""

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
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Form(QObject):
        changed = Signal()

    app = QCoreApplication([])
    form = Form()
    form.changed.connect(lambda: None)
    for i in range(20000):  # a morning of typing in the editor
        form.changed.emit()
    print("ok")
    """
)


def _run(mode: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, timeout=120
    )


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_python_emits_no_longer_abort_the_interpreter() -> None:
    broken = _run("plain")
    if broken.returncode == 0:
        pytest.skip("this PySide6 no longer drops references to True")
    assert "bool_dealloc" in broken.stderr
    fixed = _run("fix")
    assert fixed.returncode == 0, fixed.stderr
    assert fixed.stdout.strip() == "ok"
