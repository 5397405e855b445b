"""Review cases: the handläggare's draft of an entry's memo, saved in the register.

A draft holds what the register cannot know: the summary, how the matter was
prepared, the administration's assessment and the proposal's wording
(``MemoDraftText``). Saving is one transaction with a version check and an
audit row per changed field, on the entry's history (R10); an entry has at
most one open draft, which is its review case under way. A finished case is
closed, never deleted; a new draft can then be opened.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from desktop_app.domain.kinds import Status
from desktop_app.domain.memo_route import Proposal, Variant
from desktop_app.store.models import Entry, MemoDraft

from . import audit
from .audit import Change
from .context import current_actor, utcnow, write_transaction
from .errors import ConflictError, NotFoundError, ServiceError
from .memos import MemoDraftText

_TEXT_FIELDS = tuple(f.name for f in fields(MemoDraftText))


@dataclass(frozen=True)
class DraftRecord:
    """A saved draft: its text and who saved it when."""

    id: int
    entry_id: int
    text: MemoDraftText
    version: int
    created_at: datetime | None
    created_by: str
    updated_at: datetime | None
    updated_by: str
    closed_at: datetime | None = None

    @property
    def open(self) -> bool:
        return self.closed_at is None


class DraftRefusedError(ServiceError):
    """No draft for this entry (it has ended), or a value outside the choices."""


def _record(row: MemoDraft) -> DraftRecord:
    return DraftRecord(
        row.id,
        row.entry_id,
        MemoDraftText(**{name: getattr(row, name) for name in _TEXT_FIELDS}),
        row.version,
        row.created_at,
        row.created_by,
        row.updated_at,
        row.updated_by,
        row.closed_at,
    )


def _open_row(entry_id: int) -> MemoDraft | None:
    return (
        MemoDraft.select()
        .where((MemoDraft.entry == entry_id) & MemoDraft.closed_at.is_null())
        .first()
    )


def get_draft(entry_id: int) -> DraftRecord | None:
    """The entry's open draft (its review case under way), or None."""
    row = _open_row(entry_id)
    return _record(row) if row is not None else None


def open_drafts(entry_ids: list[int]) -> dict[int, MemoDraftText]:
    """The open drafts' texts of these entries, by entry id (for a batch of memos)."""
    result: dict[int, MemoDraftText] = {}
    for start in range(0, len(entry_ids), 500):
        chunk = entry_ids[start : start + 500]
        for row in MemoDraft.select().where(
            MemoDraft.entry.in_(chunk) & MemoDraft.closed_at.is_null()
        ):
            result[row.entry_id] = _record(row).text
    return result


def cases_under_way(entry_ids: list[int] | None = None) -> set[int]:
    """The entries with a review case under way (an open draft)."""
    query = MemoDraft.select(MemoDraft.entry).where(MemoDraft.closed_at.is_null())
    if entry_ids is not None:
        query = query.where(MemoDraft.entry.in_(entry_ids))
    return {entry_id for (entry_id,) in query.tuples()}


def _validate(entry: Entry, text: MemoDraftText) -> MemoDraftText:
    if entry.status == Status.TERMINATED:
        raise DraftRefusedError(
            "Posten är avslutad: ett avslutat åtagande omprövas inte, så inget "
            "omprövningsärende kan öppnas.",
            "The entry has ended: an ended commitment is not reviewed, so no review case "
            "can be opened.",
        )
    if text.variant and text.variant not in set(Variant):
        raise DraftRefusedError(
            f"Okänd PM-typ: {text.variant}", f"Unknown memo kind: {text.variant}"
        )
    if text.proposal and text.proposal not in set(Proposal):
        raise DraftRefusedError(
            f"Okänt förslag: {text.proposal}", f"Unknown proposal: {text.proposal}"
        )
    return MemoDraftText(**{name: (getattr(text, name) or "").strip() for name in _TEXT_FIELDS})


def save_draft(
    entry_id: int, text: MemoDraftText, expected_version: int | None = None
) -> DraftRecord:
    """Create the entry's draft (``expected_version`` None) or update its open one.

    A stale ``expected_version`` raises ``ConflictError`` naming who saved first.
    """
    with write_transaction():
        entry = Entry.get_or_none(Entry.id == entry_id)
        if entry is None:
            raise NotFoundError("Posten", entry_id)
        text = _validate(entry, text)
        actor = current_actor()
        now = utcnow()
        row = _open_row(entry_id)
        if row is None:
            if expected_version is not None:
                raise NotFoundError("Utkastet till PM för post", entry_id)
            row = MemoDraft.create(
                entry=entry_id,
                **{name: getattr(text, name) for name in _TEXT_FIELDS},
                version=1,
                created_at=now,
                created_by=actor.os_user,
                updated_at=now,
                updated_by=actor.os_user,
            )
            changes = [
                Change(name, None, getattr(text, name))
                for name in _TEXT_FIELDS
                if getattr(text, name)
            ]
            audit.record("create", "memo_draft", row.id, entry_id=entry_id, changes=changes)
            return _record(row)
        if expected_version is None or row.version != expected_version:
            raise ConflictError(
                "memo_draft",
                row.id,
                expected_version or 0,
                row.version,
                row.updated_by,
                row.updated_at,
            )
        changes = [
            Change(name, getattr(row, name), getattr(text, name))
            for name in _TEXT_FIELDS
            if getattr(row, name) != getattr(text, name)
        ]
        if not changes:
            return _record(row)
        updated = (
            MemoDraft.update(
                **{c.field: c.new for c in changes},
                version=MemoDraft.version + 1,
                updated_at=now,
                updated_by=actor.os_user,
            )
            .where((MemoDraft.id == row.id) & (MemoDraft.version == expected_version))
            .execute()
        )
        if updated != 1:
            fresh = MemoDraft.get_by_id(row.id)
            raise ConflictError(
                "memo_draft",
                row.id,
                expected_version,
                fresh.version,
                fresh.updated_by,
                fresh.updated_at,
            )
        audit.record("update", "memo_draft", row.id, entry_id=entry_id, changes=changes)
        return _record(MemoDraft.get_by_id(row.id))


def close_draft(entry_id: int, expected_version: int, reason: str = "") -> None:
    """End the review case: the draft is kept, closed (R10)."""
    with write_transaction():
        row = _open_row(entry_id)
        if row is None:
            raise NotFoundError("Utkastet till PM för post", entry_id)
        if row.version != expected_version:
            raise ConflictError(
                "memo_draft", row.id, expected_version, row.version, row.updated_by, row.updated_at
            )
        actor = current_actor()
        MemoDraft.update(closed_at=utcnow(), closed_by=actor.os_user).where(
            MemoDraft.id == row.id
        ).execute()
        audit.record(
            "close",
            "memo_draft",
            row.id,
            entry_id=entry_id,
            details={"reason": reason} if reason else None,
        )
