"""When a memo must be ready: the deciding body's meeting plan, not a number of days.

A review due on a date must be decided at the body's last meeting on or
before that date; the memo must be in the papers-days before that meeting
("ska vara klar senast"). A City Council matter goes through the City
Executive Board first: the Board must treat it at its last meeting on or
before the Council's papers deadline, so the memo is due the Board's
papers-days before that meeting. A review already late (or too close) goes
to the first meeting whose papers deadline has not passed.

Without a plan for the body (or no meeting in reach) the register's lead
time applies as before: the memo is due ``lead_days`` before the review.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

DEFAULT_PAPERS_DAYS = 21


@dataclass(frozen=True)
class Step:
    """One body's meeting on the way, and when its papers must be in."""

    body_key: str  # the body's kind ("city_council") or id as text, as the plan is keyed
    meeting: date
    papers_due: date


@dataclass(frozen=True)
class MeetingTarget:
    """For one review: the meeting it must reach, and when the memo must be ready.

    ``steps`` run in order (the Board before the Council); ``memo_due`` is the
    first step's papers date, or ``review_date - lead_days`` without a plan
    (``from_plan`` False). ``late``: no meeting before the review date can
    still be reached, the first reachable one after it was taken.
    """

    review_date: date
    memo_due: date
    steps: tuple[Step, ...] = field(default=())
    from_plan: bool = False
    late: bool = False

    @property
    def meeting(self) -> date | None:
        """The meeting that decides (the last step)."""
        return self.steps[-1].meeting if self.steps else None


@dataclass(frozen=True)
class Plan:
    """A body's meeting dates (sorted) and how many days before its papers are due."""

    meetings: tuple[date, ...]
    papers_days: int = DEFAULT_PAPERS_DAYS


def _last_on_or_before(meetings: Sequence[date], day: date) -> date | None:
    at = bisect_right(meetings, day)
    return meetings[at - 1] if at else None


def memo_target(
    review_date: date,
    decider: str,
    plans: Mapping[str, Plan],
    lead_days: int,
    today: date,
    via: str | None = None,
) -> MeetingTarget:
    """The meeting and memo deadline of a review decided by ``decider``.

    ``decider`` and ``via`` (the Board, for a Council matter) are keys of
    ``plans``. A missing plan, or one with no meeting in reach, falls back to
    the lead time.
    """
    fallback = MeetingTarget(review_date, review_date - timedelta(days=max(0, lead_days)))
    final = plans.get(decider)
    if final is None or not final.meetings:
        return fallback
    if via is not None and (via not in plans or not plans[via].meetings):
        return fallback
    late = False
    meeting = _last_on_or_before(final.meetings, review_date)
    steps = _steps(decider, meeting, final, via, plans) if meeting else None
    if steps is None or steps[0].papers_due < today:
        # Too late for the meeting before the review: the first one still in reach.
        late = True
        steps = None
        for candidate in final.meetings:
            if candidate - timedelta(days=final.papers_days) < today:
                continue
            steps = _steps(decider, candidate, final, via, plans)
            if steps is not None and steps[0].papers_due >= today:
                break
            steps = None
        if steps is None:
            return fallback
    return MeetingTarget(review_date, steps[0].papers_due, tuple(steps), True, late)


def _steps(
    decider: str, meeting: date, final: Plan, via: str | None, plans: Mapping[str, Plan]
) -> list[Step] | None:
    last = Step(decider, meeting, meeting - timedelta(days=final.papers_days))
    if via is None:
        return [last]
    board = plans[via]
    before = _last_on_or_before(board.meetings, last.papers_due)
    if before is None:
        return None
    return [Step(via, before, before - timedelta(days=board.papers_days)), last]
