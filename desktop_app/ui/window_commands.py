"""The main window's commands that hand over to other areas: Excel, memos, settings.

A mixin of ``MainWindow`` (kept apart so each module stays readable). The
functions called live in their own modules and are imported when used, so
start-up does not load openpyxl or reportlab, and a module missing from a
build is reported instead of breaking the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from desktop_app import __version__

from .actions import call_optional
from .errors import show_error


class WindowCommands:
    """File, View and Help commands of ``MainWindow``."""

    def _optional(self, module: str, name: str, *args) -> object:
        try:
            fn = call_optional(module, name)
        except (ImportError, AttributeError) as exc:
            show_error(self, exc)
            return None
        return fn(self, *args)

    def export_register(self) -> None:
        self._optional(
            "desktop_app.ui.excel_actions",
            "export_register",
            self.current_filter(),
            self.visible_columns(),
        )

    def export_due(self) -> None:
        self._optional("desktop_app.ui.excel_actions", "export_due")

    def export_per_body(self) -> None:
        self._optional("desktop_app.ui.excel_actions", "export_per_body")

    def annual_report(self) -> None:
        self._optional("desktop_app.ui.excel_actions", "annual_report")

    def import_register(self) -> None:
        self._optional("desktop_app.ui.excel_actions", "import_register")
        self.reload()

    def make_memos(self) -> None:
        ids = self.selected_entry_ids() if self.current_section() == "register" else []
        self._optional("desktop_app.ui.memo_actions", "make_memos", ids or None)

    def export_calendar(self) -> None:
        self._optional("desktop_app.ui.memo_actions", "export_calendar")

    def open_settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        if dialog.exec():
            self.reload()

    def choose_columns(self) -> None:
        from .register.column_dialog import ColumnDialog

        dialog = ColumnDialog(self.register_view.visible_columns(), self)
        if dialog.exec():
            self.register_view.set_visible_columns(dialog.columns())

    def focus_search(self) -> None:
        self.show_section("register")
        search = self.register_view.filter_bar.search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About Avtalsregister"),
            QCoreApplication.translate(
                "MainWindow",
                "<h3>Avtalsregister %1</h3><p>The register of the city's international "
                "cooperation agreements, letters of intent and memberships, their reviews "
                "and their history.</p><p>Database: %2</p>",
            )
            .replace("%1", __version__)
            .replace("%2", self.info.display if self.info else "–"),
        )

    def show_guide(self) -> None:
        from desktop_app.paths import user_guide
        from desktop_app.ui.errors import ui_language

        guide = user_guide(ui_language())  # checkout, wheel and bundle alike
        if guide is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide)))
            return
        self.show_about()
