"""Date arithmetic for reviews (R3): months, month ends, open ends, lead times."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from desktop_app.domain.kinds import DEFAULT_LEAD_DAYS, ReviewState, Status


def lead_days_setting(stored: str | None) -> int:
    """The lead time (days before a review date that an entry counts as due) from
    the register's stored setting: the default when none is stored or what is
    stored is not a number; never below zero."""
    try:
        return max(0, int(stored if stored is not None else DEFAULT_LEAD_DAYS))
    except ValueError:
        return DEFAULT_LEAD_DAYS


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months; a day the target month lacks becomes its last day.

    A review decided on 2020-01-31 with a one-month interval is due on
    2020-02-29, one decided on 2020-02-29 with a 36-month interval on
    2023-02-28, never in the month after: the earlier date is the safe one.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} is out of range")
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    """``day`` plus whole years (29 Feb falls back to 28 Feb in common years)."""
    return add_months(day, 12 * years)


def review_anchor(
    *,
    last_review: date | None = None,
    decision_date: date | None = None,
    start_date: date | None = None,
) -> date | None:
    """What the next review counts from: the last review, else the decision, else the start."""
    return last_review or decision_date or start_date


def next_review_date(
    interval_months: int | None,
    *,
    last_review: date | None = None,
    decision_date: date | None = None,
    start_date: date | None = None,
) -> date | None:
    """R3: the anchor plus the interval; ``None`` when no interval or no anchor date."""
    if not interval_months or interval_months <= 0:
        return None
    anchor = review_anchor(
        last_review=last_review, decision_date=decision_date, start_date=start_date
    )
    if anchor is None:
        return None
    try:
        return add_months(anchor, interval_months)
    except ValueError:
        return None


def months_between(first: date, later: date) -> float:
    """Whole months from ``first`` to ``later`` plus the fraction of the last one (for R3)."""
    months = (later.year - first.year) * 12 + (later.month - first.month)
    return months + (later.day - first.day) / 31


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

    Only an active entry in force (not expired, not archived) can be due: a
    draft has not been decided yet, so nothing about it is overdue, and a
    terminated agreement needs no review.
    """
    if next_review is None or archived:
        return ReviewState.NONE
    if effective_status(status, end_date, today) is not Status.ACTIVE:
        return ReviewState.NONE
    if next_review < today:
        return ReviewState.OVERDUE
    if next_review <= today + timedelta(days=lead_days):
        return ReviewState.DUE
    return ReviewState.NONE


def interval_label(months: int | None, lang: str = "sv") -> str:
    """A review interval as people say it: 48 -> "4 år", 30 -> "30 månader", 12 -> "1 år"."""
    if not months:
        return ""
    years, rest = divmod(months, 12)
    if lang == "en":
        if rest:
            return f"{months} month" + ("s" if months != 1 else "")
        return f"{years} year" + ("s" if years != 1 else "")
    if rest:
        return f"{months} månad" + ("er" if months != 1 else "")
    return f"{years} år"


_YEAR_WORDS = ("år", "year", "yr")
_MONTH_WORDS = ("mån", "month", "mnd")
_ORDINAL_YEARS = {
    "varje år": 1, "årligen": 1, "vartannat": 2, "tredje": 3, "fjärde": 4, "femte": 5,
    "sjätte": 6, "every year": 1, "annually": 1, "every other year": 2,
}  # fmt: skip


def parse_interval_months(value: object) -> int | None:
    """A review interval as written in a register, in months.

    ``"4 år"``, ``"vart 4:e år"``, ``"4 years"`` -> 48; ``"30 mån"``,
    ``"18 months"`` -> 30, 18. A bare number is years below 12 (the way
    registers have written intervals: "4") and months from 12 up ("48", as
    this program exports them), since no one reviews every 12 years or more.
    Empty is ``None``; anything else raises ``ValueError``.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        if not float(value).is_integer():
            raise ValueError(value)
        number, unit = int(value), ""
    else:
        text = str(value).casefold()
        digits = [int(d) for d in re.findall(r"\d+", text)]
        words = [n for w, n in _ORDINAL_YEARS.items() if w in text]
        if not digits and words:
            return max(words) * 12  # "vart fjärde år"
        if len(digits) != 1 or digits[0] > 9999:
            raise ValueError(value)
        number = digits[0]
        unit = "m" if any(w in text for w in _MONTH_WORDS) else ""
        unit = unit or ("y" if any(w in text for w in _YEAR_WORDS) else "")
    if number <= 0:
        raise ValueError(value)
    if unit == "y" or (not unit and number < 12):
        return number * 12
    return number
