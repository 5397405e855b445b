"""Search-as-you-type: a keystroke in the real Register page to its painted rows.

Ours: the words are typed one letter at a time into the Register page's
search field (``benchmarks.widget``): key event, the field's debounce, the
query on the runner's worker, the result applied, the table painted. Each
keystroke waits for its painted result before the next (a slow typist: a
fast one would skip queries). Each word starts from an empty field and a
cold row cache. One- and two-letter searches (which match most of a big
register) and three or more letters are separate figures with their own
targets (issue 19: <= 250 ms and <= 150 ms at 100,000 entries).
Baseline: the bare SQL for the same matches on a raw connection (the ids in
the same order, then the first screen of rows by id), timed alternately
with ours, keystroke by keystroke.

A third figure is the query alone, the way the model runs it
(``RegisterTableModel.set_filter``: the ordered ids and the first screen's
cells, no debounce, no thread, no paint) against the same bare SQL: the
search's cost over the database's own (target <= 3x).
"""

from __future__ import annotations

import statistics

from . import bare
from .figures import Context, Figure, timed
from .view import RegisterView, open_register

WORDS = ("euroc", "łódź", "stock", "göteborg")
SHORT_TARGET = 0.250
LONG_TARGET = 0.150
RATIO_TARGET = 3.0


def keystrokes(word: str) -> list[str]:
    return [word[: i + 1] for i in range(len(word))]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def measure(ctx: Context) -> list[Figure]:
    from .widget import Widget

    open_register(ctx.path)
    conn = bare.connect(ctx.path)
    widget = Widget()
    ours: dict[str, list[float]] = {}
    base: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    for r in range(ctx.repeat):
        for word in WORDS:
            widget.clear()
            widget.forget_rows()
            for typed in keystrokes(word):
                char = typed[-1]
                if r % 2:  # alternate which side runs first
                    base.setdefault(typed, []).append(timed(lambda t=typed: bare.view(conn, t)))
                    ours.setdefault(typed, []).append(widget.type(char, typed))
                else:
                    ours.setdefault(typed, []).append(widget.type(char, typed))
                    base.setdefault(typed, []).append(timed(lambda t=typed: bare.view(conn, t)))
                hits[typed] = widget.rows()
    widget.clear()
    widget.close()
    figures = _keystroke_figures(ctx, ours, base, hits)
    figures.append(_query_figure(ctx, conn))
    conn.close()
    return figures


def _keystroke_figures(ctx: Context, ours, base, hits) -> list[Figure]:
    med_o = {t: statistics.median(v) for t, v in ours.items()}
    med_b = {t: statistics.median(v) for t, v in base.items()}
    figures = []
    for label, target, group in (
        ("1-2 letters", SHORT_TARGET, [t for t in ours if len(t) < 3]),
        ("3+ letters", LONG_TARGET, [t for t in ours if len(t) >= 3]),
    ):
        samples_o = [s for t in group for s in ours[t]]
        samples_b = [s for t in group for s in base[t]]
        worst = max(group, key=lambda t: med_o[t])
        figure = Figure(
            f"search {label}, keystroke to paint",
            statistics.median(samples_o),
            statistics.median(samples_b),
            target_abs=target,
            note=f"{len(group)} keystrokes x {ctx.repeat}; real widget, debounce included; "
            f"slowest {worst!r} {med_o[worst] * 1000:.0f} ms",
        )
        figure.details = [
            f"  {t!r:>12}: {hits[t]:6d} rows  ours {_ms(med_o[t])}  bare {_ms(med_b[t])}"
            for t in group
        ]
        figures.append(figure)
    return figures


def _query_figure(ctx: Context, conn) -> Figure:
    """The query as the model runs it (no debounce/thread/paint) against the bare SQL."""
    view = RegisterView()
    view.search("")
    bare.view(conn, "")
    ours: dict[str, list[float]] = {}
    base: dict[str, list[float]] = {}
    for r in range(ctx.repeat):
        for word in WORDS:
            view.forget_rows()
            for typed in keystrokes(word):
                pair = [
                    (ours, lambda t=typed: view.search(t)),
                    (base, lambda t=typed: bare.view(conn, t)),
                ]
                for store, fn in pair[:: -1 if r % 2 else 1]:
                    store.setdefault(typed, []).append(timed(fn))
                if r == 0:
                    assert view.model.rowCount() == len(bare.ids(conn, typed)), typed
    med_o = {t: statistics.median(v) for t, v in ours.items()}
    med_b = {t: statistics.median(v) for t, v in base.items()}
    figure = Figure(
        "search query in the model (per keystroke)",
        statistics.median(med_o.values()),
        statistics.median(med_b.values()),
        target_ratio=RATIO_TARGET,
        note="no debounce, thread or paint; ratio: median of per-keystroke ratios",
    )
    figure.paired_ratio = statistics.median(med_o[t] / med_b[t] for t in ours)
    short = [t for t in ours if len(t) < 3]
    figure.details = [
        f"  1-2 letters: ours {_ms(statistics.median(med_o[t] for t in short))}, bare "
        f"{_ms(statistics.median(med_b[t] for t in short))}; 3+ letters: ours "
        f"{_ms(statistics.median(med_o[t] for t in ours if t not in short))}, bare "
        f"{_ms(statistics.median(med_b[t] for t in ours if t not in short))}"
    ]
    return figure
