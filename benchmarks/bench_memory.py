"""The window process's memory: after opening, after scrolling, after Reviews due.

Ours: the program started through its entry point (``bench_open``'s
observer, a user folder where the register was opened today already), then,
in that same process: the RSS once the first screen is painted; the
register table scrolled from top to bottom in 50 steps, each step painted and
its rows read (the model's row cache at its bound); Reviews due shown, its
biggest group opened and scrolled through in 10 steps. Baseline: a fresh
process showing the same bare ``QMainWindow`` and holding all N grid rows as
tuples from one ``fetchall`` (what a program that keeps the register in
memory would pay). Target: <= 2x that, at every step.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .figures import Context, Figure, missing

TARGET_RATIO = 2.0
NAME = "window RSS"
MB = 1024 * 1024


def _until_idle(app, timeout: float = 120.0) -> None:
    from PySide6.QtCore import QEventLoop

    from desktop_app.ui.runner import runner

    started = time.perf_counter()
    while runner().is_busy() and time.perf_counter() - started < timeout:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    app.processEvents()


def _scroll(app, table, steps: int) -> None:
    bar = table.verticalScrollBar()
    for step in range(steps + 1):
        bar.setValue(bar.maximum() * step // steps)
        table.viewport().repaint()
        _until_idle(app)
        table.viewport().repaint()


def window_phases(app, window, rss) -> None:
    """In the window's process (``bench_open`` MODE rss): print the RSS after each phase."""
    import gc

    _until_idle(app)
    gc.collect()
    out = {"open": rss(), "rows": window.register_view.model.rowCount()}
    _scroll(app, window.register_view.table, 50)
    gc.collect()
    out["scrolled"] = rss()
    page = window.show_section("reviews_due")
    _until_idle(app)
    groups = page.groups()
    if groups:
        key, _, ids = max(groups, key=lambda g: len(g[2]))
        page.expand_group(key, True)
        _until_idle(app)
        _scroll(app, page.table, 10)
        out["due_group"] = len(ids)
    gc.collect()
    out["reviews_due"] = rss()
    print(json.dumps(out), flush=True)


BASELINE = r"""
import json, os, sys
from PySide6.QtWidgets import QApplication, QMainWindow
sys.path.insert(0, os.getcwd())
from benchmarks import bare
app = QApplication([])
window = QMainWindow()
window.resize(1400, 850)
window.show()
app.processEvents()
window.grab()
conn = bare.connect(sys.argv[1])
cur = conn.cursor()
cur.execute(bare.ROW_SQL + " WHERE NOT e.archived")
rows = cur.fetchall()
with open("/proc/self/status", encoding="ascii") as f:
    rss = next(int(l.split()[1]) * 1024 for l in f if l.startswith("VmRSS:"))
print(json.dumps({"rss": rss, "rows": len(rows)}))
os._exit(0)
"""


def measure(ctx: Context) -> list[Figure]:
    if not Path("/proc/self/status").exists():
        return [missing(NAME, "needs Linux /proc to read the RSS", TARGET_RATIO)]
    from . import bench_open

    target = str(ctx.path)
    folder = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    try:
        home = bench_open.warm_home(target, folder)
        _, _, rest = bench_open.ours(target, home, mode="rss")
        ours = json.loads(rest.strip().splitlines()[-1])
        result = subprocess.run(
            [sys.executable, "-c", BASELINE, target],
            capture_output=True,
            text=True,
            timeout=600,
            env=bench_open.user_env(folder / "bare"),
            cwd=bench_open.ROOT,
        )
        if result.returncode != 0:
            raise RuntimeError(result.stderr.strip().splitlines()[-1:])
        base = json.loads(result.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    baseline = base["rss"] / MB
    note_base = f"baseline: bare window + {base['rows']} rows as tuples"
    return [
        Figure(
            f"window RSS ({ctx.n}) after open",
            ours["open"] / MB,
            baseline,
            target_ratio=TARGET_RATIO,
            unit="MB",
            note=f"{ours['rows']} rows in the view; {note_base}",
        ),
        Figure(
            f"window RSS ({ctx.n}) after scrolling",
            ours["scrolled"] / MB,
            baseline,
            target_ratio=TARGET_RATIO,
            unit="MB",
            note="the table top to bottom in 50 painted steps",
        ),
        Figure(
            f"window RSS ({ctx.n}) after Reviews due",
            ours["reviews_due"] / MB,
            baseline,
            target_ratio=TARGET_RATIO,
            unit="MB",
            note=f"biggest group ({ours.get('due_group', 0)}) opened, scrolled in 10 steps",
        ),
    ]


if __name__ == "__main__":  # pragma: no cover - kept for old command lines
    print("run: python -m benchmarks.run --only memory", file=sys.stderr)
    sys.exit(2)
