"""The scaling table: the light figures and ``check`` at several register sizes.

``python -m benchmarks.run --scale 10000,100000,300000`` runs search, sort,
open and memory (and, with ``AVTALSREGISTER_TEST_POSTGRES`` set, the same on
PostgreSQL) at each size, prints each figure as it comes, then ``check``'s
time and peak memory (``benchmarks.check_scaling``, a fresh process), and
finally one table per backend: a row per size, and for the largest size
each column's growth over the smallest against the growth of the register
("linear" means the time per entry stays flat; start-up and a first screen
should not grow at all).
"""

from __future__ import annotations

from . import check_scaling
from .figures import Figure

# (column title, benchmark, index of the figure in that benchmark's list, unit)
COLUMNS = (
    ("search 1-2", "search", 0, "ms"),
    ("search 3+", "search", 1, "ms"),
    ("sort", "sort", 0, "ms"),
    ("open cold", "open", 0, "ms"),
    ("open warm", "open", 1, "ms"),
    ("bare win", "open", -1, "ms"),
    ("RSS open", "memory", 0, "MB"),
    ("RSS scroll", "memory", 1, "MB"),
    ("RSS due", "memory", 2, "MB"),
)


def _value(figures: dict[str, list[Figure]], bench: str, index: int) -> float | None:
    found = figures.get(bench) or []
    if not found:
        return None
    if index == -1:  # the open figure's baseline: the bare window
        return found[0].baseline
    if index >= len(found) or found[index].missing:
        return None
    return found[index].ours


def _cell(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    return f"{value * 1000:.0f}" if unit == "ms" else f"{value:.0f}"


def run(args, contexts, run_one, print_figure) -> None:
    from .run import LIGHT

    table: dict[str, list[tuple[int, dict[str, list[Figure]], dict]]] = {}
    for n in args.scale:
        for label, ctx in contexts(args, n):
            figures: dict[str, list[Figure]] = {}
            for name in LIGHT:
                figures[name] = run_one(name, ctx, label)
                for figure in figures[name]:
                    print_figure(figure)
            try:
                check = check_scaling.measure(n, str(ctx.path))
            except Exception as exc:  # the table says it is missing
                check = {"error": f"{type(exc).__name__}: {exc}".splitlines()[0]}
            print(f"check ({n}){label}: {check}", flush=True)
            table.setdefault(label or " [sqlite]", []).append((n, figures, check))
    for label, rows in table.items():
        _print_table(label.strip(), rows)


def _print_table(label: str, rows) -> None:
    titles = [c[0] for c in COLUMNS] + ["check s", "check MB"]
    print(f"\nscaling {label} (ms, MB; medians)")
    print(f"{'entries':>8} | " + " | ".join(f"{t:>10}" for t in titles))
    values_by_n = []
    for n, figures, check in rows:
        values = [_value(figures, bench, index) for _, bench, index, _ in COLUMNS]
        values += [check.get("seconds"), check.get("peak_mb")]
        units = [c[3] for c in COLUMNS] + ["s", "MB"]
        cells = [
            "–" if v is None else (f"{v:.1f}" if u == "s" else _cell(v, u))
            for v, u in zip(values, units, strict=True)
        ]
        print(f"{n:>8} | " + " | ".join(f"{c:>10}" for c in cells))
        values_by_n.append((n, values))
    if len(values_by_n) > 1:
        (n0, first), (n1, last) = values_by_n[0], values_by_n[-1]
        growth = [
            "–" if a is None or b is None or not a else f"{b / a:.2f}x"
            for a, b in zip(first, last, strict=True)
        ]
        print(f"{'growth':>8} | " + " | ".join(f"{g:>10}" for g in growth))
        print(f"register grew {n1 / n0:.1f}x ({n0} -> {n1}); linear = that growth or less")
