"""A progress dialog never outlives its task (issue 15: a stale "0 %" dialog stayed
on top of the import preview). A job superseded before it started (latest-only
lane) or dropped by close() must not show its delayed dialog later."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop_app.ui import runner as runner_module
from desktop_app.ui.runner import Job, runner


def visible_progress() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_a_superseded_job_never_shows_its_progress(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(runner_module, "SHOW_DELAY_MS", 100)
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    r = runner()
    first = r.submit(Job(lambda c: release.wait(5), lane="probe", progress="First", parent=parent))
    middle = r.submit(
        Job(lambda c: None, lane="probe", latest_only=True, progress="Middle", parent=parent)
    )
    last = r.submit(
        Job(lambda c: None, lane="probe", latest_only=True, progress="Last", parent=parent)
    )
    assert first and middle and last
    qtbot.wait(300)  # the first job's dialog is up; the middle one was dropped
    assert "Middle" not in [d.windowTitle() for d in visible_progress()]
    release.set()
    assert r.wait_idle(10_000)
    qtbot.wait(400)  # longer than the delay: nothing may appear now
    assert visible_progress() == []
    assert middle.finished


def test_close_drops_waiting_jobs_without_a_dialog(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(runner_module, "SHOW_DELAY_MS", 100)
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    r = runner()
    r.submit(Job(lambda c: release.wait(0.3), lane="probe", parent=parent))
    waiting = r.submit(Job(lambda c: None, lane="probe", progress="Waiting", parent=parent))
    release.set()
    r.close()
    qtbot.wait(400)
    assert visible_progress() == []
    assert waiting.finished
