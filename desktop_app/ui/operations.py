"""Writes as operations: off the UI thread, one treatment of failures, a change notice.

Modelled on Anki's ``aqt/operations`` (``CollectionOp``): a ``WriteOp`` wraps
one write the user asked for (save an entry, record a review, archive three
entries, deactivate a body, import a register, make memos). It

* runs the service call on the runner's ``write`` lane (``ui.runner``), so
  the window keeps painting while SQLite waits for another program's lock;
* shows a progress dialog only if the write takes longer than 600 ms;
* treats every failure the same way, wherever the write was started:
  a conflict asks who/when and *Reload* or *Keep editing*
  (``ui.conflict``), a validation error, a permission refusal and a store
  error (locked, read-only, full, unreachable) get their Swedish sentence
  (``ui.errors``), anything else is a bug report with details;
* on success calls the caller's ``success(result)`` and then publishes the
  write's ``ChangeNotice`` (``ui.changes``) on ``notices().changed``; the main
  window hands it to its pages, which refresh only what the notice concerns.

Reads never publish anything: they go straight to ``runner().submit``.

    WriteOp(self, lambda c: entries.archive_entry(i, v), ChangeNotice.for_entries([i]))
        .success(lambda record: ...)
        .run()
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.services.errors import ConflictError

from .changes import BODIES, COUNTERPARTIES, SETTINGS, THEMES, ChangeNotice
from .runner import WRITE_LANE, Control, Handle, Job, runner

T = TypeVar("T")

_CONFLICT_CATALOG = {
    "decision_body": BODIES,
    "theme": THEMES,
    "counterparty": COUNTERPARTIES,
    "setting": SETTINGS,
}


class Notices(QObject):
    """Where the change notices of finished writes are published."""

    changed = Signal(object)  # ChangeNotice


_NOTICES: Notices | None = None


def notices() -> Notices:
    """The program's one notice board (created on first use, on the UI thread)."""
    global _NOTICES
    if _NOTICES is None:
        _NOTICES = Notices(runner())
    return _NOTICES


def publish(notice: ChangeNotice) -> None:
    """Tell the pages what changed (only writes and outside changes do this)."""
    if not notice.is_empty():
        notices().changed.emit(notice)


def conflict_notice(exc: ConflictError) -> ChangeNotice:
    """What a conflict says changed: the record someone else saved."""
    catalog = _CONFLICT_CATALOG.get(exc.object_type)
    if catalog is not None:
        return ChangeNotice.for_catalogs(catalog)
    return ChangeNotice.for_entries([exc.object_id])


def report_failure(
    parent: QWidget | None,
    exc: BaseException,
    on_reload: Callable[[ConflictError], None] | None = None,
) -> None:
    """The one treatment of a failed write (see the module docstring)."""
    from .conflict import ask_conflict, tell_conflict
    from .errors import show_error

    if isinstance(exc, ConflictError):
        if on_reload is None:
            tell_conflict(parent, exc)
            publish(conflict_notice(exc))
        elif ask_conflict(parent, exc):
            on_reload(exc)
            publish(conflict_notice(exc))
        return
    show_error(parent, exc)


class WriteOp(Generic[T]):
    """One write the user asked for; see the module docstring.

    Args:
        parent: the widget the write belongs to (dialogs are shown over it).
        op: ``op(control) -> result``, run on a worker; it calls services only.
        changes: the notice, or ``changes(result) -> ChangeNotice``.
    """

    def __init__(
        self,
        parent: QWidget | None,
        op: Callable[[Control], T],
        changes: ChangeNotice | Callable[[T], ChangeNotice],
    ) -> None:
        self._parent = parent
        self._op = op
        self._changes = changes
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._reload: Callable[[ConflictError], Any] | None = None
        self._finally: Callable[[], Any] | None = None
        self._cancelled: Callable[[], Any] | None = None
        self._progress: str | None = None
        self._cancellable = False
        self._initiator: object | None = None
        self._lane: str | None = WRITE_LANE

    def success(self, callback: Callable[[T], Any]) -> WriteOp[T]:
        """Called with the result before the notice is published."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> WriteOp[T]:
        """Called after the failure was shown to the user (re-enable a button...)."""
        self._failure = callback
        return self

    def on_reload(self, callback: Callable[[ConflictError], Any]) -> WriteOp[T]:
        """The user was editing: on a conflict they may choose Reload, which calls this."""
        self._reload = callback
        return self

    def on_cancel(self, callback: Callable[[], Any]) -> WriteOp[T]:
        self._cancelled = callback
        return self

    def finally_(self, callback: Callable[[], Any]) -> WriteOp[T]:
        """Called last, whatever the outcome (the write ended)."""
        self._finally = callback
        return self

    def with_progress(self, label: str, cancellable: bool = False) -> WriteOp[T]:
        """A progress dialog after 600 ms; Cancel only where the op checks for it."""
        self._progress = label
        self._cancellable = cancellable
        return self

    def in_own_lane(self) -> WriteOp[T]:
        """Run beside other writes: documents that only record an audit row at the end
        (an export of 100,000 rows must not hold up a save)."""
        self._lane = None
        return self

    def initiator(self, obj: object) -> WriteOp[T]:
        """Who asked; pages may skip refreshing for their own write."""
        self._initiator = obj
        return self

    def run(self) -> Handle | None:
        """Start the write; None if the runner is closed (the window is closing)."""
        return runner().submit(
            Job(
                self._op,
                lane=self._lane,
                progress=self._progress,
                cancellable=self._cancellable,
                parent=self._parent,
                on_done=self._done,
                on_failed=self._failed,
                on_cancelled=self._cancelled,
                on_finally=self._finally,
            )
        )

    def _done(self, result: T) -> None:
        notice = self._changes(result) if callable(self._changes) else self._changes
        try:
            if self._success is not None:
                self._success(result)
        finally:
            publish(notice.with_initiator(self._initiator))

    def _failed(self, exc: BaseException) -> None:
        report_failure(self._parent, exc, self._reload)
        if self._failure is not None:
            self._failure(exc)
