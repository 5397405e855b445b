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
from desktop_app.ui.startup import after_first_screen


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
        after_first_screen(window, check_due=True)
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


def test_an_upgraded_register_opens_at_once_and_prepares_its_findings_after(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A register of the first release: its entries have no findings summaries (m0009
    # came later). The window opens without making them (a minute at 100,000 entries),
    # then makes them in the background and the findings filter shows the result.
    import shutil

    from desktop_app.services import finding_summaries
    from desktop_app.services.register import RegisterFilter, query_ids

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "schema_v1_demo.sqlite3", path)
    info = open_register(str(path), defer_summaries=True)
    try:
        assert info.schema_version > info.schema_before == 1
        missing = finding_summaries.missing_count()
        assert missing > 0
        assert query_ids(RegisterFilter(findings="warnings")) == []  # nothing stored yet
        window = MainWindow(info, persist=False)
        qtbot.addWidget(window)
        window.show()
        after_first_screen(window, check_due=False)
        qtbot.waitUntil(lambda: finding_summaries.missing_count() == 0, timeout=60_000)
        assert runner().wait_idle(30_000)
        qtbot.waitUntil(lambda: "findings filter is ready" in window.statusBar().currentMessage())
        shown = query_ids(RegisterFilter())
        live = finding_summaries.summaries(shown)
        assert finding_summaries.stored(shown) == live
        # What the filter means exactly is test_finding_summaries' part; here: it now finds.
        assert (
            {i for i, s in live.items() if s.warnings}
            <= set(query_ids(RegisterFilter(findings="warnings")))
            != set()
        )
        window.close()
    finally:
        close_register()
