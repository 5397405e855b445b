"""What every write to an entry shares: the version check and the guarded update.

``entries`` (create, save) and ``entry_lifecycle`` (reviews, termination,
archiving) both write through ``guarded_update`` in the caller's
transaction, and reopen the assessments the change made stale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.rules import RuleContext
from desktop_app.store.models import Entry

from . import assessments, catalog
from .context import lock_row, touch_entries, utcnow
from .entry_reads import get_entry
from .errors import ConflictError, NotFoundError


@dataclass
class ReviewInput:
    """A review to record; a decision that names the next review date gives it with a reason."""

    outcome: str
    review_date: date
    deciding_body_id: int | None = None
    decision_date: date | None = None
    case_number: str = ""
    note: str = ""
    next_review_fixed: date | None = None
    next_review_reason: str = ""


def load_for_write(entry_id: int, expected_version: int) -> Entry:
    """The entry, locked for this transaction (PostgreSQL: FOR UPDATE), at the
    version the caller read; else ``ConflictError`` naming who saved and when.

    The lock makes a second writer wait here until the first commits, so it
    sees the new version and is told, instead of racing on the entry's
    counterparty links (issue 12: a raw IntegrityError in 10 of 20 rounds).
    """
    row = lock_row(Entry.select().where(Entry.id == entry_id)).first()
    if row is None:
        raise NotFoundError("Posten", entry_id)
    if row.version != expected_version:
        raise ConflictError(
            "entry", entry_id, expected_version, row.version, row.updated_by, row.updated_at
        )
    touch_entries([entry_id])  # its findings summary is stored anew before the commit
    return row


def guarded_update(entry_id: int, expected_version: int, values: dict, actor_name: str) -> None:
    """UPDATE ... WHERE version = expected: the check that holds across processes."""
    count = (
        Entry.update(
            **values, version=Entry.version + 1, updated_at=utcnow(), updated_by=actor_name
        )
        .where((Entry.id == entry_id) & (Entry.version == expected_version))
        .execute()
    )
    if count != 1:
        fresh = Entry.get_by_id(entry_id)
        raise ConflictError(
            "entry", entry_id, expected_version, fresh.version, fresh.updated_by, fresh.updated_at
        )


def reopen_changed(entry_id: int, ctx: RuleContext | None, actor) -> None:
    """The entry's facts changed: assessments made on the old facts are reopened."""
    stored = get_entry(entry_id)
    assessments.reopen_stale_for_entry(entry_id, stored.data, ctx or catalog.rule_context(), actor)
