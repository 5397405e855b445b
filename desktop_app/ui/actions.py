"""The main window's menus and actions (File, Edit, View, Help) with their shortcuts.

Actions that other UI areas implement (Excel, memos, the entry editor, the
review dialogs) call functions in those modules, imported when triggered:
start-up does not pay for openpyxl or reportlab, and a module missing from
a build leaves its action disabled with a tooltip instead of breaking the
window.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget


def module_available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def call_optional(module: str, name: str) -> Callable:
    """The function ``module.name``, imported now (raises ImportError/AttributeError)."""
    return getattr(importlib.import_module(module), name)


class Actions:
    """Every QAction of the main window, grouped as the menus show them."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        w = window
        self.new_entry = self._action(
            QCoreApplication.translate("MainWindow", "&New entry…"), "Ctrl+N", w.new_entry
        )
        self.export_register = self._action(
            QCoreApplication.translate("MainWindow", "&Export register to Excel…"),
            "Ctrl+E",
            w.export_register,
        )
        self.export_due = self._action(
            QCoreApplication.translate("MainWindow", "Export reviews &due…"), None, w.export_due
        )
        self.export_per_body = self._action(
            QCoreApplication.translate("MainWindow", "Export per deciding &body…"),
            None,
            w.export_per_body,
        )
        self.annual_report = self._action(
            QCoreApplication.translate("MainWindow", "&Annual report…"), None, w.annual_report
        )
        self.import_register = self._action(
            QCoreApplication.translate("MainWindow", "&Import register…"), None, w.import_register
        )
        self.memos = self._action(
            QCoreApplication.translate("MainWindow", "Renewal &memo…"), "Ctrl+P", w.make_memos
        )
        self.calendar = self._action(
            QCoreApplication.translate("MainWindow", "&Calendar file…"), None, w.export_calendar
        )
        self.settings = self._action(
            QCoreApplication.translate("MainWindow", "&Settings…"), None, w.open_settings
        )
        self.quit = self._action(
            QCoreApplication.translate("MainWindow", "&Quit"),
            QKeySequence.StandardKey.Quit,
            w.close,
        )

        self.open_entry = self._action(
            QCoreApplication.translate("MainWindow", "&Open"), "Return", w.open_current
        )
        self.open_entry.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.archive = self._action(
            QCoreApplication.translate("MainWindow", "&Archive…"), "Delete", w.archive_selected
        )
        self.restore = self._action(
            QCoreApplication.translate("MainWindow", "&Restore"), None, w.restore_selected
        )
        self.review = self._action(
            QCoreApplication.translate("MainWindow", "Record re&view…"), None, w.record_review
        )
        self.terminate = self._action(
            QCoreApplication.translate("MainWindow", "&Terminate…"), None, w.terminate_entry
        )

        self.reload = self._action(
            QCoreApplication.translate("MainWindow", "&Reload"),
            QKeySequence.StandardKey.Refresh,
            w.reload,
        )
        self.reload.setShortcuts([QKeySequence("F5")])
        self.columns = self._action(
            QCoreApplication.translate("MainWindow", "&Columns…"), None, w.choose_columns
        )
        self.search = self._action(
            QCoreApplication.translate("MainWindow", "&Search"),
            QKeySequence.StandardKey.Find,
            w.focus_search,
        )
        self.search.setShortcuts([QKeySequence("Ctrl+F")])

        self.about = self._action(
            QCoreApplication.translate("MainWindow", "&About Avtalsregister"), None, w.show_about
        )
        self.guide = self._action(
            QCoreApplication.translate("MainWindow", "&User guide"), "F1", w.show_guide
        )

        # Only while the table has focus: Enter in a text field or Delete in
        # the search box must not open or archive an entry.
        for action in (self.open_entry, self.archive):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        optional = {
            self.new_entry: "desktop_app.ui.editor.entry_dialog",
            self.open_entry: "desktop_app.ui.editor.entry_dialog",
            self.review: "desktop_app.ui.dialogs.lifecycle",
            self.terminate: "desktop_app.ui.dialogs.lifecycle",
            self.export_register: "desktop_app.ui.excel_actions",
            self.export_due: "desktop_app.ui.excel_actions",
            self.export_per_body: "desktop_app.ui.excel_actions",
            self.annual_report: "desktop_app.ui.excel_actions",
            self.import_register: "desktop_app.ui.excel_actions",
            self.memos: "desktop_app.ui.memo_actions",
            self.calendar: "desktop_app.ui.memo_actions",
        }
        self.unavailable: set[QAction] = set()
        for action, module in optional.items():
            if not module_available(module):
                self.unavailable.add(action)
                action.setEnabled(False)
                action.setToolTip(
                    QCoreApplication.translate("MainWindow", "Not available in this version yet")
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

    def build_menus(self, table: QWidget) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file_menu.addAction(self.new_entry)
        file_menu.addSeparator()
        for action in (
            self.export_register,
            self.export_due,
            self.export_per_body,
            self.annual_report,
            self.import_register,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.memos)
        file_menu.addAction(self.calendar)
        file_menu.addSeparator()
        file_menu.addAction(self.settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        for action in (self.open_entry, None, self.review, self.terminate, None):
            edit.addAction(action) if action else edit.addSeparator()
        edit.addAction(self.archive)
        edit.addAction(self.restore)

        view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        view.addAction(self.reload)
        view.addAction(self.search)
        view.addAction(self.columns)
        self.sections_menu = view.addMenu(QCoreApplication.translate("MainWindow", "S&ection"))

        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(self.guide)
        help_menu.addSeparator()
        help_menu.addAction(self.about)

        # Enter/Delete act on the table only; the table also offers them on right click.
        table.addAction(self.open_entry)
        table.addAction(self.archive)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def entry_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        for action in (
            self.open_entry,
            self.review,
            self.terminate,
            None,
            self.memos,
            None,
            self.archive,
            self.restore,
        ):
            menu.addAction(action) if action else menu.addSeparator()
        return menu

    def writing_actions(self) -> list[QAction]:
        """Actions that write: new entries, lifecycle, imports, and documents
        (exports and memos are recorded in the audit trail, R10)."""
        return [
            self.new_entry,
            self.import_register,
            self.archive,
            self.restore,
            self.review,
            self.terminate,
            self.export_register,
            self.export_due,
            self.export_per_body,
            self.annual_report,
            self.memos,
        ]

    def set_read_only(self, reason: str) -> None:
        """A reader's window: writing actions off, each saying why."""
        for action in self.writing_actions():
            self.unavailable.add(action)
            action.setEnabled(False)
            action.setToolTip(reason)

    def update_for_selection(self, count: int, any_archived: bool, any_live: bool) -> None:
        """Enable what makes sense for the selected entries."""
        single = count == 1
        for action, enabled in (
            (self.open_entry, single),
            (self.review, single and not any_archived),
            (self.terminate, single and not any_archived),
            (self.archive, count > 0 and any_live),
            (self.restore, count > 0 and any_archived),
        ):
            action.setEnabled(enabled and action not in self.unavailable)
