"""The benchmark run of issue 8: one line per figure, ours against the library's own cost.

    python -m benchmarks.run [--n 100000] [--repeat 5] [--only search sort ...] [--quick]
    python -m benchmarks.run --scale 10000,100000,300000     # the scaling table

With ``AVTALSREGISTER_TEST_POSTGRES`` set to a ``postgresql://`` URL, every light
figure (search, sort, open, memory) runs on PostgreSQL too, right after its
SQLite line, labelled ``[postgresql]`` (``benchmarks.synthetic_pg`` copies the
same register into a schema of that database once).

Builds (or reuses, from build/bench/) a synthetic register of N entries and
measures each figure against its baseline in the same run on the same data.
The heavy figures (export, import, memos) run ``--heavy-repeat`` times on
``--heavy-n`` entries (default N; the whole run takes about 15 minutes on an
idle 2-core machine, give ``--heavy-n 20000`` for a shorter one) and
``--memos`` memos (1000). ``--quick`` is
N=10,000 with fewer repeats. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import dataclasses
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
    "search": ("benchmarks.bench_search", "search, keystroke to paint", 3.0),
    "sort": ("benchmarks.bench_sort", "sort by any column, click to paint", 3.0),
    "open": ("benchmarks.bench_open", "open through the entry point", 2.0),
    "export": ("benchmarks.bench_export", "export to the register workbook", 1.2),
    "import": ("benchmarks.bench_import", "import a register workbook", 3.0),
    "memos": ("benchmarks.bench_memos", "renewal memos in one PDF/A", 1.5),
    "memory": ("benchmarks.bench_memory", "window RSS", 2.0),
    "reviews": ("benchmarks.bench_reviews", "Reviews due: UI stall, idle RSS", 1.1),
}
# The figures that also run on PostgreSQL (and in the scaling table).
LIGHT = ("search", "sort", "open", "memory")
PG_ENV = "AVTALSREGISTER_TEST_POSTGRES"


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
    parser.add_argument(
        "--scale",
        type=lambda text: [int(v) for v in text.split(",")],
        help="sizes for the scaling table, e.g. 10000,100000,300000",
    )
    args = parser.parse_args(argv)
    quick = args.quick
    args.n = args.n or (10_000 if quick else 100_000)
    args.repeat = args.repeat or (3 if quick else 5)
    args.heavy_n = min(args.heavy_n or args.n, args.n)
    args.heavy_repeat = args.heavy_repeat or (2 if quick else 3)
    args.memos = args.memos or (200 if quick else 1000)
    return args


def run_one(name: str, ctx: Context, label: str = "") -> list[Figure]:
    module_name, title, target = BENCHES[name]
    try:
        module = importlib.import_module(module_name)
        figures = module.measure(ctx)
    except Exception as exc:  # one figure's failure must not hide the others
        if ctx.verbose:
            traceback.print_exc()
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:160]
        figures = [Figure(title, target_ratio=target, missing=reason)]
    for figure in figures:
        figure.name += label
    return figures


def contexts(args: argparse.Namespace, n: int) -> list[tuple[str, Context]]:
    """(label, context) for SQLite and, with the variable set, PostgreSQL."""
    path = synthetic.ensure(n, rebuild=args.rebuild)
    ctx = Context(
        n=n,
        repeat=args.repeat,
        heavy_n=min(args.heavy_n, n),
        heavy_repeat=args.heavy_repeat,
        memos=args.memos,
        path=path,
        verbose=args.verbose,
    )
    print(f"register: {n} entries in {path} (generator v{synthetic.GENERATOR_VERSION})")
    out = [("", ctx)]
    url = os.environ.get(PG_ENV)
    if url:
        from . import synthetic_pg

        try:
            pg_path = synthetic_pg.ensure(n, url, rebuild=args.rebuild)
            print(f"register: {n} entries on PostgreSQL, schema {synthetic_pg.schema_name(n)}")
            out.append((" [postgresql]", dataclasses.replace(ctx, path=pg_path)))
        except Exception as exc:  # say so, and measure SQLite
            print(f"PostgreSQL: not measured ({type(exc).__name__}: {exc})".splitlines()[0])
    return out


def print_figure(figure: Figure) -> None:
    print(figure.line(), flush=True)
    for detail in figure.details:
        print(detail, flush=True)


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    print(f"machine: {machine()}")
    print(f"at start: {load()}")
    started = time.perf_counter()
    if args.scale:
        from . import scaling

        scaling.run(args, contexts, run_one, print_figure)
        print(f"at end: {load()}")
        print(f"\n{time.perf_counter() - started:.0f} s in all")
        return 0
    runs = contexts(args, args.n)
    print(
        f"repeats: {args.repeat} (heavy: {args.heavy_repeat} on {args.heavy_n} entries, "
        f"{args.memos} memos); medians\n"
    )
    figures: list[Figure] = []
    for name in args.only or list(BENCHES):
        for label, ctx in runs if name in LIGHT else runs[:1]:
            for figure in run_one(name, ctx, label):
                figures.append(figure)
                print_figure(figure)
    print(f"at end: {load()}")
    print(f"\n{time.perf_counter() - started:.0f} s in all")
    if args.markdown:
        print("\n| operation | ours | baseline | ratio | target | result |")
        print("|---|---|---|---|---|---|")
        for figure in figures:
            print(figure.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
