"""The keyboard on the register: the highlighted row is the selected one, and
the one Enter opens (issue 15: Ctrl+End moved only the focus frame)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.runner import runner


@pytest.fixture
def window(qtbot, demo_sqlite):
    window = MainWindow(demo_sqlite, persist=False)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    runner().wait_idle(10_000)
    qtbot.wait(10)
    yield window
    window.close()


def state(window: MainWindow) -> tuple[int, list[int]]:
    view = window.register_view
    return view.table.currentIndex().row(), view.selected_rows()


@pytest.mark.parametrize(
    ("key", "modifier", "expected"),
    [
        (Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier, "last"),
        (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier, "last"),
        (Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier, "first"),
        (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier, "first"),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier, "down"),
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier, "up"),
    ],
)
def test_keys_move_highlight_and_selection_together(qtbot, window, key, modifier, expected):
    view = window.register_view
    table = view.table
    rows = view.model.rowCount()
    assert rows > 20
    table.setFocus()
    view.select_entry(view.model.entry_id(10))
    qtbot.keyClick(table, key, modifier)
    current, selected = state(window)
    assert selected == [current], "the highlighted row is the (only) selected row"
    if expected == "last":
        assert current == rows - 1
    elif expected == "first":
        assert current == 0
    elif expected == "down":
        assert current > 10
    else:
        assert current < 10


def test_enter_opens_the_highlighted_row(qtbot, window, monkeypatch) -> None:
    opened: list[int | None] = []
    monkeypatch.setattr(window.entry_actions, "open_entry", opened.append)
    view = window.register_view
    view.table.setFocus()
    view.select_entry(view.model.entry_id(3))
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    last = view.model.entry_id(view.model.rowCount() - 1)
    assert opened == [last]
    qtbot.keyClick(view.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [last, view.model.entry_id(0)]


def test_shift_still_extends_the_selection(qtbot, window) -> None:
    view = window.register_view
    view.table.setFocus()
    view.select_entry(view.model.entry_id(2))
    qtbot.keyClick(
        view.table,
        Qt.Key.Key_End,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(view.selected_rows()) == view.model.rowCount() - 2
