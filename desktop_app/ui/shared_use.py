"""Shared use in the window: a reader's read-only window, and other registrars'
changes appearing without F5 (issue 6).

Mixed into ``MainWindow``. The refresh polls the newest audit row's id (every
change writes one, R10): one indexed MAX() every few seconds, on SQLite and
PostgreSQL alike, instead of a LISTEN connection per window.
"""

from __future__ import annotations

import peewee
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from desktop_app.services import audit, permissions
from desktop_app.store.errors import StoreError

REFRESH_INTERVAL_MS = 15_000


class SharedUse:
    """Read-only mode and change polling for the main window."""

    def _apply_capabilities(self) -> None:
        """A reader gets a read-only window (the database refuses writes anyway)."""
        try:
            caps = permissions.capabilities()
        except (StoreError, peewee.PeeweeException):
            return  # the first write will say what is wrong
        if not caps.read_only:
            return
        self.read_only = True
        reason = (
            caps.reason_en if self.lang == "en" else caps.reason
        ) or QCoreApplication.translate("MainWindow", "You may only read this register.")
        self.actions.set_read_only(reason)
        label = QLabel(QCoreApplication.translate("MainWindow", "Read only"), self)
        label.setToolTip(reason)
        label.setStyleSheet("color:white; background:#6b7785; border-radius:3px; padding:1px 6px;")
        self.statusBar().addPermanentWidget(label)
        self.setWindowTitle(
            self.windowTitle() + " – " + QCoreApplication.translate("MainWindow", "read only")
        )

    @staticmethod
    def _latest_change() -> int | None:
        try:
            return audit.latest_event_id()
        except (StoreError, peewee.PeeweeException):
            return None

    def refresh_if_changed(self) -> bool:
        """Reload when someone (another registrar, another process) changed the
        register since we last looked. Returns True when it reloaded."""
        latest = self._latest_change()
        if latest is None or latest == self._last_change:
            return False
        if self.register_view.is_busy():
            return False  # a query is running; look again at the next tick
        self.reload()  # notes the newest change itself
        return True
