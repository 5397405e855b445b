"""Registers from the window (issue 15): File > Open register… and Recent registers,
the welcome dialog's "Open a register file…", Settings naming the register in use."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop_app.services import register as reg
from desktop_app.services.session import close_register, open_register
from desktop_app.ui import prefs
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.runner import runner


def make_register(path: Path, demo: bool) -> None:
    open_register(str(path))
    if demo:
        from desktop_app.services.demo import build_demo

        build_demo()
    close_register()


def test_open_another_register_from_the_file_menu(qtbot, tmp_path, modals) -> None:
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    make_register(first, demo=True)
    make_register(second, demo=False)
    info = open_register(str(first))
    window = MainWindow(info, persist=False)
    qtbot.addWidget(window)
    window.show()
    runner().wait_idle(10_000)
    assert window.register_view.model.rowCount() > 0

    modals.open_path = str(second)
    window.choose_and_open_register()
    runner().wait_idle(10_000)
    qtbot.wait(20)
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    new = next(w for w in windows if w.isVisible())
    qtbot.addWidget(new)
    assert not window.isVisible()
    assert str(second) in new.db_label.text()
    assert reg.total_count() == 0  # the new, empty register is the one open
    assert prefs.stored_database() == str(second)
    assert prefs.recent_databases()[0] == str(second)

    new.actions._fill_recent()
    texts = [a.text() for a in new.actions.recent_menu.actions()]
    assert any(str(second) in t for t in texts)

    from desktop_app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(new)
    in_use = dialog.findChild(QLabel, "registerInUse")
    assert str(second) in in_use.text()
    dialog.deleteLater()
    new.close()
    close_register()


def test_welcome_offers_an_existing_file_and_recent_registers(qtbot, tmp_path, modals) -> None:
    from desktop_app.ui.dialogs.first_run import OPEN, RECENT, FirstRunDialog

    existing = tmp_path / "kept.sqlite3"
    make_register(existing, demo=False)
    prefs.add_recent_database(str(existing))
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert dialog.recent.count() == 1 and not dialog.recent.isHidden()
    dialog.recent_button.click()
    assert (dialog.choice, dialog.database) == (RECENT, str(existing))

    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    modals.open_path = str(existing)
    dialog.open_button.click()
    assert (dialog.choice, dialog.database) == (OPEN, str(existing))


def test_back_up_and_restore_from_the_file_menu(qtbot, tmp_path, modals) -> None:
    """The command line's backup and restore, run off the UI thread: the backup is
    a checked copy; restoring it brings back the register as it was."""
    from datetime import date

    from desktop_app.domain.entry import EntryData
    from desktop_app.domain.kinds import Kind, Scope
    from desktop_app.services import catalog, entries

    path = tmp_path / "work.sqlite3"
    make_register(path, demo=True)
    info = open_register(str(path))
    window = MainWindow(info, persist=False)
    qtbot.addWidget(window)
    window.show()
    runner().wait_idle(10_000)
    before = reg.total_count()

    modals.save_path = str(tmp_path / "backup.sqlite3")
    window.back_up_register()
    assert runner().wait_idle(120_000)
    qtbot.wait(20)
    assert (tmp_path / "backup.sqlite3").exists(), modals.texts()
    assert "backup.sqlite3" in modals.texts()

    kf = next(b for b in catalog.list_bodies() if b.short_name == "KF")
    entries.create_entry(
        EntryData(kind=Kind.MEMBERSHIP, title="Medlemskap efter säkerhetskopian",
                  scope=Scope.CITY_WIDE, deciding_body_id=kf.id,
                  decision_date=date(2026, 1, 1), review_interval_months=48)
    )  # fmt: skip
    assert reg.total_count() == before + 1

    modals.calls.clear()
    modals.open_path = str(tmp_path / "backup.sqlite3")
    modals.answer = QMessageBox.StandardButton.Yes
    window.restore_register()
    assert runner().wait_idle(120_000)
    qtbot.wait(50)
    assert "restored" in modals.texts().lower(), modals.texts()
    assert reg.total_count() == before
    kept = list(tmp_path.glob("work.before-restore-*.sqlite3"))
    assert kept
    # The same service as the command line: the restore is in the restored register's
    # history, and the rows written after the backup are said to be in the kept file.
    from desktop_app.services import audit

    assert [json.loads(e.details)["kept_as"] for e in audit.list_events(action="restore")] == [
        str(kept[0])
    ]
    assert "skrevs efter säkerhetskopian" in modals.texts() and kept[0].name in modals.texts()
    runner().wait_idle(10_000)
    window.close()
    close_register()
