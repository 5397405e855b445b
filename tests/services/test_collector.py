"""The cyclic garbage collector paused around bulk work (services.collector)."""

from __future__ import annotations

import gc
import threading

import pytest

from desktop_app.services.collector import collector_paused


@pytest.fixture(autouse=True)
def _collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    gc.enable() if was else gc.disable()


def test_off_inside_and_on_again_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_pauses_end_with_the_outermost() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner one's end does not turn it on
    assert gc.isenabled()


def test_a_failure_inside_turns_it_on_again() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("stop")
    assert gc.isenabled()


def test_it_stays_off_if_it_was_off_before() -> None:
    gc.disable()  # as during the window's start
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_pauses_in_two_threads_overlap() -> None:
    inside, release = threading.Event(), threading.Event()
    seen: list[bool] = []

    def other() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)
        seen.append(gc.isenabled())

    thread = threading.Thread(target=other)
    with collector_paused():
        thread.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the other thread's pause still runs
    release.set()
    thread.join(10)
    assert seen == [True] and gc.isenabled()


def test_as_a_decorator() -> None:
    @collector_paused()
    def work() -> bool:
        return gc.isenabled()

    assert work() is False
    assert work() is False  # each call pauses afresh
    assert gc.isenabled()
