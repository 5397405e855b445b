"""Review dates (R3): leap days, anchors, lead times, derived states."""

from datetime import date

import pytest

from desktop_app.domain.dates import (
    add_months,
    add_years,
    effective_status,
    interval_label,
    next_review_date,
    parse_interval_months,
    review_state,
)
from desktop_app.domain.kinds import ReviewState, Status


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [
        (date(2016, 9, 22), 4, date(2020, 9, 22)),
        (date(2016, 2, 29), 4, date(2020, 2, 29)),  # leap to leap
        (date(2020, 2, 29), 3, date(2023, 2, 28)),  # leap to common year: the earlier day
        (date(2020, 2, 29), -1, date(2019, 2, 28)),
        (date(1900, 2, 28), 4, date(1904, 2, 28)),
        (date(9995, 12, 31), 4, date(9999, 12, 31)),
    ],
)
def test_add_years(day: date, years: int, expected: date) -> None:
    assert add_years(day, years) == expected


def test_add_years_past_9999_is_an_error() -> None:
    with pytest.raises(ValueError):
        add_years(date(9998, 1, 1), 4)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"decision_date": date(2016, 9, 22)}, date(2020, 9, 22)),
        ({"start_date": date(2016, 1, 1)}, date(2020, 1, 1)),
        # the last review wins over the decision, which wins over the start
        (
            {
                "last_review": date(2022, 5, 1),
                "decision_date": date(2016, 9, 22),
                "start_date": date(2016, 1, 1),
            },
            date(2026, 5, 1),
        ),
        ({"decision_date": date(2016, 9, 22), "start_date": date(2015, 1, 1)}, date(2020, 9, 22)),
        ({}, None),  # open-ended, no anchor: no date
        ({"decision_date": date(9998, 1, 1)}, None),  # beyond the calendar: no date
    ],
)
def test_next_review_date_anchors(kwargs: dict, expected: date | None) -> None:
    assert next_review_date(48, **kwargs) == expected


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2020, 1, 31), 1, date(2020, 2, 29)),  # the month's last day, never March
        (date(2021, 1, 31), 1, date(2021, 2, 28)),
        (date(2016, 9, 22), 30, date(2019, 3, 22)),
        (date(2024, 8, 31), 18, date(2026, 2, 28)),
        (date(2020, 12, 15), 13, date(2022, 1, 15)),
        (date(2020, 3, 31), -1, date(2020, 2, 29)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("written", "months"),
    [
        ("4", 48),
        (4, 48),
        ("4 år", 48),
        ("vart 4:e år", 48),
        ("vart fjärde år", 48),
        ("vartannat år", 24),
        ("48", 48),
        ("30 mån", 30),
        ("18 months", 18),
        ("2 years", 24),
        ("", None),
    ],
)
def test_intervals_as_registers_write_them(written, months) -> None:
    assert parse_interval_months(written) == months


@pytest.mark.parametrize("written", ["ibland", "4 eller 5 år", 0, -4, 4.5, True])
def test_unreadable_intervals_are_refused(written) -> None:
    with pytest.raises(ValueError):
        parse_interval_months(written)


@pytest.mark.parametrize(
    ("months", "sv", "en"),
    [(48, "4 år", "4 years"), (12, "1 år", "1 year"), (30, "30 månader", "30 months")],
)
def test_interval_labels(months: int, sv: str, en: str) -> None:
    assert interval_label(months, "sv") == sv and interval_label(months, "en") == en


TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("next_review", "status", "end", "archived", "expected"),
    [
        (date(2026, 11, 26), Status.ACTIVE, None, False, ReviewState.OVERDUE),
        (date(2026, 11, 27), Status.ACTIVE, None, False, ReviewState.DUE),  # today: due
        (date(2027, 5, 26), Status.ACTIVE, None, False, ReviewState.DUE),  # day 180
        (date(2027, 5, 27), Status.ACTIVE, None, False, ReviewState.NONE),  # day 181
        (date(2026, 1, 1), Status.TERMINATED, None, False, ReviewState.NONE),
        (date(2026, 1, 1), Status.ACTIVE, date(2026, 6, 30), False, ReviewState.NONE),  # expired
        (date(2026, 1, 1), Status.ACTIVE, None, True, ReviewState.NONE),  # archived
        (date(2026, 1, 1), Status.DRAFT, None, False, ReviewState.NONE),  # not decided yet
        (None, Status.ACTIVE, None, False, ReviewState.NONE),
    ],
)
def test_review_state(next_review, status, end, archived, expected) -> None:
    assert (
        review_state(next_review, status, TODAY, 180, archived=archived, end_date=end) is expected
    )


def test_review_state_follows_the_lead_time() -> None:
    in_40_days = date(2027, 1, 6)
    assert review_state(in_40_days, Status.ACTIVE, TODAY, 30) is ReviewState.NONE
    assert review_state(in_40_days, Status.ACTIVE, TODAY, 60) is ReviewState.DUE


def test_expired_is_derived_from_the_end_date() -> None:
    assert effective_status("active", date(2026, 11, 26), TODAY) is Status.EXPIRED
    assert effective_status("active", date(2026, 11, 27), TODAY) is Status.ACTIVE
    assert effective_status("terminated", date(2020, 1, 1), TODAY) is Status.TERMINATED
