"""Fixtures for Qt tests: offscreen, never blocking, fresh settings, a demo register.

Qt runs with ``QT_QPA_PLATFORM=offscreen`` (set here before anything imports
Qt), so the tests need no display. pytest-qt's ``qtbot``/``qapp`` give one
``QApplication`` for the session; ``qt_default_raising = true`` in
pyproject.toml makes an exception inside a Qt slot fail the test.

Fixtures (all in this folder's scope):

``modals`` (autouse)
    Modal calls never block. ``QMessageBox`` (``exec`` and the static
    ``question``/``warning``/``information``/``critical``/``about``),
    ``QDialog.exec``, ``QInputDialog.get*`` and ``QFileDialog.get*`` are
    patched. Every call is recorded in ``modals.calls`` as
    ``(kind, title, text)`` (for ``QDialog.exec`` the text is the class name
    and the dialog object is appended to ``modals.dialogs``). What they
    answer is up to the test:

    - ``modals.answer``: button returned by message boxes
      (default ``QMessageBox.StandardButton.Yes``; ``exec`` returns it too);
    - ``modals.on_message``: ``callable(box) -> QAbstractButton | None`` for
      message boxes with buttons of their own (``addButton``): the returned
      button is clicked, so ``box.clickedButton()`` is what the code sees;
    - ``modals.on_dialog``: ``callable(dialog) -> int`` called for
      ``QDialog.exec`` so a test can fill the dialog and return
      ``QDialog.DialogCode.Accepted``; default: reject;
    - ``modals.open_path`` / ``modals.save_path`` / ``modals.directory``:
      what the file dialogs return (default: "" = cancelled);
    - ``modals.input_text`` / ``modals.input_item``: what ``QInputDialog``
      returns (``ok`` is False when they are None).

    ``modals.texts()`` joins every recorded text for easy ``in`` checks.

``qsettings`` (autouse)
    ``QSettings`` of every format point into the test's own temporary
    folder, so window state, language and database choice never leak
    between tests or into the real user's settings. Returns that folder.

``language_restored`` (autouse)
    A test that installs English or Swedish translators leaves none behind and
    restores QLocale's default, so the next test speaks the session's language.

Never call ``QApplication.quit()`` in a test: the quit flag outlives the
test and later tests' background results are never delivered. To end an
``app.exec()``, close its last window instead.

``demo_sqlite``
    The demo register (services.demo.build_demo) in a fresh SQLite file,
    opened and bound; yields the session ``RegisterInfo``. Prefer it to the
    root ``demo_register`` (SQLite + PostgreSQL) for widget tests.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QLocale, QSettings  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
)


@dataclass
class ModalRecorder:
    """What modal calls were made, and what they should answer."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    on_dialog: Callable[[QDialog], int] | None = None
    on_message: Callable[[QMessageBox], Any] | None = None
    open_path: str = ""
    save_path: str = ""
    directory: str = ""
    input_text: str | None = None
    input_item: str | None = None
    calls: list[tuple[str, str, str]] = field(default_factory=list)
    dialogs: list[QDialog] = field(default_factory=list)

    def texts(self) -> str:
        return "\n".join(f"{title}\n{text}" for _, title, text in self.calls)

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.calls]


@pytest.fixture(autouse=True)
def modals(monkeypatch: pytest.MonkeyPatch) -> ModalRecorder:
    rec = ModalRecorder()

    def box_exec(self: QMessageBox, *args: Any) -> int:
        text = self.text()
        if self.informativeText():
            text += "\n" + self.informativeText()
        rec.calls.append(("messagebox", self.windowTitle(), text))
        if rec.on_message is not None:
            button = rec.on_message(self)
            if button is not None:
                button.click()  # sets clickedButton() like a real click
                return self.result()
        return int(rec.answer.value) if hasattr(rec.answer, "value") else int(rec.answer)

    def static(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def call(parent: Any, title: str, text: str, *args: Any, **kw: Any) -> Any:
            rec.calls.append((kind, title, text))
            return rec.answer

        return call

    def dialog_exec(self: QDialog, *args: Any) -> int:
        rec.calls.append(("dialog", self.windowTitle(), type(self).__name__))
        rec.dialogs.append(self)
        if rec.on_dialog is None:
            self.reject()
            return int(QDialog.DialogCode.Rejected.value)
        result = rec.on_dialog(self)
        code = int(result.value) if hasattr(result, "value") else int(result)
        if code:
            self.accept()
        else:
            self.reject()
        return code

    def file_dialog(kind: str, attr: str) -> Callable[..., tuple[str, str]]:
        def call(*args: Any, **kw: Any) -> tuple[str, str]:
            rec.calls.append((kind, "", getattr(rec, attr)))
            return getattr(rec, attr), ""

        return call

    def directory(*args: Any, **kw: Any) -> str:
        rec.calls.append(("directory", "", rec.directory))
        return rec.directory

    def input_text(*args: Any, **kw: Any) -> tuple[str, bool]:
        rec.calls.append(("input", "", str(rec.input_text)))
        return (rec.input_text or "", rec.input_text is not None)

    def input_item(*args: Any, **kw: Any) -> tuple[str, bool]:
        rec.calls.append(("input", "", str(rec.input_item)))
        return (rec.input_item or "", rec.input_item is not None)

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, static(kind))
    monkeypatch.setattr(
        QMessageBox, "about", lambda parent, title, text: rec.calls.append(("about", title, text))
    )
    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    monkeypatch.setattr(QFileDialog, "exec", dialog_exec)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog("open", "open_path"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog("save", "save_path"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", directory)
    monkeypatch.setattr(QInputDialog, "getText", input_text)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", input_text)
    monkeypatch.setattr(QInputDialog, "getItem", input_item)
    return rec


@pytest.fixture(autouse=True)
def qsettings(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "qsettings"
    folder.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(folder / "system"))
    yield folder


@pytest.fixture(autouse=True)
def language_restored() -> Iterator[None]:
    """A test that switches the language (install_translators sets QLocale's
    default too) leaves the next test in the language the session started in:
    the rules' and errors' words follow QLocale, not only the translators."""
    before = QLocale()
    yield
    from desktop_app.ui.resources import remove_translators

    remove_translators()
    QLocale.setDefault(before)


@pytest.fixture
def demo_sqlite(sqlite_register):
    from desktop_app.services.demo import build_demo

    build_demo()
    return sqlite_register


@pytest.fixture(autouse=True)
def background_work(qapp) -> Iterator[None]:
    """Each test starts with the runner open and leaves no background job behind
    (a job of one test must not touch the next test's register)."""
    from desktop_app.ui.runner import runner

    runner().open()
    yield
    runner().close()
    runner().open()


def wait_idle(timeout_ms: int = 30_000) -> None:
    """Let every background job end and its callbacks run (writes, page reads),
    including a register view's rest of the ids, which is submitted only after its
    first screen is painted or typing pauses (no job runs until then)."""
    import time

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.register.view import RegisterView
    from desktop_app.ui.runner import runner

    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        assert runner().wait_idle(timeout_ms), "background work did not end"
        views = [w for w in QApplication.allWidgets() if isinstance(w, RegisterView)]
        if not any(v.rest_pending() for v in views):
            return
        assert time.monotonic() < deadline, "a register view's rest was never asked for"
        QTest.qWait(10)
