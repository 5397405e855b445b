"""The window acts on what the user sees (issue 11), in a real window on a real register.

Entry actions take their entries from the page on screen; the Reviews due
list, its timeline and the History get the register's context menu; a new
entry is selected alone after saving; writes are operations whose change
notices refresh the pages, and a conflict's Reload never drops edits.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.domain.kinds import Kind, Scope
from desktop_app.services import entries
from desktop_app.ui.changes import ChangeNotice
from desktop_app.ui.editor.entry_dialog import EntryDialog, open_editors
from desktop_app.ui.editor.lifecycle import ReviewDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.operations import notices

from .conftest import wait_idle
from .editor_helpers import body_id, choose, entry_id, save


def open_window(qtbot, info) -> MainWindow:
    window = MainWindow(info, persist=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    wait_idle()
    return window


def _first_overdue_row(page) -> int:
    """The first entry under the Overdue group's row."""
    return page.model.header_rows()[0] + 1


def test_an_entry_action_on_reviews_due_acts_on_the_row_highlighted_there(
    qtbot, demo_sqlite, modals
) -> None:
    window = open_window(qtbot, demo_sqlite)
    register_choice = entry_id("Medlemskap i Eurocities")  # KS 2009/0412
    window.register_view.select_entry(register_choice)
    page = window.show_section("reviews_due")
    wait_idle()
    row = _first_overdue_row(page)
    page.table.setCurrentIndex(page.model.index(row, 0))
    highlighted = page.model.entry_id(row)
    assert highlighted != register_choice
    assert window.selected_entry_ids() == [highlighted]

    seen: list[int] = []

    def look(dialog: QDialog) -> int:
        assert isinstance(dialog, ReviewDialog)
        seen.append(dialog.record.id)
        return QDialog.DialogCode.Rejected

    modals.on_dialog = look
    assert window.actions.review.isEnabled()
    window.actions.review.trigger()
    assert seen == [highlighted]

    # Archive names the highlighted entry, and only that one.
    modals.answer = QMessageBox.StandardButton.No
    window.actions.archive.trigger()
    (question,) = [text for kind, _, text in modals.calls if kind == "question"]
    case = entries.get_entry(highlighted).data.case_number
    assert case in question and "KS 2009/0412" not in question
    assert not entries.get_entry(highlighted).archived

    # Open (Enter) opens the highlighted entry's editor.
    window.actions.open_entry.trigger()
    assert [e.record.id for e in open_editors()] == [highlighted]
    for editor in open_editors():
        editor.close()

    # A page without entries disables the entry actions.
    window.show_section("bodies")
    assert not window.actions.open_entry.isEnabled()
    assert not window.actions.archive.isEnabled()
    assert not window.actions.review.isEnabled()
    window.close()


def test_reviews_due_timeline_and_history_have_the_entry_context_menu(
    qtbot, demo_sqlite, modals
) -> None:
    window = open_window(qtbot, demo_sqlite)
    page = window.show_section("reviews_due")
    wait_idle()
    texts = {a.text() for a in window.entry_actions.menu(window).actions() if a.text()}
    for view in page.entry_views():
        assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    # A right click on a bar of the timeline highlights that entry; the menu acts on it.
    timeline = page.timeline
    pos = QPoint(300, timeline.row_top(1) + 8)
    target = timeline.entry_at(pos)
    qtbot.mouseClick(timeline, Qt.MouseButton.RightButton, pos=pos)
    assert window.selected_entry_ids() == [target]
    menu = window.entry_actions.show_menu(timeline, pos)
    assert {a.text() for a in menu.actions() if a.text()} == texts
    assert window.actions.open_entry.isEnabled()
    menu.close()

    history = window.show_section("history")
    wait_idle()
    history.table.selectRow(0)
    entry = history.model.row_at(0).entry_id
    assert history.table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert window.selected_entry_ids() == ([entry] if entry is not None else [])
    window.close()


def test_after_a_new_entry_is_saved_exactly_it_is_selected(qtbot, demo_sqlite, modals) -> None:
    window = open_window(qtbot, demo_sqlite)
    view = window.register_view
    view.table.selectAll()  # an old selection that must not survive
    assert len(window.selected_entry_ids()) > 2
    window.actions.new_entry.trigger()
    (editor,) = open_editors()
    form = editor.form
    choose(form.kind, Kind.MEMBERSHIP)
    choose(form.scope, Scope.OPERATION_SPECIFIC)
    form.title.setText("Medlemskap i Polis-nätverket")
    form.deciding_body.set_current_id(body_id("TN"))
    form.decision_date.line.setText("2026-03-01")
    assert save(editor)
    new_id = editor.record.id
    wait_idle()
    assert window.selected_entry_ids() == [new_id]
    row = view.model.row_of(new_id)
    rect = view.table.visualRect(view.model.index(row, 0))
    assert view.table.viewport().rect().intersects(rect)  # scrolled to
    assert window.actions.open_entry.isEnabled()
    editor.close()
    window.close()


