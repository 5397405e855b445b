"""The real register widget under measurement: keystrokes and header clicks to paint.

``Widget`` is ``desktop_app.ui.register.view.RegisterView`` (the Register
page of the window: filter bar, table, its query on the runner's worker)
shown offscreen at the window's size. A keystroke is a real key event on the
search field (a ``QKeyEvent`` sent to it): the field's debounce timer, the query job
on the worker thread, the result applied to the model on the UI thread and
the table's viewport painted by the event loop as it would be on screen
(the paint asks ``data()`` for every visible cell and pages in rows the
worker did not bring). A header click is
the header's sort indicator changing, as a click does. The time is taken
from the event to the end of the first paint after the result was applied
(a 2 ms timer looks), the event loop running and sleeping meanwhile exactly as
in the program (a busy-waiting benchmark would take the worker's GIL).
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QEvent, QObject

from .view import app


class _PaintWatch(QObject):
    """Notes when the table's viewport paints (the check runs after the paint is done)."""

    def __init__(self, widget: Widget) -> None:
        super().__init__()
        self.widget = widget

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.widget._painted_at = time.perf_counter()
        return False


class Widget:
    """The Register page, shown; ``type``/``sort`` return seconds to the painted table."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt

        from desktop_app.services.register import RegisterFilter
        from desktop_app.ui.register.view import RegisterView
        from desktop_app.ui.runner import runner

        self.qt = app()
        self.Qt = Qt
        runner().open()  # a register is open: the runner takes jobs (as MainWindow does)
        self.view = RegisterView()
        self.view.resize(1400, 780)
        self.view.show()
        self.qt.processEvents()
        # When the model was last reset (a result applied) and the viewport last painted.
        self._reset_at = 0.0
        self._painted_at = 0.0
        self.view.model.modelReset.connect(self._stamp_reset)
        self._paints = _PaintWatch(self)
        self.view.table.viewport().installEventFilter(self._paints)
        self.view.set_filter(RegisterFilter(), wait=True)
        self._settle(lambda: True)

    # ---------------------------------------------------------------- helpers

    def _stamp_reset(self) -> None:
        self._reset_at = time.perf_counter()

    def _shown(self, applied) -> bool:
        """``applied()`` holds and the viewport has been painted since the result came."""
        return applied() and self._painted_at > self._reset_at

    def _pending(self) -> bool:
        return self.view.is_busy() or self.view.filter_bar._timer.isActive()

    def _settle(self, done, timeout: float = 120.0) -> None:
        """Run the event loop (sleeping, as the program does: the worker gets the GIL)
        until nothing is pending and ``done()``; a 2 ms timer looks."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        started = time.perf_counter()

        def check() -> None:
            if not self._pending() and done() or time.perf_counter() - started > timeout:
                loop.quit()

        poll = QTimer()
        poll.setTimerType(self.Qt.TimerType.PreciseTimer)
        poll.setInterval(2)
        poll.timeout.connect(check)
        poll.start()
        check()
        if not (not self._pending() and done()):
            loop.exec()
        poll.stop()
        if self._pending() or not done():
            raise TimeoutError("the register view did not answer in time")

    def forget_rows(self) -> None:
        """A cold row cache, as on the first search of a session."""
        self.view.model.forget()

    def clear(self) -> None:
        """An empty search field and the whole register shown (untimed)."""
        edit = self.view.filter_bar.search
        if edit.text():
            edit.clear()
            self.view.filter_bar.flush()
        self._settle(lambda: self._shown(lambda: self.view.model.filter.search == ""))
        self.quiet()

    def quiet(self) -> None:
        """Wait (untimed) until the rest of the last result and the counts are in."""
        from desktop_app.ui.runner import runner

        rest = getattr(self.view, "_rest_timer", None)
        self._settle(lambda: not runner().is_busy() and not (rest and rest.isActive()))

    def rows(self) -> int:
        return self.view.model.rowCount()

    def _key(self, widget, char: str) -> None:
        """A key press and release carrying ``char`` (QTest's key clicks take ASCII only)."""
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        key = ord(char.upper()) if char.isascii() else 0
        none = self.Qt.KeyboardModifier.NoModifier
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self.qt.sendEvent(widget, QKeyEvent(kind, key, none, char))

    # ---------------------------------------------------------------- timed

    def type(self, char: str, typed: str) -> float:
        """Seconds from the key event of ``char`` to the table painted for ``typed``."""
        edit = self.view.filter_bar.search
        gc.collect()
        started = time.perf_counter()
        self._key(edit, char)
        self._settle(lambda: self._shown(lambda: self.view.model.filter.search == typed))
        took = time.perf_counter() - started
        if edit.text() != typed:
            raise RuntimeError(f"typed {edit.text()!r}, expected {typed!r}")
        return took

    def sort(self, key: str, descending: bool) -> float:
        """Seconds from a header click on ``key``'s column to the table painted in order."""
        model = self.view.model
        header = self.view.table.horizontalHeader()
        order = (
            self.Qt.SortOrder.DescendingOrder if descending else self.Qt.SortOrder.AscendingOrder
        )
        section = model.column_index(key)
        gc.collect()
        started = time.perf_counter()
        header.setSortIndicator(section, order)  # emits sortIndicatorChanged, as a click does
        self._settle(
            lambda: self._shown(
                lambda: (model.filter.sort_key, model.filter.descending) == (key, descending)
            )
        )
        return time.perf_counter() - started

    def first_id(self) -> int:
        return self.view.model.entry_id(0)

    def close(self) -> None:
        from desktop_app.ui.runner import runner

        self.view.close()
        runner().wait_idle()
        self.view.deleteLater()
        self.qt.processEvents()
