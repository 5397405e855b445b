"""The one background runner: every read and write the window asks for runs here.

Modelled on Anki's ``aqt/taskman.py``: the UI thread hands a function to the
runner, a worker thread runs it, and the result comes back to a callback on
the UI thread. Workers never touch widgets; results are looked up by id when
they arrive (the row may be gone).

What it adds for a register:

* **Lanes.** Jobs of one lane run one at a time, in order: writes share the
  ``write`` lane, so two saves of the same editor never race. A lane marked
  *latest only* (the register's query, the reviews-due list, the history)
  keeps just the newest waiting job, and the result of an older job that
  finishes after a newer request is dropped: typing never waits for a stale
  search. Jobs of different lanes run side by side (at most ``MAX_THREADS``),
  so a long export does not hold up the register's queries.
* **Progress.** A job with a progress title gets a window-modal progress
  dialog only if it is still running after ``SHOW_DELAY_MS`` (600 ms, as in
  Anki and calibre); its Cancel button sets the job's flag, which the job
  checks (``Control.check`` raises ``domain.cancel.Cancelled``).
* **Shutdown.** ``close()`` is what closing the window does before the
  register is closed: waiting jobs are dropped, running ones are asked to
  cancel and waited for, late results are ignored, and until ``open()`` no new
  job starts, so no worker can open a database connection after the register
  was closed (the smoke test's "Directory not empty" race, issue 18).
* **A count of jobs** (``jobs_started``) and a hook called as each job starts
  (``add_start_hook``), so a test can see that an idle page asks for nothing.

Each worker thread closes its own database connection when its job ends
(peewee keeps one per thread).
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.cancel import Cancelled

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

SHOW_DELAY_MS = 600
MAX_THREADS = 3
WRITE_LANE = "write"

DONE, FAILED, CANCELLED = "done", "failed", "cancelled"


class Control:
    """What a job gets: report progress, see whether the user cancelled."""

    def __init__(self, handle: Handle) -> None:
        self._handle = handle
        self._cancel = threading.Event()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """Report ``done`` of ``total`` (0: unknown) with an optional text."""
        self._handle.runner._signals.progress.emit(self._handle, int(done), int(total), text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user pressed Cancel."""
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()


@dataclass(eq=False)
class Job:
    """A function to run in the background and what to do with its outcome.

    ``fn(control)`` runs on a worker; the callbacks run on the UI thread:
    ``on_done(result)``, ``on_failed(exception)`` (the exception carries its
    traceback text as ``__traceback_text__``), ``on_cancelled()``, and
    ``on_finally()`` after any of them. A dropped result (a newer job of a
    latest-only lane, the runner closed, or the ``parent`` of a latest-only
    job deleted meanwhile) calls none of them.
    """

    fn: Callable[[Control], Any]
    lane: str | None = None
    latest_only: bool = False
    progress: str | None = None  # title of the delayed progress dialog; None: no dialog
    cancellable: bool = True
    parent: QWidget | None = None
    on_done: Callable[[Any], None] | None = None
    on_failed: Callable[[BaseException], None] | None = None
    on_cancelled: Callable[[], None] | None = None
    on_finally: Callable[[], None] | None = None
    on_progress: Callable[[int, int], None] | None = None  # (done, total), on the UI thread


@dataclass(eq=False)
class Handle:
    """A submitted job: cancel it, ask whether it ended."""

    runner: Runner
    job: Job
    epoch: int
    serial: int
    control: Control = field(init=False)
    finished: bool = False
    dialog: QProgressDialog | None = None
    timer: QTimer | None = None

    def __post_init__(self) -> None:
        self.control = Control(self)

    def cancel(self) -> None:
        self.control.cancel()


class _Signals(QObject):
    progress = Signal(object, int, int, str)
    ended = Signal(object, str, object)  # handle, outcome, result or exception


