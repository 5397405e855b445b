"""The register's first screen at the desktop's start, before the services load.

Opening costs the services' queries, the store's models and peewee ~60 ms of
imports before anything is read (issue 19: the start was 2.3x a bare
window). A start whose remembered filter is the whole register in some
order (``reads_plainly``: no search, no filter; archived entries or not)
reads its first screen with ``store.first_screen`` instead, on a worker: the
schema's version (it must be this program's), the lead time, the secrecy
marks, the ordered ids up to a screen and their rows: what the register
view's own query (``ui.register.queries.query_register``) gives, in its shape.
The register is then opened as always (``session.open_register``) once the
rows are painted; the rest of the ids follows as after any first screen.

Anything else (a filter, a search, a sort by a body or theme, a register to
migrate or one that does not read) gets None: the window opens the register
first and asks the services, as before. Nothing here writes.
"""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import date

from desktop_app.domain.dates import lead_days_setting
from desktop_app.store import first_screen as store_first_screen
from desktop_app.store.first_screen import FirstScreenReader
from desktop_app.store.migration_files import latest_version
from desktop_app.store.targets import DatabaseTarget

from .register_types import NEVER_EMPTY, SORT_COLUMN_NAMES, RegisterFilter, register_row


def load_driver(target: DatabaseTarget) -> None:
    """The database driver of ``target``, imported on the calling thread (the UI
    thread, before the window is built: on the worker beside it the import
    waited for Python's lock, ``store.first_screen.load_driver``)."""
    store_first_screen.load_driver(target)


def reads_plainly(f: RegisterFilter) -> bool:
    """Whether ``f`` is the whole register (archived entries or not) in an order of
    the entry's own columns: what ``first_screen`` reads without the services."""
    unordered = dataclasses.replace(
        f, sort_key="next_review_date", descending=False, include_archived=False
    )
    return f.sort_key in SORT_COLUMN_NAMES and unordered == RegisterFilter()


def first_screen(
    target: DatabaseTarget, f: RegisterFilter, today: date, limit: int, with_rows: int
) -> tuple | None:
    """``(f, ids, rows, complete, lead_days, marked)`` for the register view (its
    first ``limit`` ids, the rows of the first ``with_rows``, whether the ids are
    all, the lead time, the entries with a secrecy mark); None when ``f`` or the
    register is not one to read this way, or the read failed: the caller opens
    the register as always and asks the services (which say what is wrong)."""
    if not reads_plainly(f):
        return None
    try:
        reader = FirstScreenReader(target)
    except Exception:  # noqa: BLE001 - the store's open says what is wrong
        return None
    try:
        version, lead_setting, marked = reader.about("lead_days")
        if version != latest_version():
            return None  # to migrate first (or newer than this program)
        lead = lead_days_setting(lead_setting)
        key = f.sort_key
        ids = reader.ordered_ids(
            SORT_COLUMN_NAMES[key], f.descending, f.include_archived, key in NEVER_EMPTY, limit + 1
        )
        rows = {
            values[0]: register_row(values, today, lead) for values in reader.rows(ids[:with_rows])
        }
    except Exception:  # noqa: BLE001 - as above: the services ask again and say why
        return None
    finally:
        with contextlib.suppress(Exception):  # a connection that broke: gone either way
            reader.close()
    return f, ids[:limit], rows, len(ids) <= limit, lead, marked
