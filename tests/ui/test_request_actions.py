"""File > Request for public documents under Qt: asked, written off the UI thread,
masked where marked, recorded in the history; a screenshot of the dialog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.services import audit, secrecy
from desktop_app.ui import request_actions
from desktop_app.ui.resources import install_translators, remove_translators

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def window(qtbot):
    w = QWidget()
    w.resize(1024, 700)
    qtbot.addWidget(w)
    return w


def test_the_selected_entries_are_handed_out_masked(qtbot, window, modals, demo_sqlite, tmp_path):
    install_translators("sv")
    try:
        secrecy.mark(1, "counterparties", "Utrikessekretess.")

        def answer(dialog: QDialog) -> int:
            assert isinstance(dialog, request_actions.RequestDialog)
            assert dialog.selection.isChecked() and dialog.windowTitle() == (
                "Begäran om allmän handling"
            )
            dialog.case.setText("KS 2026/0777")
            return QDialog.DialogCode.Accepted

        modals.on_dialog = answer
        modals.save_path = str(tmp_path / "begaran.xlsx")
        request_actions.request_export(window, [1, 2])
        qtbot.waitUntil(lambda: len(modals.calls) >= 3, timeout=30_000)  # dialog, file, message
        assert modals.kinds()[-1] == "information", modals.calls
        assert "lämnas ut med maskering" in modals.texts()
        assert (tmp_path / "begaran.xlsx").exists() and (tmp_path / "begaran.pdf").exists()
        rows = audit.list_events(entry_id=1, action="request")
        assert json.loads(rows[-1].details)["case_number"] == "KS 2026/0777"
        assert audit.list_events(entry_id=2, action="request")
    finally:
        remove_translators()


def test_a_cancelled_dialog_writes_nothing(qtbot, window, modals, demo_sqlite, tmp_path):
    modals.save_path = str(tmp_path / "x.xlsx")
    request_actions.request_export(window, [1])
    assert not (tmp_path / "x.xlsx").exists() and not audit.list_events(action="request")


def test_screenshot_of_the_request_dialog(qtbot, window, demo_sqlite, tmp_path):
    """The dialog in Swedish (docs/screenshots/request-dialog.png was made this way)."""
    install_translators("sv")
    try:
        dialog = request_actions.RequestDialog(window, 3)
        dialog.case.setText("KS 2026/0777")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        shot = dialog.grab()
        assert shot.save(str(tmp_path / "request-dialog.png"))
        assert shot.width() >= 300 and (SHOTS / "request-dialog.png").exists()
    finally:
        remove_translators()
