"""Shared use in the window: a reader's read-only window, and other registrars'
changes appearing without F5 (issue 6).

A helper the main window composes. The refresh polls the newest audit row's
id (every change writes one, R10): one indexed MAX() every few seconds, on
the runner (lane ``poll``), on SQLite and PostgreSQL alike, instead of a
LISTEN connection per window. When it moved and this window did not move it,
it publishes ``ChangeNotice.everything()``: the poll cannot tell what
changed, so every page (and every idle editor) reads again. After this window's own writes the poll takes the new id as its
baseline, so a save does not make every page reload twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop_app.services import audit, permissions

from .changes import ChangeNotice
from .operations import publish
from .runner import Job, runner

REFRESH_INTERVAL_MS = 15_000
LANE = "poll"


def _latest_change() -> int | None:
    try:
        return audit.latest_event_id()
    except Exception:  # noqa: BLE001 - a failed look is only retried at the next tick
        return None


class SharedUse(QObject):
    """Read-only mode and change polling for one main window."""

    polled = Signal(bool)  # a poll ended: True when it found someone else's change

    def __init__(self, window: QMainWindow, set_read_only: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self._set_read_only = set_read_only
        self.read_only = False
        self._last_change: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_INTERVAL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self, lang: str) -> None:
        """Apply the connected role's rights, take the baseline, start polling."""
        self.apply_capabilities(lang)
        self._last_change = _latest_change()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def apply_capabilities(self, lang: str) -> None:
        """A reader gets a read-only window (the database refuses writes anyway)."""
        try:
            caps = permissions.capabilities()
        except Exception:  # noqa: BLE001 - the first write will say what is wrong
            return
        if not caps.read_only:
            return
        self.read_only = True
        reason = (caps.reason_en if lang == "en" else caps.reason) or QCoreApplication.translate(
            "MainWindow", "You may only read this register."
        )
        self._set_read_only(reason)
        label = QLabel(QCoreApplication.translate("MainWindow", "Read only"), self.window)
        label.setToolTip(reason)
        label.setStyleSheet("color:white; background:#6b7785; border-radius:3px; padding:1px 6px;")
        self.window.statusBar().addPermanentWidget(label)
        self.window.setWindowTitle(
            self.window.windowTitle()
            + " – "
            + QCoreApplication.translate("MainWindow", "read only")
        )

    def poll(self) -> None:
        """Look (on the runner) whether someone else changed the register."""
        runner().submit(
            Job(
                lambda _control: _latest_change(),
                lane=LANE,
                latest_only=True,
                parent=self.window,
                on_done=self._polled,
                on_failed=lambda _exc: self.polled.emit(False),  # next tick tries again
            )
        )

    def _polled(self, latest: int | None) -> None:
        moved = latest is not None and latest != self._last_change
        if moved:
            self._last_change = latest
            publish(ChangeNotice.everything().with_initiator(self))
        self.polled.emit(moved)

    def rebaseline(self) -> None:
        """This window wrote: the newest audit row is ours, not news."""
        runner().submit(
            Job(
                lambda _control: _latest_change(),
                lane=LANE,
                latest_only=True,
                parent=self.window,
                on_done=self._take_baseline,
                on_failed=lambda _exc: None,
            )
        )

    def _take_baseline(self, latest: int | None) -> None:
        if latest is not None:
            self._last_change = latest
