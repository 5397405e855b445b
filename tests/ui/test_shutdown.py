"""Closing the window stops all background work before the register closes (issue 18).

The smoke test's random "Directory not empty" came from this order: the
window waited for the running register query, then the queued completion
started the queued one, whose worker reopened the SQLite file after
``close_register()``. These tests build that exact situation (a query
running, one queued, a long job running) on the one runner and check that
nothing runs or reconnects after the close. ``packaging/smoke_stress.py``
runs the real smoke test 20 times under CPU load in CI.
"""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QThreadPool

from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter
from desktop_app.services.session import close_register
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.register.queries import query_register
from desktop_app.ui.runner import Job, runner


def test_the_queued_query_is_dropped_and_later_requests_are_ignored(qtbot, demo_sqlite) -> None:
    failures: list[object] = []
    results: list[object] = []
    today = date.today()

    def query(text: str) -> Job:
        f = RegisterFilter(search=text)
        return Job(
            lambda _c: query_register(f, today),
            lane="register",
            latest_only=True,
            on_done=results.append,
            on_failed=failures.append,
        )

    assert runner().submit(query("a")) is not None  # starts at once
    assert runner().submit(query("b")) is not None  # waits behind it
    assert runner().is_busy()
    runner().close()
    qtbot.wait(50)  # the running query's completion is delivered now
    assert runner().submit(query("c")) is None  # refused: the register is closing
    qtbot.wait(50)
    assert not runner().is_busy()
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
    outcomes: list[str] = []
    runner().submit(  # a job still running when the window closes
        Job(
            lambda _c: release.wait(10) and reg.total_count(),
            on_done=lambda _r: outcomes.append("done"),
            on_failed=lambda _e: outcomes.append("failed"),
        )
    )
    window.show_section("history")  # starts its own reads (rows, the users list)
    window.show_section("register")
    window.reload()  # a query running ...
    window.reload()  # ... and one queued
    assert window.register_view.is_busy()
    threading.Timer(0.3, release.set).start()
    window.close()  # waits for the running work, drops the queued query
    assert release.is_set()  # it waited for the job rather than abandoning it
    close_register()
    for path in register_files(pattern):
        path.unlink()
    qtbot.wait(200)  # queued completions and timers fire now, after the close
    assert not window.register_view.is_busy()
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    assert list(register_files(pattern)) == []  # nothing reopened the register
    assert outcomes == []  # the job's callback never ran on a closed register


def test_a_result_for_a_widget_deleted_meanwhile_is_dropped(qtbot, qapp) -> None:
    # Found by CI: the register view's "rest of the ids" job ended after its view
    # was deleted, and its callback emitted a signal of the dead view
    # ("Signal source has been deleted"). A read's result for a deleted widget is
    # dropped now (a write's outcome is still delivered: the register changed).
    import shiboken6
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    release = threading.Event()
    called: list[str] = []
    runner().submit(
        Job(
            lambda _control: release.wait(10),
            lane="test-owner",
            latest_only=True,  # a read, like the register's queries
            parent=owner,
            on_done=lambda _r: called.append(owner.objectName()),
            on_finally=lambda: called.append("finally"),
        )
    )
    shiboken6.delete(owner)
    release.set()
    assert runner().wait_idle(10_000)
    qtbot.wait(50)
    assert called == []
