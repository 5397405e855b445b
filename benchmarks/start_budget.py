"""Where the start's time goes, against the target of issue 19 (open <= 2x a bare window).

    python -m benchmarks.start_budget [--n 100000] [--repeat 7] [--postgres URL]
    python -m benchmarks.start_budget --database PATH_OR_URL       # any register

Fresh processes, run alternately, medians (each as ``benchmarks.bench_open`` runs them:
offscreen, the program's modules compiled, the user's settings of a warm day):

* a ladder from the interpreter alone to the program: the interpreter printing one
  line; the bare window (the baseline); the bare window that also makes the ``Qt``
  namespace's enum types (any table, alignment or item role needs them); that and
  the database driver as the program's first screen imports it (``sqlite3``, or
  ``psycopg2`` without Python's ``ssl``; peewee comes after the first screen since
  2026-12-06); the floor of ``bench_open`` (those and a 40-row
  ``QTableView`` shown and rendered); the program through its entry point;
* the program's own phases, from the first line of its process (the observer of
  ``bench_open`` notes when the Qt layer's package ``desktop_app.ui`` begins loading,
  when ``desktop_app.ui.app`` and ``desktop_app.ui.main_window`` end, when the event
  loop starts and when the rows are seen), and
  in one more untimed run the time Python's ``dataclasses`` take to make the program's
  classes before the event loop starts.

It prints what the target allows, what the libraries alone take and what is left
for the program, so that the distance to the target is measured, not argued.
Not a pass/fail figure; ``benchmarks.run --only open`` is.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from . import bench_open  # noqa: E402

INTERPRETER = r"""
import os
print("ready", flush=True)
os._exit(0)
"""


def _bare_with(lines: str) -> str:
    """The bare window's script with ``lines`` run before the window is made."""
    head, sep, tail = bench_open.BARE.partition("app = QApplication([])")
    assert sep, "bench_open.BARE no longer makes its QApplication as expected"
    return head + lines + sep + tail


# Put before the open figure's observer for one untimed run: a timer around
# dataclasses' making of each class; when the observer exits, the classes made
# before the event loop started (the observer's "exec" mark) and their time.
DATACLASS_TIMER = r"""
import dataclasses as _dc, os as _os, time as _time
_made = []  # (when done, seconds) a class
_process_class = _dc._process_class
def _timed_process_class(*args, **kwargs):
    started = _time.perf_counter()
    try:
        return _process_class(*args, **kwargs)
    finally:
        done = _time.perf_counter()
        _made.append((done, done - started))
_dc._process_class = _timed_process_class
_exit = _os._exit
def _exit_reporting(code):
    before = [spent for done, spent in _made if done < _T["exec"]]
    print(f"dataclasses {len(before)} {1000 * sum(before):.2f}", flush=True)
    _exit(code)
_os._exit = _exit_reporting
"""


QT = "from PySide6.QtCore import Qt\nQt.AlignmentFlag\n"
QT_NAMESPACE = _bare_with(QT)
# The database driver as the program's first screen imports it (services.first_screen:
# not peewee): sqlite3, or psycopg2 without Python's ssl (store.drivers).
LIBRARIES_SQLITE = _bare_with(QT + "import sqlite3\n")
LIBRARIES_POSTGRES = _bare_with(QT + bench_open.PSYCOPG2_WITHOUT_SSL)

# (label, phase's last mark) in the order the start passes them.
PHASES = (
    ("command line and the first screen's reader imported", "services"),
    ("PySide6, the Qt namespace and desktop_app.ui.app imported", "ui"),
    ("application, translations, first screen started, window's modules", "window_modules"),
    ("main window built and shown, first query started", "exec"),
    ("first rows in the table (query, event loop, first paint)", "rows"),
    ("rendered once more by the observer (grab)", "ready"),
)


def marks(line: str) -> dict[str, float]:
    """The observer's marks (ms from the script's first line) in its "ready" line."""
    return {k: float(v) for k, v in (w.split("=") for w in line.split()[2:])}


