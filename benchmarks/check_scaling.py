"""`avtalsregister check` on generated registers: peak memory and time against size.

    python -m benchmarks.check_scaling [--sizes 30000 100000 300000]

Each size runs ``check`` as the command line does, in a fresh process (stdout
to /dev/null), on the cached synthetic register (``benchmarks/synthetic``).
The figures are the process's peak resident memory (VmHWM, whole process:
Python, peewee, the rule context) and its wall time; "linear" means the time
per entry stays flat as the register triples. Target (issue 19): at most
150 MB at 300,000 entries. Say how loaded the machine was: the script prints
the load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

TARGET_MB = 150


def child(path: str) -> dict:
    """Run ``check`` on ``path`` here; return peak memory and time."""
    started = time.perf_counter()
    from desktop_app.cli import main

    with open(os.devnull, "w", encoding="utf-8") as sink:
        stdout = sys.stdout
        sys.stdout = sink
        try:
            code = main(["--lang", "sv", "check", "--database", path])
        finally:
            sys.stdout = stdout
    seconds = time.perf_counter() - started
    with open("/proc/self/status", encoding="ascii") as f:
        peak = next(int(line.split()[1]) for line in f if line.startswith("VmHWM"))
    return {"seconds": seconds, "peak_mb": peak / 1024, "exit": code}


def measure(n: int, path: str | None = None) -> dict:
    """``check`` on the ``n``-entry register (or ``path``: its file or PostgreSQL URL)."""
    from . import synthetic

    path = path or str(synthetic.ensure(n, quiet=True))
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.check_scaling", "--child", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1]) | {"n": n}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[30_000, 100_000, 300_000])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    print(f"load average before: {os.getloadavg()}")
    rows = [measure(n) for n in args.sizes]
    print(f"{'entries':>9} {'seconds':>8} {'us/entry':>9} {'peak MB':>8}")
    for r in rows:
        print(
            f"{r['n']:>9} {r['seconds']:>8.1f} {r['seconds'] / r['n'] * 1e6:>9.1f} "
            f"{r['peak_mb']:>8.1f}"
        )
    largest = rows[-1]
    if len(rows) > 1:
        first = rows[0]
        per_first = first["seconds"] / first["n"]
        per_last = largest["seconds"] / largest["n"]
        print(f"time per entry, largest / smallest: {per_last / per_first:.2f} (1.00 = linear)")
    verdict = "pass" if largest["peak_mb"] <= TARGET_MB else "miss"
    print(
        f"peak at {largest['n']}: {largest['peak_mb']:.0f} MB (target <= {TARGET_MB} MB): {verdict}"
    )
    print(f"load average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
