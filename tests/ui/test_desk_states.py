"""What the window says when there is nothing to show or nothing opens (issue 15):
the status bar's counts filter when clicked, an empty list says why and offers
to clear the filters, exporting an empty list asks first, and a file the system
cannot open is named with its folder offered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.runner import runner


def settle(qtbot, window: MainWindow) -> None:
    """The query, then what waits for the first screen's paint (the rest of the ids,
    the status bar's counts: PAINT_WAIT_MS after a result at most), then their reads."""
    from desktop_app.ui.register.view import PAINT_WAIT_MS

    window.register_view.filter_bar.flush()
    assert runner().wait_idle(10_000)
    qtbot.wait(PAINT_WAIT_MS + 50)
    assert runner().wait_idle(10_000)
    qtbot.wait(10)


@pytest.fixture
def window(qtbot, demo_sqlite):
    window = MainWindow(demo_sqlite, persist=False)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    settle(qtbot, window)
    yield window
    window.close()


@pytest.mark.parametrize("state", ["overdue", "due"])
def test_clicking_a_review_count_filters_to_those_entries(qtbot, window, state) -> None:
    expected = reg.query_ids(RegisterFilter(statuses=frozenset({state})))
    assert expected, "the demo has overdue and due entries"
    assert f'href="{state}"' in window.due_label.text()
    window.due_label.linkActivated.emit(state)  # what a click on the link sends
    settle(qtbot, window)
    assert window.current_filter().statuses == frozenset({state})
    assert window.register_view.model.ids_view() == expected


def test_an_empty_list_says_why_and_clears(qtbot, window) -> None:
    view = window.register_view
    view.filter_bar.search.setText("zzzxxq")
    settle(qtbot, window)
    assert view.model.rowCount() == 0
    assert view.empty_state.isVisible()
    assert "zzzxxq" in view.empty_state.label.text()
    assert view.empty_state.clear_button.isVisible()
    view.empty_state.clear_button.click()
    settle(qtbot, window)
    assert view.model.rowCount() == reg.count(RegisterFilter()) > 0
    assert not view.empty_state.isVisible()


def test_exporting_an_empty_list_asks_first(qtbot, window, modals, tmp_path) -> None:
    view = window.register_view
    view.filter_bar.search.setText("zzzxxq")
    settle(qtbot, window)
    modals.on_message = lambda box: next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole
    )  # Cancel
    window.commands.export_register()
    settle(qtbot, window)
    assert "no entries" in modals.texts().lower() or "inga poster" in modals.texts().lower()
    assert "save" not in modals.kinds()  # cancelled: no file asked for, none written

    modals.calls.clear()
    modals.save_path = str(tmp_path / "all.xlsx")
    modals.on_message = lambda box: (
        box.buttons()[0] if box.windowTitle() != "Export finished" else None
    )  # "Clear filters and export"
    window.commands.export_register()
    settle(qtbot, window)
    assert "save" in modals.kinds()
    assert window.current_filter().search == ""
    assert Path(modals.save_path).exists()


def test_a_file_that_does_not_open_is_named_and_its_folder_offered(
    qtbot, monkeypatch, modals, tmp_path
) -> None:
    from desktop_app.ui.open_files import open_file

    memo = tmp_path / "memo.pdf"
    memo.write_bytes(b"%PDF-1.4")
    opened: list[str] = []

    def fail_file(url):
        opened.append(url.toLocalFile())
        return url.toLocalFile() == str(tmp_path)  # no PDF reader; the folder opens

    monkeypatch.setattr(QDesktopServices, "openUrl", fail_file)
    modals.on_message = lambda box: next(
        (b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole),
        None,
    )
    assert open_file(None, str(memo)) is False
    assert str(memo) in modals.texts()
    assert opened == [str(memo), str(tmp_path)]  # "Show in folder" opened the folder

    modals.calls.clear()
    assert open_file(None, str(tmp_path / "gone.pdf")) is False
    assert "gone.pdf" in modals.texts()
