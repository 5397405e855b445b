"""The Reviews due model at the size that froze the old tree: 60,000 overdue entries.

No database: the model gets an index and rows made here, so what it asks
for (``rows_wanted``) and what it keeps can be counted exactly. A real
``QTableView`` shows it, so ``data()`` is called only as a real paint does.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.services.register import RegisterRow
from desktop_app.services.reviews_due import OVERDUE_GROUP, DueGroup, DueIndex
from desktop_app.ui.reviews import model as model_module
from desktop_app.ui.reviews.model import (
    CACHE_LIMIT,
    COL_CASE,
    COL_DAYS,
    ENTRY_ROLE,
    GROUP_ROLE,
    MAX_PENDING,
    PAGE_SIZE,
    ReviewsDueModel,
)
from desktop_app.ui.reviews.view import ReviewsDueView

TODAY = date(2026, 12, 3)
OVERDUE = 60_000
MONTHS = ("2026-12", "2027-01", "2027-02")
PER_MONTH = 1_000


def _row(entry_id: int, due: date) -> RegisterRow:
    empty = RegisterRow(*([None] * len(RegisterRow._fields)))
    return empty._replace(
        id=entry_id,
        case_number=f"KS 2020/{entry_id:06d}",
        title=f"Medlemskap {entry_id}",
        kind="membership",
        deciding_body="KS",
        next_review_date=due,
    )


def _due(entry_id: int) -> date:
    if entry_id <= OVERDUE:
        return TODAY - timedelta(days=1 + entry_id % 700)
    month = MONTHS[(entry_id - OVERDUE - 1) // PER_MONTH]
    return date(int(month[:4]), int(month[5:]), 20)


def _index(first: int = 500) -> DueIndex:
    groups = [DueGroup(OVERDUE_GROUP, tuple(range(1, OVERDUE + 1)))]
    start = OVERDUE + 1
    for key in MONTHS:
        groups.append(DueGroup(key, tuple(range(start, start + PER_MONTH))))
        start += PER_MONTH
    ids = [i for g in groups for i in g.ids][:first]
    return DueIndex(TODAY, 180, tuple(groups), tuple(_row(i, _due(i)) for i in ids))


@pytest.fixture
def shown(qtbot):
    model = ReviewsDueModel(lang="en")
    view = ReviewsDueView(model)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    asked: list[list[int]] = []
    model.rows_wanted.connect(asked.append)
    return model, view, asked


def _paint(qtbot, view) -> None:
    view.viewport().repaint()
    QApplication.processEvents()  # the once-per-paint request
    qtbot.wait(5)


def test_a_large_group_starts_closed_and_opens_in_one_step(qtbot, shown) -> None:
    model, view, asked = shown
    model.set_index(_index())
    # 60,000 overdue are over the budget: only the group rows, with their counts.
    assert model.rowCount() == 4
    assert [model.index(r, 0).data(GROUP_ROLE) for r in range(4)] == [OVERDUE_GROUP, *MONTHS]
    assert model.index(0, 0).data() == "Overdue (60,000)"
    assert model.index(1, 0).data().startswith("2026-12 – December 2026 (1,000)")
    model.set_expanded(OVERDUE_GROUP, True)
    assert model.rowCount() == 4 + OVERDUE
    assert [view.columnSpan(r, 0) for r in model.header_rows()] == [model.columnCount()] * 4
    assert model.header_rows() == [0, OVERDUE + 1, OVERDUE + 2, OVERDUE + 3]
    _paint(qtbot, view)
    # The first screen came with the index: nothing to read, and it shows.
    assert asked == []
    assert model.index(1, COL_CASE).data() == "KS 2020/000001"
    assert model.index(1, COL_DAYS).data() == f"{(TODAY - _due(1)).days} days overdue"
    assert model.index(1, 0).data(ENTRY_ROLE) == 1
    model.set_expanded(OVERDUE_GROUP, False)
    assert model.rowCount() == 4


def test_rows_are_read_for_the_screen_only_and_memory_stays_bounded(qtbot, shown) -> None:
    model, view, asked = shown
    model.set_index(_index())
    model.set_expanded(OVERDUE_GROUP, True)
    for target in range(1_000, OVERDUE, 2_500):  # a registrar scrolling down a long group
        view.scrollTo(model.index(target, 0))
        _paint(qtbot, view)
        assert asked, f"row {target} shown blank and never asked for"
        wanted = asked[-1]
        assert len(wanted) <= MAX_PENDING * PAGE_SIZE
        assert model.entry_id(target) in wanted
        top = view.rowAt(0)
        assert all(abs(model.row_of(i) - top) < MAX_PENDING * PAGE_SIZE * 2 for i in wanted)
        model.add_rows({i: _row(i, _due(i)) for i in wanted}, wanted)
        asked.clear()
        _paint(qtbot, view)
        assert asked == []  # delivered: not asked again
        assert model.index(target, COL_CASE).data() == f"KS 2020/{model.entry_id(target):06d}"
        assert model.cached_count() <= CACHE_LIMIT


def test_an_id_that_is_not_found_is_not_asked_for_again(qtbot, shown) -> None:
    model, view, asked = shown
    model.set_index(_index(first=0))
    model.set_expanded(MONTHS[0], True)
    _paint(qtbot, view)
    (wanted,) = asked
    model.add_rows({}, wanted)  # e.g. the register changed in between
    asked.clear()
    _paint(qtbot, view)
    assert asked == []
    assert model.index(2, COL_CASE).data() == ""


def test_the_users_choice_of_open_groups_survives_a_new_index(qtbot, shown) -> None:
    model, _view, _asked = shown
    model.set_index(_index())
    model.set_expanded(MONTHS[1], True)
    model.set_index(_index())
    assert model.is_expanded(MONTHS[1]) and not model.is_expanded(OVERDUE_GROUP)
    assert model.row_of(OVERDUE + PER_MONTH + 1) == 3  # first of 2027-01, under its header
    assert model.row_of(5) == -1  # in the closed overdue group
    assert model.row_of(5, expand=True) == 5  # opening it
    assert model.group_row(5) == 0 and model.group_key_at(5) == OVERDUE_GROUP


def test_small_groups_open_in_order_until_the_budget(qtbot, shown, monkeypatch) -> None:
    model, _view, _asked = shown
    monkeypatch.setattr(model_module, "EXPAND_BUDGET", 1_500)
    groups = (DueGroup("2026-12", tuple(range(1, 1001))), DueGroup("2027-01", (1001, 1002)))
    model.set_index(DueIndex(TODAY, 180, groups, ()))
    assert model.is_expanded("2026-12") and model.is_expanded("2027-01")
    groups = (*groups, DueGroup("2027-02", tuple(range(2000, 2600))), DueGroup("2027-03", (9,)))
    fresh = ReviewsDueModel(lang="en")
    fresh.set_index(DueIndex(TODAY, 180, groups, ()))
    assert [fresh.is_expanded(g.key) for g in groups] == [True, True, False, False]
