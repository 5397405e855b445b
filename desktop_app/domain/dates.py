"""Date arithmetic for reviews (R3): leap days, open ends, lead times."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from desktop_app.domain.kinds import DEFAULT_LEAD_DAYS, ReviewState, Status


def add_years(day: date, years: int) -> date:
    """``day`` plus whole years; 29 Feb falls back to 28 Feb in common years.

    A review decided on 2016-02-29 is next due on 2020-02-29 (leap), but one
    decided on 2020-02-29 with a three-year interval is due 2023-02-28, not
    in March: the strategy speaks of years, and the earlier date is the safe one.
    """
    target_year = day.year + years
    if not 1 <= target_year <= 9999:
        raise ValueError(f"year {target_year} is out of range")
    if day.month == 2 and day.day == 29 and not calendar.isleap(target_year):
        return date(target_year, 2, 28)
    return day.replace(year=target_year)


def next_review_date(
    interval_years: int | None,
    *,
    last_review: date | None = None,
    decision_date: date | None = None,
    start_date: date | None = None,
) -> date | None:
    """R3: the next review follows from the last review, else the decision
    date, else the start date. ``None`` when no interval or no anchor date.
    """
    if not interval_years or interval_years <= 0:
        return None
    anchor = last_review or decision_date or start_date
    if anchor is None:
        return None
    try:
        return add_years(anchor, interval_years)
    except ValueError:
        return None


def effective_status(status: str, end_date: date | None, today: date) -> Status:
    """Stored status with "expired" derived: an active entry whose end date has passed."""
    if status == Status.ACTIVE and end_date is not None and end_date < today:
        return Status.EXPIRED
    return Status(status)


def review_state(
    next_review: date | None,
    status: str,
    today: date,
    lead_days: int = DEFAULT_LEAD_DAYS,
    *,
    archived: bool = False,
    end_date: date | None = None,
) -> ReviewState:
    """Whether an entry is due for review within ``lead_days`` or overdue.

    Only live entries (draft or active, not expired, not archived) can be due:
    a terminated agreement needs no review.
    """
    if next_review is None or archived:
        return ReviewState.NONE
    if effective_status(status, end_date, today) not in (Status.ACTIVE, Status.DRAFT):
        return ReviewState.NONE
    if next_review < today:
        return ReviewState.OVERDUE
    if next_review <= today + timedelta(days=lead_days):
        return ReviewState.DUE
    return ReviewState.NONE
