"""The main window's menus and actions (File, Edit, View, Help) with their shortcuts.

The entry actions (Open, Record review, Terminate, Archive, Restore, Renewal
memo) belong to ``EntryActions``, which binds them to the page on screen;
this module puts them in the Edit menu beside the window's own commands
(``WindowCommands``). The modules behind the actions (Excel, memos, the
editor) are imported when an action is triggered, so start-up does not pay
for openpyxl or reportlab; an import that fails is a bug and is reported as
one, never hidden behind a greyed-out action.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from . import request_actions
from .entry_actions import EntryActions
from .window_commands import WindowCommands


class Actions:
    """Every QAction of the main window, grouped as the menus show them."""

    def __init__(self, window: QMainWindow, commands: WindowCommands, entry: EntryActions) -> None:
        self.window = window
        self.entry = entry
        c = commands
        self.new_entry = self._action(
            QCoreApplication.translate("MainWindow", "&New entry…"), "Ctrl+N", c.new_entry
        )
        self.export_register = self._action(
            QCoreApplication.translate("MainWindow", "&Export register to Excel…"),
            "Ctrl+E",
            c.export_register,
        )
        self.export_due = self._action(
            QCoreApplication.translate("MainWindow", "Export reviews &due…"), None, c.export_due
        )
        self.export_per_body = self._action(
            QCoreApplication.translate("MainWindow", "Export per deciding &body…"),
            None,
            c.export_per_body,
        )
        self.annual_report = self._action(
            QCoreApplication.translate("MainWindow", "&Annual report…"), None, c.annual_report
        )
        self.request_export = self._action(
            request_actions.menu_text(),
            None,
            lambda: request_actions.request_export(window, entry.target_ids()),
        )
        self.import_register = self._action(
            QCoreApplication.translate("MainWindow", "&Import register…"), None, c.import_register
        )
        self.calendar = self._action(
            QCoreApplication.translate("MainWindow", "&Calendar file…"), None, c.export_calendar
        )
        from .meeting_plan import action_text

        self.meeting_plans = self._action(action_text(), None, c.meeting_plans)  # issue 16
        self.settings = self._action(
            QCoreApplication.translate("MainWindow", "&Settings…"), None, c.open_settings
        )
        self.backup = self._action(
            QCoreApplication.translate("MainWindow", "Bac&k up the register…"),
            None,
            lambda: window.back_up_register(),
        )
        self.restore_backup = self._action(
            QCoreApplication.translate("MainWindow", "Resto&re from a backup…"),
            None,
            lambda: window.restore_register(),
        )
        self.open_register = self._action(
            QCoreApplication.translate("MainWindow", "&Open register…"),
            "Ctrl+Shift+O",
            lambda: window.choose_and_open_register(),
        )
        self.quit = self._action(
            QCoreApplication.translate("MainWindow", "&Quit"),
            QKeySequence.StandardKey.Quit,
            window.close,
        )

        self.open_entry = entry.open
        self.review = entry.review
        self.terminate = entry.terminate
        self.archive = entry.archive
        self.restore = entry.restore
        self.memos = entry.memos

        self.reload = self._action(
            QCoreApplication.translate("MainWindow", "&Reload"),
            QKeySequence.StandardKey.Refresh,
            c.reload,
        )
        self.reload.setShortcuts([QKeySequence("F5")])
        self.columns = self._action(
            QCoreApplication.translate("MainWindow", "&Columns…"), None, c.choose_columns
        )
        self.search = self._action(
            QCoreApplication.translate("MainWindow", "&Search"),
            QKeySequence.StandardKey.Find,
            c.focus_search,
        )
        self.search.setShortcuts([QKeySequence("Ctrl+F")])

        self.about = self._action(
            QCoreApplication.translate("MainWindow", "&About Avtalsregister"), None, c.show_about
        )
        self.guide = self._action(
            QCoreApplication.translate("MainWindow", "&User guide"), "F1", c.show_guide
        )

    def _action(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _fill_recent(self) -> None:
        from . import prefs

        self.recent_menu.clear()
        current = self.window.info.display if getattr(self.window, "info", None) else ""
        for number, target in enumerate(prefs.recent_databases(), start=1):
            action = self.recent_menu.addAction(f"&{number} {target}")
            action.setEnabled(target != current)
            action.triggered.connect(lambda _c=False, t=target: self.window.switch_register(t))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "(none yet)")
            ).setEnabled(False)

    def build_menus(self, top: dict[str, QMenu]) -> None:
        """Fill the menu bar's menus (``file``, ``edit``, ``view``, ``help``: the
        window makes them with their titles before its first paint)."""
        file_menu = top["file"]
        file_menu.addAction(self.new_entry)
        file_menu.addAction(self.open_register)
        self.recent_menu = file_menu.addMenu(
            QCoreApplication.translate("MainWindow", "Recen&t registers")
        )
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        for action in (
            self.export_register,
            self.export_due,
            self.export_per_body,
            self.annual_report,
            self.request_export,
            self.import_register,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.memos)
        file_menu.addAction(self.calendar)
        file_menu.addAction(self.meeting_plans)
        file_menu.addSeparator()
        file_menu.addAction(self.backup)
        file_menu.addAction(self.restore_backup)
        file_menu.addSeparator()
        file_menu.addAction(self.settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit = top["edit"]
        for action in (self.open_entry, None, self.review, self.terminate, None):
            edit.addAction(action) if action else edit.addSeparator()
        edit.addAction(self.archive)
        edit.addAction(self.restore)

        view = top["view"]
        view.addAction(self.reload)
        view.addAction(self.search)
        view.addAction(self.columns)
        self.sections_menu = view.addMenu(QCoreApplication.translate("MainWindow", "S&ection"))

        help_menu = top["help"]
        help_menu.addAction(self.guide)
        help_menu.addSeparator()
        help_menu.addAction(self.about)

    def writing_actions(self) -> list[QAction]:
        """Actions that write: new entries, lifecycle, imports, and documents
        (exports and memos are recorded in the audit trail, R10)."""
        return [
            self.new_entry,
            self.import_register,
            *self.entry.writing(),
            self.export_register,
            self.export_due,
            self.export_per_body,
            self.annual_report,
            self.request_export,
        ]

    def set_read_only(self, reason: str) -> None:
        """A reader's window: writing actions off, each saying why."""
        self.entry.read_only = True
        for action in self.writing_actions():
            action.setEnabled(False)
            action.setToolTip(reason)
