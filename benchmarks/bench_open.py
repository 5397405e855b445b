"""Opening the register through the program's own entry point, cold and warm.

Ours: a fresh process runs ``desktop_app.main.main(["--database", PATH])``,
exactly what ``avtalsregister`` / ``python -m desktop_app`` does (argument
parser, QApplication, translators, the register opened, migrations, the main
window with the user's saved settings, its first query). The only addition
is an observer: ``QApplication.exec`` is wrapped (once the program has
imported ``desktop_app.ui.app``, so Qt comes in when the program brings it)
so that a 1 ms timer looks for the main window showing rows; then the window is rendered once
(``grab``: the first screen's cells are really asked for) and the process
prints "ready". The parent times ``Popen`` to that line.

* **cold**: the first start of the day: the user's settings as the warm
  folder has them (this register opened before) and a data folder without a
  backup of today, so the integrity check runs and the day's backup starts,
  as every morning. (Until 2026-12-04 the cold folder was empty, settings
  included: a first-ever start, which also wrote the settings file; a
  registrar's first start of the day has them. The OS page cache stays warm:
  we cannot drop it without root; a cold disk makes the check seconds longer.)
* **warm**: a later start the same day: today's backup exists (made once,
  untimed, by opening the register as the program does and waiting for the
  backup), so the check is skipped. The window's settings are those of a
  start closed as a user closes it (one more untimed start, mode "close").

Baseline: a fresh process showing an empty ``QMainWindow`` of the same size,
rendered once. Cold, warm and bare runs alternate. Target (issue 19): <= 2x
the bare window, cold included.

Floor (printed under the figures, SQLite only; not the product): what any
register window on this stack does at least - the file opened with
``sqlite3``, one SELECT of 40 rows by an index, a ``QTableView`` over a
minimal model, shown and rendered once - so that the distance between the
target and what the libraries alone cost is measured, not guessed. (Until
2026-12-06 the floor imported peewee too, ~40 ms: the program then read its
first screen through it; it no longer does, ``services.first_screen``. Until
2026-12-05 it imported psycopg2 and ssl as well.)

Both run as installed: the program's modules compiled once beforehand (pip
and the bundle do that; PySide6's are compiled in site-packages). Without
it, a session with ``PYTHONDONTWRITEBYTECODE`` set compiles every module of
the program at every start (~150 ms at 100k on the shared machine), which
no installed copy does.
"""

from __future__ import annotations

import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .figures import Context, Figure

TARGET_RATIO = 2.0
ROOT = Path(__file__).resolve().parents[1]

# The observer around the real entry point. MODE "open": print "ready" and exit;
# MODE "rss": then scroll the register, open Reviews due and print the RSS;
# MODE "close": then close the window as a user does (its settings are saved).
OURS = r"""
import importlib.util, os, sys, time
_T = {"start": time.perf_counter()}  # when the script's first line ran (benchmarks.start_budget)
MODE = sys.argv[1]

def _rss():
    with open("/proc/self/status", encoding="ascii") as f:
        return next(int(l.split()[1]) * 1024 for l in f if l.startswith("VmRSS:"))

_timer = []

def _ready(app, window):
    view = window.register_view
    _T["rows"] = time.perf_counter()
    window.grab()
    _T["ready"] = time.perf_counter()
    marks = " ".join(f"{k}={1000 * (t - _T['start']):.2f}" for k, t in _T.items())
    print("ready", view.model.rowCount(), marks, flush=True)
    if MODE == "rss":
        from benchmarks.bench_memory import window_phases
        window_phases(app, window, _rss)
    if MODE == "close":  # as a user closes it, once complete: the settings are saved
        from PySide6.QtCore import QTimer
        def close():
            if window.is_complete:
                window.close()
                app.quit()
            else:
                QTimer.singleShot(10, close)
        close()
        return
    os._exit(0)

def _observe():
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    _exec = QApplication.exec

    def _watch(app):
        _T["exec"] = time.perf_counter()
        timer = QTimer()
        timer.setInterval(1)
        def poll():
            for w in QApplication.topLevelWidgets():
                view = getattr(w, "register_view", None)
                if view is not None and w.isVisible() and view.model.rowCount() > 0:
                    timer.stop()
                    _ready(app, w)
        timer.timeout.connect(poll)
        timer.start()
        _timer.append(timer)
        return _exec()

    QApplication.exec = _watch

# Qt is imported when the program imports it (as it starts without the observer):
# the wrap is put in place right after desktop_app.ui.app is loaded. A plain class
# (no importlib.abc): the observer imports nothing the program would not. It also
# notes when the Qt layer's package begins loading (it imports PySide6 first,
# since 2026-12-05) and when those two modules end (the start's phases).
class _AfterUiApp:
    WATCHED = {"desktop_app.ui.app": "ui", "desktop_app.ui.main_window": "window_modules"}

    def find_spec(self, name, path, target=None):
        if name == "desktop_app.ui":
            _T.setdefault("services", time.perf_counter())
            return None
        mark = self.WATCHED.get(name)
        if mark is None:
            return None
        sys.meta_path.remove(self)  # (find_spec below asks the meta path again)
        spec = importlib.util.find_spec(name)
        if mark == "ui":
            sys.meta_path.insert(0, self)  # the main window's modules are still to come
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            _T[mark] = time.perf_counter()
            if mark == "ui":
                _observe()
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, _AfterUiApp())
from desktop_app.main import main
sys.exit(main(sys.argv[2:]))
"""

# psycopg2 without Python's ssl, as the program imports it (store.drivers): ssl is
# None in sys.modules for that one import.
PSYCOPG2_WITHOUT_SSL = r"""
import sys
sys.modules["ssl"] = None
import psycopg2
del sys.modules["ssl"]
"""

