"""The benchmark run of issue 8: one line per figure, ours against the library's own cost.

    python -m benchmarks.run [--n 100000] [--repeat 5] [--only search sort ...] [--quick]

Builds (or reuses, from build/bench/) a synthetic register of N entries and
measures each figure against its baseline in the same run on the same data.
The heavy figures (export, import, memos) run ``--heavy-repeat`` times on
``--heavy-n`` entries (default N; the whole run takes about 10 minutes on an
idle 2-core machine, give ``--heavy-n 20000`` for a shorter one) and
``--memos`` memos (1000). ``--quick`` is
N=10,000 with fewer repeats. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sqlite3
import sys
import time
import traceback

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from . import synthetic  # noqa: E402
from .figures import Context, Figure  # noqa: E402

# name -> (module, what the line is called when the module cannot run, target ratio)
BENCHES: dict[str, tuple[str, str, float]] = {
    "search": ("benchmarks.bench_search", "search-as-you-type (per keystroke)", 3.0),
    "sort": ("benchmarks.bench_sort", "sort by any column (worst column)", 3.0),
    "open": ("benchmarks.bench_open", "open the register (process start to rows)", 2.0),
    "export": ("benchmarks.bench_export", "export to the register workbook", 1.2),
    "import": ("benchmarks.bench_import", "import a register workbook", 3.0),
    "memos": ("benchmarks.bench_memos", "renewal memos in one PDF/A", 1.5),
    "memory": ("benchmarks.bench_memory", "peak memory, register open", 2.0),
    "reviews": ("benchmarks.bench_reviews", "Reviews due: UI stall, idle RSS", 1.1),
}


def machine() -> str:
    cpu = "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        cpu = platform.processor() or "?"
    from PySide6 import __version__ as pyside

    return (
        f"{os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, PySide6 {pyside}"
    )


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--n", type=int, default=None, help="entries (default 100000)")
    parser.add_argument("--repeat", type=int, default=None, help="runs per light figure (5)")
    parser.add_argument("--heavy-n", type=int, default=None, help="entries to export/import (N)")
    parser.add_argument("--heavy-repeat", type=int, default=None, help="runs per heavy figure (3)")
    parser.add_argument("--memos", type=int, default=None, help="memos in the PDF (1000)")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHES), help="figures to run")
    parser.add_argument("--quick", action="store_true", help="N=10000, 3 repeats, 2 heavy")
    parser.add_argument("--rebuild", action="store_true", help="build the register again")
    parser.add_argument("--markdown", action="store_true", help="also print a Markdown table")
    parser.add_argument("-v", "--verbose", action="store_true", help="tracebacks of failures")
    args = parser.parse_args(argv)
    quick = args.quick
    args.n = args.n or (10_000 if quick else 100_000)
    args.repeat = args.repeat or (3 if quick else 5)
    args.heavy_n = min(args.heavy_n or args.n, args.n)
    args.heavy_repeat = args.heavy_repeat or (2 if quick else 3)
    args.memos = args.memos or (200 if quick else 1000)
    return args


def run_one(name: str, ctx: Context) -> list[Figure]:
    module_name, title, target = BENCHES[name]
    try:
        module = importlib.import_module(module_name)
        return module.measure(ctx)
    except Exception as exc:  # one figure's failure must not hide the others
        if ctx.verbose:
            traceback.print_exc()
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:160]
        return [Figure(title, target_ratio=target, missing=reason)]


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    print(f"machine: {machine()}")
    started = time.perf_counter()
    path = synthetic.ensure(args.n, rebuild=args.rebuild)
    print(f"register: {args.n} entries in {path} (generator v{synthetic.GENERATOR_VERSION})")
    ctx = Context(
        n=args.n,
        repeat=args.repeat,
        heavy_n=args.heavy_n,
        heavy_repeat=args.heavy_repeat,
        memos=args.memos,
        path=path,
        verbose=args.verbose,
    )
    print(
        f"repeats: {args.repeat} (heavy: {args.heavy_repeat} on {args.heavy_n} entries, "
        f"{args.memos} memos); medians\n"
    )
    figures: list[Figure] = []
    for name in args.only or list(BENCHES):
        for figure in run_one(name, ctx):
            figures.append(figure)
            print(figure.line(), flush=True)
            for detail in figure.details:
                print(detail, flush=True)
    print(f"\n{time.perf_counter() - started:.0f} s in all")
    if args.markdown:
        print("\n| operation | ours | baseline | ratio | target | result |")
        print("|---|---|---|---|---|---|")
        for figure in figures:
            print(figure.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