def measure(target: str, repeat: int) -> dict[str, list]:
    bench_open.compile_program()
    folder = Path(tempfile.mkdtemp(prefix="start-budget-"))
    other = folder / "bare"
    runs: dict[str, list] = {name: [] for name in ("interpreter", "bare", "qt", "libs", "floor")}
    runs["ours"], runs["marks"] = [], []
    try:
        warm = bench_open.warm_home(target, folder)
        env = bench_open.user_env(other)

        def ours() -> None:
            elapsed, line, _ = bench_open.ours(target, warm)
            runs["ours"].append(elapsed)
            runs["marks"].append(marks(line))

        def script(name: str, text: str, args: list[str]) -> Callable[[], None]:
            return lambda: runs[name].append(bench_open.run_script(text, args, env)[0])

        postgres = target.startswith("postgresql")
        steps = [
            script("interpreter", INTERPRETER, []),
            script("bare", bench_open.BARE, []),
            script("qt", QT_NAMESPACE, []),
            script("libs", LIBRARIES_POSTGRES if postgres else LIBRARIES_SQLITE, []),
            ours,
        ]
        if not postgres:
            steps.insert(4, script("floor", bench_open.FLOOR, [target]))
        for step in steps:  # untimed: the OS caches the program, the libraries, the file
            step()
        for name in runs:
            runs[name].clear()
        for i in range(repeat):
            for step in steps[:: -1 if i % 2 else 1]:
                step()
        args = ["open", "--database", target, "--lang", "sv"]
        rest = bench_open.run_script(
            DATACLASS_TIMER + bench_open.OURS, args, bench_open.user_env(warm)
        )[2]
        words = next(line for line in rest.splitlines() if line.startswith("dataclasses")).split()
        runs["dataclasses"] = [int(words[1]), float(words[2])]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return runs


def report(runs: dict[str, list], target: str, n: int | None) -> str:
    med = {
        k: statistics.median(v) * 1000
        for k, v in runs.items()
        if v and k not in ("marks", "dataclasses")
    }
    bare = med["bare"]
    where = f"{n} entries, " if n else ""
    backend = "PostgreSQL" if target.startswith("postgresql") else "SQLite"
    lines = [
        f"start budget ({where}{backend}, warm), medians of {len(runs['bare'])}, "
        "each step a fresh process, steps alternating:"
    ]
    ladder = [
        ("interpreter alone (one line printed)", "interpreter"),
        ("bare window (the baseline)", "bare"),
        ("+ the Qt namespace's enum types", "qt"),
        ("+ the database driver (sqlite3 / psycopg2)", "libs"),
        ("floor: + a 40-row QTableView over one SELECT", "floor"),
        ("the program, entry point to rows", "ours"),
    ]
    for label, key in ladder:
        if key in med:
            lines.append(f"  {label:<48} {med[key]:7.1f} ms  {med[key] / bare:5.2f}x")
    allowed = 2 * bare
    lines.append(f"  {'target: 2x the bare window':<48} {allowed:7.1f} ms  {2:5.2f}x")
    if "floor" in med:
        lines.append(
            f"  left for the program above the floor: {allowed - med['floor']:.1f} ms; "
            f"it takes {med['ours'] - med['floor']:.1f} ms"
        )
    lines.append("the program's phases (ms from its first line; medians of each phase):")
    previous = "start"
    for label, key in PHASES:
        spans = [m[key] - m[previous] for m in runs["marks"]]  # "start" is 0
        lines.append(f"  {label:<70} {statistics.median(spans):6.1f} ms")
        previous = key
    total = statistics.median(m["ready"] for m in runs["marks"])
    lines.append(f"  {'in all, first line to rendered':<70} {total:6.1f} ms")
    classes, spent = runs["dataclasses"]
    lines.append(
        f"  of which Python's dataclasses making {classes} classes before the event loop "
        f"{spent:.1f} ms (one more run, untimed, a timer around dataclasses._process_class)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.start_budget")
    parser.add_argument("--n", type=int, default=100000, help="entries (synthetic register)")
    parser.add_argument("--repeat", type=int, default=7, help="runs of each step")
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="the synthetic register's copy in this PostgreSQL database",
    )
    parser.add_argument("--database", help="any register file or postgresql:// URL instead")
    args = parser.parse_args(argv)
    if args.database:
        target, n = args.database, None
    else:
        from . import synthetic

        target, n = str(synthetic.ensure(args.n, quiet=True)), args.n
        if args.postgres:
            from . import synthetic_pg

            target = synthetic_pg.ensure(args.n, args.postgres, quiet=True)
    print(report(measure(target, args.repeat), target, n))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
