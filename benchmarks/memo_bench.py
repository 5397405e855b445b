"""Memos: our PDF/A batch against reportlab building the same memos plainly.

    python -m benchmarks.memo_bench [--n 1000] [--repeat 3] [--cpu]

Ours is ``exports.memo_pdf.render``: the cover list, every memo with its own
"Sida x (y)" (deferred page furniture), bookmarks, then the PDF/A-2b step
(pikepdf: XMP, output intent). The baseline is reportlab alone building the
same flowables (same fonts, embedded) into one PDF with a plain canvas and a
simple header/footer per page: no per-memo totals, no outline, no PDF/A. Both start from the same gathered
facts (the demo register's memos, repeated to N), so the ratio is the cost
of our pipeline. Issue 8's target: at most 1.5x. Gathering the facts from
the database is timed separately.

``measure(ctx)`` fits ``benchmarks.run`` (it reads ``ctx.memos`` and
``ctx.heavy_repeat``).
"""

from __future__ import annotations

import argparse
import gc
import io
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from .figures import Context, Figure

_CLOCK = time.perf_counter  # the harness's wall clock; --cpu: process time
TARGET_RATIO = 1.5


def _demo_facts(n: int, folder: Path):
    from desktop_app.services import memos
    from desktop_app.services.demo import build_demo
    from desktop_app.services.session import close_register, open_register

    open_register(str(folder / "memo_bench.sqlite3"))
    try:
        build_demo()
        ids = memos.memo_ids(due_within_days=36500)
        started = time.perf_counter()
        facts = memos.gather(ids)
        gather_seconds = (time.perf_counter() - started) / max(1, len(ids))
    finally:
        close_register()
    return [facts[i % len(facts)] for i in range(n)], gather_seconds


def _baseline(facts: list, today: date) -> bytes:
    """reportlab alone: the same memo flowables in a SimpleDocTemplate."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    from desktop_app.exports.memo_layout import BOTTOM, LEFT, RIGHT, TOP
    from desktop_app.exports.memo_story import memo_story
    from desktop_app.exports.pdf_fonts import REGULAR

    story: list = []
    for item in facts:
        if story:
            story.append(PageBreak())
        story += memo_story(item, "sv", today)

    def furniture(canvas, doc) -> None:
        # What any printed memo has: a header with the organisation and page
        # number, a footer line (ours adds the per-memo totals and bookmarks).
        canvas.saveState()
        canvas.setFont(REGULAR, 8.5)
        canvas.drawString(LEFT, A4[1] - 40, "Stockholms stad")
        canvas.drawRightString(A4[0] - RIGHT, A4[1] - 40, f"Sida {doc.page}")
        canvas.line(LEFT, 42, A4[0] - RIGHT, 42)
        canvas.drawString(LEFT, 32, "Omprövnings-PM")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        initialFontName=REGULAR,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


def _ours(facts: list, today: date) -> bytes:
    from desktop_app.exports.memo_pdf import render

    data, _ = render(facts, "sv", selection="benchmark", today=today)
    return data


def _paired(ours, baseline, repeat: int) -> tuple[float, float]:
    """Medians of interleaved runs (as ``figures.paired``), on ``_CLOCK``."""
    a: list[float] = []
    b: list[float] = []
    for i in range(repeat):
        for fn, into in ((baseline, b), (ours, a)) if i % 2 else ((ours, a), (baseline, b)):
            gc.collect()
            started = _CLOCK()
            fn()
            into.append(_CLOCK() - started)
    return statistics.median(a), statistics.median(b)


def measure(ctx: Context) -> list[Figure]:
    from desktop_app.exports.pdf_fonts import register_fonts

    register_fonts()
    n = ctx.memos
    today = date.today()
    with tempfile.TemporaryDirectory() as tmp:
        facts, gather_seconds = _demo_facts(n, Path(tmp))
    _ours(facts[:2], today)  # warm up imports and font metrics
    _baseline(facts[:2], today)
    ours, baseline = _paired(
        lambda: _ours(facts, today), lambda: _baseline(facts, today), ctx.heavy_repeat
    )
    sample = min(n, 50)
    pages = _pages(_ours(facts[:sample], today))
    figure = Figure(
        f"renewal memos in one PDF/A ({n})",
        ours=ours,
        baseline=baseline,
        target_ratio=TARGET_RATIO,
        note=f"{ours / n * 1000:.1f} ms a memo, reportlab alone {baseline / n * 1000:.1f} ms",
    )
    figure.details.append(
        f"    {pages} pages for {sample} memos and their cover; gathering the facts from SQLite: "
        f"{gather_seconds * 1000:.1f} ms a memo"
    )
    return [figure]


def _pages(data: bytes) -> int:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memo_bench")
    parser.add_argument("--n", type=int, default=1000, help="memos in the PDF (1000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (3)")
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="time CPU (process time) instead of wall time: steadier on a shared machine",
    )
    args = parser.parse_args(argv)
    global _CLOCK
    if args.cpu:
        _CLOCK = time.process_time
    ctx = Context(n=0, repeat=args.repeat, heavy_n=0, heavy_repeat=args.repeat, memos=args.n)
    for figure in measure(ctx):
        print(figure.line())
        for detail in figure.details:
            print(detail)
    return 0


if __name__ == "__main__":
    sys.exit(main())
