"""One helper for long work off the UI thread (export, import, memos, big queries).

A task is a function taking a ``TaskControl``: it reports progress with
``control.progress(done, total, text)`` and checks ``control.check()`` (raises
``TaskCancelled``) or ``control.cancelled()``. It runs on a ``QThreadPool``
worker; a progress dialog appears only if it takes longer than ~600 ms and
its Cancel button sets the flag. Workers never touch widgets: results and
errors come back through queued signals to the callbacks on the UI thread.
Peewee gives each thread its own connection, so services may be called from
the task.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_DELAY_MS = 600


class TaskCancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class TaskControl:
    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self._signals.progress.emit(int(done), int(total), text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class _Runner(QRunnable):
    def __init__(
        self, fn: Callable[[TaskControl], Any], control: TaskControl, signals: _Signals
    ) -> None:
        super().__init__()
        self.fn, self.control, self.signals = fn, control, signals
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        try:
            result = self.fn(self.control)
        except TaskCancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            if self.control.cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            from desktop_app.services.session import release_thread_connection

            release_thread_connection()  # this worker thread's connection only


class TaskEvents(QObject):
    """Program-wide notice that background work ended (the main window reloads on it:
    an import or a batch may have changed entries, and the caller's callbacks need not
    know about the register view)."""

    task_finished = Signal(str)  # "done", "failed" or "cancelled"


_EVENTS: TaskEvents | None = None


def task_events() -> TaskEvents:
    """The one ``TaskEvents`` object (created on first use, on the UI thread)."""
    global _EVENTS
    if _EVENTS is None:
        _EVENTS = TaskEvents()
    return _EVENTS


class Task(QObject):
    """A running task; keep a reference until it finishes (``run_task`` does)."""

    done = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        fn: Callable[[TaskControl], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_cancel: Callable[[], None] | None,
        cancellable: bool,
    ) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.control = TaskControl(self.signals)
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished = False
        self.silenced = False  # set at shutdown: the outcome is no longer wanted
        self._on_done, self._on_error, self._on_cancel = on_done, on_error, on_cancel
        self.dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.control.cancel)
        self.dialog.reset()  # stays hidden until the delay passes
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._maybe_show)
        self.signals.progress.connect(self._on_progress)
        self.signals.finished.connect(self._finished)
        self.signals.failed.connect(self._failed)
        self.signals.cancelled.connect(self._cancelled)
        self._runner = _Runner(fn, self.control, self.signals)

    def start(self) -> None:
        self._show_timer.start(SHOW_DELAY_MS)
        QThreadPool.globalInstance().start(self._runner)

    def _maybe_show(self) -> None:
        if not self.finished:
            self.dialog.show()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(text)

    def _close(self) -> None:
        self.finished = True
        self._show_timer.stop()
        self.dialog.hide()
        self.dialog.deleteLater()
        _RUNNING.discard(self)
        self.done.emit()

    def _finished(self, result: Any) -> None:
        self.result = result
        self._close()
        if self.silenced:
            return
        if self._on_done:
            self._on_done(result)
        task_events().task_finished.emit("done")

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.error = exc
        exc.__traceback_text__ = tb  # type: ignore[attr-defined]
        self._close()
        if self.silenced:
            return
        if self._on_error:
            self._on_error(exc)
        else:
            from desktop_app.ui.errors import show_error

            show_error(self.parent(), exc)
        task_events().task_finished.emit("failed")

    def _cancelled(self) -> None:
        self._close()
        if self.silenced:
            return
        if self._on_cancel:
            self._on_cancel()
        task_events().task_finished.emit("cancelled")


_RUNNING: set[Task] = set()


def run_task(
    parent: QWidget | None,
    title: str,
    fn: Callable[[TaskControl], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    cancellable: bool = True,
) -> Task:
    """Run ``fn(control)`` in the background; callbacks run on the UI thread."""
    task = Task(parent, title, fn, on_done, on_error, on_cancel, cancellable)
    _RUNNING.add(task)
    task.start()
    return task


def shutdown_tasks(msecs: int = 30_000) -> bool:
    """Window shutdown: wait for every running task's worker, and silence them.

    A task that is running is finished, not cut off (an export completes,
    an import commits or rolls back whole). Its outcome then arrives as a
    queued signal after the register is closed; a callback run then would
    query a closed register, so silenced tasks only close their progress
    dialog. Returns False if a worker was still running after ``msecs``.
    """
    for task in list(_RUNNING):
        task.silenced = True
    return QThreadPool.globalInstance().waitForDone(msecs)
