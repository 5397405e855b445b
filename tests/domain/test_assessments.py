"""Assessed findings hold for the facts they were made on, and R8/R9 as plain data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from desktop_app.domain.assessments import (
    Assessment,
    check_entry_assessed,
    entry_fingerprint,
    stale,
)
from desktop_app.domain.contacts import contact_gaps
from desktop_app.domain.entry import BodyInfo
from desktop_app.domain.invitations import InvitationData, check_invitation
from desktop_app.domain.kinds import BodyKind, Direction
from desktop_app.domain.rules import check_entry

from .rule_fixtures import BODIES, CTX, MEMBERSHIP, TN

TWIN = replace(MEMBERSHIP, title="Partnerstäder i GrowSmarter")


def _assess(entry, code: str) -> Assessment:
    finding = next(f for f in check_entry(entry, CTX) if f.code == code)
    digest = entry_fingerprint(finding, entry, CTX)
    return Assessment(1, code, digest, "inte ett vänortsavtal", "anna", datetime(2026, 11, 1))


def test_an_assessment_holds_while_the_facts_stand() -> None:
    held = _assess(TWIN, "R1")
    checked = check_entry_assessed(TWIN, CTX, check_entry(TWIN, CTX), [held])
    r1 = next(c for c in checked if c.finding.code == "R1")
    assert r1.assessment == held and not r1.is_open
    assert r1.assessed_text("sv") == "Bedömd 2026-11-01 av anna: inte ett vänortsavtal"
    assert stale([held], checked) == []


def test_a_change_to_a_relevant_field_reopens_it() -> None:
    held = _assess(TWIN, "R1")
    changed = replace(TWIN, notes="Nu även vänort enligt förfrågan.")  # R1 reads the notes
    changed = replace(changed, title="Partnerstäder i GrowSmarter (fas 2)")
    checked = check_entry_assessed(changed, CTX, check_entry(changed, CTX), [held])
    assert next(c for c in checked if c.finding.code == "R1").is_open
    assert stale([held], checked) == [held]


def test_a_change_elsewhere_keeps_it() -> None:
    held = _assess(TWIN, "R1")
    other = replace(TWIN, contact_person="Karin Dhakal", case_number="KS 2024/0413")
    checked = check_entry_assessed(other, CTX, check_entry(other, CTX), [held])
    assert not next(c for c in checked if c.finding.code == "R1").is_open


def test_r4_assessment_reopens_when_the_body_changes() -> None:
    wrong = replace(MEMBERSHIP, deciding_body_id=TN)
    held = _assess(wrong, "R4")
    moved = replace(wrong, responsible_body_id=TN)
    checked = check_entry_assessed(moved, CTX, check_entry(moved, CTX), [held])
    assert next(c for c in checked if c.finding.code == "R4").is_open


def test_errors_are_never_assessed() -> None:
    bad = replace(MEMBERSHIP, title="")
    finding = next(f for f in check_entry(bad, CTX) if f.is_error)
    held = Assessment(1, finding.code, entry_fingerprint(finding, bad, CTX), "x", "a", None)
    checked = check_entry_assessed(bad, CTX, check_entry(bad, CTX), [held])
    assert next(c for c in checked if c.finding.is_error).is_open


def test_r8_gaps_by_administration() -> None:
    bodies = dict(BODIES)
    bodies[TN] = replace(bodies[TN], has_contact=False)
    bodies[8] = replace(bodies[8], has_contact=False)  # TK, the committee's administration
    usage = {TN: 3}
    gaps = contact_gaps(bodies, usage)
    assert [g.organisation for g in gaps] == ["Trafikkontoret"]
    assert gaps[0].entries == 3 and set(gaps[0].body_ids) == {TN, 8}  # TN and its office TK
    assert "Trafikkontoret" in gaps[0].finding().message_sv
    # the office's contact person covers the committee: one administration, one contact
    bodies[8] = replace(bodies[8], has_contact=True)
    assert contact_gaps(bodies, usage) == []
    # no entries, no gap; the City Council has no administration of its own
    assert contact_gaps({TN: replace(bodies[TN], has_contact=False)}, {}) == []
    kf = BodyInfo(1, "KF", "Kommunfullmäktige", BodyKind.CITY_COUNCIL)
    assert contact_gaps({1: kf}, {1: 5}) == []


def test_r9_a_letter_says_why_the_visit_is_prioritised() -> None:
    letter = InvitationData(
        date(2026, 3, 2),
        "Seoul Metropolitan Government",
        "Sydkorea",
        TN,
        int(Direction.COOPERATION),
        "Studiebesök om trängselskatt; särskilt prioriterat för Trafikkontoret.",
        "Jonas Eliasson, förvaltningschef",
    )
    assert check_invitation(letter) == []
    bare = replace(letter, justification="", directions=0, decided_by="")
    assert {f.code for f in check_invitation(bare)} == {"R9", "R9-DIRECTION", "R9-DECIDED-BY"}
    assert all(not f.is_error for f in check_invitation(bare))
    empty = {f.code for f in check_invitation(InvitationData()) if f.is_error}
    assert empty == {"REQ-DATE", "REQ-DELEGATION"}


def test_the_fingerprint_is_the_same_whatever_the_backend_returned() -> None:
    """SQLite gives 95000, PostgreSQL 95000.00, the editor's field 95000.00: one amount."""
    from decimal import Decimal

    wrong = replace(MEMBERSHIP, deciding_body_id=TN, annual_cost=Decimal("95000"))
    finding = next(f for f in check_entry(wrong, CTX) if f.code == "R4")
    other = replace(wrong, annual_cost=Decimal("95000.00"))
    assert entry_fingerprint(finding, wrong, CTX) == entry_fingerprint(finding, other, CTX)
