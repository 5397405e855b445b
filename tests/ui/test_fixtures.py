"""The shared Qt fixtures really stop modal calls from blocking and record them."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox


def test_message_boxes_are_recorded_and_answered(qtbot, modals) -> None:
    modals.answer = QMessageBox.StandardButton.No
    assert QMessageBox.question(None, "T", "Arkivera?") == QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Warning, "Fel", "Databasen är låst")
    assert box.exec() == QMessageBox.StandardButton.No.value
    assert modals.kinds() == ["question", "messagebox"]
    assert "Databasen är låst" in modals.texts()


def test_dialog_exec_uses_callback(qtbot, modals) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    assert dialog.exec() == QDialog.DialogCode.Rejected.value
    modals.on_dialog = lambda d: QDialog.DialogCode.Accepted
    assert dialog.exec() == QDialog.DialogCode.Accepted.value
    assert modals.dialogs == [dialog, dialog]


def test_file_dialogs_return_configured_paths(modals) -> None:
    modals.save_path = "/tmp/x.xlsx"
    assert QFileDialog.getSaveFileName(None, "Spara")[0] == "/tmp/x.xlsx"
    assert QFileDialog.getOpenFileName(None, "Öppna")[0] == ""


def test_settings_are_isolated(qapp, qsettings) -> None:
    settings = QSettings("Avtalsregister", "Avtalsregister")
    settings.setValue("probe", 1)
    settings.sync()
    assert str(qsettings) in settings.fileName()
