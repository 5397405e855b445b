"""Reviews due at N entries: the longest UI-thread stall, and the window's RSS while idle.

Issue 19: at 100,000 entries the old page froze the window for 0.4-0.6 s
when the Overdue group opened (1.2-1.8 s at 300,000) and grew from 210 MB
to 1.1 GB in an idle minute. This runs the real main window in a fresh
process (``child``) on the synthetic register and measures what a registrar
feels:

* **stalls**: a ``QTimer`` heartbeat (every 5 ms, precise) runs on the UI
  thread while each action is started from the event loop and until the
  runner has been idle for 300 ms (the rows read, painted, and nothing
  more asked). The longest gap between two beats is the longest time the
  window could not answer. Actions: switch to Reviews due (page built,
  index read), open the biggest group, scroll through it to ten places,
  tick and untick "Show all live entries", F5, close the group. The
  baseline is the same heartbeat over an idle stretch of the same window
  before any action: the machine's own jitter. Target: <= 100 ms.
* **idle RSS**: with the page open (biggest group open, scrolled), the
  process's RSS before and after ``--idle`` seconds (300 by default, 30
  with ``--quick``), sampled every 10 s, with the runner's jobs counted by
  lane meanwhile: the window's 15 s poll for other registrars' changes
  (one MAX() a tick) runs as it does for the user; any other job (the
  page's reads) is a MISS. Target: after/before <= 1.1.

    python -m benchmarks.bench_reviews [--n 300000] [--idle 300]
    python -m benchmarks.run --only reviews          # within the whole run
"""

from __future__ import annotations

import argparse
import compileall
import gc
import json
import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from .figures import Context, Figure

TARGET_STALL = 0.100
TARGET_RSS = 1.10
HEARTBEAT_MS = 5
SETTLE_MS = 300
IDLE_ENV = "BENCH_REVIEWS_IDLE"  # seconds of idle time; default 300 (30 with --quick)


