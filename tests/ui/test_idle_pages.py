"""An idle page asks the database nothing: History and Reviews due at 100,000 entries.

Before the operations rebuild (issue 11) every finished background task made
the window reload the visible page, whose reload was itself a task: about 20
reads in 3 s with History open, forever. Here the register has 100,000
entries (the benchmarks' synthetic register, built once and cached under
``build/bench``), the real window shows each page, and for 5 s of idle
time two real counters must stay still:

* every SQL statement peewee sends to the database, from any thread (peewee
  logs each one on its ``peewee`` logger before executing it), and
* every job the one runner starts (``Runner.jobs_started``).

The window's poll for other registrars' changes (one indexed MAX() every
15 s) is restarted before the 5 s, so it is not due inside them.
"""

from __future__ import annotations

import logging
import threading

import pytest

from desktop_app.services.session import close_register, open_register
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.runner import runner

from .conftest import wait_idle

ENTRIES = 100_000
IDLE_MS = 5_000


class QueryCounter(logging.Handler):
    """Counts the SQL statements peewee executes (it logs each at DEBUG)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0
        self.last: list[str] = []
        self._lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self._lock:
            self.count += 1
            self.last = [*self.last[-4:], str(record.msg)[:120]]


@pytest.fixture(scope="module")
def big_register(tmp_path_factory: pytest.TempPathFactory):
    from benchmarks import synthetic

    return synthetic.working_copy(synthetic.ensure(ENTRIES, quiet=True), "idle-pages")


@pytest.fixture
def counter():
    logger = logging.getLogger("peewee")
    handler = QueryCounter()
    old_level, old_propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False  # counted here, not printed by pytest's capture
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(old_level)
    logger.propagate = old_propagate


@pytest.mark.parametrize("section", ["history", "reviews_due"])
def test_an_idle_page_runs_no_query_for_five_seconds(
    qtbot, big_register, counter, monkeypatch, section
) -> None:
    monkeypatch.setenv("AVTALSREGISTER_BACKUPS", "0")  # no 270 MB daily copy in a test
    info = open_register(str(big_register), create=False)
    try:
        window = MainWindow(info, persist=False)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        page = window.show_section(section)
        wait_idle(60_000)
        qtbot.wait(200)  # paint whatever the load showed
        wait_idle(60_000)  # and what waited for the register's first paint (the counts)
        qtbot.wait(50)
        assert page.isVisible() and page._loaded
        if section == "reviews_due":
            assert len(page.groups()) > 1 and page.model.rowCount() > 1  # thousands due
        else:
            assert page.model.rowCount() > 0

        window.shared.timer.start()  # the 15 s poll is not due in the next 5 s
        queries, jobs = counter.count, runner().jobs_started
        qtbot.wait(IDLE_MS)
        assert counter.count - queries == 0, counter.last
        assert runner().jobs_started - jobs == 0
        window.close()
    finally:
        close_register()
