"""The History page's queries on the demo register, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.services import catalog, context, overview
from desktop_app.services.demo import build_demo
from tests.demo_cases import WORKING_GROUP, case


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

    group = case(WORKING_GROUP)  # "T2022-02117"
    ids = overview.entry_ids_for(group.lower())
    assert len(ids) == 1
    rows = overview.history_page(overview.HistoryFilter(entry_ids=ids))
    assert rows and all(r.case_number == group for r in rows)
    assert overview.entry_ids_for(group[-5:]) == ids
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
