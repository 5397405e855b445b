"""Secrecy assessments (OSL 15 kap. 1 §, utrikessekretess): marking entries and fields.

Every entry is an allmän handling; when a registrar has assessed that an
entry, or one of its fields, may be covered by secrecy, the assessment is
recorded here: the provision, the reason, who and when. Exports for a
request for public documents (``services.requests``) mask what is marked and
say so. Marking and unmarking are writes like any other: one transaction,
audited (actions ``secrecy_mark`` and ``secrecy_unmark``), never deleted (R10).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from desktop_app.store.models import Entry, SecrecyMark

from . import audit
from .context import current_actor, utcnow, write_transaction
from .entry_reads import COLUMN_FIELDS
from .errors import NotFoundError, ServiceError

DEFAULT_PROVISION = "OSL 15 kap. 1 §"
MASK_NOTE_SV = "Uppgifter har maskerats enligt {provisions}."
MASK_NOTE_EN = "Information has been masked under {provisions}."
WHOLE_ENTRY = ""  # the field of a mark on the whole entry

# The fields a mark may name: the entry's facts as the audit trail names them.
FIELDS = (
    *COLUMN_FIELDS,
    "document_links",
    "counterparties",
    "termination_reason",
)
MAX_REASON = 2000


@dataclass(frozen=True)
class Mark:
    id: int
    entry_id: int
    field: str  # "" = the whole entry
    provision: str
    reason: str
    marked_at: datetime
    marked_by: str

    @property
    def whole_entry(self) -> bool:
        return self.field == WHOLE_ENTRY


def mark(entry_id: int, field: str, reason: str, provision: str = DEFAULT_PROVISION) -> Mark:
    """Record a secrecy assessment of an entry (``field`` "") or one of its fields."""
    reason, provision = reason.strip(), provision.strip() or DEFAULT_PROVISION
    if field != WHOLE_ENTRY and field not in FIELDS:
        raise ServiceError(f"Okänt fält: {field}.", f"Unknown field: {field}.")
    if not reason:
        raise ServiceError(
            "Ange skälet till sekretessbedömningen.", "Give the reason for the secrecy assessment."
        )
    if len(reason) > MAX_REASON:
        raise ServiceError("Skälet är för långt.", "The reason is too long.")
    with write_transaction():
        if Entry.get_or_none(Entry.id == entry_id) is None:
            raise NotFoundError("Posten", entry_id)
        held = [m for m in active_marks([entry_id]).get(entry_id, []) if m.field == field]
        if held:
            return held[0]
        actor = current_actor()
        row = SecrecyMark.create(
            entry=entry_id,
            field=field,
            provision=provision,
            reason=reason,
            marked_at=utcnow(),
            marked_by=actor.name,
        )
        audit.record(
            "secrecy_mark",
            "entry",
            entry_id,
            entry_id=entry_id,
            details={"field": field or "*", "provision": provision, "reason": reason},
            actor=actor,
        )
    return _to_mark(row)


def unmark(mark_id: int, reason: str) -> None:
    """The assessment no longer holds: record who removed it, when and why."""
    reason = reason.strip()
    if not reason:
        raise ServiceError(
            "Ange varför markeringen tas bort.", "Give the reason for removing the mark."
        )
    with write_transaction():
        row = SecrecyMark.get_or_none(SecrecyMark.id == mark_id)
        if row is None or row.removed_at is not None:
            raise NotFoundError("Sekretessmarkeringen", mark_id)
        actor = current_actor()
        SecrecyMark.update(removed_at=utcnow(), removed_by=actor.name, removed_reason=reason).where(
            SecrecyMark.id == mark_id
        ).execute()
        audit.record(
            "secrecy_unmark",
            "entry",
            row.entry_id,
            entry_id=row.entry_id,
            details={"field": row.field or "*", "provision": row.provision, "reason": reason},
            actor=actor,
        )


def _to_mark(row: SecrecyMark) -> Mark:
    return Mark(
        row.id, row.entry_id, row.field, row.provision, row.reason, row.marked_at, row.marked_by
    )


def active_marks(entry_ids: Iterable[int] | None = None) -> dict[int, list[Mark]]:
    """The marks that hold, per entry (of every entry when ``entry_ids`` is None)."""
    result: dict[int, list[Mark]] = {}
    wanted = None if entry_ids is None else list(entry_ids)
    chunks = [None] if wanted is None else [wanted[i : i + 900] for i in range(0, len(wanted), 900)]
    for chunk in chunks:
        query = SecrecyMark.select().where(SecrecyMark.removed_at.is_null())
        if chunk is not None:
            query = query.where(SecrecyMark.entry.in_(chunk))
        for row in query.order_by(SecrecyMark.id):
            result.setdefault(row.entry_id, []).append(_to_mark(row))
    return result


def marked_entry_ids() -> set[int]:
    """Entries with a mark that holds (the register view shows them)."""
    q = SecrecyMark.select(SecrecyMark.entry).where(SecrecyMark.removed_at.is_null()).distinct()
    return {r[0] for r in q.tuples()}
