"""The register view's work on the runner: the first screen, the rest, the counts.

``query_register`` is what the view's job runs on a worker (lane
``register``, latest request wins): the first screen's ids in order and their
rows (``services.register.query_first``: a sort reads its index up to the
first screen, a common search term walks it), fast at any size. When those
are not all, ``query_rest`` follows on its own lane: every id in order (the
count) and the status bar's counts when asked (issue 19: a one-letter search
at 100,000 entries matches nearly all of them). Nothing here touches a widget.
"""

from __future__ import annotations

from datetime import date

from desktop_app.services.register_types import RegisterFilter

PAGE_SIZE = 200  # ids of a first screen; the rows the model reads at a time
FIRST_ROWS = 60  # rows read and formatted with the first screen (a tall window shows ~40)


def register_totals() -> dict[str, int]:
    """What the status bar counts: entries not archived, reviews overdue and due soon.

    At 100,000 entries these counts take a few hundred milliseconds, so they are
    taken on the worker with a reload, never per keystroke.
    """
    from desktop_app.services import register as reg

    return {"total": reg.total_count(), **reg.review_state_counts()}


def query_register(f: RegisterFilter, today: date) -> tuple:
    """The first screen: ``(f, ids, rows, complete, lead_days, marked)``; ``complete``
    when ``ids`` are all the filter's ids (else ``query_rest`` brings the rest),
    ``marked`` the entries with a secrecy mark (the model shows a lock)."""
    from desktop_app.services import register as reg
    from desktop_app.services import register_settings, secrecy

    lead = register_settings.lead_days()
    ids, complete, _plan = reg.query_first(f, today, limit=PAGE_SIZE)
    rows = reg.rows_by_ids(ids[:FIRST_ROWS], today, lead)
    return f, ids, rows, complete, lead, secrecy.marked_entry_ids()


def query_rest(f: RegisterFilter, today: date, ids: bool, totals: bool) -> tuple:
    """After the first screen: ``(f, every id in order or None, the counts or None)``."""
    from desktop_app.services import register as reg

    return f, (reg.query_ids(f, today) if ids else None), (register_totals() if totals else None)
