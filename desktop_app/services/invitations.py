"""R9: the log of invitation letters to visiting delegations.

A letter is a record (R10): created and edited through here only, each write
one transaction with audit rows (who, when, old and new value), guarded by
a version number so a concurrent edit is caught, never deleted. Letters are
few (tens a year), so the list is read whole.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from desktop_app.domain.assessments import CheckedFinding, fingerprint, match
from desktop_app.domain.findings import Finding
from desktop_app.domain.invitations import InvitationData, check_invitation
from desktop_app.store.models import DecisionBody, InvitationLetter

from . import assessments, audit
from .assessments import INVITATION, Subject
from .audit import Change
from .context import current_actor, utcnow, write_transaction
from .errors import ConflictError, NotFoundError, ServiceError, ValidationError

_FIELDS = [f.name for f in fields(InvitationData)]


@dataclass
class InvitationRecord:
    """A stored letter with the version to save against."""

    id: int
    data: InvitationData
    body_name: str
    version: int
    created_at: datetime | None
    created_by: str
    updated_at: datetime | None
    updated_by: str


@dataclass(frozen=True)
class LetterCheck:
    """R9 for one letter: its findings with assessments."""

    id: int
    label: str
    findings: list[CheckedFinding]


def _clean(data: InvitationData) -> InvitationData:
    for name in _FIELDS:
        value = getattr(data, name)
        if isinstance(value, str):
            setattr(data, name, value.replace("\x00", "").strip())
    return data


def _record(row: InvitationLetter, body_names: dict[int, str]) -> InvitationRecord:
    data = InvitationData(**{n: getattr(row, n) for n in _FIELDS})
    return InvitationRecord(
        row.id,
        data,
        body_names.get(row.body_id or -1, ""),
        row.version,
        row.created_at,
        row.created_by,
        row.updated_at,
        row.updated_by,
    )


def _body_names() -> dict[int, str]:
    return dict(DecisionBody.select(DecisionBody.id, DecisionBody.short_name).tuples())


def list_letters(year: int | None = None) -> list[InvitationRecord]:
    """Letters newest first; ``year`` limits them to one calendar year."""
    query = InvitationLetter.select().order_by(
        InvitationLetter.letter_date.desc(), InvitationLetter.id.desc()
    )
    if year is not None:
        query = query.where(
            InvitationLetter.letter_date.between(date(year, 1, 1), date(year, 12, 31))
        )
    names = _body_names()
    return [_record(row, names) for row in query]


def get_letter(letter_id: int) -> InvitationRecord:
    row = InvitationLetter.get_or_none(InvitationLetter.id == letter_id)
    if row is None:
        raise NotFoundError("Inbjudningsbrevet", letter_id)
    return _record(row, _body_names())


def _validate(data: InvitationData) -> list[Finding]:
    findings = check_invitation(data, date.today())
    if any(f.is_error for f in findings):
        raise ValidationError([f for f in findings if f.is_error])
    if (
        data.body_id is not None
        and not DecisionBody.select().where(DecisionBody.id == data.body_id).exists()
    ):
        raise ServiceError(
            "Organet finns inte längre. Uppdatera (F5).", "The body no longer exists. Reload (F5)."
        )
    return findings


def create_letter(data: InvitationData) -> InvitationRecord:
    """Log a letter; R9 warnings are allowed (they show in the log and in check)."""
    data = _clean(data)
    _validate(data)
    with write_transaction():
        actor = current_actor()
        now = utcnow()
        row = InvitationLetter.create(
            **{n: getattr(data, n) for n in _FIELDS},
            created_at=now,
            created_by=actor.name,
            updated_at=now,
            updated_by=actor.name,
        )
        audit.record(
            "create",
            INVITATION,
            row.id,
            changes=[
                Change(n, None, getattr(data, n))
                for n in _FIELDS
                if getattr(data, n) not in (None, "", 0)
            ],
            actor=actor,
        )
    return get_letter(row.id)


def update_letter(letter_id: int, data: InvitationData, expected_version: int) -> InvitationRecord:
    """Save an edited letter; a stale version raises ConflictError with who and when."""
    data = _clean(data)
    _validate(data)
    with write_transaction():
        row = InvitationLetter.get_or_none(InvitationLetter.id == letter_id)
        if row is None:
            raise NotFoundError("Inbjudningsbrevet", letter_id)
        old = _record(row, {}).data
        actor = current_actor()
        count = (
            InvitationLetter.update(
                **{n: getattr(data, n) for n in _FIELDS},
                version=InvitationLetter.version + 1,
                updated_at=utcnow(),
                updated_by=actor.name,
            )
            .where(
                (InvitationLetter.id == letter_id) & (InvitationLetter.version == expected_version)
            )
            .execute()
        )
        if count != 1:
            fresh = InvitationLetter.get_by_id(letter_id)
            raise ConflictError(
                INVITATION,
                letter_id,
                expected_version,
                fresh.version,
                fresh.updated_by,
                fresh.updated_at,
            )
        changes = [
            Change(n, getattr(old, n), getattr(data, n))
            for n in _FIELDS
            if getattr(old, n) != getattr(data, n)
        ]
        if changes:
            audit.record("update", INVITATION, letter_id, changes=changes, actor=actor)
        subject = Subject(INVITATION, letter_id)
        assessments.reopen_stale(subject, _checked(letter_id, data), actor)
    return get_letter(letter_id)


def _checked(letter_id: int, data: InvitationData) -> list[CheckedFinding]:
    found = [f for f in check_invitation(data) if not f.is_error]
    facts = [data.justification, data.directions, data.decided_by]
    pairs = [(f, fingerprint(f, facts)) for f in found]
    return match(pairs, assessments.open_for(Subject(INVITATION, letter_id)))


def letter_label(data: InvitationData) -> str:
    day = data.letter_date.isoformat() if data.letter_date else "–"
    country = f" ({data.country})" if data.country else ""
    return f"{day} {data.delegation}{country}"


def letter_findings(record: InvitationRecord) -> list[CheckedFinding]:
    """One letter's R9 findings with their assessments (the page's list)."""
    return _checked(record.id, record.data)


def letter_checks() -> list[LetterCheck]:
    """Every letter with R9 findings, newest first (for check and the page)."""
    result = []
    for record in list_letters():
        found = letter_findings(record)
        if found:
            result.append(LetterCheck(record.id, letter_label(record.data), found))
    return result


def assess_letter_finding(letter_id: int, code: str, digest: str, reason: str):
    """Assess a letter's R9 warning (e.g. "brevet skickades på KS uppdrag")."""
    record = get_letter(letter_id)
    for checked in letter_findings(record):
        if checked.finding.code == code and checked.fingerprint == digest:
            if checked.assessment is not None:
                return checked.assessment
            return assessments.assess(Subject(INVITATION, letter_id), checked, reason)
    raise ServiceError(
        "Varningen finns inte längre (brevet har ändrats). Uppdatera (F5).",
        "The warning is no longer there (the letter has changed). Reload (F5).",
    )