class _Worker(QRunnable):
    def __init__(self, handle: Handle) -> None:
        super().__init__()
        self.handle = handle
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread: no widgets
        handle = self.handle
        runner = handle.runner
        outcome, payload = CANCELLED, None
        try:
            # The runner may have been closed since the job was queued: then it
            # must not touch the database at all (not even to connect).
            if handle.epoch == runner._epoch and not handle.control.cancelled():
                for hook in list(runner._start_hooks):
                    hook(handle.job)
                payload = handle.job.fn(handle.control)
                outcome = CANCELLED if handle.control.cancelled() else DONE
        except Cancelled:
            outcome = CANCELLED
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            outcome, payload = FAILED, exc
        finally:
            # This worker thread's connection only; none if the services are not
            # loaded yet (the start's first screen reads without them, issue 19).
            session = sys.modules.get("desktop_app.services.session")
            if session is not None:
                session.release_thread_connection()
        runner._signals.ended.emit(handle, outcome, payload)
        # PySide keeps the last runnable of each pool thread alive after it ran:
        # let go of the job, so its closures (and what they hold) are not kept.
        self.handle = None


class Runner(QObject):
    """Runs jobs on worker threads; see the module docstring."""

    busy_changed = Signal(bool)  # any job running or waiting

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(MAX_THREADS)
        self._pool.setExpiryTimeout(30_000)
        self._signals = _Signals()
        self._signals.progress.connect(self._on_progress)
        self._signals.ended.connect(self._on_ended)
        self._waiting: dict[str | None, deque[Handle]] = {}
        self._running: set[Handle] = set()
        self._busy_lanes: set[str] = set()
        self._newest: dict[str, int] = {}  # lane -> serial of its newest job
        self._serial = 0
        self._epoch = 0
        self._closed = False
        self._start_hooks: list[Callable[[Job], None]] = []
        self.jobs_started = 0

    # ------------------------------------------------------------ submitting

    def submit(self, job: Job) -> Handle | None:
        """Queue ``job``; returns its handle, or None when the runner is closed."""
        if self._closed:
            return None
        was_busy = self.is_busy()
        self._serial += 1
        handle = Handle(self, job, self._epoch, self._serial)
        queue = self._waiting.setdefault(job.lane, deque())
        if job.lane is not None and job.latest_only:
            self._newest[job.lane] = handle.serial
            while queue:  # superseded before they started: nobody waits for them
                dropped = queue.popleft()
                dropped.finished = True
                self._end_progress(dropped)  # its delayed dialog must never appear
        queue.append(handle)
        if job.progress:
            handle.timer = QTimer(self)
            handle.timer.setSingleShot(True)
            handle.timer.timeout.connect(lambda h=handle: self._show_progress(h))
            handle.timer.start(SHOW_DELAY_MS)
        self._start_ready()
        if not was_busy:
            self.busy_changed.emit(True)
        return handle

    def run(
        self,
        fn: Callable[[Control], Any],
        on_done: Callable[[Any], None] | None = None,
        **options: Any,
    ) -> Handle | None:
        """Shorthand for ``submit(Job(fn, on_done=on_done, **options))``."""
        return self.submit(Job(fn, on_done=on_done, **options))

    def _start_ready(self) -> None:
        for lane, queue in self._waiting.items():
            while queue and (lane is None or lane not in self._busy_lanes):
                handle = queue.popleft()
                if lane is not None:
                    self._busy_lanes.add(lane)
                self._running.add(handle)
                self.jobs_started += 1
                self._pool.start(_Worker(handle))

    # ------------------------------------------------------------ outcomes

    def _on_ended(self, handle: Handle, outcome: str, payload: object) -> None:
        if handle.epoch != self._epoch:
            return  # ended before close() returned; already forgotten, result ignored
        self._running.discard(handle)
        lane = handle.job.lane
        if lane is not None:
            self._busy_lanes.discard(lane)
        self._end_progress(handle)
        handle.finished = True
        current = not self._closed
        superseded = (
            lane is not None
            and handle.job.latest_only
            and self._newest.get(lane, handle.serial) != handle.serial
        )
        if current:
            self._start_ready()
        try:
            if current and not superseded and _owner_alive(handle.job):
                self._deliver(handle, outcome, payload)
        finally:
            if not self.is_busy():
                self.busy_changed.emit(False)

    def _deliver(self, handle: Handle, outcome: str, payload: object) -> None:
        job = handle.job
        try:
            if outcome == DONE:
                if job.on_done is not None:
                    job.on_done(payload)
            elif outcome == FAILED:
                if job.on_failed is not None:
                    job.on_failed(payload)  # type: ignore[arg-type]
                else:
                    from .errors import show_error

                    show_error(job.parent, payload)  # type: ignore[arg-type]
            elif job.on_cancelled is not None:
                job.on_cancelled()
        finally:
            if job.on_finally is not None:
                job.on_finally()

    # ------------------------------------------------------------ progress dialog

    def _show_progress(self, handle: Handle) -> None:
        if handle.finished or handle.dialog is not None:
            return
        from PySide6.QtWidgets import QProgressDialog  # its Python type when first needed

        job = handle.job
        dialog = QProgressDialog(job.parent)
        dialog.setWindowTitle(job.progress or "")
        dialog.setLabelText(job.progress or "")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setRange(0, 0)
        if job.cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Runner", "Cancel"))
            dialog.canceled.connect(handle.cancel)
        else:
            dialog.setCancelButton(None)
        handle.dialog = dialog
        dialog.show()

    def _on_progress(self, handle: Handle, done: int, total: int, text: str) -> None:
        if handle.finished:
            return
        if handle.job.on_progress is not None:
            handle.job.on_progress(done, total)
        dialog = handle.dialog
        if dialog is None:
            return
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if text:
            dialog.setLabelText(text)

    def _end_progress(self, handle: Handle) -> None:
        if handle.timer is not None:
            handle.timer.stop()
            handle.timer.deleteLater()
            handle.timer = None
        if handle.dialog is not None:
            handle.dialog.hide()
            handle.dialog.deleteLater()
            handle.dialog = None

    # ------------------------------------------------------------ state

    def is_busy(self, lane: str | None = None) -> bool:
        """Whether a job (of ``lane``, if given) is running or waiting."""
        if lane is not None:
            return lane in self._busy_lanes or bool(self._waiting.get(lane))
        return bool(self._running) or any(self._waiting.values())

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Let jobs finish and their callbacks run (tests, and a synchronous start).

        Runs the event loop meanwhile, so callbacks that queue more work are
        served too. True when idle.
        """
        timer = QTimer()
        timer.setSingleShot(True)
        timer.start(timeout_ms)
        while self.is_busy() and timer.isActive():
            self._pool.waitForDone(20)
            QApplication.processEvents()
        return not self.is_busy()

    def add_start_hook(self, hook: Callable[[Job], None]) -> None:
        """Call ``hook(job)`` on the worker as each job starts (tests count queries)."""
        self._start_hooks.append(hook)

    def remove_start_hook(self, hook: Callable[[Job], None]) -> None:
        self._start_hooks.remove(hook)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self, timeout_ms: int = 60_000) -> None:
        """Stop all background work before the register is closed.

        Waiting jobs are dropped, running jobs are asked to cancel and waited
        for; their results are ignored. New jobs are refused until ``open()``.
        """
        self._closed = True
        self._epoch += 1
        for queue in self._waiting.values():
            while queue:
                dropped = queue.popleft()
                dropped.finished = True
                self._end_progress(dropped)  # no delayed dialog for work never started
        for handle in list(self._running):
            handle.cancel()
        self._pool.waitForDone(timeout_ms)
        # The finished workers' queued "ended" signals arrive later and are
        # ignored (old epoch); forget them now so is_busy() is honest.
        for handle in list(self._running):
            self._end_progress(handle)
            handle.finished = True
        self._running.clear()
        self._busy_lanes.clear()
        self._newest.clear()
        self.busy_changed.emit(False)

    def open(self) -> None:
        """Accept jobs again (a register has been opened)."""
        self._closed = False


_RUNNER: Runner | None = None


def runner() -> Runner:
    """The program's one runner (created on first use, on the UI thread)."""
    global _RUNNER
    if _RUNNER is None:
        _RUNNER = Runner(QCoreApplication.instance())
    return _RUNNER


def _owner_alive(job: Job) -> bool:
    """A read's widget (``parent``) may be deleted while the read runs (a page or
    dialog closed); its callbacks would touch the dead widget, so the result of
    a read (a latest-only lane) is dropped like a superseded one. A write's
    outcome is always delivered: it changed the register, and the other pages
    must hear of it."""
    if job.parent is None or not job.latest_only:
        return True
    import shiboken6

    return shiboken6.isValid(job.parent)
