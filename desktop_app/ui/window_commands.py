"""The main window's own commands: new entry, Excel, import, calendar, settings, help.

A helper the window composes (not a mixin): it is given the window and the
register view it works with. The functions called live in their own modules
and are imported when used, so start-up does not load openpyxl or
reportlab; an import that fails raises like any bug (it is a broken build,
not something to hide).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop_app import __version__

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
        export_register(self.window, view.current_filter(), view.visible_columns())

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
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide)))
            return
        self.show_about()
