"""Memo deadlines from the deciding body's meeting plan (issue 16), on dates."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.meeting_plan import Plan, memo_target

D = date
KF = Plan((D(2027, 2, 8), D(2027, 4, 12), D(2027, 6, 14)), papers_days=28)
KS = Plan((D(2027, 1, 27), D(2027, 3, 10), D(2027, 3, 24), D(2027, 5, 19)), papers_days=21)
TN = Plan((D(2027, 1, 21), D(2027, 2, 18), D(2027, 3, 18)), papers_days=14)
PLANS = {"KF": KF, "KS": KS, "TN": TN}
TODAY = D(2027, 1, 4)


def test_the_last_meeting_before_the_review_less_the_papers_days() -> None:
    target = memo_target(D(2027, 3, 1), "TN", PLANS, 180, TODAY)
    assert target.from_plan and not target.late
    assert target.meeting == D(2027, 2, 18)
    assert target.memo_due == D(2027, 2, 4)  # 14 days before the meeting


def test_a_meeting_on_the_review_date_is_in_time() -> None:
    assert memo_target(D(2027, 3, 18), "TN", PLANS, 180, TODAY).meeting == D(2027, 3, 18)


def test_a_council_matter_goes_through_the_board_first() -> None:
    target = memo_target(D(2027, 5, 1), "KF", PLANS, 180, TODAY, via="KS")
    board, council = target.steps
    assert council.body_key == "KF" and council.meeting == D(2027, 4, 12)
    assert council.papers_due == D(2027, 3, 15)  # 28 days before the Council
    # The Board's last meeting on or before the Council's papers date ...
    assert board.body_key == "KS" and board.meeting == D(2027, 3, 10)
    # ... and the memo is due the Board's papers-days before that.
    assert target.memo_due == board.papers_due == D(2027, 2, 17)
    assert target.meeting == D(2027, 4, 12)


def test_too_late_for_the_meeting_before_takes_the_first_in_reach() -> None:
    today = D(2027, 2, 10)  # TN's papers for 2027-02-18 were due 2027-02-04
    target = memo_target(D(2027, 3, 1), "TN", PLANS, 180, today)
    assert target.late and target.meeting == D(2027, 3, 18)
    assert target.memo_due == D(2027, 3, 4)


def test_an_overdue_review_goes_to_the_next_meeting_in_reach() -> None:
    target = memo_target(D(2026, 11, 1), "TN", PLANS, 180, TODAY)
    assert target.late and target.meeting == D(2027, 1, 21)
    assert target.memo_due == D(2027, 1, 7)


def test_without_a_plan_the_lead_days_apply() -> None:
    target = memo_target(D(2027, 6, 30), "KUN", PLANS, 90, TODAY)
    assert not target.from_plan and target.steps == ()
    assert target.memo_due == D(2027, 4, 1) and target.meeting is None
    # A Council matter whose Board has no plan cannot be timed either.
    assert not memo_target(D(2027, 5, 1), "KF", {"KF": KF}, 90, TODAY, via="KS").from_plan


def test_no_meeting_in_reach_falls_back_to_the_lead_days() -> None:
    target = memo_target(D(2028, 3, 1), "TN", PLANS, 30, D(2027, 12, 1))
    assert not target.from_plan and target.memo_due == D(2028, 1, 31)
