"""Figure 7: peak memory with the N-entry register open, against rows held as tuples.

Each side runs in its own fresh process, so that neither inherits the
other's heap. Both import the same libraries and open a ``QApplication``
first; then the kernel's peak-RSS mark is reset (``/proc/self/clear_refs``)
and the RSS noted. Ours: the shell's ``RegisterTableModel`` in a shown
``QTableView`` with the whole register's filter, the first screen read, and
then the view scrolled down page by page until the model's row cache is full
(``CACHE_LIMIT`` rows, the most it keeps). Baseline: Python holding all N
register rows (the grid's columns, joined) as tuples from one ``fetchall``.
The figure is the growth of the peak RSS (VmHWM) over the starting RSS.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .figures import Context, Figure, missing

TARGET_RATIO = 2.0
NAME = "peak memory, register open"


def _status() -> dict[str, int]:
    out = {}
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) * 1024
    return out


def _reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")  # resets VmHWM to the current RSS (Linux >= 4.0)
    except OSError:
        pass


def child(mode: str, path: str) -> dict:
    """Runs in the measuring subprocess; returns bytes of peak growth and what was held."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import gc
    import sqlite3

    from PySide6.QtWidgets import QTableView

    from desktop_app.services.register import RegisterFilter
    from desktop_app.services.session import open_register
    from desktop_app.ui.app import make_application  # with the PySide fix
    from desktop_app.ui.register.model import CACHE_LIMIT, RegisterTableModel

    from . import bare

    app = make_application()
    if mode == "ours":
        open_register(path, create=False)
    gc.collect()
    _reset_peak()
    before = _status()["VmRSS"]
    held: object
    if mode == "ours":
        model = RegisterTableModel()
        view = QTableView()
        view.setModel(model)
        view.resize(1400, 800)
        view.show()
        model.set_filter(RegisterFilter())
        app.processEvents()
        rows = model.rowCount()
        step = 40
        for top in range(0, min(rows, CACHE_LIMIT), step):
            view.scrollTo(model.index(top, 0))
            for r in range(top, min(top + step, rows)):
                model.data(model.index(r, 1))
        app.processEvents()
        held = (model, view)
        count = rows
        cached = len(getattr(model, "_cache", ()))
    else:
        conn = sqlite3.connect(path)
        held = conn.execute(bare.ROW_SQL + " WHERE e.archived = 0").fetchall()
        count = len(held)
        cached = count
    gc.collect()
    peak = _status()["VmHWM"]
    del held
    return {"growth": peak - before, "rows": count, "cached": cached}


def _spawn(mode: str, path: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_memory", mode, str(path)],
        capture_output=True,
        text=True,
        timeout=600,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=Path(__file__).resolve().parents[1],
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip().splitlines()[-1:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure(ctx: Context) -> list[Figure]:
    if not Path("/proc/self/status").exists():
        return [missing(NAME, "needs Linux /proc to read peak RSS", TARGET_RATIO)]
    ours = _spawn("ours", Path(ctx.path))
    base = _spawn("baseline", Path(ctx.path))
    mb = 1024 * 1024
    return [
        Figure(
            f"peak memory, {ctx.n}-entry register open",
            ours["growth"] / mb,
            base["growth"] / mb,
            target_ratio=TARGET_RATIO,
            unit="MB",
            note=f"{ours['rows']} ids, {ours['cached']} rows cached; "
            f"baseline {base['rows']} rows as tuples",
        )
    ]


if __name__ == "__main__":
    print(json.dumps(child(sys.argv[1], sys.argv[2])))
