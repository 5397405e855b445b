"""Each entry's findings summary, stored by the write that changed what its rules read.

The register's findings filter ("med fel / med varningar / bedömda",
``register.RegisterFilter.findings``) reads ``entry_findings`` in SQL; the
rules are far too slow to run per filter. A write names the entries whose
findings it may have changed (``context.touch_entries``: the entries it saved,
reviewed, terminated, archived or assessed; ``catalog.touch_body`` and the like:
the entries of a body, counterparty or theme it renamed or changed), and
``services.context.write_transaction`` calls ``settle`` (``services.session``
registers it, importing this module at the first write that touches an entry)
before it commits, so a summary is never older than its entry.
An import stores its new entries' summaries itself (``insert_new``), made of the
findings its preview found for each row, checked against the same catalog
(``services.imports``); the rules run again only where the catalog changed since.
What depends on the date alone (R3-OVERDUE) is stored as a window the filter
compares with today (``domain.findings_summary``).

``fill_missing`` summarises every entry that has no summary yet: after the
migration that made the table, and after entries were written by something
that is not a service (a generator, an older program).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from peewee import JOIN

from desktop_app.domain.assessments import CheckedFinding, check_entry_assessed
from desktop_app.domain.entry import EntryData
from desktop_app.domain.findings import RuleContext
from desktop_app.domain.findings_summary import FindingsSummary, summarize
from desktop_app.store.models import (
    Entry,
    EntryFindings,
)

from . import assessments, catalog, checks
from .context import insert_rows

CHUNK = 500


def summaries(ids: Sequence[int], ctx: RuleContext | None = None) -> dict[int, FindingsSummary]:
    """The summaries of the given entries, computed now with the program's rules."""
    ctx = ctx or catalog.rule_context()
    result: dict[int, FindingsSummary] = {}
    for start in range(0, len(ids), CHUNK):
        part = list(ids[start : start + CHUNK])
        data = checks.entries_data(part)
        held = assessments.open_for_entries(part)

        for entry_id, entry in data.items():
            mine = held.get(entry_id, ())
            assess = unassessed
            if mine:
                assess = lambda e, c, f, mine=mine: check_entry_assessed(e, c, f, mine)  # noqa: E731
            result[entry_id] = summarize(entry, ctx, assess)
    return result


def unassessed(entry: EntryData, ctx: RuleContext, findings: list) -> list[CheckedFinding]:
    """The findings of an entry no assessment covers: all open. (What
    ``check_entry_assessed`` gives with no assessments, without computing the
    fingerprints no assessment is compared with.)"""
    return [CheckedFinding(f, "") for f in findings]


def _row(entry_id: int, s: FindingsSummary) -> dict:
    return {
        "entry": entry_id,
        "errors": s.errors,
        "warnings": s.warnings,
        "notes": s.notes,
        "assessed": s.assessed,
        "has_error": bool(s.errors),
        "has_warning": bool(s.warnings),
        "has_assessed": bool(s.assessed),
        "overdue_from": s.overdue_from,
        "overdue_until": s.overdue_until,
        "overdue_assessed": s.overdue_assessed,
    }


_UPDATED = (
    EntryFindings.errors,
    EntryFindings.warnings,
    EntryFindings.notes,
    EntryFindings.assessed,
    EntryFindings.has_error,
    EntryFindings.has_warning,
    EntryFindings.has_assessed,
    EntryFindings.overdue_from,
    EntryFindings.overdue_until,
    EntryFindings.overdue_assessed,
)


def store(found: dict[int, FindingsSummary], replace: bool = True) -> None:
    """Write summaries inside the caller's transaction: insert or replace, or with
    ``replace=False`` insert only those the entries do not have yet."""
    rows = [_row(i, s) for i, s in sorted(found.items())]
    for start in range(0, len(rows), CHUNK):
        query = EntryFindings.insert_many(rows[start : start + CHUNK])
        if replace:
            query = query.on_conflict(
                conflict_target=[EntryFindings.entry], preserve=list(_UPDATED)
            )
        else:
            query = query.on_conflict_ignore()
        query.execute()


_COLUMNS = ("entry_id", *(f.column_name for f in _UPDATED))


def insert_new(found: dict[int, FindingsSummary]) -> None:
    """Insert the summaries of entries written in the caller's transaction that have
    none yet (an import's new entries): one ``executemany`` a chunk."""
    if not found:
        return
    rows = [tuple(_row(i, s).values()) for i, s in sorted(found.items())]
    insert_rows(EntryFindings._meta.table_name, _COLUMNS, rows, CHUNK)  # noqa: SLF001


def settle(entry_ids: Iterable[int]) -> None:
    """Summarise and store the touched entries (the write transaction's last step)."""
    ids = sorted(set(entry_ids))
    if ids:
        store(summaries(ids))


def stored(ids: Sequence[int]) -> dict[int, FindingsSummary]:
    """The stored summaries of the given entries (tests and the column compare them)."""
    result = {}
    for start in range(0, len(ids), CHUNK):
        part = list(ids[start : start + CHUNK])
        query = EntryFindings.select(EntryFindings.entry, *_UPDATED).where(
            EntryFindings.entry.in_(part)
        )
        for row in query.tuples():
            entry_id, errors, warnings, notes, assessed, *_flags, start_, until, late = row
            result[entry_id] = FindingsSummary(
                errors, warnings, notes, assessed, _day(start_), _day(until), bool(late)
            )
    return result


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def missing_ids(limit: int | None = None, after: int = 0) -> list[int]:
    """Entries without a stored summary, in id order (ids above ``after``)."""
    query = (
        Entry.select(Entry.id)
        .join(EntryFindings, JOIN.LEFT_OUTER, on=(EntryFindings.entry == Entry.id))
        .where(EntryFindings.entry.is_null() & (Entry.id > after))
        .order_by(Entry.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return [i for (i,) in query.tuples()]


def fill_missing(progress: Callable[[int, int], None] | None = None) -> int:
    """Summarise every entry that has none, a chunk per transaction; returns how many.

    ``progress(done, total)`` follows each chunk; it may raise to stop between
    chunks (what is stored stays: each chunk is complete, the rest is done the
    next time). The window runs this in the background after its first screen
    (``ui.startup``); the command line as part of opening an upgraded register.
    """
    from .context import write_transaction

    total = missing_count()
    if not total:
        return 0
    done = last = 0
    ctx = catalog.rule_context()
    while True:
        ids = missing_ids(CHUNK, after=last)
        if not ids:
            return done
        with write_transaction():
            # A write may summarise some meanwhile: its summary wins over ours.
            store(summaries(ids, ctx), replace=False)
        done += len(ids)
        last = ids[-1]
        if progress is not None:
            progress(min(done, total), total)


def missing_count() -> int:
    """How many entries have no stored summary."""
    return (
        Entry.select()
        .join(EntryFindings, JOIN.LEFT_OUTER, on=(EntryFindings.entry == Entry.id))
        .where(EntryFindings.entry.is_null())
        .count()
    )
