"""Work around PySide6 6.12 on Python 3.11 dropping a reference to ``None``.

Measured here (PySide6 6.12.0, shiboken6 6.12.0, CPython 3.11.7): every call of
a Qt method that returns ``void`` (``QWidget.resize``, ``QLabel.setText``,
``QTableWidget.setItem``...) lowers ``sys.getrefcount(None)`` by one.
shiboken returns ``Py_None`` without ``Py_INCREF``, which is harmless from
Python 3.12 on (``None`` is immortal, PEP 683) but not on 3.11: after a few
thousand such calls ``None``'s count reaches zero and the interpreter aborts
with "Fatal Python error: none_dealloc" (at exit, or in the middle of work).

``keep_none_alive()`` gives ``None`` a huge reference count once, which is
what 3.12 does by design. It is a no-op on 3.12+, on PySide6 releases that
are not affected (``AFFECTED_FROM``) and when called again; remove it when
the project requires Python 3.12 or a fixed PySide6.

It is applied in exactly two places: where the program creates its
application (``ui.app.make_application``, which the GUI, the smoke test and
the screenshots all use) and where the test session starts
(``tests/conftest.py``'s ``pytest_configure``). Nothing else calls it.
"""

from __future__ import annotations

import sys

# Which PySide6 releases need the workaround: the one place that says so
# (pyproject.toml's PySide6 range points here; tests/ui/test_pyside_fix_versions.py
# measures the installed release against it). Measured on CPython 3.11.7 with
# 1,000 void calls and 1,000 emits: 6.11.2 drops no reference, 6.12.0 drops one
# per call. Releases after 6.12.0 are not measured yet and count as affected:
# add an upper end here when a fixed release is measured.
AFFECTED_FROM = (6, 12)

_RESERVE = 1 << 40  # a trillion void calls


def needed(pyside_version: str | None = None, python: tuple[int, int] | None = None) -> bool:
    """Whether this PySide6 (default: the installed one) on this Python needs the fix."""
    if (python or sys.version_info[:2]) >= (3, 12):
        return False  # None, True and False are immortal (PEP 683)
    if pyside_version is None:
        import PySide6

        pyside_version = PySide6.__version__
    release = tuple(int(part) for part in pyside_version.split(".")[:2] if part.isdigit())
    return release >= AFFECTED_FROM


def keep_none_alive() -> None:
    """Make ``None`` effectively immortal on Python < 3.12 (see module docstring)."""
    if not needed():
        return
    # True too: ``SignalInstance.emit()`` returns ``Py_True`` without a reference,
    # so every signal emitted from Python lowers True's count by one (measured:
    # -1000 per 1000 emits; "Fatal Python error: bool_dealloc" at exit).
    # ctypes' own C module: the ctypes package took 2.4 ms of every start under
    # -X importtime (issue 19) for the one integer type used here.
    from _ctypes import _SimpleCData

    class SSize(_SimpleCData):  # ctypes.c_ssize_t: a C Py_ssize_t
        _type_ = "q" if sys.maxsize > 2**32 else "i"

    for singleton in (None, True, False):
        refcount = SSize.from_address(id(singleton))
        if refcount.value < _RESERVE // 2:
            refcount.value += _RESERVE
