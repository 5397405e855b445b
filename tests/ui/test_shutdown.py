"""Closing the window stops all background work before the register closes (issue 18).

The smoke test's random "Directory not empty" came from this order: the
window waited for the running register query, then the queued completion
started the queued one, whose worker reopened the SQLite file after
``close_register()``. These tests build that exact situation (a query
running, one queued, a task running) and check that nothing runs or
reconnects after the close. ``packaging/smoke_stress.py`` runs the real
smoke test 20 times under CPU load in CI.
"""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QThreadPool

from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter
from desktop_app.services.session import close_register
from desktop_app.ui import tasks
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.register.query import QueryRunner


def test_the_queued_query_is_dropped_and_later_requests_are_ignored(qtbot, demo_sqlite) -> None:
    runner = QueryRunner()
    failures: list[object] = []
    results: list[object] = []
    runner.failed.connect(failures.append)
    runner.finished.connect(lambda f, ids, rows: results.append(f))
    today = date.today()
    runner.request(RegisterFilter(search="a"), today)  # starts at once
    runner.request(RegisterFilter(search="b"), today)  # queued behind it
    assert runner.is_busy()
    assert runner.shutdown()
    qtbot.wait(50)  # the running query's completion is delivered now
    runner.request(RegisterFilter(search="c"), today)
    qtbot.wait(50)
    assert not runner.is_busy()
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    assert failures == [] and results == []  # the dropped query never ran
    close_register()
    qtbot.wait(50)
    assert failures == []


def test_closing_the_window_leaves_no_worker_to_reopen_the_register(qtbot, demo_sqlite) -> None:
    register_files = demo_sqlite.target.path.parent.glob
    pattern = demo_sqlite.target.path.name + "*"  # the file, its -wal and -shm
    window = MainWindow(demo_sqlite, persist=False)
    qtbot.addWidget(window)
    window.show()
    release = threading.Event()
    task_outcomes: list[str] = []
    tasks.run_task(  # a task still running when the window closes
        window,
        "test",
        lambda _c: release.wait(10) and reg.total_count(),
        on_done=lambda _r: task_outcomes.append("done"),
        on_error=lambda _e: task_outcomes.append("failed"),
    )
    window.show_section("history")  # starts its own task (the users list)
    window.reload()  # a query running ...
    window.reload()  # ... and one queued
    assert window.register_view.is_busy()
    threading.Timer(0.3, release.set).start()
    window.close()  # waits for the running work, drops the queued query
    assert release.is_set()  # it waited for the task rather than abandoning it
    close_register()
    for path in register_files(pattern):
        path.unlink()
    qtbot.wait(200)  # queued completions and timers fire now, after the close
    assert not window.register_view.is_busy()
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    assert list(register_files(pattern)) == []  # nothing reopened the register
    assert task_outcomes == []  # the task's callback never ran on a closed register
