"""Editing a decision body: names, kind, R8 contact person and R4 mandates.

The mandates table says which kinds and scopes of entry the body may decide
(R4); a new body starts with the defaults for its kind, and changing the kind
of a new body offers the new defaults as long as the table is untouched.
The dialog saves through ``services.catalog`` as an operation
(``dialogs.saving``), so a refused save (duplicate short name, conflict)
keeps the dialog open with the user's input.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.entry import Mandate
from desktop_app.domain.kinds import BodyKind, Kind, Scope, label
from desktop_app.domain.mandates import default_mandates
from desktop_app.services import catalog
from desktop_app.services.catalog import BodyData, BodyRecord
from desktop_app.services.errors import ConflictError, ServiceError
from desktop_app.ui.changes import BODIES, ChangeNotice
from desktop_app.ui.dialogs.saving import SavingDialog, merge_mine
from desktop_app.ui.errors import show_error, ui_language
from desktop_app.ui.operations import WriteOp

MANDATE_KINDS = (Kind.MEMBERSHIP, Kind.LETTER_OF_INTENT, Kind.COOPERATION)
MANDATE_SCOPES = (Scope.CITY_WIDE, Scope.OPERATION_SPECIFIC)


class ValidationMessage(ServiceError):
    """Input the dialog itself refuses before asking the service."""


class BodyDialog(SavingDialog):
    """Create or edit one decision body; ``saved`` holds the stored record."""

    def __init__(self, parent: QWidget | None = None, record: BodyRecord | None = None) -> None:
        super().__init__(parent)
        self._lang = ui_language()
        self.record = record
        self._mandates_touched = record is not None
        self.setWindowTitle(
            self.tr("Edit decision body") if record else self.tr("New decision body")
        )
        self.resize(640, 620)

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
        form.addRow(self.tr("&Short name:"), self.short_name)
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
        contact_form.addRow(self.tr("E-&mail:"), self.contact_email)
        contact_form.addRow(self.tr("&Phone:"), self.contact_phone)

        mandate_box = QGroupBox(self.tr("Mandates: what the body may decide (R4)"))
        self.mandates = QTableWidget(0, 3)
        self.mandates.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Scope"), self.tr("Only without cost")]
        )
        self.mandates.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.mandates.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mandates.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.mandates.verticalHeader().setVisible(False)
        self.mandates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add_button = QPushButton(self.tr("A&dd mandate"))
        add_button.clicked.connect(self.add_mandate_row)
        remove_button = QPushButton(self.tr("Remo&ve mandate"))
        remove_button.clicked.connect(self.remove_selected_mandate)
        defaults_button = QPushButton(self.tr("Defaults for the kind"))
        defaults_button.setToolTip(
            self.tr("Replace the mandates with what the strategy gives this kind of body.")
        )
        defaults_button.clicked.connect(self._use_defaults)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add_button)
        buttons_row.addWidget(remove_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(defaults_button)
        mandate_layout = QVBoxLayout(mandate_box)
        hint = QLabel(
            self.tr(
                "An administration (förvaltning) decides nothing itself; leave its table empty."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666")
        mandate_layout.addWidget(self.mandates)
        mandate_layout.addLayout(buttons_row)
        mandate_layout.addWidget(hint)

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
            self._set_mandates(default_mandates(BodyKind.COMMITTEE))
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.mandates.itemChanged.connect(self._touch)

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
        self._set_mandates(r.mandates or ())

    def data(self) -> BodyData:
        """The body as typed (trimmed), mandates included."""
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
            mandates=self.mandate_values(),
        )

    def _combo(self, values, current: str) -> QComboBox:
        combo = QComboBox()
        for value in values:
            combo.addItem(label(value, self._lang), value.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.currentIndexChanged.connect(self._touch)
        return combo

    def add_mandate_row(self, mandate: Mandate | None = None) -> None:
        if not isinstance(mandate, Mandate):
            mandate = Mandate(Kind.MEMBERSHIP, Scope.OPERATION_SPECIFIC)
            self._touch()
        row = self.mandates.rowCount()
        self.mandates.insertRow(row)
        self.mandates.setCellWidget(row, 0, self._combo(MANDATE_KINDS, mandate.kind))
        self.mandates.setCellWidget(row, 1, self._combo(MANDATE_SCOPES, mandate.scope))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(
            Qt.CheckState.Checked if mandate.requires_no_cost else Qt.CheckState.Unchecked
        )
        self.mandates.setItem(row, 2, check)

    def remove_selected_mandate(self) -> None:
        rows = sorted({i.row() for i in self.mandates.selectedIndexes()}, reverse=True)
        if not rows and self.mandates.currentRow() >= 0:
            rows = [self.mandates.currentRow()]
        for row in rows:
            self.mandates.removeRow(row)
        self._touch()

    def mandate_values(self) -> tuple[Mandate, ...]:
        result: list[Mandate] = []
        for row in range(self.mandates.rowCount()):
            kind = self.mandates.cellWidget(row, 0).currentData()
            scope = self.mandates.cellWidget(row, 1).currentData()
            no_cost = self.mandates.item(row, 2).checkState() == Qt.CheckState.Checked
            mandate = Mandate(kind, scope, no_cost)
            if mandate not in result:  # the same row twice means nothing more
                result.append(mandate)
        return tuple(result)

    def _set_mandates(self, mandates) -> None:
        self.mandates.blockSignals(True)
        self.mandates.setRowCount(0)
        for mandate in mandates:
            self.add_mandate_row(mandate)
        self.mandates.blockSignals(False)

    def _touch(self, *_args) -> None:
        self._mandates_touched = True

    def _use_defaults(self) -> None:
        self._set_mandates(default_mandates(self.kind.currentData()))
        self._mandates_touched = True

    def _on_kind_changed(self) -> None:
        if not self._mandates_touched:
            self._set_mandates(default_mandates(self.kind.currentData()))
            self._mandates_touched = False

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
        self._mandates_touched = True
