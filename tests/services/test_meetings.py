"""Meeting plans: each review's meeting and memo deadline, the KS step before KF,
and the calendar's reminders on those dates (both backends)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest

from desktop_app.exports.calendar_ics import write_calendar
from desktop_app.services import audit, catalog, meetings, memo_drafts, memos, register_settings
from desktop_app.services import register as reg
from desktop_app.services.meetings import MeetingPlanError
from desktop_app.services.memos import MemoDraftText

DAY = timedelta(days=1)


def _entry(title: str):
    ids = reg.query_ids(reg.RegisterFilter(include_archived=True))
    rows = reg.rows_by_ids(ids)
    return next(row for row in rows.values() if row.title == title)


def _body(short: str) -> int:
    body = catalog.body_by_short_name(short)
    assert body is not None
    return body.id


def test_a_committee_review_meets_its_last_meeting_before(demo_register) -> None:
    row = _entry("Fortsatt deltagande i CIVITAS Forum Network")  # operation-specific: TN
    review = row.next_review_date
    tn = _body("TN")
    meetings.set_meetings(tn, [review - 40 * DAY, review - 10 * DAY, review + 20 * DAY], 14)
    today = review - 100 * DAY
    target = meetings.targets([row.id], today)[row.id]
    assert target.from_plan and target.meeting == review - 10 * DAY
    assert target.memo_due == review - 24 * DAY
    assert [s.body_key for s in target.steps] == [str(tn)]


def test_a_council_matter_is_timed_by_the_board_first(demo_register, tmp_path: Path) -> None:
    row = _entry("Medlemskap i ICLEI – Local Governments for Sustainability")
    review = row.next_review_date
    # Ending a city-wide organisation membership: the Council decides, via the Board.
    memo_drafts.save_draft(row.id, MemoDraftText(variant="end"))
    kf, ks = _body("KF"), _body("KS")
    kf_meeting = review - 5 * DAY
    ks_meeting = kf_meeting - 40 * DAY
    meetings.set_meetings(kf, [kf_meeting, review + 60 * DAY], 28)
    meetings.set_meetings(ks, [ks_meeting - 30 * DAY, ks_meeting, kf_meeting - 20 * DAY], 21)
    today = review - 200 * DAY
    target = meetings.targets([row.id], today)[row.id]
    board, council = target.steps
    assert (council.body_key, council.meeting) == (str(kf), kf_meeting)
    assert council.papers_due == kf_meeting - 28 * DAY
    # The Board's last meeting on or before the Council's papers date.
    assert (board.body_key, board.meeting) == (str(ks), ks_meeting)
    assert target.memo_due == ks_meeting - 21 * DAY
    # The calendar's reminder lands on that day, and says which meetings.
    out = tmp_path / "omprovningar.ics"
    write_calendar(out, today=today)
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    event = next(
        e
        for e in calendar.walk("VEVENT")
        if str(e["UID"]) == f"entry-{row.id}-review@avtalsregister"
    )
    start = event.decoded("DTSTART")
    (alarm,) = event.walk("VALARM")
    assert start + alarm.decoded("TRIGGER") == target.memo_due
    description = str(event["DESCRIPTION"])
    assert f"PM ska vara klart senast: {target.memo_due}" in description
    assert f"Kommunstyrelsen {ks_meeting}" in description
    assert f"Kommunfullmäktige {kf_meeting}" in description


def test_without_a_plan_the_lead_days_apply(demo_register, tmp_path: Path) -> None:
    row = _entry("Medlemskap i Eurocities")
    target = meetings.targets([row.id])[row.id]
    assert not target.from_plan
    assert target.memo_due == row.next_review_date - register_settings.lead_days() * DAY
    out = tmp_path / "utan.ics"
    write_calendar(out, lead_days=30)
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert all(e.walk("VALARM")[0].decoded("TRIGGER") == -30 * DAY for e in events)


def test_plans_are_audited_and_dates_cancelled_not_deleted(demo_register) -> None:
    tn = _body("TN")
    first = [date(2027, 1, 21), date(2027, 2, 18)]
    assert meetings.set_meetings(tn, first, 14) == first
    assert meetings.set_meetings(tn, [date(2027, 2, 18), date(2027, 3, 18)]) == [
        date(2027, 2, 18),
        date(2027, 3, 18),
    ]
    assert meetings.set_meetings(tn, first) == first  # a cancelled date comes back
    rows = [
        e for e in audit.list_events() if e.object_type == "decision_body" and e.object_id == tn
    ]
    fields = {r.field for r in rows}
    assert {"meetings_added", "meetings_cancelled"} <= fields
    assert memos.body_memo_settings(tn).papers_days == 14
    with pytest.raises(MeetingPlanError):
        meetings.set_meetings(tn, first, 400)


def test_meeting_dates_from_a_list_or_a_calendar_file() -> None:
    listed = "Sammanträden 2027\n2027-01-27 KS\n2027-02-24\n\n2027-02-24\n"
    assert meetings.parse_meetings(listed) == [date(2027, 1, 27), date(2027, 2, 24)]
    ics = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270127\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Stockholm:20270224T130000\r\n"
        "DTEND:20270224T150000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert meetings.parse_meetings(ics) == [date(2027, 1, 27), date(2027, 2, 24)]
    with pytest.raises(MeetingPlanError):
        meetings.parse_meetings("inga datum här")
    with pytest.raises(MeetingPlanError):
        meetings.parse_meetings("2027-02-30")
