"""Logging an invitation letter to a visiting delegation (R9).

"Staden kan skriva inbjudningsbrev till gästande delegationer om det är ett
särskilt prioriterat besök för verksamheten och som också har stöd i
internationella strategin." The dialog asks for the letter's facts and shows
live what the log still lacks (why the visit is prioritised, which of the
strategy's directions it serves, who decided); those are warnings, so a
letter can be logged at once and completed later. Saving is an operation
(``dialogs.saving``): a refused save keeps what was typed, and on a conflict
*Reload* takes the saved letter with this user's own changes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.invitations import InvitationData, check_invitation
from desktop_app.services import catalog, invitations
from desktop_app.services.errors import ConflictError
from desktop_app.ui.changes import INVITATIONS, ChangeNotice
from desktop_app.ui.dialogs.saving import SavingDialog, merge_mine
from desktop_app.ui.editor.widgets import DateEdit, DirectionsBox, SearchCombo
from desktop_app.ui.errors import ui_language
from desktop_app.ui.operations import WriteOp


class InvitationDialog(SavingDialog):
    """Create or edit one letter; ``saved`` holds the stored record."""

    def __init__(
        self, parent: QWidget | None = None, record: invitations.InvitationRecord | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = ui_language()
        self.record = record
        self.setWindowTitle(
            self.tr("Edit invitation letter") if record else self.tr("New invitation letter")
        )
        self.letter_date = DateEdit(self)
        self.letter_date.set_date(date.today())
        self.delegation = QLineEdit(self)
        self.delegation.setPlaceholderText(self.tr("e.g. Seoul Metropolitan Government"))
        self.country = QLineEdit(self)
        self.body = SearchCombo(self.tr("Type to find the committee or company…"), self)
        self.body.set_items(
            [
                (f"{b.short_name} – {b.name_sv}", b.id)
                for b in catalog.list_bodies()
                if b.active or (record and b.id == record.data.body_id)
            ]
        )
        self.directions = DirectionsBox(self, lang=self.lang)
        self.justification = QPlainTextEdit(self)
        self.justification.setTabChangesFocus(True)
        self.justification.setFixedHeight(80)
        self.justification.setPlaceholderText(
            self.tr("Why the visit is especially prioritised for the operation")
        )
        self.decided_by = QLineEdit(self)
        self.decided_by.setPlaceholderText(self.tr("Name and role, e.g. the head of department"))
        self.case_number = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Letter &date:"), self.letter_date)
        form.addRow(self.tr("De&legation:"), self.delegation)
        form.addRow(self.tr("Co&untry:"), self.country)
        form.addRow(self.tr("&Operation:"), self.body)
        form.addRow(self.tr("Strategic directions:"), self.directions)
        form.addRow(self.tr("&Justification:"), self.justification)
        form.addRow(self.tr("Decided &by:"), self.decided_by)
        form.addRow(self.tr("Case &number:"), self.case_number)
        form.addRow(self.tr("Not&es:"), self.notes)
        self.findings = QLabel(self)
        self.findings.setWordWrap(True)
        self.findings.setStyleSheet("color: #b26a00;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.findings)
        layout.addWidget(self.buttons)
        if record is not None:
            self._load(record.data)
        for signal in (
            self.letter_date.changed,
            self.delegation.textChanged,
            self.body.changed,
            self.directions.changed,
            self.justification.textChanged,
            self.decided_by.textChanged,
        ):
            signal.connect(self._update)
        self.resize(620, self.sizeHint().height())
        self._update()

    def _load(self, data: InvitationData) -> None:
        self.letter_date.set_date(data.letter_date)
        self.delegation.setText(data.delegation)
        self.country.setText(data.country)
        self.body.set_current_id(data.body_id)
        self.directions.set_value(data.directions)
        self.justification.setPlainText(data.justification)
        self.decided_by.setText(data.decided_by)
        self.case_number.setText(data.case_number)
        self.notes.setPlainText(data.notes)

    def data(self) -> InvitationData:
        return InvitationData(
            letter_date=self.letter_date.date(),
            delegation=self.delegation.text(),
            country=self.country.text(),
            body_id=self.body.current_id(),
            directions=self.directions.value(),
            justification=self.justification.toPlainText(),
            decided_by=self.decided_by.text(),
            case_number=self.case_number.text(),
            notes=self.notes.toPlainText(),
        )

    def _update(self) -> None:
        found = check_invitation(self.data(), date.today())
        errors = [f for f in found if f.is_error]
        valid = not errors and self.letter_date.is_valid() and self.body.is_valid()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(valid)
        self.findings.setText("\n".join("• " + f.message(self.lang) for f in found))
        self.findings.setVisible(bool(found))

    def messages(self) -> list[str]:
        return [line.removeprefix("• ") for line in self.findings.text().splitlines() if line]

    def write(self) -> WriteOp:
        data, record = self.data(), self.record
        if record is None:
            return WriteOp(
                self,
                lambda _c: invitations.create_letter(data),
                ChangeNotice.for_catalogs(INVITATIONS),
            )
        return WriteOp(
            self,
            lambda _c: invitations.update_letter(record.id, data, record.version),
            ChangeNotice.for_catalogs(INVITATIONS),
        )

    def reloaded(self, exc: ConflictError) -> None:
        """Someone saved the letter first: their version, with what this user changed."""
        if self.record is None:
            return
        fresh = invitations.get_letter(self.record.id)
        self._load(merge_mine(self.record.data, self.data(), fresh.data))
        self.record = fresh

    def update_buttons(self) -> None:
        self._update()
