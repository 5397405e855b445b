"""The reviews-due page and its timeline on the real demo register."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta  # noqa: E402

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402

from desktop_app.services import overview  # noqa: E402
from desktop_app.ui.pages.reviews_due import COL_CASE, COL_DAYS, ReviewsDuePage  # noqa: E402
from desktop_app.ui.widgets.timeline import (  # noqa: E402
    LABEL_WIDTH,
    ROW_HEIGHT,
    TODAY_COLOR,
    TimelineWidget,
)

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


def test_groups_overdue_first_then_months_with_counts(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    today = date.today()
    groups = page.groups()
    key, title, cases = groups[0]
    assert key == overview.OVERDUE_GROUP
    assert "T2016-01906" in cases
    assert title.endswith(f"({len(cases)})")
    by_key = {k: c for k, _, c in groups}
    assert "KS 2009/0412" in by_key[(today + timedelta(days=75)).strftime("%Y-%m")]  # Eurocities
    assert "KS 2011/1180" in by_key[(today + timedelta(days=150)).strftime("%Y-%m")]  # SEF
    for key, title, cases in groups:
        assert title.endswith(f"({len(cases)})")
        assert key == overview.OVERDUE_GROUP or title.startswith(key)
    months = [k for k, _, _ in groups[1:]]
    assert months == sorted(months)
    # Every due/overdue entry appears once, and nothing else.
    shown = [c for _, _, cs in groups for c in cs]
    assert sorted(shown) == sorted(r.case_number for r in overview.due_rows(today))
    # The overdue entry says by how much.
    overdue_group = page.tree.topLevelItem(0)
    item = next(
        overdue_group.child(i)
        for i in range(overdue_group.childCount())
        if overdue_group.child(i).text(COL_CASE) == "T2016-01906"
    )
    assert "40" in item.text(COL_DAYS)
    assert "40" in page.summary.text() or str(len(groups[0][2])) in page.summary.text()


def test_double_click_on_an_entry_asks_to_open_it(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    group = page.tree.topLevelItem(0)
    item = group.child(0)
    rect = page.tree.visualItemRect(item)
    entry_id = item.data(0, Qt.ItemDataRole.UserRole)
    viewport = page.tree.viewport()
    opened: list[int] = []
    page.open_entry_requested.connect(opened.append)
    # QTest's lone double-click event is not a double click for item views:
    # press-release first, as a real mouse does.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_entry_requested) as signal:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [entry_id]
    assert opened == [entry_id]  # once: the editor must not open twice
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)  # Enter opens it too
    assert opened == [entry_id, entry_id]


def test_timeline_paints_bars_and_the_today_line(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    timeline = page.timeline
    rows = timeline.rows()
    assert len(rows) == len(overview.due_rows())
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
    assert page.selected_entry_id() == rows[2].id  # the tree follows
    with qtbot.waitSignal(page.open_entry_requested) as opened:
        qtbot.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=pos)
    assert opened.args == [rows[2].id]
    assert "T2016-01906" in "".join(timeline.tooltip_text(r) for r in rows)


def test_show_all_puts_every_live_entry_in_the_timeline(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    due = len(page.timeline.rows())
    page.show_all.setChecked(True)
    wait_idle()
    live = page.timeline.rows()
    assert len(live) > due
    assert "KS 2008/0099" not in {r.case_number for r in live}  # archived
    # Scrolled down, the year axis stays on top: a click there selects nothing.
    page.splitter.setSizes([100, 300])
    bar = page.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    timeline = page.timeline
    assert timeline.entry_at(QPoint(LABEL_WIDTH + 40, bar.value() + 5)) is None
    below_axis = QPoint(LABEL_WIDTH + 40, bar.value() + 60)
    assert timeline.entry_at(below_axis) is not None


def test_empty_timeline_still_paints(qtbot) -> None:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(800, 200)
    widget.set_rows([], date(2026, 1, 1))
    image = widget.grab().toImage()
    assert not image.isNull()


def test_due_entries_load_in_the_background_and_fill_groups_lazily(
    qtbot, demo_sqlite, monkeypatch
) -> None:
    from desktop_app.ui.pages import reviews_due

    monkeypatch.setattr(reviews_due, "TREE_BUDGET", 1)
    page = ReviewsDuePage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    overdue = page.tree.topLevelItem(0)
    assert len(page.groups()[0][2]) > 1
    assert overdue.childCount() == 0 and not overdue.isExpanded()  # over the budget: lazy
    overdue.setExpanded(True)
    assert overdue.childCount() == len(page.groups()[0][2])
    # A click in the picture on an entry of a lazy group opens that group.
    last = page.tree.topLevelItem(page.tree.topLevelItemCount() - 1)
    assert last.childCount() == 0
    target = page.timeline.rows()[-1]
    page.timeline.entry_selected.emit(target.id)
    assert page.selected_entry_id() == target.id
    assert last.childCount() > 0


def test_hovering_a_bar_shows_the_entry_details(qtbot, demo_sqlite) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    page = _page(qtbot)
    timeline = page.timeline
    rows = timeline.rows()
    index = next(i for i, r in enumerate(rows) if r.case_number == "T2016-01906")
    pos = QPoint(LABEL_WIDTH + 100, timeline.row_top(index) + ROW_HEIGHT // 2)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, timeline.mapToGlobal(pos))
    QApplication.sendEvent(timeline, event)
    text = QToolTip.text()
    assert "T2016-01906" in text
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
