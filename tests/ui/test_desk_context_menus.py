"""Context menus on the lists (issue 15): the lists of entries share the entry menu
(tests/ui/test_operations.py); the lists of bodies, themes and counterparties get
Edit, (De)activate, New and a way to their entries in the register."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from desktop_app.services import catalog
from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter
from desktop_app.store.models import Entry
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.runner import runner


def _window(qtbot, info) -> MainWindow:
    window = MainWindow(info, persist=False)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    assert runner().wait_idle(10_000)
    return window


def _right_click_row(qtbot, table, row: int) -> QPoint:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    table.selectRow(row)
    return rect.center()


def _trigger(menu, prefix: str) -> None:
    action = next(a for a in menu.actions() if a.text().replace("&", "").startswith(prefix))
    assert action.isEnabled(), prefix
    menu.close()
    action.trigger()


def _settled(qtbot, window: MainWindow) -> list[int]:
    from desktop_app.ui.register.view import PAINT_WAIT_MS

    window.register_view.filter_bar.flush()
    assert runner().wait_idle(10_000)
    qtbot.wait(PAINT_WAIT_MS + 50)  # the rest of the ids waits for the first paint
    assert runner().wait_idle(10_000)
    qtbot.wait(10)
    return list(window.register_view.model.ids_view())


def test_a_body_s_menu_shows_its_entries_in_the_register(qtbot, demo_sqlite, modals) -> None:
    window = _window(qtbot, demo_sqlite)
    page = window.show_section("bodies")
    assert runner().wait_idle(10_000)
    body = max(catalog.list_bodies(), key=lambda b: b.in_use)
    assert page.table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    pos = _right_click_row(qtbot, page.table, page.row_for_short_name(body.short_name))
    menu = page.show_menu(pos)
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert len(texts) == 5, texts  # edit, (de)activate, two ways to entries, new
    _trigger(menu, texts[2])  # the entries it decided
    assert window.current_section() == "register"
    assert window.current_filter().deciding_body_id == body.id
    decided = {i for (i,) in Entry.select(Entry.id).where(
        (Entry.deciding_body == body.id) & (Entry.archived == False)  # noqa: E712
    ).tuples()}  # fmt: skip
    assert decided and set(_settled(qtbot, window)) == decided
    window.close()


def test_a_theme_s_menu_shows_its_entries_and_a_counterparty_s_searches(
    qtbot, demo_sqlite, modals
) -> None:
    window = _window(qtbot, demo_sqlite)
    page = window.show_section("catalog")
    assert runner().wait_idle(10_000)
    page.tabs.setCurrentWidget(page.themes)
    themes = page.themes
    row = next(
        r for r in range(themes.table.rowCount())
        if int(themes.table.item(r, themes.table.columnCount() - 1).text() or 0) > 0
    )  # fmt: skip
    pos = _right_click_row(qtbot, themes.table, row)
    record = themes.selected_record()
    menu = themes.show_menu(pos)
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    _trigger(menu, texts[2])
    assert window.current_filter().theme_id == record.id
    assert set(_settled(qtbot, window)) == set(reg.query_ids(RegisterFilter(theme_id=record.id)))

    page = window.show_section("catalog")
    page.tabs.setCurrentWidget(page.counterparties)
    parties = page.counterparties
    pos = _right_click_row(qtbot, parties.table, 0)
    record = parties.selected_record()
    menu = parties.show_menu(pos)
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    _trigger(menu, texts[2])
    assert window.current_filter().search == record.name
    assert _settled(qtbot, window) == reg.query_ids(RegisterFilter(search=record.name))
    window.close()
