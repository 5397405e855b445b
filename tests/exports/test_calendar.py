"""Review reminders as iCalendar, read back with the `icalendar` package."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from desktop_app.exports.calendar_ics import (
    ReviewEvent,
    build_calendar,
    escape_text,
    fold,
    review_events,
    write_calendar,
)
from desktop_app.services import entries
from desktop_app.services import register as reg


def _read(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def _events(cal: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_one_event_per_upcoming_review_with_alarm(demo_register, tmp_path: Path) -> None:
    out = tmp_path / "omprovningar.ics"
    count = write_calendar(out)
    cal = _read(out)
    assert str(cal["METHOD"]) == "PUBLISH" and "Avtalsregister" in str(cal["PRODID"])
    events = _events(cal)
    live = reg.query_ids(reg.RegisterFilter(due_within_days=36500))
    rows = reg.rows_by_ids(live)
    expected = {i for i, r in rows.items() if r.next_review_date is not None}
    assert count == len(events) == len(expected) > 5
    for entry_id in expected:
        event = events[f"entry-{entry_id}-review@avtalsregister"]
        row = rows[entry_id]
        assert event.decoded("DTSTART") == row.next_review_date  # all-day, original date
        assert event.decoded("DTEND") == row.next_review_date + timedelta(days=1)
        summary = str(event["SUMMARY"])
        assert summary == f"Omprövning: {row.title} ({row.case_number})"
        description = str(event["DESCRIPTION"])
        assert f"Diarienummer: {row.case_number}" in description
        assert "Beslutande organ: " in description and "Avtalstyp: " in description
        assert int(event["SEQUENCE"]) == row.version
        alarms = event.walk("VALARM")
        assert len(alarms) == 1 and alarms[0].decoded("TRIGGER") == timedelta(days=-180)
    terminated = reg.query_ids(reg.RegisterFilter(statuses=frozenset({"terminated"})))
    assert not {f"entry-{i}-review@avtalsregister" for i in terminated} & set(events)


def test_overdue_reviews_stay_on_their_date(demo_register, tmp_path: Path) -> None:
    overdue = reg.query_ids(reg.RegisterFilter(statuses=frozenset({"overdue"})))
    assert overdue
    out = tmp_path / "o.ics"
    write_calendar(out, due_within_days=180)
    events = _events(_read(out))
    row = reg.rows_by_ids(overdue)[overdue[0]]
    event = events[f"entry-{overdue[0]}-review@avtalsregister"]
    assert event.decoded("DTSTART") == row.next_review_date < date.today()
    assert "FÖRSENAD" in str(event["DESCRIPTION"])
    assert all(e.decoded("DTSTART") <= date.today() + timedelta(days=180) for e in events.values())


def test_uids_are_stable_and_a_review_moves_the_event(demo_register, tmp_path: Path) -> None:
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    write_calendar(first, lead_days=30)
    before = _events(_read(first))
    entry_id = next(
        i
        for i in reg.query_ids(reg.RegisterFilter(due_within_days=180))
        if reg.rows_by_ids([i])[i].kind == "membership"
    )
    record = entries.get_entry(entry_id)
    entries.record_review(
        entry_id,
        entries.ReviewInput("continue", date.today(), decision_date=date.today()),
        record.version,
    )
    write_calendar(second, lead_days=30)
    after = _events(_read(second))
    assert set(after) == set(before)
    uid = f"entry-{entry_id}-review@avtalsregister"
    assert after[uid].decoded("DTSTART") > before[uid].decoded("DTSTART")
    assert int(after[uid]["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
    assert after[uid].walk("VALARM")[0].decoded("TRIGGER") == timedelta(days=-30)


def test_file_is_folded_crlf_and_escaped(tmp_path: Path) -> None:
    event = ReviewEvent(
        7,
        3,
        date(2027, 2, 10),
        "KS 2009/0412",
        "Medlemskap i Łódź; Kraków, och \\ mer " + "å" * 60,
        "membership",
        "Łódź; Kraków",
        "Kommunfullmäktige (KF)",
        "Kommunstyrelsen (KS)",
        False,
    )
    text = build_calendar([event], lead_days=180, now=datetime(2026, 1, 1, 12, 0))
    data = text.encode("utf-8")
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(data)
    parsed = next(iter(cal.walk("VEVENT")))
    assert str(parsed["SUMMARY"]) == f"Omprövning: {event.title} (KS 2009/0412)"
    assert "Motpart: Łódź; Kraków\n" in str(parsed["DESCRIPTION"])


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [("a,b;c\\d", "a\\,b\\;c\\\\d"), ("rad1\nrad2", "rad1\\nrad2"), ("x\r\ny", "x\\ny")],
)
def test_escape_text(raw: str, escaped: str) -> None:
    assert escape_text(raw) == escaped


def test_fold_never_splits_a_character() -> None:
    line = "SUMMARY:" + "ö" * 100
    folded = fold(line)
    parts = folded.split("\r\n ")
    assert "".join(parts) == line
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)


def test_no_alarm_with_zero_lead(demo_register) -> None:
    events = review_events(180)
    text = build_calendar(events, lead_days=0)
    assert "VALARM" not in text and text.count("BEGIN:VEVENT") == len(events)
