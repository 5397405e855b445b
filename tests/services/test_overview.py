"""The overview queries on the demo register, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.services import catalog, context, overview
from desktop_app.services.demo import build_demo


def _by_case(rows):
    return {r.case_number: r for r in rows}


def test_due_rows_hold_the_overdue_and_due_demo_entries(register):
    build_demo()
    today = date.today()
    rows = _by_case(overview.due_rows(today))
    assert overview.days_left(rows["T2016-01906"], today) == -40
    assert rows["T2016-01906"].review_state == "overdue"
    assert overview.days_left(rows["KS 2009/0412"], today) == 75
    assert rows["KS 2009/0412"].review_state == "due"
    # Nothing beyond the lead time, nothing archived or terminated.
    lead = catalog.lead_days()
    for row in rows.values():
        assert overview.days_left(row, today) <= lead
        assert not row.archived and row.status != "terminated"
    dates = [r.next_review_date for r in overview.due_rows(today)]
    assert dates == sorted(dates)


def test_group_by_month_puts_overdue_first_then_months_in_order(register):
    build_demo()
    today = date.today()
    groups = overview.group_by_month(overview.due_rows(today), today)
    keys = [k for k, _ in groups]
    assert keys[0] == overview.OVERDUE_GROUP
    assert "T2016-01906" in {r.case_number for r in groups[0][1]}
    assert keys[1:] == sorted(keys[1:])
    euro_month = (today + timedelta(days=75)).strftime("%Y-%m")
    sef_month = (today + timedelta(days=150)).strftime("%Y-%m")
    month_cases = {k: {r.case_number for r in rows} for k, rows in groups}
    assert "KS 2009/0412" in month_cases[euro_month]
    assert "KS 2011/1180" in month_cases[sef_month]
    assert sum(len(rows) for _, rows in groups) == len(overview.due_rows(today))


def test_live_rows_include_entries_without_a_due_review(register):
    build_demo()
    live = _by_case(overview.due_rows(include_live=True))
    assert "T2025-00077" in live  # cooperation with an end date, no review
    assert "KS 2008/0099" not in live  # archived
    assert "KS 2012/0701" not in live  # terminated


def test_history_pages_newest_first_and_filters(register, monkeypatch):
    build_demo()
    everything = overview.HistoryFilter()
    total = overview.history_count(everything)
    first = overview.history_page(everything, limit=10)
    second = overview.history_page(everything, limit=10, offset=10)
    assert len(first) == 10 and total > 20
    assert first[0].id > first[-1].id > second[0].id
    oldest = overview.history_page(overview.HistoryFilter(newest_first=False), limit=1)
    assert oldest[0].action == "seed"

    ids = overview.entry_ids_for("t2016-01906")
    assert len(ids) == 1
    rows = overview.history_page(overview.HistoryFilter(entry_ids=ids))
    assert rows and all(r.case_number == "T2016-01906" for r in rows)
    assert overview.entry_ids_for("01906") == ids
    assert overview.history_page(overview.HistoryFilter(entry_ids=())) == []

    # Another registrar changes a theme: the user filter separates the two.
    monkeypatch.setenv("AVTALSREGISTER_USER", "annan")
    context.os_user.cache_clear()
    try:
        theme = catalog.list_themes()[0]
        catalog.update_theme(theme.id, theme.name_sv + " X", theme.name_en, True, theme.version)
    finally:
        monkeypatch.setenv("AVTALSREGISTER_USER", "testare")
        context.os_user.cache_clear()
    theirs = overview.history_page(overview.HistoryFilter(user="annan"))
    assert [r.object_name for r in theirs] == [theme.name_sv + " X"]
    assert theirs[0].old_value == theme.name_sv
    mine = overview.history_page(overview.HistoryFilter(user="testare"), limit=5000)
    assert len(mine) == total
    assert overview.history_count(overview.HistoryFilter(action="review")) >= 1
    assert "review" in overview.history_actions()
    tomorrow = date.today() + timedelta(days=1)
    assert overview.history_page(overview.HistoryFilter(since=tomorrow)) == []


def test_reference_names_resolve_body_ids(register):
    names = overview.reference_names()
    ks = catalog.body_by_short_name("KS")
    assert names["deciding_body_id"][ks.id] == "KS"
