"""The main window on a real demo register: search, filter, reload, archive, settings.

pytest-qt drives a real window offscreen; modal questions are answered by
the ``modals`` fixture (tests/ui/conftest.py) and settings go to a
temporary folder (``qsettings``).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.services import audit, entries, register_settings
from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.runner import runner


def open_window(qtbot, info) -> MainWindow:
    window = MainWindow(info)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, window)
    return window


def wait_idle(qtbot, window: MainWindow) -> None:
    """Typing settled, and every background job (queries, writes) ended, including what
    waits for the first screen's paint (the rest of the ids, the counts)."""
    from desktop_app.ui.register.view import PAINT_WAIT_MS

    window.register_view.filter_bar.flush()
    assert runner().wait_idle(10_000)
    qtbot.wait(PAINT_WAIT_MS + 50)
    assert runner().wait_idle(10_000)
    qtbot.wait(10)


def close(window: MainWindow) -> None:
    window.close()


def test_opens_on_the_whole_register(qtbot, demo_sqlite) -> None:
    window = open_window(qtbot, demo_sqlite)
    total = reg.total_count()
    assert window.register_view.model.rowCount() == total > 30
    assert f"{total} av {total}" in window.count_label.text() or (
        f"{total} of {total}" in window.count_label.text()
    )
    assert demo_sqlite.display in window.db_label.text()
    overdue = reg.review_state_counts()["overdue"]
    assert str(overdue) in window.due_label.text()
    close(window)


def test_typing_part_of_a_counterparty_narrows_the_table(qtbot, demo_sqlite) -> None:
    window = open_window(qtbot, demo_sqlite)
    total = window.register_view.model.rowCount()
    window.actions.search.trigger()  # Ctrl+F focuses the search field
    search = window.register_view.filter_bar.search
    assert search.hasFocus() or qtbot.waitUntil(search.hasFocus, timeout=1000) is None
    search.setText("Łódź")  # QTest.keyClicks aborts on non-ASCII letters
    wait_idle(qtbot, window)
    model = window.register_view.model
    expected = reg.count(RegisterFilter(search="Łódź"))
    assert 0 < model.rowCount() == expected < total
    for r in range(model.rowCount()):
        row = model.register_row(r)
        assert "łódź" in (row.title + row.counterparties + row.notes).lower()
    assert window.count_label.text().startswith(f"{expected} ")
    assert window.current_filter().search == "Łódź"
    close(window)


def test_status_filter_shows_overdue_reviews(qtbot, demo_sqlite) -> None:
    window = open_window(qtbot, demo_sqlite)
    status = window.register_view.filter_bar.status
    status.setCurrentIndex(status.findData("overdue"))
    wait_idle(qtbot, window)
    model = window.register_view.model
    assert model.rowCount() == reg.review_state_counts()["overdue"] > 0
    assert window.current_filter().statuses == frozenset({"overdue"})
    close(window)


def test_f5_reloads_changes_made_elsewhere(qtbot, demo_sqlite) -> None:
    window = open_window(qtbot, demo_sqlite)
    before = window.register_view.model.rowCount()
    victim = reg.rows_by_ids([window.register_view.model.entry_id(0)])
    row = next(iter(victim.values()))
    entries.archive_entry(row.id, row.version)  # another registrar, say
    assert window.register_view.model.rowCount() == before
    window.register_view.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    wait_idle(qtbot, window)
    assert window.register_view.model.rowCount() == before - 1
    assert row.id not in window.register_view.model.ids()
    close(window)


def test_archive_asks_then_restore_brings_it_back(qtbot, demo_sqlite, modals) -> None:
    window = open_window(qtbot, demo_sqlite)
    view = window.register_view
    entry_id = view.model.entry_id(2)
    view.select_entry(entry_id)
    assert window.selected_entry_ids() == [entry_id]

    modals.answer = QMessageBox.StandardButton.No
    window.actions.archive.trigger()
    assert modals.kinds() == ["question"]
    assert not entries.get_entry(entry_id).archived

    modals.answer = QMessageBox.StandardButton.Yes
    view.select_entry(entry_id)
    window.actions.archive.trigger()
    wait_idle(qtbot, window)
    assert entries.get_entry(entry_id).archived
    assert entry_id not in view.model.ids()

    status = view.filter_bar.status
    status.setCurrentIndex(status.findData("archived"))
    wait_idle(qtbot, window)
    assert entry_id in view.model.ids()  # the demo has archived entries of its own
    view.table.clearSelection()
    view.select_entry(entry_id)
    assert window.actions.restore.isEnabled()
    window.actions.restore.trigger()
    wait_idle(qtbot, window)
    assert not entries.get_entry(entry_id).archived
    history = [e.action for e in audit.list_events(entry_id=entry_id)]
    assert "archive" in history and "restore" in history
    close(window)


