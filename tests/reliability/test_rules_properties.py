"""Property tests of the pure rules: never a crash, whatever the entry (issue 6)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.dates import add_years, next_review_date, review_state
from desktop_app.domain.entry import BodyInfo
from desktop_app.domain.kinds import BodyKind
from desktop_app.domain.rules import RuleContext, Severity, check_entry

from . import figures, strategies

CTX = RuleContext(
    today=date(2026, 11, 27),
    bodies={
        1: BodyInfo(1, "KF", "Kommunfullmäktige", BodyKind.CITY_COUNCIL),
        2: BodyInfo(2, "TN", "Trafiknämnden", BodyKind.COMMITTEE, True, "Trafikkontoret"),
        3: BodyInfo(3, "SLK", "Stadsledningskontoret", BodyKind.OFFICE),
    },
    counterparty_names={1: "Sankt Petersburg (vänort)", 2: "Eurocities", 3: "\u202eSida"},
    counterparty_types={1: "city", 2: "network", 3: "organisation"},
    theme_names={1: "Bistånd", 2: "Smarta städer"},
)
SMALL_IDS = st.one_of(st.none(), st.integers(0, 4))
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(strategies.entries(SMALL_IDS), st.sampled_from(strategies.EDGE_DATES))
def test_check_entry_never_raises(data, today) -> None:
    ctx = replace(CTX, today=today)
    findings = check_entry(data, ctx)
    figures.record("hypothesis_rule_examples")
    assert all(f.severity in tuple(Severity) for f in findings)
    assert all(f.code and f.message_sv and f.message_en for f in findings)
    # Errors first, then warnings, then notes (the editor shows them in that order).
    ranks = [f.rank for f in findings]
    assert ranks == sorted(ranks)
    if data.title.strip() == "":
        assert any(f.code == "REQ-TITLE" for f in findings)


@FAST
@given(st.sampled_from(strategies.EDGE_DATES) | st.dates(), st.integers(-60, 60))
def test_add_years_is_total_or_says_out_of_range(day, years) -> None:
    try:
        result = add_years(day, years)
    except ValueError:
        assert not 1 <= day.year + years <= 9999
        return
    assert result.year == day.year + years
    assert (result.month, result.day) in ((day.month, day.day), (2, 28))


@FAST
@given(strategies.any_interval, strategies.any_date, strategies.any_date, strategies.any_date)
def test_next_review_never_raises(interval, last, decision, start) -> None:
    result = next_review_date(interval, last_review=last, decision_date=decision, start_date=start)
    if result is not None:
        anchor = last or decision or start
        assert result > anchor
    state = review_state(result, "active", date(9999, 12, 31), 180, end_date=start)
    assert state in ("none", "due", "overdue")
