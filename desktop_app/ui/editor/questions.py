"""The editor's two questions before edits could be lost: save them, or put them back?

Both are message boxes whose answers tests give like any other box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

SAVE, DISCARD, CANCEL, PUT_BACK = "save", "discard", "cancel", "put_back"


def ask_unsaved(parent: QWidget) -> str:
    """Save, discard or cancel? Anything but Save/Discard counts as Cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("EntryDialog", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("EntryDialog", "The entry has changes that are not saved.")
    )
    box.setInformativeText(QCoreApplication.translate("EntryDialog", "Do you want to save them?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


def ask_pending_edits(parent: QWidget) -> str:
    """After a conflict's Reload: put the kept edits back, drop them, or stay?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("EntryDialog", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "EntryDialog",
            "Your edits from before the reload are not saved. They are listed under "
            "\u201cYour unsaved edits\u201d.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "EntryDialog", "Put them back into the form, or close and discard them?"
        )
    )
    put_back = box.addButton(
        QCoreApplication.translate("EntryDialog", "&Put them back"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(put_back)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is put_back:
        return PUT_BACK
    if clicked is discard:
        return DISCARD
    return CANCEL
