"""The Reviews due page's reads on the demo register, on SQLite and PostgreSQL.

The index must hold exactly what the register's own "due" and "overdue"
filter selects, in the same order, grouped overdue first and then by month;
rows are read by id for the part on screen.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.services import register as reg
from desktop_app.services import register_settings, reviews_due
from desktop_app.services.demo import build_demo
from desktop_app.services.register import RegisterFilter
from desktop_app.services.reviews_due import OVERDUE_GROUP
from tests.demo_cases import LODZ, POLIS, SEF, WIEN, WORKING_GROUP, case


def _cases(index, key):
    group = next(g for g in index.groups if g.key == key)
    rows = reviews_due.light_rows(group.ids, index.today)
    return [rows[i].case_number for i in group.ids]


def _due_filter_ids(today: date) -> list[int]:
    f = RegisterFilter(statuses=frozenset({"due", "overdue"}), sort_key="next_review_date")
    return reg.query_ids(f, today)


def test_the_index_is_the_registers_due_filter_grouped_by_month(register):
    build_demo()
    today = date.today()
    index = reviews_due.due_index(today)
    assert index.ids() == _due_filter_ids(today)  # the same entries in the same order
    keys = [g.key for g in index.groups]
    assert keys[0] == OVERDUE_GROUP
    assert keys[1:] == sorted(keys[1:]) and len(set(keys)) == len(keys)
    assert case(WORKING_GROUP) in _cases(index, OVERDUE_GROUP)
    assert "KS 2009/0412" in _cases(index, (today + timedelta(days=75)).strftime("%Y-%m"))
    assert case(SEF) in _cases(index, (today + timedelta(days=150)).strftime("%Y-%m"))
    counts = reg.review_state_counts(today)
    assert (index.overdue, index.due) == (counts["overdue"], counts["due"])
    assert index.total == len(index.ids()) and index.lead_days == register_settings.lead_days()
    # Each group holds only its month; overdue only what is before today.
    rows = reviews_due.light_rows(index.ids(), today)
    for group in index.groups:
        for entry_id in group.ids:
            day = rows[entry_id].next_review_date
            if group.key == OVERDUE_GROUP:
                assert day < today and rows[entry_id].review_state == "overdue"
            else:
                assert day.strftime("%Y-%m") == group.key and day >= today
                assert rows[entry_id].review_state == "due"


def test_the_first_rows_come_with_the_index_in_its_order(register):
    build_demo()
    today = date.today()
    index = reviews_due.due_index(today, first=3)
    assert [r.id for r in index.first_rows] == index.ids()[:3]
    whole = reviews_due.due_index(today)
    assert [r.id for r in whole.first_rows] == whole.ids()  # the demo has fewer than 500
    overdue = next(r for r in whole.first_rows if r.case_number == case(WORKING_GROUP))
    assert reviews_due.days_left(overdue, today) == -40
    assert overdue.title and overdue.deciding_body and overdue.kind


def test_a_later_day_moves_entries_into_overdue(register):
    build_demo()
    today = date.today()
    later = today + timedelta(days=100)
    index = reviews_due.due_index(later)
    assert "KS 2009/0412" in _cases(index, OVERDUE_GROUP)  # due in 75 days: late by then
    assert index.ids() == _due_filter_ids(later)


def test_light_rows_read_what_the_page_shows(register):
    build_demo()
    today = date.today()
    rows = {r.case_number: r for r in reviews_due.due_rows(today)}
    assert reviews_due.days_left(rows["KS 2009/0412"], today) == 75
    assert rows["KS 2009/0412"].review_state == "due"
    lead = register_settings.lead_days()
    for row in rows.values():
        assert reviews_due.days_left(row, today) <= lead
        assert not row.archived and row.status != "terminated"
    assert reviews_due.light_rows([], today) == {}
    assert reviews_due.light_rows([10**9], today) == {}  # an unknown id is simply absent


def test_live_rows_hold_every_live_entry_dated_first(register):
    build_demo()
    today = date.today()
    live = reviews_due.live_rows(today)
    cases = [r.case_number for r in live]
    assert case(LODZ) in cases  # cooperation with an end date, no review
    assert case(WIEN) not in cases  # archived
    assert case(POLIS) not in cases  # terminated
    expected = reg.query_ids(
        RegisterFilter(statuses=frozenset({"draft", "active"}), sort_key="next_review_date"),
        today,
    )
    assert [r.id for r in live] == expected  # dated by next review, then undated by number
    dated = [r.next_review_date for r in live if r.next_review_date is not None]
    assert dated == sorted(dated)
    assert [r.id for r in reviews_due.live_rows(today, limit=3)] == expected[:3]
