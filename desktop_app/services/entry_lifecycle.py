"""An entry's lifecycle after it is created: reviews, termination, archiving, documents.

Each is one transaction through the same guarded update as a save
(``entry_store.guarded_update``), audited, and followed by reopening the
assessments whose facts changed. ``entries`` re-exports these functions,
so callers keep writing ``entries.record_review(...)``.
"""

from __future__ import annotations

from datetime import date

from desktop_app.domain.dates import add_months
from desktop_app.domain.kinds import ReviewOutcome, Status
from desktop_app.store.models import Entry, Review

from . import audit
from .audit import Change
from .context import current_actor, utcnow, write_transaction
from .entry_reads import EntryRecord, get_entry
from .entry_store import ReviewInput, guarded_update, load_for_write, reopen_changed
from .errors import ServiceError


def _check_review_input(review: ReviewInput, today: date) -> None:
    """A review records something that happened: nothing in it lies in the future."""
    if review.outcome not in set(ReviewOutcome):
        raise ServiceError("Välj utfall för omprövningen.", "Choose the review's outcome.")
    if review.review_date is None:
        raise ServiceError("Ange omprövningens datum.", "Enter the review's date.")
    for day, sv, en in (
        (review.review_date, "Omprövningens datum", "The review's date"),
        (review.decision_date, "Beslutsdatum", "The decision date"),
    ):
        if day is not None and day > today:
            raise ServiceError(
                f"{sv} ({day.isoformat()}) ligger i framtiden. En omprövning registreras när "
                "den är gjord; ange dagens eller ett tidigare datum.",
                f"{en} ({day.isoformat()}) is in the future. A review is recorded once it "
                "has taken place; enter today's or an earlier date.",
            )
    if review.next_review_fixed is not None and not review.next_review_reason.strip():
        raise ServiceError(
            "Ange varför nästa omprövning sätts till ett visst datum (beslutets formulering).",
            "Say why the next review is set to a given date (the decision's wording).",
        )


def record_review(
    entry_id: int, review: ReviewInput, expected_version: int, *, today: date | None = None
) -> EntryRecord:
    """R3: record a review; the next review date moves on by the interval.

    The interval counts from the review's decision date (else its date). A
    decision that names the next review ("omprövas senast 2030-12-02") gives
    it as ``next_review_fixed`` with the reason; otherwise an earlier fixed
    date is cleared, since it belonged to the cycle just reviewed. A review
    that decides "terminate" also terminates the entry.
    """
    _check_review_input(review, today or date.today())
    with write_transaction():
        row = load_for_write(entry_id, expected_version)
        if row.archived:
            raise ServiceError(
                "Posten är avförd ur det aktuella registret. Återställ den först.",
                "The entry is archived. Restore it first.",
            )
        actor = current_actor()
        now = utcnow()
        anchor = review.decision_date or review.review_date
        interval = row.review_interval_months
        terminates = review.outcome == ReviewOutcome.TERMINATE
        fixed = None if terminates else review.next_review_fixed
        reason = review.next_review_reason.strip() if fixed else ""
        next_review = fixed
        if next_review is None and interval and not terminates:
            try:
                next_review = add_months(anchor, interval)
            except ValueError:
                next_review = None
        new_review = Review.create(
            entry=entry_id,
            review_date=review.review_date,
            outcome=review.outcome,
            deciding_body=review.deciding_body_id,
            decision_date=review.decision_date,
            case_number=review.case_number.strip(),
            note=review.note.strip(),
            created_at=now,
            created_by=actor.name,
        )
        values: dict = {
            "last_review_date": anchor,
            "next_review_date": next_review,
            "next_review_fixed": fixed,
            "next_review_reason": reason,
        }
        changes = [
            Change(name, getattr(row, name), values[name])
            for name in values
            if getattr(row, name) != values[name]
        ]
        if review.outcome == ReviewOutcome.TERMINATE:
            values |= {
                "status": Status.TERMINATED,
                "terminated_date": anchor,
                "termination_reason": review.note.strip(),
                "terminated_by": review.deciding_body_id,
            }
            changes.append(Change("status", row.status, Status.TERMINATED))
        guarded_update(entry_id, expected_version, values, actor.name)
        audit.record(
            "review",
            "entry",
            entry_id,
            entry_id=entry_id,
            changes=changes,
            details={
                "review_id": new_review.id,
                "outcome": review.outcome,
                "case_number": review.case_number,
                "note": review.note,
                "deciding_body_id": review.deciding_body_id,
                "decision_date": review.decision_date,
            },
            actor=actor,
        )
        reopen_changed(entry_id, None, actor)
    return get_entry(entry_id)


def terminate_entry(
    entry_id: int, when: date, reason: str, body_id: int | None, expected_version: int
) -> EntryRecord:
    if when is None or not reason.strip():
        raise ServiceError(
            "Ange datum och skäl för avslutet.", "Enter the date and the reason for terminating."
        )
    with write_transaction():
        row = load_for_write(entry_id, expected_version)
        actor = current_actor()
        values = {
            "status": Status.TERMINATED,
            "terminated_date": when,
            "termination_reason": reason.strip(),
            "terminated_by": body_id,
            "next_review_date": None,  # a terminated entry is not reviewed
        }
        changes = [
            Change("status", row.status, Status.TERMINATED),
            Change("terminated_date", row.terminated_date, when),
            Change("termination_reason", row.termination_reason, reason.strip()),
            Change("terminated_by", row.terminated_by_id, body_id),
            Change("next_review_date", row.next_review_date, None),
        ]
        guarded_update(entry_id, expected_version, values, actor.name)
        audit.record(
            "terminate", "entry", entry_id, entry_id=entry_id, changes=changes, actor=actor
        )
        reopen_changed(entry_id, None, actor)
    return get_entry(entry_id)


def _set_archived(entry_id: int, archived: bool, expected_version: int) -> EntryRecord:
    with write_transaction():
        row = load_for_write(entry_id, expected_version)
        if bool(row.archived) == archived:
            return get_entry(entry_id)
        actor = current_actor()
        guarded_update(
            entry_id,
            expected_version,
            {"archived": archived, "archived_at": utcnow() if archived else None},
            actor.name,
        )
        audit.record(
            "archive" if archived else "restore",
            "entry",
            entry_id,
            entry_id=entry_id,
            changes=[Change("archived", bool(row.archived), archived)],
            actor=actor,
        )
    return get_entry(entry_id)


def archive_entry(entry_id: int, expected_version: int) -> EntryRecord:
    """R10: entries are archived instead of deleted."""
    return _set_archived(entry_id, True, expected_version)


def restore_entry(entry_id: int, expected_version: int) -> EntryRecord:
    return _set_archived(entry_id, False, expected_version)


def set_archived(items: list[tuple[int, int]], archived: bool) -> list[int]:
    """Archive (or restore) several entries, ``(id, expected_version)`` each, in one
    transaction: all of them or, on a conflict or error, none. Returns the ids whose
    state changed (those already in the wanted state are left alone)."""
    changed: list[int] = []
    with write_transaction():
        for entry_id, version in items:
            before = Entry.get_or_none(Entry.id == entry_id)
            if before is not None and bool(before.archived) == archived:
                continue
            _set_archived(entry_id, archived, version)
            changed.append(entry_id)
    return changed


def record_document(
    entry_ids: list[int], kind: str, path: str, details: dict | None = None
) -> None:
    """R10: a generated memo or export is part of the record's history."""
    if not entry_ids:
        return
    with write_transaction():
        audit.record_document(kind, path, entry_ids=entry_ids, details=details)