class _Statements(logging.Handler):
    """Counts the SQL statements peewee executes (it logs each at DEBUG)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0
        self._lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self._lock:
            self.count += 1


def child(path: str, idle_seconds: float) -> dict:
    """Runs in the measuring process: the real window on the register at ``path``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["AVTALSREGISTER_BACKUPS"] = "0"  # no daily copy of a 270 MB file mid-run
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from desktop_app.services.session import open_register
    from desktop_app.ui.app import make_application
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.resources import install_translators
    from desktop_app.ui.runner import runner

    from .rss import rss_bytes

    app = make_application([])
    install_translators("sv")
    info = open_register(path, create=False)
    window = MainWindow(info, persist=False)
    window.resize(1400, 850)
    window.show()

    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))

    def run_until_quiet(timeout_s: float = 120.0) -> float:
        """Run the event loop until the runner has been idle for SETTLE_MS; seconds taken."""
        loop = QEventLoop()
        started = time.perf_counter()
        quiet_since = [None]

        def check() -> None:
            now = time.perf_counter()
            if runner().is_busy():
                quiet_since[0] = None
            elif quiet_since[0] is None:
                quiet_since[0] = now
            elif now - quiet_since[0] >= SETTLE_MS / 1000:
                loop.quit()
            if now - started > timeout_s:
                loop.quit()

        poll = QTimer()
        poll.setInterval(10)
        poll.timeout.connect(check)
        poll.start()
        loop.exec()
        poll.stop()
        return time.perf_counter() - started - SETTLE_MS / 1000

    def stall(action) -> tuple[float, float]:
        """(longest gap between beats, seconds until quiet) while ``action`` runs."""
        gc.collect()
        beats.clear()
        beats.append(time.perf_counter())
        heartbeat.start()
        QTimer.singleShot(0, action)
        took = run_until_quiet()
        heartbeat.stop()
        beats.append(time.perf_counter())
        gaps = [b - a for a, b in zip(beats, beats[1:], strict=False)]
        return max(gaps), took

    run_until_quiet()  # the register's first screen and totals
    app.processEvents()
    idle_gap, _ = stall(lambda: None)  # the heartbeat alone: the machine's jitter
    results: dict[str, tuple[float, float]] = {}
    page_box: list = []
    results["switch to Reviews due"] = stall(
        lambda: page_box.append(window.show_section("reviews_due"))
    )
    page = page_box[0]
    groups = page.groups()
    biggest = max(groups, key=lambda g: len(g[2]))
    for key, _, _ in groups:  # start from closed groups, as on a large register
        page.expand_group(key, False)
    run_until_quiet()
    results[f"open the biggest group ({len(biggest[2])})"] = stall(
        lambda: page.expand_group(biggest[0], True)
    )
    bar = page.table.verticalScrollBar()
    scroll_worst, scroll_took = 0.0, 0.0
    for step in range(1, 11):
        gap, took = stall(lambda s=step: bar.setValue(bar.maximum() * s // 10))
        scroll_worst, scroll_took = max(scroll_worst, gap), max(scroll_took, took)
    results["scroll the group (10 places)"] = (scroll_worst, scroll_took)
    bar.setValue(bar.maximum() // 2)
    run_until_quiet()
    results["tick Show all live entries"] = stall(lambda: page.show_all.setChecked(True))
    results["untick Show all live entries"] = stall(lambda: page.show_all.setChecked(False))
    results["F5 (read the page again)"] = stall(window.reload)
    results["close the biggest group"] = stall(lambda: page.expand_group(biggest[0], False))
    page.expand_group(biggest[0], True)
    bar.setValue(bar.maximum() // 3)
    run_until_quiet()
    after_actions = rss_bytes()

    # Idle: nothing may be read, nothing may grow.
    statements = _Statements()
    logger = logging.getLogger("peewee")
    logger.addHandler(statements)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    lanes: list[str | None] = []
    hook = lambda job: lanes.append(job.lane)  # noqa: E731 - runs on the worker
    runner().add_start_hook(hook)
    gc.collect()
    before = rss_bytes()
    samples = [before]
    loop = QEventLoop()
    sampler = QTimer()
    sampler.setInterval(10_000)
    sampler.timeout.connect(lambda: samples.append(rss_bytes()))
    sampler.start()
    QTimer.singleShot(int(idle_seconds * 1000), loop.quit)
    loop.exec()
    sampler.stop()
    gc.collect()
    after = rss_bytes()
    samples.append(after)
    return {
        "idle_gap": idle_gap,
        "stalls": results,
        "groups": len(groups),
        "due": sum(len(g[2]) for g in groups),
        "rss_after_actions": after_actions,
        "rss_before": before,
        "rss_after": after,
        "rss_min": min(samples),
        "rss_max": max(samples),
        "idle_seconds": idle_seconds,
        "idle_statements": statements.count,
        "idle_polls": lanes.count("poll"),
        "idle_jobs": len(lanes) - lanes.count("poll"),
    }


def _spawn(path: Path, idle_seconds: float) -> dict:
    # As installed: the program's modules compiled once (pip does it), not compiled
    # again in every process because PYTHONDONTWRITEBYTECODE is set here.
    root = Path(__file__).resolve().parents[1]
    compileall.compile_dir(str(root / "desktop_app"), quiet=1)
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_reviews", "--child", str(path), str(idle_seconds)],
        capture_output=True,
        text=True,
        timeout=idle_seconds + 900,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=root,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip().splitlines()[-1:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def figures(n: int, out: dict) -> list[Figure]:
    mb = 1024 * 1024
    stalls = out["stalls"]
    worst = max(gap for gap, _ in stalls.values())
    stall_figure = Figure(
        f"Reviews due ({n}): longest UI stall",
        worst,
        out["idle_gap"],
        target_abs=TARGET_STALL,
        note=f"{out['due']} due in {out['groups']} groups; baseline: heartbeat alone",
    )
    stall_figure.details = [
        f"    {name:<40} stall {gap * 1000:6.1f} ms   done in {took * 1000:7.1f} ms"
        for name, (gap, took) in stalls.items()
    ]
    rss_figure = Figure(
        f"Reviews due ({n}): RSS after {out['idle_seconds']:g} s idle",
        out["rss_after"] / mb,
        out["rss_before"] / mb,
        target_ratio=TARGET_RSS,
        unit="MB",
        note=f"idle: {out['idle_jobs']} page jobs; {out['idle_polls']} change polls "
        f"({out['idle_statements']} SQL statements)",
    )
    rss_figure.details = [
        f"    RSS after the actions {out['rss_after_actions'] / mb:.1f} MB; while idle "
        f"{out['rss_min'] / mb:.1f}-{out['rss_max'] / mb:.1f} MB"
    ]
    if out["idle_jobs"]:
        rss_figure.note += " (MISS: an idle page must ask nothing)"
        rss_figure.target_ratio = 0.0
    return [stall_figure, rss_figure]


def measure(ctx: Context) -> list[Figure]:
    idle = float(os.environ.get(IDLE_ENV) or (300 if ctx.repeat >= 5 else 30))
    return figures(ctx.n, _spawn(Path(ctx.path), idle))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_reviews")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--idle", type=float, default=300.0, help="seconds of idle time")
    parser.add_argument("--child", nargs=2, metavar=("PATH", "IDLE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], float(args.child[1]))))
        return 0
    from . import synthetic

    path = synthetic.ensure(args.n)
    for figure in figures(args.n, _spawn(path, args.idle)):
        print(figure.line())
        for detail in figure.details:
            print(detail)
    return 0


if __name__ == "__main__":
    sys.exit(main())
