"""The window fits a 1024x700 desk: every filter and the status bar on screen.

A real main window on the demo register, offscreen, in Swedish and English
(the longer labels are Swedish). The less-used filters reflow below the
others when shown, and their count stays on the "More filters" button.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.runner import runner


@pytest.fixture(params=["sv", "en"])
def language(request):
    from desktop_app.ui.resources import install_translators, remove_translators

    install_translators(request.param)
    yield request.param
    remove_translators()


def open_window(qtbot, info, size=(1024, 700), persist=False) -> MainWindow:
    window = MainWindow(info, persist=persist)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    runner().wait_idle(10_000)
    qtbot.wait(20)
    return window


def on_window(window: MainWindow, widget: QWidget) -> bool:
    """Visible and wholly inside the window's client area."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, widget.rect().topLeft())
    rect = QRect(top_left, widget.size())
    return window.rect().contains(rect)


def filter_controls(window: MainWindow) -> list[QWidget]:
    bar = window.register_view.filter_bar
    return [
        bar.search,
        bar.clear_button,
        bar.kind,
        bar.status,
        bar.findings,
        bar.more_button,
        bar.deciding,
        bar.responsible,
        bar.theme,
        bar.direction,
        bar.date_field,
        bar.date_from,
        bar.date_to,
    ]


def test_window_at_1024x700_shows_every_filter_and_the_status_bar(
    qtbot, demo_sqlite, language
) -> None:
    window = open_window(qtbot, demo_sqlite)
    assert (window.width(), window.height()) == (1024, 700)
    bar = window.register_view.filter_bar
    bar.show_more(True)
    qtbot.wait(20)
    missing = [type(w).__name__ for w in filter_controls(window) if not on_window(window, w)]
    assert not missing, f"filters off the window at 1024x700 ({language}): {missing}"
    for label in (window.count_label, window.due_label, window.db_label):
        assert on_window(window, label)
    assert on_window(window, window.statusBar())
    table = window.register_view.table
    assert on_window(window, table) and table.viewport().height() > 200
    window.close()


def test_more_filters_count_the_hidden_ones_in_use(qtbot, demo_sqlite) -> None:
    window = open_window(qtbot, demo_sqlite)
    bar = window.register_view.filter_bar
    assert not bar.more_shown() and not bar.theme.isVisible()
    bar.theme.setCurrentIndex(1)
    bar.direction.setCurrentIndex(1)
    assert bar.extra_in_use() == 2
    assert "2" in bar.more_button.text()
    assert window.current_filter().theme_id == bar.theme.currentData()  # still applies
    bar.clear()
    assert bar.extra_in_use() == 0 and "2" not in bar.more_button.text()
    window.close()


def test_window_never_opens_larger_than_the_screen(qtbot, demo_sqlite) -> None:
    """A size remembered from a big monitor (or the default) is cut to the free area."""
    free = QApplication.primaryScreen().availableGeometry()
    big = MainWindow(demo_sqlite, persist=False)
    qtbot.addWidget(big)
    big.resize(free.width() + 600, free.height() + 400)
    big.save_settings()
    big.close()
    window = MainWindow(demo_sqlite)  # restores the saved geometry
    qtbot.addWidget(window)
    assert window.width() <= free.width() and window.height() <= free.height()
    assert window.minimumSizeHint().width() <= 1024
    window.close()
    geometry = QSettings().value("window/geometry")
    assert isinstance(geometry, QByteArray) and not geometry.isEmpty()  # remembered


def test_tab_cycles_through_the_filter_bar_and_leaves_the_empty_date(qtbot, demo_sqlite) -> None:
    window = open_window(qtbot, demo_sqlite)
    bar = window.register_view.filter_bar
    bar.show_more(True)
    window.activateWindow()
    bar.search.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(20):
        widget = QApplication.focusWidget()
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    chain = [w for w in filter_controls(window)]
    for control in chain:
        focus_target = control.focusProxy() or control
        assert any(w is control or w is focus_target or control.isAncestorOf(w) for w in seen), (
            f"Tab never reached {type(control).__name__}"
        )
    # leaving the empty "from" date: the next stop after it is "to"
    bar.date_from.setFocus(Qt.FocusReason.TabFocusReason)
    assert bar.date_from.value() is None
    qtbot.keyClick(bar.date_from, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bar.date_to or bar.date_to.isAncestorOf(
        QApplication.focusWidget()
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.register_view.table
    window.close()


def test_tab_visits_the_filters_in_the_order_they_read(qtbot, demo_sqlite) -> None:
    """Left to right, line by line, then the table: the findings filter sits between
    status and "More filters" (Tab used to reach it only after the table)."""
    window = open_window(qtbot, demo_sqlite)
    bar = window.register_view.filter_bar
    bar.show_more(True)
    window.activateWindow()
    bar.search.setFocus(Qt.FocusReason.TabFocusReason)
    expected = [*filter_controls(window), window.register_view.table]
    stops = []
    for _ in expected:
        widget = QApplication.focusWidget()
        stops.append(next(c for c in expected if c is widget or c.isAncestorOf(widget)))
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert [type(w).__name__ for w in stops] == [type(w).__name__ for w in expected]
    assert stops == expected
    window.close()


def test_the_entry_editor_shows_every_tab_title_whole_at_1024px(
    qtbot, demo_sqlite, language
) -> None:
    # On a 1024x700 screen the editor takes 90 % of it beside the rule check;
    # every tab title must be readable there, none behind scroll arrows.
    from desktop_app.services import register as reg
    from desktop_app.services.register import RegisterFilter
    from desktop_app.ui.editor.entry_dialog import EntryDialog

    ident = reg.query_ids(RegisterFilter(search="Eurocities"))[0]
    dialog = EntryDialog(ident)
    qtbot.addWidget(dialog)
    dialog.resize(1024 * 9 // 10, 700 * 9 // 10)
    dialog.show()
    runner().wait_idle(10_000)
    qtbot.wait(20)
    bar = dialog.form.tabBar()
    cut = [
        bar.tabText(i)
        for i in range(bar.count())
        if bar.tabRect(i).right() > bar.width()
        or bar.tabRect(i).width() < bar.tabSizeHint(i).width()
    ]
    assert not cut, f"tab titles cut at 1024 px ({language}): {cut}"
    dialog.close()
