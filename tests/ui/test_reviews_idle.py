"""Reviews due at 100,000 entries keeps still and keeps nothing.

Before issue 19 the page at 100,000 entries grew from 210 MB to 1.1 GB in
a minute: it read itself again and again, and every read's task object
stayed parented to the page with its result. Here the real window shows
the page on the benchmarks' synthetic register (``build/bench``), opens the
biggest group and scrolls through it, and then:

* reads the page again a dozen times, as change notices would make it:
  afterwards exactly one index is alive (the one shown), the page has no
  more child objects than before, the runner holds no job, and the RSS has
  not grown by more than 10 %;
* stays idle for ``IDLE_MS``: no SQL statement from any thread, no job
  started, the RSS within 10 % (the benchmark ``bench_reviews`` measures
  the same over 5 minutes).

The window's 15 s poll for other registrars' changes is restarted before
the idle time, so it is not due inside it.
"""

from __future__ import annotations

import gc
import logging

import pytest
from PySide6.QtCore import QObject

from benchmarks.rss import rss_bytes
from desktop_app.services.reviews_due import DueIndex
from desktop_app.services.session import close_register, open_register
from desktop_app.ui.changes import ChangeNotice
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.operations import publish
from desktop_app.ui.runner import runner

from .conftest import wait_idle
from .test_idle_pages import QueryCounter

ENTRIES = 100_000
IDLE_MS = 10_000
READS = 12


@pytest.fixture(scope="module")
def big_register():
    from benchmarks import synthetic

    return synthetic.working_copy(synthetic.ensure(ENTRIES, quiet=True), "idle-pages")


def _live_indexes() -> int:
    gc.collect()
    return sum(isinstance(o, DueIndex) for o in gc.get_objects())


def _scroll_through(qtbot, page) -> None:
    bar = page.table.verticalScrollBar()
    for step in (1, 3, 5, 7, 9):
        bar.setValue(bar.maximum() * step // 10)
        qtbot.wait(30)  # paint: the rows on screen are asked for
        wait_idle(60_000)
    assert page.model.cached_count() > 0


def test_reviews_due_reads_again_without_keeping_and_idles_without_growing(
    qtbot, big_register, monkeypatch
) -> None:
    monkeypatch.setenv("AVTALSREGISTER_BACKUPS", "0")  # no 270 MB daily copy in a test
    info = open_register(str(big_register), create=False)
    logger = logging.getLogger("peewee")
    counter = QueryCounter()
    try:
        window = MainWindow(info, persist=False)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        page = window.show_section("reviews_due")
        wait_idle(60_000)
        key, _, ids = max(page.groups(), key=lambda g: len(g[2]))
        assert len(ids) > 10_000  # thousands overdue at 100,000 entries
        page.expand_group(key, True)
        _scroll_through(qtbot, page)

        def read_again(times: int) -> None:
            for i in range(times):
                publish(ChangeNotice.for_entries([ids[i]]))  # as a save elsewhere would
                wait_idle(60_000)
                _scroll_through(qtbot, page) if i % 4 == 0 else qtbot.wait(20)
            wait_idle(60_000)  # the rows the last paint asked for

        read_again(3)  # warm: caches, fonts, the allocator's arenas
        children = len(page.findChildren(QObject))
        before = rss_bytes()
        read_again(READS)
        after = rss_bytes()
        assert _live_indexes() == 1  # the one shown; no job kept its result
        assert len(page.findChildren(QObject)) == children  # nothing parented to the page
        assert not runner().is_busy() and not runner()._running
        assert after <= before * 1.10, (before, after)

        window.shared.timer.start()  # the 15 s poll is not due in the idle time
        logger.addHandler(counter)
        old_level, old_propagate = logger.level, logger.propagate
        logger.setLevel(logging.DEBUG)
        logger.propagate = False
        jobs = runner().jobs_started
        gc.collect()
        idle_before = rss_bytes()
        qtbot.wait(IDLE_MS)
        gc.collect()
        idle_after = rss_bytes()
        logger.removeHandler(counter)
        logger.setLevel(old_level)
        logger.propagate = old_propagate
        assert counter.count == 0, counter.last
        assert runner().jobs_started == jobs
        assert 0.9 * idle_before <= idle_after <= 1.1 * idle_before, (idle_before, idle_after)
        window.close()
    finally:
        logger.removeHandler(counter)
        close_register()
