"""Assessed findings on both backends: recorded with who and when, reopened on change."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.services import assessments, audit, catalog, checks, entries
from desktop_app.services.errors import ServiceError
from desktop_app.store.models import FindingAssessment
from tests.services.test_entries import membership


def _r1_entry() -> entries.EntryRecord:
    return entries.create_entry(
        membership(title="Partnerstäder i GrowSmarter", case_number="T2014-00518")
    )


def _checked(record, code: str):
    found = assessments.entry_findings(record.data, record.id, catalog.rule_context())
    return next(c for c in found if c.finding.code == code)


def test_an_assessment_is_audited_with_who_and_when(register, monkeypatch) -> None:
    record = _r1_entry()
    monkeypatch.setenv("AVTALSREGISTER_USER", "anna")
    from desktop_app.services import context

    context.os_user.cache_clear()
    try:
        checked = _checked(record, "R1")
        assert checked.is_open
        held = assessments.assess_entry_finding(
            record.id, "R1", checked.fingerprint, "Inte ett vänortsavtal: EU-projektets städer."
        )
    finally:
        context.os_user.cache_clear()
    assert held.assessed_by == "anna" and held.assessed_at is not None
    now = _checked(entries.get_entry(record.id), "R1")
    assert now.assessment is not None and not now.is_open
    event = [e for e in audit.list_events(entry_id=record.id) if e.action == "assess"][-1]
    assert event.os_user == "anna" and event.field == "finding:R1"
    assert event.new_value == "Inte ett vänortsavtal: EU-projektets städer."
    assert "Ser ut som ett vänortsavtal" in event.details


def test_check_shows_it_as_assessed(register) -> None:
    record = _r1_entry()
    checked = _checked(record, "R1")
    assessments.assess_entry_finding(record.id, "R1", checked.fingerprint, "Bedömd.")
    item = next(i for i in checks.iter_entry_checks() if i.entry_id == record.id)
    r1 = next(c for c in item.findings if c.finding.code == "R1")
    assert r1.assessment is not None and "Bedömd." in r1.assessed_text()


def test_a_change_to_the_facts_reopens_it_in_the_same_transaction(register) -> None:
    record = _r1_entry()
    checked = _checked(record, "R1")
    assessments.assess_entry_finding(record.id, "R1", checked.fingerprint, "Ingen vänort.")
    # A change elsewhere keeps it ...
    kept = entries.update_entry(
        record.id, replace(record.data, contact_person="Karin"), record.version
    )
    assert _checked(kept, "R1").assessment is not None
    # ... a change to what R1 reads reopens it, and says so in the trail.
    changed = entries.update_entry(
        kept.id, replace(kept.data, notes="Förfrågan om vänort."), kept.version
    )
    assert _checked(changed, "R1").is_open
    row = FindingAssessment.get(FindingAssessment.entry == record.id)
    assert row.closed_at is not None and row.close_reason == "facts_changed"
    events = [e.action for e in audit.list_events(entry_id=record.id)]
    assert events[-2:] == ["update", "reopen"]


def test_a_review_reopens_an_overdue_assessment(register) -> None:
    from datetime import date

    from desktop_app.domain.kinds import ReviewOutcome

    record = entries.create_entry(membership(decision_date=date(2019, 5, 11)))
    checked = _checked(record, "R3-OVERDUE")
    assessments.assess_entry_finding(
        record.id, "R3-OVERDUE", checked.fingerprint, "Omprövning pågår i KS."
    )
    bodies = {b.short_name: b.id for b in catalog.list_bodies()}
    reviewed = entries.record_review(
        record.id,
        entries.ReviewInput(ReviewOutcome.CONTINUE, date.today(), bodies["KS"], date.today()),
        record.version,
    )
    assert FindingAssessment.get(FindingAssessment.entry == record.id).closed_at is not None
    assert not any(c.finding.code == "R3-OVERDUE" for c in assessments.entry_findings(
        reviewed.data, reviewed.id, catalog.rule_context()))  # fmt: skip


def test_withdraw_and_refusals(register) -> None:
    record = _r1_entry()
    checked = _checked(record, "R1")
    with pytest.raises(ServiceError):
        assessments.assess_entry_finding(record.id, "R1", checked.fingerprint, "  ")
    with pytest.raises(ServiceError):  # a finding the saved entry does not have
        assessments.assess_entry_finding(record.id, "R1", "0" * 24, "Bedömd.")
    held = assessments.assess_entry_finding(record.id, "R1", checked.fingerprint, "Bedömd.")
    again = assessments.assess_entry_finding(record.id, "R1", checked.fingerprint, "Igen.")
    assert again.id == held.id  # assessed once, not twice
    assessments.withdraw(held.id, "Fel bedömt.")
    assert _checked(entries.get_entry(record.id), "R1").is_open
    reopen = [e for e in audit.list_events(entry_id=record.id) if e.action == "reopen"]
    assert reopen and '"withdrawn"' in reopen[-1].details
