"""File > Request for public documents: the selected entries, or the register, handed out.

A small dialog asks the request's case number and whether the selected
entries or the whole register are asked for, then a file name; the
documents (Excel and PDF/A, ``exports.request_export``) are written as an
operation (``ui.operations.WriteOp``): off the UI thread, with progress, and
recorded in the audit trail (the History page shows it). Marked fields are
masked; the decision follows from the marks (``services.requests.decide``).
The texts are the "RequestExport" context, area ``records`` of the
translations.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .changes import ChangeNotice
from .operations import WriteOp

CONTEXT = "RequestExport"


def menu_text() -> str:
    return QCoreApplication.translate("RequestExport", "Request for &public documents…")


class RequestDialog(QDialog):
    """The request's case number and what is asked for."""

    def __init__(self, parent: QWidget | None, selected: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("RequestExport", "Request for public documents")
        )
        self.case = QLineEdit(self)
        self.case.setPlaceholderText(
            QCoreApplication.translate("RequestExport", "e.g. KS 2026/1234")
        )
        self.selection = QRadioButton(
            QCoreApplication.translate("RequestExport", "The selected entries (%1)").replace(
                "%1", str(selected)
            )
        )
        self.whole = QRadioButton(QCoreApplication.translate("RequestExport", "The whole register"))
        (self.selection if selected else self.whole).setChecked(True)
        self.selection.setEnabled(selected > 0)
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("RequestExport", "The request's &case number:"), self.case
        )
        form.addRow(QCoreApplication.translate("RequestExport", "Hand out:"), self.selection)
        form.addRow("", self.whole)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if not self.case.text().strip():
            self.case.setFocus()
            return
        self.accept()


def request_export(
    parent: QWidget | None,
    selected_ids: list[int],
    *,
    ask_file: Callable[[str], str] | None = None,
    dialog: RequestDialog | None = None,
) -> None:
    """Ask, then write the request's documents as one operation."""
    from desktop_app.exports.request_export import write_request
    from desktop_app.services import requests

    box = dialog or RequestDialog(parent, len(selected_ids))
    if box.exec() != QDialog.DialogCode.Accepted:
        return
    case_number = box.case.text().strip()
    ids = list(selected_ids) if box.selection.isChecked() else None
    suggested = "Begäran " + case_number.replace("/", "-")
    if ask_file is not None:
        path = ask_file(suggested)
    else:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("RequestExport", "Save the request's documents"),
            suggested + ".xlsx",
            "Excel (*.xlsx)",
        )
    if not path:
        return
    from . import trail  # imported on use (issue 19: start-up imports)

    lang = "en" if trail.action_label("create") == "Created" else "sv"

    def done(result) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("RequestExport", "Request for public documents"),
            QCoreApplication.translate(
                "RequestExport",
                "%1 entries written to %2. Decision: %3. The request is recorded in the history.",
            )
            .replace("%1", str(result.entries))
            .replace("%2", ", ".join(str(f) for f in result.files))
            .replace("%3", requests.decision_label(result.decision, lang)),
        )

    WriteOp(
        parent,
        lambda control: write_request(
            path, ids, case_number, trail, lang=lang, cancelled=control.cancelled
        ),
        ChangeNotice(documents=True),  # only the audit trail grew
    ).with_progress(
        QCoreApplication.translate("RequestExport", "Writing the request's documents…"),
        cancellable=True,
    ).success(done).run()