def test_reads_publish_no_notice_and_writes_publish_what_they_changed(
    qtbot, demo_sqlite, modals
) -> None:
    seen: list[ChangeNotice] = []
    notices().changed.connect(seen.append)
    try:
        window = open_window(qtbot, demo_sqlite)
        for key in ("reviews_due", "history", "bodies", "catalog", "register"):
            window.show_section(key)
            wait_idle()
        window.reload()
        wait_idle()
        assert seen == []  # reading every page, and F5, told nobody anything
        ident = entry_id("Medlemskap i Eurocities")
        editor = EntryDialog(ident, window)
        qtbot.addWidget(editor)
        editor.form.contact_person.setText("Åsa Öberg")
        assert save(editor)
        assert [n.entries for n in seen] == [frozenset({ident})]
        assert seen[0].initiator is editor and not seen[0].catalogs
        editor.close()
        window.close()
    finally:
        notices().changed.disconnect(seen.append)


def test_reload_then_escape_in_the_conflict_asks_before_dropping_edits(
    qtbot, demo_sqlite, modals
) -> None:
    ident = entry_id("Medlemskap i Eurocities")
    editor = EntryDialog(ident)
    qtbot.addWidget(editor)
    editor.show()
    editor.form.contact_person.setText("Bertil Ek")
    other = entries.get_entry(ident)  # another registrar saves first
    other.data.notes = "Ändrat av en kollega."
    entries.update_entry(ident, other.data, other.version)

    modals.answer = QMessageBox.StandardButton.Yes  # "Läs in" / Reload
    assert not save(editor)
    assert editor.form.contact_person.text() != "Bertil Ek"  # the saved version shown
    assert editor.has_pending_edits() and not editor.is_dirty()

    # Escape: the kept edits are not dropped silently; Cancel keeps the editor open.
    modals.calls.clear()
    modals.on_message = lambda box: box.escapeButton()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert modals.kinds() == ["messagebox"] and "reload" in modals.texts()
    assert editor.isVisible() and editor.has_pending_edits()

    # "Put them back": the edits return to the form, and the editor stays open.
    modals.on_message = lambda box: next(b for b in box.buttons() if "back" in b.text())
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()
    assert editor.form.contact_person.text() == "Bertil Ek" and editor.is_dirty()
    assert save(editor)
    data = entries.get_entry(ident).data
    assert (data.contact_person, data.notes) == ("Bertil Ek", "Ändrat av en kollega.")
    editor.close()


HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN IMMEDIATE")  # the write lock, as another program's long write holds it
conn.execute("UPDATE setting SET value = value WHERE 0")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def test_a_save_while_another_process_holds_the_write_lock_keeps_the_window_alive(
    qtbot, demo_sqlite, modals
) -> None:
    import subprocess
    import sys
    import time

    from PySide6.QtCore import QTimer

    from desktop_app.store.database import BUSY_TIMEOUT_MS

    ident = entry_id("Medlemskap i Eurocities")
    editor = EntryDialog(ident)
    qtbot.addWidget(editor)
    editor.show()
    editor.form.contact_person.setText("Låst Försök")
    hold_s = BUSY_TIMEOUT_MS / 1000 + 3
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(demo_sqlite.target.path), str(hold_s)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout.readline().strip() == "locked"
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(50)
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start()
        started = time.monotonic()
        assert editor.save()  # started; the window goes on while SQLite waits
        qtbot.waitUntil(lambda: editor.last_save_ok is not None, timeout=30_000)
        waited = time.monotonic() - started
        timer.stop()
    finally:
        other.wait(timeout=30)
    assert editor.last_save_ok is False
    assert waited >= BUSY_TIMEOUT_MS / 1000 * 0.9  # it did wait for the lock
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    # The event loop kept running: ticks all along, no gap near the busy timeout.
    assert len(ticks) >= waited / 0.05 * 0.5 and max(gaps) < 1.0, (len(ticks), max(gaps))
    assert "låst" in modals.texts() or "locked" in modals.texts()
    assert editor.form.contact_person.text() == "Låst Försök"  # nothing typed is lost
    assert entries.get_entry(ident).data.contact_person != "Låst Försök"
    editor.close()
