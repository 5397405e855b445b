"""The register view's work on the runner: one query, and the status bar's counts.

``query_register`` is what the view's job runs on a worker (lane
``register``, latest request wins): the ordered ids, the first rows, and the
counts when asked. Nothing here touches a widget.
"""

from __future__ import annotations

from datetime import date

from desktop_app.services import catalog
from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter

from .model import PAGE_SIZE


def register_totals() -> dict[str, int]:
    """What the status bar counts: entries not archived, reviews overdue and due soon.

    At 100,000 entries these counts take a few hundred milliseconds, so they are
    taken on the worker with a reload, never per keystroke.
    """
    return {"total": reg.total_count(), **reg.review_state_counts()}


def query_register(f: RegisterFilter, today: date, totals: bool = False) -> tuple:
    """The worker's part of a register query: ordered ids, the first rows, the counts."""
    ids = reg.query_ids(f, today)
    rows = reg.rows_by_ids(ids[:PAGE_SIZE], today, catalog.lead_days())
    return f, ids, rows, (register_totals() if totals else None)
