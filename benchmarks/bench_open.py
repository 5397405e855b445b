"""Figure 3: opening the register, from process start to the window shown with rows.

Ours: a fresh Python process that does what ``avtalsregister-gui`` does
(``ui.app.make_application``, translators, ``services.session.open_register``
with its integrity check and migrations, ``ui.main_window.MainWindow``,
``show``), waits until the register view's model has its rows and renders the
window once (``grab``, so the first screen's cells are really asked for),
then prints "ready". ``persist=False`` keeps the user's QSettings out of it.
Baseline: a fresh process showing an empty ``QMainWindow`` of the same size
and rendering it once. Both are timed by the parent from ``Popen`` to the
"ready" line; one untimed run of each first (disk cache, the daily backup).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .figures import Context, Figure, missing

TARGET_RATIO = 2.0
NAME = "open the register (process start to rows)"

OURS = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from desktop_app.ui.app import make_application
from desktop_app.ui.resources import install_translators
from desktop_app.services.session import open_register
from desktop_app.ui.main_window import MainWindow
app = make_application([])
install_translators("sv")
info = open_register(sys.argv[1], create=False)
window = MainWindow(info, persist=False)
window.show()
view = window.register_view
while view.model.rowCount() == 0:  # rows shown; status-bar totals may still come
    app.processEvents()
window.grab()
print("ready", view.model.rowCount(), flush=True)
os._exit(0)
"""

BARE = r"""
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1400, 850)
window.show()
app.processEvents()
window.grab()
print("ready", flush=True)
os._exit(0)
"""


def _run(script: str, *args: str) -> tuple[float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )
    line = proc.stdout.readline() if proc.stdout else ""
    elapsed = time.perf_counter() - started
    _, err = proc.communicate(timeout=120)
    if not line.startswith("ready"):
        raise RuntimeError(f"the window did not come up: {err.strip().splitlines()[-1:]}")
    return elapsed, line.strip()


def measure(ctx: Context) -> list[Figure]:
    try:
        from desktop_app.ui.main_window import MainWindow  # noqa: F401
    except ImportError as exc:
        return [missing(NAME, f"the main window is not there yet ({exc})", TARGET_RATIO)]
    path = str(ctx.path)
    _, ready = _run(OURS, path)  # warm: disk cache, today's automatic backup
    _run(BARE)
    ours: list[float] = []
    base: list[float] = []
    for _ in range(ctx.repeat):
        ours.append(_run(OURS, path)[0])
        base.append(_run(BARE)[0])
    rows = ready.split()[1] if len(ready.split()) > 1 else "?"
    return [
        Figure(
            f"open the register ({ctx.n} entries) to rows shown",
            statistics.median(ours),
            statistics.median(base),
            target_ratio=TARGET_RATIO,
            note=f"{rows} rows in the view; baseline: empty QMainWindow",
        )
    ]
