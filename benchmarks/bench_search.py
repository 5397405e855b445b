"""Figure 1: search-as-you-type, a keystroke to an updated register view.

Ours: the shell's table model gets the new filter (a model reset), the count
is shown, and the first screen's visible cells are read through ``data()``.
Baseline: the bare SQL for the same matches (ids in the same order, then the
first screen of rows by id) on a raw ``sqlite3`` connection to the same file.
Each typed word starts with a cold row cache; the keystrokes of a word follow
one another as when a registrar types, so later keystrokes find pages the
earlier ones fetched, as in the program.
"""

from __future__ import annotations

import statistics

from . import bare
from .figures import Context, Figure, timed
from .view import RegisterView, open_register

WORDS = ("euroc", "łódź", "stock", "göteborg")
TARGET_MS = 100


def keystrokes(word: str) -> list[str]:
    return [word[: i + 1] for i in range(len(word))]


def measure(ctx: Context) -> list[Figure]:
    open_register(ctx.path)
    view = RegisterView()
    conn = bare.connect(ctx.path)
    view.search("")  # the register as opened; warms the statement caches alike
    bare.view(conn, "")
    ours: dict[str, list[float]] = {}
    base: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    for _ in range(ctx.repeat):
        for word in WORDS:
            view.forget_rows()
            for typed in keystrokes(word):
                ours.setdefault(typed, []).append(timed(lambda t=typed: view.search(t)))
                base.setdefault(typed, []).append(timed(lambda t=typed: bare.view(conn, t)))
                hits[typed] = view.model.rowCount()
                assert hits[typed] == len(bare.ids(conn, typed)), typed
    widget = _widget_latency(ctx)
    conn.close()
    all_ours = [s for samples in ours.values() for s in samples]
    all_base = [s for samples in base.values() for s in samples]
    figure = Figure(
        "search-as-you-type (per keystroke)",
        statistics.median(all_ours),
        statistics.median(all_base),
        target_ratio=3,
        target_abs=TARGET_MS / 1000,
        note=f"{len(ours)} keystrokes of {', '.join(WORDS)}; ratio: median of per-keystroke ratios",
    )
    # Each keystroke against the bare query for the same matches: the median of
    # those paired ratios. (Pooled medians of all samples would compare one
    # keystroke's time with another's and swing between runs.)
    figure.paired_ratio = statistics.median(
        statistics.median(ours[t]) / statistics.median(base[t]) for t in ours
    )
    worst = max(ours, key=lambda t: statistics.median(ours[t]))
    figure.details = [
        f"  {typed!r:>12}: {hits[typed]:6d} hits  ours {statistics.median(ours[typed]) * 1000:7.1f} ms"
        f"  bare {statistics.median(base[typed]) * 1000:7.1f} ms"
        for typed in ours
    ]
    med_o = {t: statistics.median(v) for t, v in ours.items()}
    med_b = {t: statistics.median(v) for t, v in base.items()}
    short = [t for t in ours if len(t) < 3]
    figure.details.append(
        f"  whole typing (sum of keystroke medians): ours {sum(med_o.values()):.2f} s, "
        f"bare {sum(med_b.values()):.2f} s, {sum(med_o.values()) / sum(med_b.values()):.2f}x; "
        f"median per-keystroke ratio "
        f"{statistics.median(med_o[t] / med_b[t] for t in ours):.2f}x"
    )
    figure.details.append(
        f"  1-2 letters (no trigram, a LIKE scan on both sides): ours median "
        f"{statistics.median(med_o[t] for t in short) * 1000:.0f} ms, bare "
        f"{statistics.median(med_b[t] for t in short) * 1000:.0f} ms; 3+ letters: ours "
        f"{statistics.median(med_o[t] for t in ours if t not in short) * 1000:.1f} ms, bare "
        f"{statistics.median(med_b[t] for t in ours if t not in short) * 1000:.1f} ms"
    )
    if widget:
        figure.details.append(
            f"  the real RegisterView (query on its worker thread, result applied, table "
            f"painted; debounce not counted): median keystroke {statistics.median(widget) * 1000:.1f}"
            f" ms, slowest {max(widget) * 1000:.0f} ms"
        )
    figure.details.append(
        f"  slowest keystroke {worst!r}: {statistics.median(ours[worst]) * 1000:.1f} ms"
        f" (bare {statistics.median(base[worst]) * 1000:.1f} ms, {hits[worst]} hits)"
    )
    return [figure]


def _widget_latency(ctx: Context) -> list[float]:
    """Keystroke to painted rows in the shell's RegisterView widget, if it is there."""
    try:
        from desktop_app.ui.register.view import RegisterView as Widget
    except ImportError:
        return []
    from PySide6.QtCore import QEventLoop

    from desktop_app.services.register import RegisterFilter

    from .view import app

    wait = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
    qt = app()
    widget = Widget()
    widget.resize(1400, 800)
    widget.show()
    samples = []
    for word in WORDS:
        for typed in keystrokes(word):

            def once(typed: str = typed) -> None:
                widget.set_filter(RegisterFilter(search=typed))
                while widget.is_busy() or widget.model.filter.search != typed:
                    qt.processEvents(wait)  # sleeps until the worker's result arrives
                widget.table.viewport().grab()

            samples.append(timed(once))
    widget.close()
    return samples
