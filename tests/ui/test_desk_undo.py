"""Undo after archiving (issue 15): the status bar offers it for a few seconds; it
restores exactly the archived entries as an audited operation."""

from __future__ import annotations

from desktop_app.services import audit, entries
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.runner import runner


def test_undo_restores_what_was_just_archived(qtbot, demo_sqlite, modals) -> None:
    window = MainWindow(demo_sqlite, persist=False)
    qtbot.addWidget(window)
    window.show()
    runner().wait_idle(10_000)
    view = window.register_view
    first, second = view.model.entry_id(0), view.model.entry_id(1)
    view.select_entry(first)
    window.entry_actions.set_archived(True)  # modals answer Yes
    assert runner().wait_idle(10_000)
    qtbot.wait(20)
    assert entries.get_entry(first).archived
    button = window.entry_actions.undo_button
    assert button.isVisible() and "archived" in window.entry_actions.undo_label.text()

    button.click()
    assert runner().wait_idle(10_000)
    qtbot.wait(20)
    assert not entries.get_entry(first).archived
    assert not entries.get_entry(second).archived  # only what was archived
    assert not button.isVisible()
    actions = [e.action for e in audit.list_events(entry_id=first)]
    assert actions[-2:] == ["archive", "restore"], actions  # both writes audited
    window.close()


def test_undo_is_gone_after_its_time(qtbot, demo_sqlite, modals) -> None:
    window = MainWindow(demo_sqlite, persist=False)
    qtbot.addWidget(window)
    window.show()
    runner().wait_idle(10_000)
    actions = window.entry_actions
    actions.UNDO_MS = 50
    view = window.register_view
    entry_id = view.model.entry_id(0)
    view.select_entry(entry_id)
    actions.set_archived(True)
    assert runner().wait_idle(10_000)
    qtbot.waitUntil(lambda: not actions.undo_button.isVisible(), timeout=2000)
    actions.undo()  # nothing left to undo: no write
    assert runner().wait_idle(10_000)
    assert entries.get_entry(entry_id).archived
    window.close()
