"""The first screen's query, started before the main window is built.

At the start the window's modules and widgets take the UI thread for tens of
milliseconds; the first screen's query (and on PostgreSQL the worker's
connection to the server) can run meanwhile (issue 19). ``start_first_screen``
submits a ``HeadStart`` for the remembered filter on the register view's lane:
``queries.query_register`` when the register is open, or, before it is opened,
``services.first_screen`` (without the services' modules; ``open_later`` then
holds what opens the register, ``open_now`` runs it once the rows are
painted). The view adopts it when its own first question is the same filter
on the same day (``take_head_start``), else asks again as always (its newer
job supersedes this one, whose result is dropped). This module loads before
the view's, so that the read starts before they are imported.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QSettings

from desktop_app.services.first_screen import first_screen, reads_plainly
from desktop_app.services.register_info import DatabaseTarget
from desktop_app.services.register_types import RegisterFilter
from desktop_app.ui.runner import Job, runner

from .queries import FIRST_ROWS, PAGE_SIZE, query_register
from .saved_filter import saved_filter

LANE = "register"  # the register view's queries: the newest only


class HeadStart:
    """One early first-screen read whose outcome goes to whoever adopts it."""

    def __init__(
        self, f: RegisterFilter, today: date, lane: str, read: Callable[[], tuple | None]
    ) -> None:
        self.filter, self.today = f, today
        self._outcome: tuple[str, object] | None = None
        self._on_done: Callable[[tuple], None] | None = None
        self._on_failed: Callable[[BaseException], None] | None = None
        self.handle = runner().submit(
            Job(
                lambda _control: read(),
                lane=lane,
                latest_only=True,
                on_done=lambda result: self._ended("done", result),
                on_failed=lambda exc: self._ended("failed", exc),
            )
        )

    def matches(self, f: RegisterFilter, today: date) -> bool:
        return self.handle is not None and (self.filter, self.today) == (f, today)

    def adopt(
        self, on_done: Callable[[tuple], None], on_failed: Callable[[BaseException], None]
    ) -> None:
        """Hand the outcome to these callbacks (now, if it has arrived)."""
        self._on_done, self._on_failed = on_done, on_failed
        if self._outcome is not None:
            self._ended(*self._outcome)

    def _ended(self, outcome: str, payload: object) -> None:
        if self._on_done is None or self._on_failed is None:
            self._outcome = (outcome, payload)  # nobody adopted it yet
            return
        if outcome == "done":
            self._on_done(payload)  # type: ignore[arg-type]
        else:
            self._on_failed(payload)  # type: ignore[arg-type]


_head_start: list[HeadStart] = []  # at most one, until the first view's first query


def start_first_screen(
    target: DatabaseTarget | None = None, before: Callable[[], None] | None = None
) -> bool:
    """Before the main window is built (``ui.app.run``): its first screen's query,
    for the remembered filter, on the runner. The view adopts it.

    ``target``: the register is not open yet. Its first screen is read without the
    services when the remembered filter allows (``services.first_screen``), and
    True said; the caller then hands ``open_later`` what opens the register. False:
    nothing started; open the register first and call again without ``target``.
    ``before``: what to do first when the read is started (load the driver)."""
    f, today = saved_filter(QSettings()), date.today()
    if target is None:
        read = partial(query_register, f, today)
    elif reads_plainly(f):
        read = partial(first_screen, target, f, today, PAGE_SIZE, FIRST_ROWS)
    else:
        return False
    if before is not None:
        before()
    _head_start[:] = [HeadStart(f, today, LANE, read)]
    return True


def take_head_start(f: RegisterFilter, today: date) -> HeadStart | None:
    """The early query if it asked exactly this; it is offered once either way."""
    head = _head_start.pop() if _head_start else None
    return head if head is not None and head.matches(f, today) else None


_opener: list[Callable[[], bool]] = []  # at most one: what opens the start's register


def open_later(opener: Callable[[], bool]) -> None:
    """At the start, when the first screen is read before the register is opened
    (``start_first_screen(target)``): ``opener`` opens it (True) or says why not
    and closes the window (False). It runs once: when the first screen is painted,
    before the rest of the ids is asked for, or before any other question."""
    _opener[:] = [opener]


def open_now() -> bool:
    """Open the start's register if that is still to do (``open_later``); whether
    the register is open."""
    if not _opener:
        return True
    return _opener.pop()()
