"""Assessed findings: recording a registrar's judgement of a warning, and reopening it.

An assessment is a record like any other (R10): it is written with who and
when, appears in the audit trail, and is closed, never deleted. It holds
only for the facts it was made on (``domain.assessments`` fingerprints
them); when an edit, a review or a termination changes those facts, the
service that wrote the change closes the assessment in the same transaction
and the audit trail says it was reopened. Findings about other things than
entries use their own object type: "organisation" (R8, keyed by the
administration's name) and "invitation" (R9).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_app.domain.assessments import (
    Assessment,
    CheckedFinding,
    assessable,
    check_entry_assessed,
    stale,
)
from desktop_app.domain.entry import EntryData
from desktop_app.domain.findings import RuleContext
from desktop_app.domain.rules import check_entry
from desktop_app.store.models import FindingAssessment

from . import audit
from .audit import Change
from .context import Actor, current_actor, touch_entries, utcnow, write_transaction
from .errors import NotFoundError, ServiceError

ENTRY, ORGANISATION, INVITATION = "entry", "organisation", "invitation"
MAX_REASON = 2000


@dataclass(frozen=True)
class Subject:
    """What a finding is about: an entry, an administration (R8) or a letter (R9)."""

    object_type: str
    object_id: int | None = None
    object_key: str = ""

    @property
    def entry_id(self) -> int | None:
        return self.object_id if self.object_type == ENTRY else None


def _open(query):
    return query.where(FindingAssessment.closed_at.is_null())


def _to_domain(row: tuple) -> Assessment:
    ident, code, digest, reason, by, at = row
    return Assessment(ident, code, digest, reason, by, at)


_FIELDS = (
    FindingAssessment.id,
    FindingAssessment.code,
    FindingAssessment.fingerprint,
    FindingAssessment.reason,
    FindingAssessment.assessed_by,
    FindingAssessment.assessed_at,
)


def open_for(subject: Subject) -> list[Assessment]:
    """Open assessments of one entry, administration or letter."""
    query = FindingAssessment.select(*_FIELDS).where(
        (FindingAssessment.object_type == subject.object_type)
        & (
            FindingAssessment.object_id.is_null()
            if subject.object_id is None
            else FindingAssessment.object_id == subject.object_id
        )
        & (FindingAssessment.object_key == subject.object_key)
    )
    return [_to_domain(r) for r in _open(query).order_by(FindingAssessment.id).tuples()]


def open_for_entries(entry_ids: Sequence[int]) -> dict[int, list[Assessment]]:
    """Open assessments of many entries in one query (``check`` reads a chunk at a time)."""
    result: dict[int, list[Assessment]] = {}
    if not entry_ids:
        return result
    query = FindingAssessment.select(FindingAssessment.object_id, *_FIELDS).where(
        (FindingAssessment.object_type == ENTRY) & FindingAssessment.object_id.in_(list(entry_ids))
    )
    for object_id, *rest in _open(query).order_by(FindingAssessment.id).tuples():
        result.setdefault(object_id, []).append(_to_domain(tuple(rest)))
    return result


def entry_findings(data: EntryData, entry_id: int | None, ctx: RuleContext) -> list[CheckedFinding]:
    """The entry's findings with the assessments that still hold (the editor's list)."""
    held = open_for(Subject(ENTRY, entry_id)) if entry_id is not None else []
    return check_entry_assessed(data, ctx, check_entry(data, ctx), held)


def assess_entry_finding(
    entry_id: int, code: str, fingerprint: str, reason: str, ctx: RuleContext | None = None
) -> Assessment:
    """Assess an entry's warning as the registrar saw it.

    The finding is looked up again in the stored entry: if the entry changed
    since the registrar saw it (someone else saved), the warning may no
    longer be the same, and the registrar is asked to look again.
    """
    from . import catalog
    from .entry_reads import get_entry

    record = get_entry(entry_id)
    ctx = ctx or catalog.rule_context()
    for checked in entry_findings(record.data, entry_id, ctx):
        if checked.finding.code == code and checked.fingerprint == fingerprint:
            if checked.assessment is not None:
                return checked.assessment
            return assess(Subject(ENTRY, entry_id), checked, reason)
    raise ServiceError(
        "Varningen finns inte längre i den sparade posten (posten har ändrats). "
        "Uppdatera (F5) och bedöm den igen om den finns kvar.",
        "The warning is no longer in the saved entry (it has changed). Reload (F5) and "
        "assess it again if it is still there.",
    )


def assess(
    subject: Subject,
    checked: CheckedFinding,
    reason: str,
) -> Assessment:
    """Record that a registrar has assessed ``checked`` (a current finding) with ``reason``."""
    reason = (reason or "").strip()
    if not reason:
        raise ServiceError(
            "Skriv varför varningen är bedömd, till exempel ”inte ett vänortsavtal”.",
            "Say why the warning is assessed, e.g. “not a twin-city agreement”.",
        )
    if len(reason) > MAX_REASON:
        raise ServiceError(
            f"Motiveringen får vara högst {MAX_REASON} tecken.",
            f"The reason may be at most {MAX_REASON} characters.",
        )
    if not assessable(checked.finding):
        raise ServiceError(
            "Ett fel kan inte bedömas bort; det måste rättas innan posten sparas.",
            "An error cannot be assessed away; it must be fixed before saving.",
        )
    finding = checked.finding
    with write_transaction():
        actor = current_actor()
        now = utcnow()
        row = FindingAssessment.create(
            object_type=subject.object_type,
            object_id=subject.object_id,
            object_key=subject.object_key,
            entry=subject.entry_id,
            code=finding.code,
            fingerprint=checked.fingerprint,
            message=finding.message_sv,
            reason=reason,
            assessed_at=now,
            assessed_by=actor.name,
        )
        if subject.entry_id is not None:
            touch_entries([subject.entry_id])
        audit.record(
            "assess",
            subject.object_type,
            subject.object_id,
            entry_id=subject.entry_id,
            changes=[Change(f"finding:{finding.code}", None, reason)],
            details={
                "assessment_id": row.id,
                "code": finding.code,
                "finding": finding.message_sv,
                "object_key": subject.object_key,
            },
            actor=actor,
        )
    return Assessment(row.id, finding.code, checked.fingerprint, reason, actor.name, now)


def withdraw(assessment_id: int, note: str = "") -> None:
    """Take back an assessment by hand: the finding is open again (audited)."""
    with write_transaction():
        row = FindingAssessment.get_or_none(FindingAssessment.id == assessment_id)
        if row is None:
            raise NotFoundError("Bedömningen", assessment_id)
        if row.closed_at is not None:
            return
        _close([row], "withdrawn", note.strip(), current_actor())


def _close(rows: Iterable[FindingAssessment], why: str, note: str, actor: Actor) -> int:
    """Close assessments (must run in the caller's transaction); one audit row each."""
    count = 0
    now = utcnow()
    for row in rows:
        if row.entry_id is not None:
            touch_entries([row.entry_id])
        FindingAssessment.update(closed_at=now, closed_by=actor.name, close_reason=why).where(
            (FindingAssessment.id == row.id) & FindingAssessment.closed_at.is_null()
        ).execute()
        audit.record(
            "reopen",
            row.object_type,
            row.object_id,
            entry_id=row.entry_id,
            changes=[Change(f"finding:{row.code}", row.reason, None)],
            details={
                "assessment_id": row.id,
                "code": row.code,
                "why": why,
                "note": note,
                "object_key": row.object_key,
            },
            actor=actor,
        )
        count += 1
    return count


def reopen_stale(subject: Subject, checked: Sequence[CheckedFinding], actor: Actor) -> int:
    """Close the subject's assessments that no current finding matches (facts changed).

    Called by the service that changed the facts, inside its transaction, so
    the change and the reopening are one event in the trail.
    """
    held = open_for(subject)
    gone = {a.id for a in stale(held, checked)}
    if not gone:
        return 0
    rows = FindingAssessment.select().where(FindingAssessment.id.in_(list(gone)))
    return _close(list(rows), "facts_changed", "", actor)


def reopen_stale_for_entry(entry_id: int, data: EntryData, ctx: RuleContext, actor: Actor) -> int:
    """After an entry's facts changed: reopen the assessments they no longer support."""
    if (
        not FindingAssessment.select()
        .where(
            (FindingAssessment.object_type == ENTRY)
            & (FindingAssessment.object_id == entry_id)
            & FindingAssessment.closed_at.is_null()
        )
        .exists()
    ):
        return 0
    subject = Subject(ENTRY, entry_id)
    checked = check_entry_assessed(data, ctx, check_entry(data, ctx), open_for(subject))
    return reopen_stale(subject, checked, actor)
