"""Figure 6: renewal memos for the entries due, in one PDF/A, from the N-entry register.

Ours: ``exports.memo_pdf.write_memos`` exactly as the program calls it (the
facts gathered from the register, the cover list, every memo with its own
page numbers and bookmarks, the PDF/A-2b step, the atomic write and one
history row per memo), on a scratch copy of the synthetic register, for the
first ``--memos`` entries due or overdue. Baseline: reportlab's platypus
alone building the same memo flowables into one plain PDF (the memo
engineer's ``benchmarks.memo_bench._baseline``), from facts already in
memory. A detail line gives the render-only ratio (without gathering).
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from . import synthetic
from .figures import Context, Figure, missing, paired, timed

TARGET_RATIO = 1.5
NAME = "renewal memos in one PDF/A"


def measure(ctx: Context) -> list[Figure]:
    try:
        from desktop_app.exports.memo_pdf import write_memos

        from .memo_bench import _baseline, _ours
    except ImportError as exc:
        return [missing(NAME, f"the memo export is not there yet ({exc})", TARGET_RATIO)]
    from desktop_app.exports.pdf_fonts import register_fonts
    from desktop_app.services import memos, register_settings
    from desktop_app.services.session import close_register

    from .view import open_register

    work = synthetic.working_copy(Path(ctx.path), "memos")
    open_register(work)
    try:
        register_fonts()
        today = date.today()
        ids = memos.memo_ids(due_within_days=register_settings.lead_days(), today=today)[
            : ctx.memos
        ]
        facts = memos.gather(ids, today)
        _ours(facts[:2], today)  # imports, fonts and metrics warm for both sides
        _baseline(facts[:2], today)
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "memos.pdf"
            ours, base = paired(
                lambda: write_memos(target, entry_ids=ids, today=today),
                lambda: _baseline(facts, today),
                ctx.heavy_repeat,
            )
            size = target.stat().st_size
        render_only = timed(lambda: _ours(facts, today))
    finally:
        close_register()
        for suffix in ("", "-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)
    n = len(ids)
    figure = Figure(
        f"{n} renewal memos in one PDF/A",
        ours,
        base,
        target_ratio=TARGET_RATIO,
        note=f"{ours / n * 1000:.1f} ms a memo vs {base / n * 1000:.1f} ms; {size >> 10} KB",
    )
    figure.details.append(
        f"  render only (facts in memory, PDF/A included): {render_only:.2f} s, "
        f"{render_only / base:.2f}x the baseline"
    )
    return [figure]