FLOOR = r"""
import os
import sqlite3
import sys
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT case_number, title, kind, counterparty_names, next_review_date, status "
    "FROM entry WHERE archived = 0 ORDER BY next_review_date LIMIT 40"
).fetchall()
class Model(QAbstractTableModel):
    def rowCount(self, parent=None):
        return len(rows)
    def columnCount(self, parent=None):
        return 6
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(rows[index.row()][index.column()])
        return None
app = QApplication([])
window = QMainWindow()
window.resize(1400, 850)
table = QTableView(window)
model = Model()
table.setModel(model)
window.setCentralWidget(table)
window.show()
app.processEvents()
window.grab()
print("ready", flush=True)
os._exit(0)
"""

BARE = r"""
import os
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


def user_env(home: Path) -> dict[str, str]:
    """The environment of a user whose data and settings live under ``home``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        AVTALSREGISTER_USER="bench",
        AVTALSREGISTER_LANG="sv",
    )
    env.pop("AVTALSREGISTER_DATABASE", None)
    return env


def run_script(script: str, args: list[str], env: dict[str, str]) -> tuple[float, str, str]:
    """Seconds from Popen to the "ready" line, that line, and what else was printed."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
        env=env,
        cwd=ROOT,
    )
    line, extra = first_line(proc.stdout.fileno()) if proc.stdout else (b"", b"")
    elapsed = time.perf_counter() - started
    rest, err = proc.communicate(timeout=900)
    text = line.decode()
    if not text.startswith("ready"):
        lines = err.decode(errors="replace").strip().splitlines()
        raise RuntimeError(f"the window did not come up: {lines[-3:]}")
    return elapsed, text.strip(), (extra + rest).decode()


def first_line(fd: int) -> tuple[bytes, bytes]:
    """The first line read from the pipe itself, and what arrived with it.

    Until 2026-12-05 a buffered ``readline`` read it, and ``communicate`` then
    read the pipe past that buffer: lines printed right after "ready" (the
    dataclasses' time of ``start_budget``) were lost whenever they arrived
    together with it."""
    data = b""
    while b"\n" not in data:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        data += chunk
    line, _, extra = data.partition(b"\n")
    return line, extra


def ours(target: str, home: Path, mode: str = "open") -> tuple[float, str, str]:
    return run_script(OURS, [mode, "--database", target, "--lang", "sv"], user_env(home))


def bare(home: Path) -> float:
    return run_script(BARE, [], user_env(home))[0]


def floor(target: str, home: Path) -> float:
    return run_script(FLOOR, [target], user_env(home))[0]


WARM_UP = r"""
import sys
from desktop_app.services.session import open_register
from desktop_app.store.backups import wait_for_backups
open_register(sys.argv[1], create=False)
wait_for_backups()
"""


def warm_home(target: str, folder: Path) -> Path:
    """A user folder where the register was opened once today (check done, backup made)."""
    home = folder / "warm"
    subprocess.run(
        [sys.executable, "-c", WARM_UP, target], check=True, env=user_env(home), cwd=ROOT
    )
    return home


def compile_program() -> None:
    """The program's modules compiled, as an installed copy has them."""
    compileall.compile_dir(str(ROOT / "desktop_app"), quiet=1)


def measure(ctx: Context) -> list[Figure]:
    compile_program()
    target = str(ctx.path)
    sqlite = not target.startswith("postgresql")
    folder = Path(tempfile.mkdtemp(prefix="bench-open-"))
    try:
        warm = warm_home(target, folder)
        # Untimed: the OS caches the program and the register; closed as a user
        # closes it, so that the window's settings are saved as every day's are.
        ours(target, warm, "close")
        bare(folder / "bare")
        cold_s: list[float] = []
        warm_s: list[float] = []
        base_s: list[float] = []
        floor_s: list[float] = []
        rows = "?"
        for i in range(ctx.repeat):
            cold = folder / f"cold{i}"
            shutil.copytree(warm / "config", cold / "config")  # the settings of yesterday
            steps = [
                lambda cold=cold: cold_s.append(ours(target, cold)[0]),
                lambda: base_s.append(bare(folder / "bare")),
                lambda: warm_s.append(ours(target, warm)[0]),
                lambda: base_s.append(bare(folder / "bare")),
            ]
            if sqlite:
                steps.append(lambda: floor_s.append(floor(target, folder / "bare")))
            for step in steps[:: -1 if i % 2 else 1]:
                step()
            shutil.rmtree(cold, ignore_errors=True)  # a half backup the exit cut short
        rows = ours(target, warm)[1].split()[1]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    base = statistics.median(base_s)
    cold_note = (
        "first start of the day: integrity check, daily backup started"
        if sqlite
        else "first start of the day (no integrity check or backup on PostgreSQL)"
    )
    figures = [
        Figure(
            f"open ({ctx.n}), cold: entry point to rows",
            statistics.median(cold_s),
            base,
            target_ratio=TARGET_RATIO,
            note=f"{cold_note}; {rows} rows; baseline: bare QMainWindow",
        ),
        Figure(
            f"open ({ctx.n}), warm: entry point to rows",
            statistics.median(warm_s),
            base,
            target_ratio=TARGET_RATIO,
            note="later start the same day; baseline: bare QMainWindow",
        ),
    ]
    if floor_s:
        low = statistics.median(floor_s)
        figures[-1].details = [
            f"    floor of the libraries alone (sqlite3, one SELECT, a 40-row QTableView): "
            f"{low * 1000:.1f} ms = {low / base:.2f}x the bare window"
        ]
    return figures
