"""Editing a decision body: names, kind, administration and R8 contact person.

What a body may decide (R4) follows from its kind and the strategy's text
(``domain.mandates``): the dialog shows the strategy's sentences for the
chosen kind, read-only, so the kind is chosen knowing what it means. The
dialog saves through ``services.catalog`` as an operation
(``dialogs.saving``), so a refused save (duplicate short name, conflict)
keeps the dialog open with the user's input.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import BodyKind, label
from desktop_app.domain.mandates import rules_held_by
from desktop_app.services import catalog
from desktop_app.services.catalog import BodyData, BodyRecord
from desktop_app.services.errors import ConflictError, ServiceError
from desktop_app.ui.changes import BODIES, ChangeNotice
from desktop_app.ui.dialogs.saving import SavingDialog, merge_mine
from desktop_app.ui.errors import show_error, ui_language
from desktop_app.ui.operations import WriteOp


def mandates_text(body_kind: str, lang: str) -> str:
    """The strategy's sentences giving this kind of body a mandate, as a bullet list."""
    rules = rules_held_by(body_kind)
    if not rules:
        return QCoreApplication.translate(
            "BodyDialog",
            "Decides nothing itself: an administration prepares and carries out the decisions "
            "of its committee or board.",
        )
    return "\n".join("• " + (r.source_en if lang == "en" else r.source_sv) for r in rules)


class ValidationMessage(ServiceError):
    """Input the dialog itself refuses before asking the service."""


class BodyDialog(SavingDialog):
    """Create or edit one decision body; ``saved`` holds the stored record."""

    def __init__(self, parent: QWidget | None = None, record: BodyRecord | None = None) -> None:
        super().__init__(parent)
        self._lang = ui_language()
        self.record = record
        self.setWindowTitle(
            self.tr("Edit decision body") if record else self.tr("New decision body")
        )
        self.resize(640, 560)

        self.short_name = QLineEdit()
        self.short_name.setMaxLength(20)
        self.name_sv = QLineEdit()
        self.name_en = QLineEdit()
        self.kind = QComboBox()
        for kind in BodyKind:
            self.kind.addItem(label(kind, self._lang), kind.value)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. Trafikkontoret"))
        self.active = QCheckBox(self.tr("Active (can be chosen for new decisions)"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("S&hort name:"), self.short_name)
        form.addRow(self.tr("&Name (Swedish):"), self.name_sv)
        form.addRow(self.tr("Name (&English):"), self.name_en)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Administration or company:"), self.organisation)
        form.addRow("", self.active)

        self.contact_name = QLineEdit()
        self.contact_role = QLineEdit()
        self.contact_email = QLineEdit()
        self.contact_phone = QLineEdit()
        contact_box = QGroupBox(self.tr("International contact person (R8)"))
        contact_form = QFormLayout(contact_box)
        contact_form.addRow(self.tr("Na&me:"), self.contact_name)
        contact_form.addRow(self.tr("&Role:"), self.contact_role)
        contact_form.addRow(self.tr("E-ma&il:"), self.contact_email)
        contact_form.addRow(self.tr("&Phone:"), self.contact_phone)

        mandate_box = QGroupBox(self.tr("What the body decides under the strategy (R4)"))
        self.mandates = QLabel()
        self.mandates.setWordWrap(True)
        self.mandates.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mandate_hint = QLabel(
            self.tr(
                "Follows from the kind. A committee or company board decides what it is "
                "responsible for; the City Council may decide anything (an unusual route is "
                "noted, not flagged)."
            )
        )
        mandate_hint.setWordWrap(True)
        mandate_hint.setStyleSheet("color: #666")
        mandate_layout = QVBoxLayout(mandate_box)
        mandate_layout.addWidget(self.mandates)
        mandate_layout.addWidget(mandate_hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(contact_box)
        layout.addWidget(mandate_box, 1)
        layout.addWidget(self.buttons)

        if record is not None:
            self._load(record)
        else:
            self.kind.setCurrentIndex(self.kind.findData(BodyKind.COMMITTEE.value))
        self.kind.currentIndexChanged.connect(self._show_mandates)
        self._show_mandates()

    # ------------------------------------------------------------ values

    def _load(self, r: BodyRecord) -> None:
        self.short_name.setText(r.short_name)
        self.name_sv.setText(r.name_sv)
        self.name_en.setText(r.name_en)
        self.kind.setCurrentIndex(max(0, self.kind.findData(r.kind)))
        self.organisation.setText(r.organisation)
        self.contact_name.setText(r.contact_name)
        self.contact_role.setText(r.contact_role)
        self.contact_email.setText(r.contact_email)
        self.contact_phone.setText(r.contact_phone)
        self.active.setChecked(bool(r.active))

    def data(self) -> BodyData:
        """The body as typed (trimmed)."""
        return BodyData(
            short_name=self.short_name.text().strip(),
            name_sv=self.name_sv.text().strip(),
            kind=self.kind.currentData(),
            name_en=self.name_en.text().strip(),
            organisation=self.organisation.text().strip(),
            contact_name=self.contact_name.text().strip(),
            contact_role=self.contact_role.text().strip(),
            contact_email=self.contact_email.text().strip(),
            contact_phone=self.contact_phone.text().strip(),
            active=self.active.isChecked(),
        )

    def _show_mandates(self) -> None:
        self.mandates.setText(mandates_text(self.kind.currentData(), self._lang))

    # ------------------------------------------------------------ saving

    def write(self) -> WriteOp | None:
        """Save through the service; the dialog stays open (input kept) when refused."""
        data = self.data()
        if data.contact_email and "@" not in data.contact_email:
            self.contact_email.setFocus()
            show_error(
                self,
                ValidationMessage(
                    "E-postadressen ser inte riktig ut (den saknar @).",
                    "The e-mail address does not look right (it has no @).",
                ),
            )
            return None
        record = self.record
        if record is None:
            return WriteOp(
                self, lambda _c: catalog.create_body(data), ChangeNotice.for_catalogs(BODIES)
            )
        return WriteOp(
            self,
            lambda _c: catalog.update_body(record.id, data, record.version),
            ChangeNotice.for_catalogs(BODIES),
        )

    def reloaded(self, exc: ConflictError) -> None:
        """Someone saved the body first: their version, with what this user changed."""
        if self.record is None:
            return
        fresh = catalog.get_body(self.record.id)
        self._load(merge_mine(self.record, self.data(), fresh))
        self.record = fresh
