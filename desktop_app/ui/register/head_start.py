"""The first screen's query, started before the main window is built.

At the start the window's modules and widgets take the UI thread for tens of
milliseconds after the register is open; the first screen's query (and on
PostgreSQL the worker's connection to the server) can run meanwhile (issue 19).
``HeadStart`` submits ``queries.query_register`` for the remembered filter on
the register view's lane; the view adopts it when its own first question is
the same filter on the same day (``RegisterView.run_query``), else asks again
as always (its newer job supersedes this one, whose result is dropped).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop_app.services.register import RegisterFilter
from desktop_app.ui.runner import Job, runner

from .queries import query_register


class HeadStart:
    """One early ``query_register`` whose outcome goes to whoever adopts it."""

    def __init__(self, f: RegisterFilter, today: date, lane: str) -> None:
        self.filter, self.today = f, today
        self._outcome: tuple[str, object] | None = None
        self._on_done: Callable[[tuple], None] | None = None
        self._on_failed: Callable[[BaseException], None] | None = None
        self.handle = runner().submit(
            Job(
                lambda _control: query_register(f, today),
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
