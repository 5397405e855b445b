"""Sort: a header click in the real Register page to the table painted in the new order.

Ours: the Register page (``benchmarks.widget``) shown with the whole
register; a header click on each column, ascending and descending, runs the
new ordered query on the runner's worker, applies it and paints the table
with a cold row cache. Baseline: the bare ``SELECT id ... ORDER BY`` with the
column's join, and the first screen of rows by id, timed alternately with
ours. The figure is the slowest column's own time (the target is "any
column": <= 300 ms at 300,000 entries) with that column's ratio against its
bare query (<= 3x); every column's line is printed below, and the worst
ratio too when another column has it.
"""

from __future__ import annotations

import statistics

from . import bare
from .figures import Context, Figure, timed
from .view import open_register

COLUMNS = (
    "case_number",
    "title",
    "counterparties",
    "deciding_body",
    "theme",
    "next_review_date",
    "status",
    "annual_cost",
)
TARGET_ABS = 0.300
TARGET_RATIO = 3.0


def measure(ctx: Context) -> list[Figure]:
    from .widget import Widget

    open_register(ctx.path)
    conn = bare.connect(ctx.path)
    widget = Widget()
    ours: dict[str, list[float]] = {}
    base: dict[str, list[float]] = {}
    for r in range(ctx.repeat):
        for key in COLUMNS:
            for desc in (False, True):
                widget.forget_rows()
                pair = [
                    (ours, lambda k=key, d=desc: widget.sort(k, d)),
                    (base, lambda k=key, d=desc: timed(lambda: bare.view(conn, "", k, d))),
                ]
                for store, fn in pair[:: -1 if (r + desc) % 2 else 1]:
                    store.setdefault(key, []).append(fn())
                if r == 0:
                    assert bare.ids(conn, "", key, desc, limit=1)[0] == widget.first_id(), key
    widget.close()
    conn.close()
    med_o = {k: statistics.median(v) for k, v in ours.items()}
    med_b = {k: statistics.median(v) for k, v in base.items()}
    slowest = max(COLUMNS, key=lambda k: med_o[k])
    worst_ratio = max(COLUMNS, key=lambda k: med_o[k] / med_b[k])
    note = f"slowest column: {slowest}; {len(COLUMNS)} columns asc+desc, real widget"
    if worst_ratio != slowest:
        note += f"; worst ratio {worst_ratio} {med_o[worst_ratio] / med_b[worst_ratio]:.2f}x"
    figure = Figure(
        "sort by any column, click to paint",
        med_o[slowest],
        med_b[slowest],
        target_ratio=TARGET_RATIO,
        target_abs=TARGET_ABS,
        note=note,
    )
    figure.details = [
        f"  {k:>18}: ours {med_o[k] * 1000:7.1f} ms  bare {med_b[k] * 1000:7.1f} ms  "
        f"{med_o[k] / med_b[k]:5.2f}x"
        for k in COLUMNS
    ]
    return [figure]
