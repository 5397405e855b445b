"""Small dialogs for a counterparty and a theme; they save through the services.

Like the body dialog, a refused save (a duplicate name, an empty name, a
conflict) is shown and the dialog stays open with what the user typed.
Duplicates are also checked here with Swedish case folding: the service's
check uses SQL ``LOWER``, which on SQLite folds ASCII only, so "östersjön"
would pass beside "Östersjön" and a second "Łódź" would reach the UNIQUE
constraint as an unexplained database error.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import CounterpartyType, label
from desktop_app.services import catalog
from desktop_app.services.catalog import CounterpartyRecord, ThemeRecord
from desktop_app.services.errors import ConflictError, DuplicateError
from desktop_app.services.search import fold
from desktop_app.ui.errors import show_error, ui_language


class _SavingDialog(QDialog):
    """OK saves through ``_save``; errors are shown and the input kept."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.saved: object | None = None
        self.conflict = False
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _save(self) -> object:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.saved = self._save()
        except ConflictError as exc:
            show_error(self, exc)
            self.conflict = True
            super().reject()
            return
        except Exception as exc:  # noqa: BLE001 - a clear dialog, input kept
            show_error(self, exc)
            return
        super().accept()


class CounterpartyDialog(_SavingDialog):
    """A counterparty: name, country and type. Renaming updates entries' search text."""

    def __init__(self, parent: QWidget | None = None, record: CounterpartyRecord | None = None):
        super().__init__(parent)
        self.record = record
        lang = ui_language()
        self.setWindowTitle(self.tr("Edit counterparty") if record else self.tr("New counterparty"))
        self.name = QLineEdit()
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("e.g. Belgien"))
        self.type = QComboBox()
        for value in CounterpartyType:
            self.type.addItem(label(value, lang), value.value)
        self.active = QCheckBox(self.tr("Active (can be chosen for new entries)"))
        self.active.setChecked(True)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Country:"), self.country)
        self.form.addRow(self.tr("&Type:"), self.type)
        self.form.addRow("", self.active)
        if record is not None:
            self.name.setText(record.name)
            self.country.setText(record.country)
            self.type.setCurrentIndex(max(0, self.type.findData(record.type)))
            self.active.setChecked(record.active)
        else:
            self.type.setCurrentIndex(self.type.findData(CounterpartyType.ORGANISATION.value))
            self.active.setEnabled(False)

    def _save(self) -> CounterpartyRecord:
        name, country = self.name.text(), self.country.text()
        kind = self.type.currentData()
        own = self.record.id if self.record else None
        twin = next(
            (
                c
                for c in catalog.list_counterparties()
                if c.id != own
                and fold(c.name.strip()) == fold(name.strip())
                and fold(c.country.strip()) == fold(country.strip())
            ),
            None,
        )
        if twin is not None:
            raise DuplicateError(
                f"Motparten {twin.display} finns redan.",
                f"The counterparty {twin.display} exists already.",
            )
        if self.record is None:
            return catalog.create_counterparty(name, country, kind)
        return catalog.update_counterparty(
            self.record.id, name, country, kind, self.active.isChecked(), self.record.version
        )


class ThemeDialog(_SavingDialog):
    """A theme of the vocabulary, in Swedish and English."""

    def __init__(self, parent: QWidget | None = None, record: ThemeRecord | None = None):
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(self.tr("Edit theme") if record else self.tr("New theme"))
        self.name_sv = QLineEdit()
        self.name_en = QLineEdit()
        self.active = QCheckBox(self.tr("Active (can be chosen for new entries)"))
        self.active.setChecked(True)
        self.form.addRow(self.tr("Name (&Swedish):"), self.name_sv)
        self.form.addRow(self.tr("Name (&English):"), self.name_en)
        self.form.addRow("", self.active)
        if record is not None:
            self.name_sv.setText(record.name_sv)
            self.name_en.setText(record.name_en)
            self.active.setChecked(record.active)
        else:
            self.active.setEnabled(False)

    def _save(self) -> ThemeRecord:
        own = self.record.id if self.record else None
        wanted = fold(self.name_sv.text().strip())
        twin = next(
            (t for t in catalog.list_themes() if t.id != own and fold(t.name_sv) == wanted), None
        )
        if twin is not None:
            raise DuplicateError(
                f"Temat {twin.name_sv} finns redan.", f"The theme {twin.name_sv} exists."
            )
        if self.record is None:
            return catalog.create_theme(self.name_sv.text(), self.name_en.text())
        return catalog.update_theme(
            self.record.id,
            self.name_sv.text(),
            self.name_en.text(),
            self.active.isChecked(),
            self.record.version,
        )
