"""The main window's own commands: new entry, Excel, import, calendar, settings, help.

A helper the window composes (not a mixin): it is given the window and the
register view it works with. The functions called live in their own modules
and are imported when used, so start-up does not load openpyxl or
reportlab; an import that fails raises like any bug (it is a broken build,
not something to hide).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop_app import __version__

from .register.columns import COMPUTED
from .register.view import RegisterView


class WindowCommands:
    """File, View and Help commands of ``MainWindow``."""

    def __init__(
        self,
        window: QMainWindow,
        register_view: RegisterView,
        show_register: Callable[[], None],
        reload: Callable[[], None],
        open_entry: Callable[[int | None], None],
        display: str,
    ) -> None:
        self.window = window
        self.register_view = register_view
        self.show_register = show_register
        self.reload = reload
        self.open_entry = open_entry
        self.display = display

    def new_entry(self) -> None:
        self.open_entry(None)

    def export_register(self) -> None:
        """The register as the view shows it: filter, columns and order."""
        from .excel_actions import export_register

        view = self.register_view
        f = view.current_filter()
        if view.model.rowCount() == 0 and not view.is_busy():
            f = self.ask_empty_export(f)
            if f is None:
                return
        columns = [c for c in view.visible_columns() if c not in COMPUTED]  # no findings
        export_register(self.window, f, columns)

    def ask_empty_export(self, f):
        """The list is empty (often a forgotten filter): the filter to export, or None."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Export the register"))
        box.setText(QCoreApplication.translate("MainWindow", "The list shows no entries."))
        box.setInformativeText(
            QCoreApplication.translate(
                "MainWindow",
                "A file with no entries would be written. Clear the filters and export "
                "the whole register instead?",
            )
        )
        clear = box.addButton(
            QCoreApplication.translate("MainWindow", "Clear filters and export"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        empty = box.addButton(
            QCoreApplication.translate("MainWindow", "Export no entries"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(clear)
        box.exec()
        clicked = box.clickedButton()
        if clicked is clear:
            self.register_view.filter_bar.clear()
            return self.register_view.current_filter()
        if clicked is empty:
            return f
        return None

    def export_due(self) -> None:
        from .excel_actions import export_due

        export_due(self.window)

    def export_per_body(self) -> None:
        from .excel_actions import export_per_body

        export_per_body(self.window)

    def annual_report(self) -> None:
        from .excel_actions import annual_report

        annual_report(self.window)

    def import_register(self) -> None:
        from .excel_actions import import_register

        import_register(self.window)

    def export_calendar(self) -> None:
        from .memo_actions import export_calendar

        export_calendar(self.window)

    def meeting_plans(self) -> None:
        from .meeting_plan import open_meeting_plans

        open_meeting_plans(self.window)

    def open_settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.window).exec()  # its write publishes its own notice

    def choose_columns(self) -> None:
        from .register.column_dialog import ColumnDialog

        dialog = ColumnDialog(self.register_view.visible_columns(), self.window)
        if dialog.exec():
            self.register_view.set_visible_columns(dialog.columns())

    def focus_search(self) -> None:
        self.show_register()
        search = self.register_view.filter_bar.search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def show_about(self) -> None:
        QMessageBox.about(
            self.window,
            QCoreApplication.translate("MainWindow", "About Avtalsregister"),
            QCoreApplication.translate(
                "MainWindow",
                "<h3>Avtalsregister %1</h3><p>The register of the city's international "
                "cooperation agreements, letters of intent and memberships, their reviews "
                "and their history.</p><p>Database: %2</p>",
            )
            .replace("%1", __version__)
            .replace("%2", self.display or "–"),
        )

    def show_guide(self) -> None:
        from desktop_app.paths import user_guide
        from desktop_app.ui.errors import ui_language

        guide = user_guide(ui_language())  # checkout, wheel and bundle alike
        if guide is not None:
            from .open_files import open_file

            open_file(getattr(self, "window", None), str(guide))  # says so if nothing opens
            return
        self.show_about()
