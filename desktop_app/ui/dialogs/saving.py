"""A modal dialog whose Save is an operation: it closes only when the write is stored.

The review, termination, body, theme and counterparty dialogs share this
frame. Save (or Enter) builds the dialog's ``WriteOp`` and runs it on the
runner; while it runs the buttons are disabled and the window keeps
painting. Success stores the result in ``saved``, emits ``saved_record`` and
accepts the dialog; any failure is shown by the operation helper and the
dialog stays open with everything the user typed. On a conflict *Reload*
calls ``reloaded(exc)``, where the dialog takes the saved version and keeps
the user's own changes.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop_app.services.errors import ConflictError
from desktop_app.ui.operations import WriteOp


class SavingDialog(QDialog):
    """Subclasses give ``buttons`` (a QDialogButtonBox) and implement ``write()``."""

    saved_record = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved: Any = None
        self.saving = False
        self.buttons: QDialogButtonBox | None = None

    def write(self) -> WriteOp | None:
        """The write to run, or None when the input is refused here (already said why)."""
        raise NotImplementedError

    def reloaded(self, exc: ConflictError) -> None:
        """Conflict, Reload: take the saved version, keep the user's own changes."""

    def accept(self) -> None:
        self.save()

    def save(self) -> bool:
        """Start the write; True when it was started (the dialog closes when it is stored)."""
        if self.saving or self.saved is not None:
            return False  # under way, or stored already (the dialog is closing)
        op = self.write()
        if op is None:
            return False
        self.saving = True
        self._enable(False)
        handle = op.success(self._stored).on_reload(self.reloaded).finally_(self._ended).run()
        if handle is None:
            self._ended()
            return False
        return True

    def _stored(self, result: Any) -> None:
        self.saved = result
        self.saved_record.emit(result)
        super().accept()

    def _ended(self) -> None:
        self.saving = False
        self._enable(True)
        self.update_buttons()

    def update_buttons(self) -> None:
        """Hook: re-check which buttons make sense after a write ended."""

    def _enable(self, on: bool) -> None:
        if self.buttons is not None:
            self.buttons.setEnabled(on)

    def reject(self) -> None:
        if not self.saving:  # a write under way finishes first (it cannot be taken back)
            super().reject()


def merge_mine(original: Any, mine: Any, fresh: Any) -> Any:
    """``fresh`` with the fields the user changed (``mine`` differs from ``original``).

    What *Reload* after a conflict keeps: the other registrar's changes to the
    fields this user left alone, and this user's value where they typed one.
    """
    assert is_dataclass(mine)
    changed = {
        f.name: getattr(mine, f.name)
        for f in fields(mine)
        if getattr(mine, f.name) != getattr(original, f.name, None)
    }
    return replace(fresh, **changed)
