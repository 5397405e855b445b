"""Optimistic locking in the UI: one way to say who saved first and what happens next.

Every write the window runs goes through ``ui.operations.WriteOp``; when the
service refuses it with ``ConflictError`` (someone saved the same record
since it was read) this is the one question the user gets:

* where the user was editing something (the entry editor, a review, a body),
  *Reload* takes the saved version and keeps the user's input (the editor
  lists the edits beside it), *Keep editing* leaves the form as it is;
* where nothing was being edited (archiving from the list), the message says
  who and when, and the views show the saved version.

The boxes use standard buttons (Yes = Reload, No = Keep editing), so tests
answer them like any other box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.services.context import to_local
from desktop_app.services.errors import ConflictError


def changed_by_text(exc: ConflictError) -> str:
    """ "anna.berg on 2026-11-27 09:14" in local time."""
    when = to_local(exc.changed_at)
    who = exc.changed_by or QCoreApplication.translate("Conflict", "someone else")
    if when is None:
        return who
    return (
        QCoreApplication.translate("Conflict", "%1 on %2")
        .replace("%1", who)
        .replace("%2", when.strftime("%Y-%m-%d %H:%M"))
    )


def _what(exc: ConflictError) -> str:
    return {
        "decision_body": QCoreApplication.translate("Conflict", "This decision body"),
        "theme": QCoreApplication.translate("Conflict", "This theme"),
        "counterparty": QCoreApplication.translate("Conflict", "This counterparty"),
        "setting": QCoreApplication.translate("Conflict", "This setting"),
    }.get(exc.object_type, QCoreApplication.translate("Conflict", "This entry"))


def ask_conflict(parent: QWidget | None, exc: ConflictError) -> bool:
    """Tell who saved first; True when the user wants to reload the new version."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Conflict", "Changed by someone else"))
    box.setText(
        QCoreApplication.translate(
            "Conflict",
            "%1 was changed by %2 while you were editing it. Nothing of yours was saved.",
        )
        .replace("%1", _what(exc))
        .replace("%2", changed_by_text(exc))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Conflict",
            "Reload shows the saved version and keeps your edits, so you can apply them "
            "again. Keep editing leaves the form as it is.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("Conflict", "&Reload")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("Conflict", "&Keep editing")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def tell_conflict(parent: QWidget | None, exc: ConflictError) -> None:
    """Nothing was being edited: say who changed it first; the views show their version."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Conflict", "Changed by someone else"))
    box.setText(
        QCoreApplication.translate(
            "Conflict",
            "%1 was changed by %2 in the meantime. Nothing was changed by you.",
        )
        .replace("%1", _what(exc))
        .replace("%2", changed_by_text(exc))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Conflict", "The list now shows the saved version. Look at it and try again."
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
