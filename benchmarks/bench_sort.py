"""Figure 2: a header click, sorting the whole register by a column.

Ours: ``RegisterTableModel.sort`` (a new ordered id query and a model reset)
and the first screen read through ``data()``, with a cold row cache.
Baseline: the bare ``SELECT id ... ORDER BY <column>`` with the join that
column needs, and the first screen of rows by id. The figure is the worst
column (the target is "any column"); each column's own line is printed below.
"""

from __future__ import annotations

import statistics

from . import bare
from .figures import Context, Figure, timed
from .view import RegisterView, open_register

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


def measure(ctx: Context) -> list[Figure]:
    open_register(ctx.path)
    view = RegisterView()
    conn = bare.connect(ctx.path)
    view.search("")
    ours: dict[tuple[str, bool], list[float]] = {}
    base: dict[tuple[str, bool], list[float]] = {}
    for _ in range(ctx.repeat):
        for key in COLUMNS:
            for desc in (False, True):
                view.forget_rows()
                ours.setdefault((key, desc), []).append(
                    timed(lambda k=key, d=desc: view.sort(k, d))
                )
                first = view.model.entry_id(0)
                base.setdefault((key, desc), []).append(
                    timed(lambda k=key, d=desc: bare.view(conn, "", k, d))
                )
                assert bare.ids(conn, "", key, desc)[0] == first, (key, desc)
    conn.close()
    lines = []
    worst: tuple[float, str, float, float] | None = None
    for key in COLUMNS:
        o = statistics.median(ours[(key, False)] + ours[(key, True)])
        b = statistics.median(base[(key, False)] + base[(key, True)])
        lines.append(
            f"  {key:>18}: ours {o * 1000:7.1f} ms  bare {b * 1000:7.1f} ms  {o / b:5.2f}x"
        )
        if worst is None or o / b > worst[0]:
            worst = (o / b, key, o, b)
    assert worst is not None
    figure = Figure(
        "sort by any column (worst column)",
        worst[2],
        worst[3],
        target_ratio=3,
        note=f"worst: {worst[1]}; {len(COLUMNS)} columns asc+desc",
    )
    figure.details = lines
    return [figure]
