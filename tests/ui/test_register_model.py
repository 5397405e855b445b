"""The register table model without a view: paging, sorting, search, status filter, colours.

Runs on a real SQLite demo register (``demo_sqlite``); every expectation is
computed independently through the services, not copied from the model.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.sort_keys import sort_key
from desktop_app.services import entries
from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter
from desktop_app.ui.register import model as model_mod
from desktop_app.ui.register.columns import MODEL_COLUMNS
from desktop_app.ui.register.model import (
    ENTRY_ID_ROLE,
    OVERDUE_COLOUR,
    STATE_ROLE,
    RegisterTableModel,
    format_amount,
    format_date,
)

COL = {name: i for i, name in enumerate(MODEL_COLUMNS)}


@pytest.fixture
def model(qapp, demo_sqlite) -> RegisterTableModel:
    m = RegisterTableModel(lang="sv")
    m.set_filter(RegisterFilter())
    return m


def column(m: RegisterTableModel, name: str) -> list[str]:
    return [m.data(m.index(r, COL[name])) for r in range(m.rowCount())]


def test_rows_are_fetched_a_page_at_a_time(model, monkeypatch) -> None:
    monkeypatch.setattr(model_mod, "PAGE_SIZE", 10)
    model.refresh()
    assert model.rowCount() == reg.total_count() > 20
    assert model.fetches == 0  # nothing read before the view asks
    model.data(model.index(0, COL["title"]))
    model.data(model.index(9, COL["title"]))
    assert model.fetches == 1 and len(model._cache) == 10
    model.data(model.index(15, COL["title"]))
    assert model.fetches == 2 and len(model._cache) == 20
    # Every row the model shows is the row the services give for that id.
    rows = reg.rows_by_ids(model.ids())
    for r in range(model.rowCount()):
        entry_id = model.data(model.index(r, 0), ENTRY_ID_ROLE)
        assert model.data(model.index(r, COL["title"])) == rows[entry_id].title


def test_header_sort_runs_a_new_ordered_query(model) -> None:
    model.sort(COL["title"], Qt.SortOrder.DescendingOrder)
    assert model.filter.sort_key == "title" and model.filter.descending
    titles = column(model, "title")
    assert titles == sorted(titles, key=sort_key, reverse=True)  # Swedish order
    model.sort(COL["decision_date"], Qt.SortOrder.AscendingOrder)
    dates = [d for d in column(model, "decision_date") if d]
    assert dates == sorted(dates)
    assert column(model, "decision_date")[-1] == "" or all(column(model, "decision_date"))


def test_search_narrows_to_matching_entries(model) -> None:
    total = model.rowCount()
    model.set_filter(RegisterFilter(search="łódź"))
    assert 0 < model.rowCount() < total
    everyone = {r.id: r for r in reg.rows(RegisterFilter())}
    expected = {
        i for i, r in everyone.items() if "łódź" in (r.title + r.counterparties + r.notes).lower()
    }
    assert set(model.ids()) == expected
    model.set_filter(RegisterFilter(search="ŁÓDŹ kraków"))  # case-folded, every term
    assert 0 < model.rowCount() < len(expected)
    model.set_filter(RegisterFilter(search="zzzz-inget"))
    assert model.rowCount() == 0


def test_overdue_filter_shows_the_overdue_rows_in_red(model) -> None:
    expected = [r.id for r in reg.rows(RegisterFilter()) if r.review_state == "overdue"]
    assert expected, "the demo register has overdue reviews"
    model.set_filter(RegisterFilter(statuses=frozenset({"overdue"})))
    assert sorted(model.ids()) == sorted(expected)
    for r in range(model.rowCount()):
        index = model.index(r, COL["title"])
        assert model.data(index, STATE_ROLE) == "overdue"
        assert model.data(index, Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_COLOUR
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert format_date(model.register_row(r).next_review_date) in tip
        assert model.data(model.index(r, COL["review_state"])) == "Omprövning försenad"


def test_archived_rows_are_grey_italic_and_hidden_by_default(model) -> None:
    first = model.register_row(0)
    entries.archive_entry(first.id, first.version)
    model.refresh()
    assert first.id not in model.ids()
    model.set_filter(RegisterFilter(statuses=frozenset({"archived"})))
    row = model.row_of(first.id)
    assert row >= 0
    index = model.index(row, COL["title"])
    assert model.data(index, STATE_ROLE) == "archived"
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is None


def test_display_formats() -> None:
    assert format_amount(Decimal("12500"), "SEK") == "12\u00a0500\u00a0kr"  # domain.money
    assert format_amount(Decimal("1234.5"), "EUR") == "1\u00a0234,50\u00a0EUR"
    assert format_amount(None, "SEK") == ""
    from datetime import date

    assert format_date(date(2026, 3, 1)) == "2026-03-01"


def test_labels_follow_the_language(qapp, demo_sqlite) -> None:
    m = RegisterTableModel(lang="en")
    m.set_filter(RegisterFilter(kinds=frozenset({"membership"})))
    assert set(column(m, "kind")) == {"Membership"}


def test_background_query_runner_applies_only_the_newest(qtbot, demo_sqlite) -> None:
    """The register's lane on the one runner is latest-only: four keystrokes in a row
    show the last one's result, and the older ones are dropped."""
    from desktop_app.ui.register.queries import query_register
    from desktop_app.ui.runner import Job, runner

    m = RegisterTableModel()
    applied = []

    def apply(result) -> None:
        f, ids, rows, _complete, _lead, _marked = result
        applied.append(f.search)
        m.apply_result(f, ids, rows)

    for text in ("k", "kr", "kra", "krak"):
        f = RegisterFilter(search=text)
        runner().submit(
            Job(
                lambda _c, f=f: query_register(f, m.today()),
                lane="register",
                latest_only=True,
                on_done=apply,
            )
        )
    assert runner().wait_idle(10_000)
    assert applied[-1] == "krak" and len(applied) < 4
    assert m.filter.search == "krak"
    assert m.rowCount() == reg.count(RegisterFilter(search="krak")) > 0