def test_layout_filter_and_sort_are_remembered(qtbot, demo_sqlite) -> None:
    window = open_window(qtbot, demo_sqlite)
    view = window.register_view
    view.set_visible_columns(["title", "case_number", "next_review_date"])
    view.table.horizontalHeader().setSortIndicator(
        view.model.column_index("title"), Qt.SortOrder.DescendingOrder
    )
    view.filter_bar.search.setText("Eurocities")
    wait_idle(qtbot, window)
    titles = [view.model.register_row(r).title for r in range(view.model.rowCount())]
    assert titles == sorted(titles, reverse=True) and len(titles) > 1
    window.close()

    again = open_window(qtbot, demo_sqlite)
    v2 = again.register_view
    assert v2.visible_columns() == ["title", "case_number", "next_review_date"]
    assert again.current_filter().search == "Eurocities"
    assert again.current_filter().sort_key == "title" and again.current_filter().descending
    assert v2.model.ids() == view.model.ids()
    close(again)


def test_sections_show_their_pages(qtbot, demo_sqlite) -> None:
    window = open_window(qtbot, demo_sqlite)
    for key in ("reviews_due", "bodies", "catalog", "history", "register"):
        page = window.show_section(key)
        assert window.stack.currentWidget() is page
        assert window.current_section() == key
    close(window)


def test_settings_dialog_saves_register_and_user_settings(qtbot, demo_sqlite, modals) -> None:
    from desktop_app.ui import prefs
    from desktop_app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.lead_days.setValue(90)
    dialog.organisation.setText("Göteborgs stad")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.database.set_value("/tmp/annat-register.sqlite3")
    dialog.accept()
    assert runner().wait_idle()  # the register's settings are one write, off the UI thread
    assert register_settings.lead_days() == 90
    assert register_settings.get_setting("organisation_name") == "Göteborgs stad"
    assert prefs.stored_language() == "en"
    assert prefs.stored_database() == "/tmp/annat-register.sqlite3"
    assert "Restart" in modals.texts() or "Starta om" in modals.texts()
    assert QSettings().value("language") == "en"


def test_connection_test_runs_in_the_background(qtbot, demo_sqlite, tmp_path) -> None:
    from desktop_app.ui.dialogs.database_choice import DatabaseChooser

    chooser = DatabaseChooser(str(demo_sqlite.target.path))
    qtbot.addWidget(chooser)
    with qtbot.waitSignal(chooser.tested, timeout=10_000) as blocker:
        chooser.test()
    ok, message = blocker.args
    assert ok and str(reg.total_count(include_archived=True)) in message
    bad = tmp_path / "not-a-register.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    chooser.set_value(str(bad))
    with qtbot.waitSignal(chooser.tested, timeout=10_000) as blocker:
        chooser.test()
    assert blocker.args[0] is False


def test_first_run_offers_the_demo_register(qtbot, modals, tmp_path, monkeypatch) -> None:
    from desktop_app.services.session import close_register
    from desktop_app.ui import app, prefs
    from desktop_app.ui.dialogs import first_run

    demo = tmp_path / "demo.sqlite3"
    monkeypatch.setattr(first_run, "demo_database_path", lambda: str(demo))
    monkeypatch.setattr(app, "default_database_path", lambda: tmp_path / "none.sqlite3")
    assert app.is_first_run(None)

    def choose_demo(dialog: QDialog) -> int:
        dialog.demo_button.click()
        return QDialog.DialogCode.Accepted

    modals.on_dialog = choose_demo
    try:
        info = app.open_at_start(None)
        assert info is not None and info.target.path == demo
        assert reg.total_count() > 30
        assert prefs.stored_database() == str(demo)
    finally:
        close_register()


