"""The day's integrity check runs after the window is shown and says so plainly.

A register whose index page was overwritten opens (the check is deferred),
the window shows its entries, and the background check then puts a box over
the window saying the register failed its integrity check and what to do.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.services.session import close_register, open_register
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.runner import runner
from desktop_app.ui.startup import check_in_background


def test_a_damaged_register_is_reported_after_the_window_is_shown(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    from desktop_app.services.demo import build_demo

    path = tmp_path / "register.sqlite3"
    open_register(str(path))
    build_demo()
    close_register()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute(
        "SELECT rootpage FROM sqlite_master WHERE type='index' AND name='entry_case_number'"
    ).fetchone()[0]
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page)
        f.write(b"\xff" * 64)

    from desktop_app.ui.resources import install_translators, remove_translators

    install_translators("sv")
    info = open_register(str(path), defer_check=True)
    try:
        assert info.check_due
        window = MainWindow(info, persist=False)
        qtbot.addWidget(window)
        window.show()
        assert window.register_view.model.rowCount() > 0  # shown before the check
        check_in_background(window)
        assert runner().wait_idle(30_000)
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "integrityCheckFailed") is not None)
        box = window.findChild(QMessageBox, "integrityCheckFailed")
        assert box.isVisible()
        assert "integritetskontrollen" in box.text()  # Swedish, as the program runs
        assert "avtalsregister restore" in box.informativeText()
        box.close()
        window.close()
    finally:
        remove_translators()
        close_register()
