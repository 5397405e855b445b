"""Running the register's query off the UI thread, latest request wins.

At 100,000 entries a search for one or two letters must scan the table
(the trigram index serves three letters and more), which takes a few
hundred milliseconds. Run on the UI thread that would freeze typing; here it
runs on a worker while the user keeps typing, at most one query at a time,
and only the newest request's result is applied (older ones are dropped).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app.services import catalog
from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter

from .model import PAGE_SIZE


class _Signals(QObject):
    done = Signal(int, object, object, object, object)  # generation, filter, ids, rows, totals


def register_totals() -> dict[str, int]:
    """What the status bar counts: entries not archived, reviews overdue and due soon.

    At 100,000 entries these counts take a few hundred milliseconds, so they are
    taken on the worker with a reload, never per keystroke.
    """
    return {"total": reg.total_count(), **reg.review_state_counts()}


class _Job(QRunnable):
    def __init__(
        self, generation: int, f: RegisterFilter, today: date, totals: bool, signals: _Signals
    ) -> None:
        super().__init__()
        self.generation, self.filter, self.today = generation, f, today
        self.totals, self.signals = totals, signals

    def run(self) -> None:  # worker thread: services only, no widgets
        try:
            ids = reg.query_ids(self.filter, self.today)
            rows = reg.rows_by_ids(ids[:PAGE_SIZE], self.today, catalog.lead_days())
            totals = register_totals() if self.totals else None
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            self.signals.done.emit(self.generation, self.filter, None, exc, None)
        else:
            self.signals.done.emit(self.generation, self.filter, ids, rows, totals)
        finally:
            from desktop_app.services.session import release_thread_connection

            release_thread_connection()  # this worker thread's connection only


class QueryRunner(QObject):
    """Queues register queries on one worker thread; emits ``finished`` for the newest."""

    finished = Signal(object, object, object)  # filter, ids, first rows
    totals_ready = Signal(object)  # register_totals() of a request that asked for them
    failed = Signal(object)  # exception
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.done.connect(self._done)
        self._generation = 0
        self._pending: tuple[int, RegisterFilter, date, bool] | None = None
        self._running = False
        self._stopped = False

    def request(self, f: RegisterFilter, today: date, totals: bool = False) -> None:
        """Query ``f``; with ``totals`` the status bar counts come along."""
        if self._stopped:
            return  # the window is closing: the register is about to close
        self._generation += 1
        if self._pending is not None:
            totals = totals or self._pending[3]  # a superseded request's wish stays
        self._pending = (self._generation, dataclasses.replace(f), today, totals)
        if not self._running:
            self._start_pending()
            self.busy_changed.emit(True)

    def is_busy(self) -> bool:
        return self._running or self._pending is not None

    def wait(self, msecs: int = 30_000) -> None:
        """Block until the worker is idle (tests, a query the caller waits for)."""
        self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Stop for good before the register closes: drop the queued request,
        wait for the running one, ignore later requests.

        Waiting alone is not enough: the running query's completion arrives as
        a queued signal, and ``_done`` would then start the queued request on a
        worker after the register was closed (issue 18). Returns False if the
        running query did not end within ``msecs``.
        """
        self._stopped = True
        self._pending = None
        return self._pool.waitForDone(msecs)

    def _start_pending(self) -> None:
        assert self._pending is not None
        generation, f, today, totals = self._pending
        self._pending = None
        self._running = True
        self._pool.start(_Job(generation, f, today, totals, self._signals))

    def _done(
        self, generation: int, f: RegisterFilter, ids: object, result: object, totals: object
    ) -> None:
        self._running = False
        newest = generation == self._generation
        if self._pending is not None and not self._stopped:
            self._start_pending()
        else:
            self.busy_changed.emit(False)
        if totals is not None:
            self.totals_ready.emit(totals)  # true whatever the filter, even if superseded
        if not newest:
            return
        if ids is None:
            self.failed.emit(result)
        else:
            self.finished.emit(f, ids, result)