def test_a_register_that_cannot_open_is_explained(qtbot, modals, tmp_path) -> None:
    from desktop_app.ui import app

    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"garbage" * 1000)
    assert app.open_at_start(str(broken)) is None  # the patched box "clicks" nothing: quit
    assert "could not be opened" in modals.texts() or "gick inte att öppna" in modals.texts()


@pytest.mark.slow
def test_smoke_test_command(tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "smoke test ok" in result.stdout


def test_enter_opens_the_editor_and_a_save_refreshes(qtbot, demo_sqlite) -> None:
    from desktop_app.ui.editor.entry_dialog import open_editors

    window = open_window(qtbot, demo_sqlite)
    view = window.register_view
    entry_id = view.model.entry_id(3)
    view.select_entry(entry_id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    (dialog,) = open_editors()
    assert dialog.isVisible() and dialog.record.id == entry_id
    # The editor's save is a write: its notice reloads the table, the entry stays selected.
    dialog.form.title.setText("Omdöpt i redigeraren")
    dialog.save()
    wait_idle(qtbot, window)
    row = view.model.row_of(entry_id)
    assert view.model.register_row(row).title == "Omdöpt i redigeraren"
    assert window.selected_entry_ids() == [entry_id]
    dialog.close()
    close(window)


def test_delete_archives_only_from_the_table(qtbot, demo_sqlite, modals) -> None:
    window = open_window(qtbot, demo_sqlite)
    view = window.register_view
    view.select_entry(view.model.entry_id(0))
    modals.answer = QMessageBox.StandardButton.No
    view.filter_bar.search.setFocus()
    qtbot.keyClick(view.filter_bar.search, Qt.Key.Key_Delete)
    assert modals.calls == []  # Delete in the search field edits text
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert modals.kinds() == ["question"]
    close(window)


def test_export_gets_the_filter_and_columns_on_screen(qtbot, demo_sqlite, monkeypatch) -> None:
    from desktop_app.ui import excel_actions as excel

    calls = []
    monkeypatch.setattr(excel, "export_register", lambda *args: calls.append(args))
    window = open_window(qtbot, demo_sqlite)
    window.register_view.set_visible_columns(["case_number", "title", "kind"])
    window.register_view.filter_bar.search.setText("Eurocities")
    wait_idle(qtbot, window)
    window.actions.export_register.trigger()
    ((parent, f, columns),) = calls
    assert parent is window and f.search == "Eurocities"
    assert columns == ["case_number", "title", "kind"]
    close(window)


def test_connection_test_reaches_postgresql(qtbot, qapp) -> None:
    from tests.conftest import postgres_url

    url = postgres_url()
    if not url:
        pytest.skip("PostgreSQL not configured: set AVTALSREGISTER_TEST_POSTGRES")
    from desktop_app.ui.dialogs.database_choice import DatabaseChooser

    chooser = DatabaseChooser(url)
    qtbot.addWidget(chooser)
    with qtbot.waitSignal(chooser.tested, timeout=20_000) as blocker:
        chooser.test()
    assert blocker.args[0] is True, blocker.args[1]
    chooser.set_value("postgresql://nobody@127.0.0.1:1/none")
    with qtbot.waitSignal(chooser.tested, timeout=20_000) as blocker:
        chooser.test()
    assert blocker.args[0] is False and blocker.args[1]


def test_search_and_archive_on_both_backends(qtbot, demo_register, modals) -> None:
    """The same flow on SQLite and on PostgreSQL (pg_trgm search, server-side rules)."""
    window = open_window(qtbot, demo_register)
    view = window.register_view
    view.filter_bar.search.setText("kraków")
    wait_idle(qtbot, window)
    expected = reg.count(RegisterFilter(search="Kraków"))
    assert 0 < view.model.rowCount() == expected
    entry_id = view.model.entry_id(0)
    view.select_entry(entry_id)
    window.actions.archive.trigger()
    wait_idle(qtbot, window)
    assert entries.get_entry(entry_id).archived
    assert view.model.rowCount() == expected - 1
    close(window)


def test_background_work_that_changes_entries_refreshes_the_table(qtbot, demo_sqlite) -> None:
    """A write run as an operation refreshes the table through its change notice."""
    from desktop_app.ui.changes import ChangeNotice
    from desktop_app.ui.operations import WriteOp

    window = open_window(qtbot, demo_sqlite)
    before = window.register_view.model.rowCount()
    row = window.register_view.model.register_row(0)
    WriteOp(
        window,
        lambda _control: entries.archive_entry(row.id, row.version),
        ChangeNotice.for_entries([row.id]),
    ).run()
    qtbot.waitUntil(lambda: window.register_view.model.rowCount() == before - 1, timeout=10_000)
    close(window)


def test_returning_to_the_register_shows_renamed_bodies(qtbot, demo_sqlite, modals) -> None:
    """A body renamed on its page: the register (hidden meanwhile) shows the new name."""
    window = open_window(qtbot, demo_sqlite)
    page = window.show_section("bodies")
    wait_idle(qtbot, window)
    page.table.selectRow(page.row_for_short_name("TN"))

    def rename(dialog) -> int:
        dialog.short_name.setText("TRN")
        return QDialog.DialogCode.Accepted

    modals.on_dialog = rename
    page.edit_selected()
    wait_idle(qtbot, window)
    assert window.register_view.is_stale()  # noted while hidden, read when shown
    window.show_section("register")
    wait_idle(qtbot, window)
    model = window.register_view.model
    deciding = {model.register_row(r).deciding_body for r in range(model.rowCount())}
    assert "TRN" in deciding and "TN" not in deciding
    close(window)


def test_keyboard_from_search_to_table_and_tab_order(qtbot, demo_sqlite) -> None:
    window = open_window(qtbot, demo_sqlite)
    view = window.register_view
    search = view.filter_bar.search
    window.commands.focus_search()
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    assert window.selected_entry_ids() == [view.model.entry_id(0)]
    chain, widget = [], search
    while len(chain) < 5:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
    bar = view.filter_bar
    # the less-used filters wait behind "More filters" (issue 15: fits 1024 px)
    assert chain == [bar.clear_button, bar.kind, bar.status, bar.findings, bar.more_button]
    close(window)


def test_select_all_feeds_memos_and_archive_with_every_id(qtbot, demo_sqlite) -> None:
    window = open_window(qtbot, demo_sqlite)
    view = window.register_view
    view.table.selectAll()
    assert window.selected_entry_ids() == view.model.ids()
    assert window.actions.archive.isEnabled() and not window.actions.open_entry.isEnabled()
    close(window)


def test_after_a_failed_open_another_register_can_be_chosen(qtbot, modals, tmp_path) -> None:
    from desktop_app.services.session import close_register
    from desktop_app.ui import app, prefs

    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"garbage" * 1000)
    fresh = tmp_path / "ny.sqlite3"
    modals.on_message = lambda box: next(
        b for b in box.buttons() if "nytt" in b.text() or "new" in b.text()
    )
    modals.save_path = str(fresh)
    try:
        info = app.open_at_start(str(broken))
        assert info is not None and info.target.path == fresh and info.created
        assert prefs.stored_database() == str(fresh)  # remembered for next start
    finally:
        close_register()


def test_run_opens_the_main_window_and_exits_cleanly(qtbot, demo_sqlite, monkeypatch) -> None:
    """The whole start, through the neutral entry module: options, language, register,
    window, event loop, exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.main import gui_main
    from desktop_app.ui.resources import remove_translators

    seen = []

    def close_windows() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.register_view.model.rowCount())
                widget.close()  # the last window closed ends app.exec()

    QTimer.singleShot(1500, close_windows)
    try:
        code = gui_main(["--database", str(demo_sqlite.target.path), "--lang", "sv"])
    finally:
        remove_translators()
    assert code == 0
    assert seen and seen[0] == reg.total_count()


def test_about_names_the_version_and_database(qtbot, demo_sqlite, modals) -> None:
    from desktop_app import __version__

    window = open_window(qtbot, demo_sqlite)
    window.actions.about.trigger()
    assert modals.kinds() == ["about"]
    assert __version__ in modals.texts() and demo_sqlite.display in modals.texts()
    close(window)
