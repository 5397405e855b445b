"""A closed register stays closed: no thread reconnects to it (issue 18).

Peewee reconnects on demand and keeps one connection per thread. Before this
rule a background worker that ran after ``close_register()`` quietly reopened
the SQLite file, recreating it (and its -wal) while the smoke test's
temporary folder was being removed: "Directory not empty" on a busy machine,
a file-in-use error on Windows.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop_app.services import register as reg
from desktop_app.services.session import (
    close_register,
    open_register,
    release_thread_connection,
)
from desktop_app.store.errors import RegisterClosedError


def _in_thread(fn) -> BaseException | None:
    """Run ``fn`` on a new thread (its own peewee connection); its exception or None."""
    caught: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            caught.append(exc)
        finally:
            release_thread_connection()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    return caught[0] if caught else None


def test_a_worker_after_close_is_refused_and_the_file_is_not_recreated(register) -> None:
    assert _in_thread(reg.total_count) is None  # a worker may use the open register
    close_register()
    if register.backend == "sqlite":
        folder: Path = register.target.path.parent
        for path in folder.iterdir():
            path.unlink()
    error = _in_thread(reg.total_count)
    assert isinstance(error, RegisterClosedError)
    assert "stängt" in error.message("sv") and "closed" in error.message("en")
    with pytest.raises(RegisterClosedError):  # the closing thread too
        reg.total_count()
    if register.backend == "sqlite":
        assert list(folder.iterdir()) == []  # nothing reopened, nothing recreated


def test_a_worker_releasing_its_connection_leaves_the_register_open(sqlite_url: str) -> None:
    open_register(sqlite_url)
    before = reg.total_count()
    assert _in_thread(reg.total_count) is None
    assert reg.total_count() == before  # the UI thread's connection is still usable
    assert _in_thread(reg.total_count) is None
    close_register()


def test_opening_again_after_close_works(sqlite_url: str) -> None:
    open_register(sqlite_url)
    close_register()
    open_register(sqlite_url)
    assert reg.total_count() == 0
    assert _in_thread(reg.total_count) is None
    close_register()
