"""The reviews-due page and its timeline on the real demo register."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta  # noqa: E402

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402

from desktop_app.services import reviews_due  # noqa: E402
from desktop_app.ui.reviews.model import COL_CASE, COL_DAYS, ENTRY_ROLE  # noqa: E402
from desktop_app.ui.reviews.page import ReviewsDuePage  # noqa: E402
from desktop_app.ui.widgets.timeline import (  # noqa: E402
    LABEL_WIDTH,
    ROW_HEIGHT,
    TODAY_COLOR,
    TimelineWidget,
)
from tests.demo_cases import SEF, WIEN, WORKING_GROUP, case  # noqa: E402

from .conftest import wait_idle  # noqa: E402


def _page(qtbot) -> ReviewsDuePage:
    page = ReviewsDuePage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    wait_idle()  # read on the runner
    return page


def _cases(ids) -> list[str]:
    rows = reviews_due.light_rows(list(ids))
    return [rows[i].case_number for i in ids]


def _row_of_case(page: ReviewsDuePage, case: str) -> int:
    model = page.model
    return next(row for row in range(model.rowCount()) if model.index(row, COL_CASE).data() == case)


def test_groups_overdue_first_then_months_with_counts(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    today = date.today()
    groups = page.groups()
    key, title, ids = groups[0]
    assert key == reviews_due.OVERDUE_GROUP
    assert case(WORKING_GROUP) in _cases(ids)
    assert title.endswith(f"({len(ids)})")
    by_key = {k: _cases(i) for k, _, i in groups}
    assert "KS 2009/0412" in by_key[(today + timedelta(days=75)).strftime("%Y-%m")]  # Eurocities
    assert case(SEF) in by_key[(today + timedelta(days=150)).strftime("%Y-%m")]  # SEF
    for key, title, ids in groups:
        assert title.endswith(f"({len(ids)})")
        assert key == reviews_due.OVERDUE_GROUP or title.startswith(key)
    months = [k for k, _, _ in groups[1:]]
    assert months == sorted(months)
    # Every due/overdue entry appears once, and nothing else; all shown (a small register).
    shown = [i for _, _, ids in groups for i in ids]
    assert shown == [r.id for r in reviews_due.due_rows(today)]
    model = page.model
    assert model.rowCount() == len(groups) + len(shown)
    listed = [model.index(r, 0).data(ENTRY_ROLE) for r in range(model.rowCount())]
    assert [i for i in listed if i is not None] == shown
    # The overdue entry says by how much; the summary counts it.
    row = _row_of_case(page, case(WORKING_GROUP))
    assert "40" in model.index(row, COL_DAYS).data()
    assert f"{len(groups[0][2])} overdue" in page.summary.text()


def test_group_rows_span_the_list_and_open_and_close(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    table, model = page.table, page.model
    header = model.header_rows()[0]
    count = len(page.groups()[0][2])
    assert table.columnSpan(header, 0) == model.columnCount()
    assert model.index(header, 0).data() == page.groups()[0][1]
    total = model.rowCount()
    opened: list[int] = []
    page.open_entry_requested.connect(opened.append)
    # A double-click on the group's row closes it; the next group's row moves up.
    rect = table.visualRect(model.index(header, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert model.rowCount() == total - count
    assert table.columnSpan(header + 1, 0) == model.columnCount()  # the next group's row
    # The arrow opens it again; Left closes, Right opens, Space toggles.
    arrow = QPoint(10, rect.center().y())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=arrow)
    assert model.rowCount() == total
    table.setFocus()
    table.setCurrentIndex(model.index(header, 0))
    qtbot.keyClick(table, Qt.Key.Key_Left)
    assert model.rowCount() == total - count
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert model.rowCount() == total
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert not model.is_expanded(reviews_due.OVERDUE_GROUP)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter on a group row opens it
    assert model.is_expanded(reviews_due.OVERDUE_GROUP)
    # Left on an entry goes to its group's row; a group row is not an entry.
    table.setCurrentIndex(model.index(header + 2, 0))
    qtbot.keyClick(table, Qt.Key.Key_Left)
    assert table.currentIndex().row() == header
    assert page.selected_entry_ids() == []
    assert opened == []  # no group row ever asked to open an entry
    # Closed groups stay closed when the page reads again (F5).
    model.set_expanded(reviews_due.OVERDUE_GROUP, False)
    page.reload()
    wait_idle()
    assert not model.is_expanded(reviews_due.OVERDUE_GROUP)


def test_double_click_on_an_entry_asks_to_open_it(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    index = page.model.index(1, 1)
    entry_id = index.data(ENTRY_ROLE)
    rect = page.table.visualRect(index)
    viewport = page.table.viewport()
    opened: list[int] = []
    page.open_entry_requested.connect(opened.append)
    # QTest's lone double-click event is not a double click for item views:
    # press-release first, as a real mouse does.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_entry_ids() == [entry_id]
    with qtbot.waitSignal(page.open_entry_requested) as signal:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [entry_id]
    assert opened == [entry_id]  # once: the editor must not open twice
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens it too
    assert opened == [entry_id, entry_id]


def test_timeline_paints_bars_and_the_today_line(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    timeline = page.timeline
    rows = timeline.rows()
    assert len(rows) == len(reviews_due.due_rows())
    image = timeline.grab().toImage()
    assert image.width() > LABEL_WIDTH and image.height() >= timeline.row_top(len(rows))
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 5)
    }
    assert len(colours) > 20  # bars, labels, marks: not a blank picture
    x = timeline.today_x()
    today = QColor(TODAY_COLOR).rgb()
    for index in range(len(rows)):
        y = timeline.row_top(index) + 2  # above the bar and the marks
        assert today in (image.pixel(x, y), image.pixel(x - 1, y))
    # Left of the line at the same height: no line colour.
    assert image.pixel(x - 20, timeline.row_top(0) + 2) != today


def test_timeline_maps_clicks_to_entries(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    timeline = page.timeline
    rows = timeline.rows()
    assert len(rows) >= 3
    pos = QPoint(LABEL_WIDTH + 40, timeline.row_top(2) + ROW_HEIGHT // 2)
    assert timeline.entry_at(pos) == rows[2].id
    assert timeline.entry_at(QPoint(10, 5)) is None  # the year axis
    with qtbot.waitSignal(timeline.entry_selected) as selected:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos)
    assert selected.args == [rows[2].id]
    assert page.selected_entry_id() == rows[2].id  # the list follows
    with qtbot.waitSignal(page.open_entry_requested) as opened:
        qtbot.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=pos)
    assert opened.args == [rows[2].id]
    assert case(WORKING_GROUP) in "".join(timeline.tooltip_text(r) for r in rows)
    # The list's highlight moves the picture's.
    page.table.setCurrentIndex(page.model.index(1, 0))
    assert timeline.selected_id() == page.model.entry_id(1)


def test_a_bar_of_a_closed_group_opens_it(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    key, _, ids = page.groups()[-1]
    page.expand_group(key, False)
    assert page.model.row_of(ids[0]) == -1
    page.timeline.entry_selected.emit(ids[0])
    assert page.model.is_expanded(key)
    assert page.selected_entry_id() == ids[0]


def test_show_all_puts_every_live_entry_in_the_timeline(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    due = len(page.timeline.rows())
    page.show_all.setChecked(True)
    wait_idle()
    live = page.timeline.rows()
    assert len(live) > due
    assert case(WIEN) not in {r.case_number for r in live}  # archived
    assert page.timeline.note() == f"{len(live)} live entries"
    # Scrolled down, the year axis stays on top: a click there selects nothing.
    page.splitter.setSizes([100, 300])
    bar = page.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    timeline = page.timeline
    assert timeline.entry_at(QPoint(LABEL_WIDTH + 40, bar.value() + 5)) is None
    below_axis = QPoint(LABEL_WIDTH + 40, bar.value() + 60)
    assert timeline.entry_at(below_axis) is not None
    # F5 with the box ticked reads the live entries again; unticked: the listed ones.
    page.reload()
    wait_idle()
    assert len(page.timeline.rows()) == len(live)
    page.show_all.setChecked(False)
    assert len(page.timeline.rows()) == due


def test_empty_timeline_still_paints(qtbot) -> None:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(800, 200)
    widget.set_rows([], date(2026, 1, 1))
    image = widget.grab().toImage()
    assert not image.isNull()


def test_hovering_a_bar_shows_the_entry_details(qtbot, demo_sqlite) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    page = _page(qtbot)
    timeline = page.timeline
    rows = timeline.rows()
    index = next(i for i, r in enumerate(rows) if r.case_number == case(WORKING_GROUP))
    pos = QPoint(LABEL_WIDTH + 100, timeline.row_top(index) + ROW_HEIGHT // 2)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, timeline.mapToGlobal(pos))
    QApplication.sendEvent(timeline, event)
    text = QToolTip.text()
    assert case(WORKING_GROUP) in text
    assert "40" in text  # days overdue
    assert rows[index].next_review_date.isoformat() in text
    QToolTip.hideText()


def test_timeline_keyboard_moves_and_opens(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    timeline = page.timeline
    rows = timeline.rows()
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.selected_id() == rows[1].id
    assert page.selected_entry_id() == rows[1].id  # the list follows
    qtbot.keyClick(timeline, Qt.Key.Key_Up)
    assert timeline.selected_id() == rows[0].id
    with qtbot.waitSignal(page.open_entry_requested) as opened:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert opened.args == [rows[0].id]
