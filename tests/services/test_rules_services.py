"""The rules' services on both backends: reviews, payers, money, check, R8, R9."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import peewee
import pytest

from desktop_app.domain.invitations import InvitationData
from desktop_app.domain.kinds import Direction, ReviewOutcome, Status
from desktop_app.services import audit, catalog, checks, entries, invitations, reports
from desktop_app.services.errors import ConflictError, ServiceError, ValidationError
from desktop_app.store.models import Entry, InvitationLetter, database_proxy
from tests.services.test_entries import membership


def _bodies() -> dict[str, int]:
    return {b.short_name: b.id for b in catalog.list_bodies()}


def test_review_dates_in_the_future_are_refused(register) -> None:
    record = entries.create_entry(membership())
    tomorrow = date.today() + timedelta(days=1)
    for review in (
        entries.ReviewInput(ReviewOutcome.CONTINUE, tomorrow),
        entries.ReviewInput(ReviewOutcome.CONTINUE, date.today(), decision_date=tomorrow),
    ):
        with pytest.raises(ServiceError) as info:
            entries.record_review(record.id, review, record.version)
        assert "framtiden" in info.value.user_message
    assert entries.get_entry(record.id).reviews == []


def test_a_review_may_fix_the_next_date_from_the_decision(register) -> None:
    ks = _bodies()["KS"]
    record = entries.create_entry(membership())
    with pytest.raises(ServiceError):  # a set date needs its reason
        entries.record_review(
            record.id,
            entries.ReviewInput(
                ReviewOutcome.CONTINUE, date(2026, 3, 1), ks, next_review_fixed=date(2028, 12, 2)
            ),
            record.version,
            today=date(2026, 3, 1),
        )
    reviewed = entries.record_review(
        record.id,
        entries.ReviewInput(
            ReviewOutcome.CONTINUE,
            date(2026, 3, 1),
            ks,
            date(2026, 3, 1),
            next_review_fixed=date(2028, 12, 2),
            next_review_reason="KS 2026-03-01: omprövas senast 2028-12-02",
        ),
        record.version,
        today=date(2026, 3, 1),
    )
    assert reviewed.next_review_date == date(2028, 12, 2)
    # The next review without a set date counts the interval again and clears it.
    again = entries.record_review(
        reviewed.id,
        entries.ReviewInput(ReviewOutcome.CONTINUE, date(2028, 11, 1), ks, date(2028, 11, 1)),
        reviewed.version,
        today=date(2028, 11, 1),
    )
    assert again.next_review_date == date(2032, 11, 1)
    assert again.data.next_review_fixed is None and again.data.next_review_reason == ""


def test_a_draft_has_no_review_due(register) -> None:
    record = entries.create_entry(membership(status=Status.DRAFT, decision_date=date(2016, 1, 1)))
    assert record.next_review_date is None
    active = entries.update_entry(
        record.id, replace(record.data, status=Status.ACTIVE), record.version
    )
    assert active.next_review_date == date(2020, 1, 1)  # decided: now it is overdue


def test_a_payer_written_as_text_becomes_its_body(register) -> None:
    tn = _bodies()["TN"]
    by_short = entries.create_entry(membership(cost_payer_body_id=None, cost_payer="TN"))
    by_name = entries.create_entry(
        membership(case_number="KS 2", cost_payer_body_id=None, cost_payer="trafiknämnden")
    )
    by_office = entries.create_entry(
        membership(case_number="KS 3", cost_payer_body_id=None, cost_payer="Trafikkontoret")
    )
    for record in (by_short, by_name, by_office):
        assert (record.data.cost_payer_body_id, record.data.cost_payer) == (tn, "")
    unknown = entries.create_entry(
        membership(case_number="KS 4", cost_payer_body_id=None, cost_payer="EU (Horisont 2020)")
    )
    assert unknown.data.cost_payer_body_id is None
    assert unknown.data.cost_payer == "EU (Horisont 2020)"


def test_annual_costs_are_summed_per_payer_body_and_currency(register) -> None:
    """'TN' and 'Trafiknämnden' are one payer; euros are never added to kronor."""
    year = date.today().year
    start = date(year - 1, 1, 1)
    for n, (payer, amount, currency) in enumerate(
        [("TN", "1000", "SEK"), ("Trafiknämnden", "2000", "SEK"), ("TN", "300", "EUR")]
    ):
        entries.create_entry(
            membership(
                case_number=f"T {n}",
                decision_date=start,
                start_date=start,
                annual_cost=Decimal(amount),
                currency=currency,
                cost_payer_body_id=None,
                cost_payer=payer,
            )
        )
    figures = reports.annual_figures(year)
    tn_rows = [r for r in figures.cost_by_payer if r[0] == "Trafiknämnden"]
    assert sorted((c, a, n) for _, c, a, n in tn_rows) == [
        ("EUR", Decimal("300.00"), 1),
        ("SEK", Decimal("3000.00"), 2),
    ]


def test_check_streams_in_chunks_with_the_same_result(register) -> None:
    for n in range(7):
        entries.create_entry(membership(case_number=f"KS {n}", decision_date=date(2016 + n, 1, 1)))
    whole = [(i.entry_id, [c.finding.code for c in i.findings]) for i in
             checks.iter_entry_checks()]  # fmt: skip
    seen: list[int] = []
    chunked = [
        (i.entry_id, [c.finding.code for c in i.findings])
        for i in checks.iter_entry_checks(chunk=2, progress=seen.append)
    ]
    assert chunked == whole and len(whole) >= 4
    assert seen == [2, 4, 6, 7]


def test_r8_contact_gaps_by_administration(register) -> None:
    body = catalog.create_body(catalog.BodyData("KUN", "Kulturnämnden", "committee",
                                                organisation="Kulturförvaltningen"))  # fmt: skip
    entries.create_entry(
        membership(
            case_number="KUF 1",
            scope="operation_specific",
            deciding_body_id=body.id,
            responsible_body_id=body.id,
            cost_payer_body_id=body.id,
        )
    )
    gaps = {c.gap.organisation: c for c in checks.contact_checks()}
    assert "Kulturförvaltningen" in gaps
    assert "Kulturförvaltningen" in gaps["Kulturförvaltningen"].checked.finding.message_sv
    body = catalog.get_body(body.id)
    body.contact_name = "Maria Lindqvist"
    catalog.update_body(body.id, body, body.version)
    assert "Kulturförvaltningen" not in {c.gap.organisation for c in checks.contact_checks()}


def test_r9_letters_are_logged_audited_versioned_and_kept(register) -> None:
    tn = _bodies()["TN"]
    with pytest.raises(ValidationError):
        invitations.create_letter(InvitationData(None, ""))
    letter = invitations.create_letter(
        InvitationData(date(2026, 3, 2), "Delegation från Seoul", "Sydkorea", tn)
    )
    codes = {c.finding.code for c in invitations.letter_findings(letter)}
    assert codes == {"R9", "R9-DIRECTION", "R9-DECIDED-BY"}
    data = replace(
        letter.data,
        justification="Studiebesök om trängselskatt; särskilt prioriterat.",
        directions=int(Direction.COOPERATION),
        decided_by="Jonas Eliasson, förvaltningschef",
    )
    saved = invitations.update_letter(letter.id, data, letter.version)
    assert saved.version == 2 and invitations.letter_findings(saved) == []
    with pytest.raises(ConflictError):
        invitations.update_letter(letter.id, data, letter.version)
    events = audit.list_events(action="update")
    assert any(e.object_type == "invitation" and e.field == "justification" for e in events)
    with pytest.raises(peewee.DatabaseError), database_proxy.atomic():
        InvitationLetter.delete().where(InvitationLetter.id == letter.id).execute()
    assert [r.id for r in invitations.list_letters(2026)] == [letter.id]


def test_new_entry_columns_are_audited(register) -> None:
    """Every field m0003 added is in the trail when it changes (old and new value)."""
    bodies = _bodies()
    record = entries.create_entry(membership())
    data = replace(
        record.data,
        engagement="declaration",
        continued=True,
        review_interval_months=36,
        next_review_fixed=date(2027, 1, 1),
        next_review_reason="Beslut: senast 2027-01-01",
        cost_payer_body_id=bodies["TN"],
        project_kind="aid_project",
        external_financiers="Sida",
        external_share=Decimal("100"),
        city_contribution=Decimal("0"),
    )
    entries.update_entry(record.id, data, record.version)
    changed = {e.field for e in audit.list_events(entry_id=record.id) if e.action == "update"}
    assert {
        "engagement",
        "continued",
        "review_interval_months",
        "next_review_fixed",
        "next_review_reason",
        "cost_payer_body_id",
        "project_kind",
        "external_financiers",
        "external_share",
        "city_contribution",
    } <= changed
    assert Entry.get_by_id(record.id).review_interval_months == 36
