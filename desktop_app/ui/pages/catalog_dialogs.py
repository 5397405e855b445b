"""Small dialogs for a counterparty and a theme; they save through the services.

Like the body dialog, a refused save (a duplicate name, an empty name, a
conflict) is shown and the dialog stays open with what the user typed.
Duplicates are also checked here with Swedish case folding: the service's
check uses SQL ``LOWER``, which on SQLite folds ASCII only, so "östersjön"
would pass beside "Östersjön" and a second "Łódź" would reach the UNIQUE
constraint as an unexplained database error.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from desktop_app.ui.changes import COUNTERPARTIES, THEMES, ChangeNotice
from desktop_app.ui.dialogs.saving import SavingDialog
from desktop_app.ui.errors import ui_language
from desktop_app.ui.operations import WriteOp


class _CatalogDialog(SavingDialog):
    """A form and Save/Cancel; ``_save`` runs on the runner as the dialog's write."""

    catalog_name = ""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
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

    def _save(self) -> Callable[[], object]:
        """What to store: a function run on the worker (the values read here, now)."""
        raise NotImplementedError

    def write(self) -> WriteOp:
        save = self._save()
        return WriteOp(self, lambda _c: save(), ChangeNotice.for_catalogs(self.catalog_name))


class CounterpartyDialog(_CatalogDialog):
    """A counterparty: name, country and type. Renaming updates entries' search text."""

    catalog_name = COUNTERPARTIES

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

    def _save(self) -> Callable[[], CounterpartyRecord]:
        name, country = self.name.text(), self.country.text()
        kind = self.type.currentData()
        active = self.active.isChecked()
        record = self.record
        return lambda: _store_counterparty(record, name, country, kind, active)

    def reloaded(self, exc: ConflictError) -> None:
        if self.record is None:
            return
        fresh = next(c for c in catalog.list_counterparties() if c.id == self.record.id)
        for widget, mine, old, new in (
            (self.name, self.name.text(), self.record.name, fresh.name),
            (self.country, self.country.text(), self.record.country, fresh.country),
        ):
            widget.setText(mine if mine != old else new)
        if self.type.currentData() == self.record.type:
            self.type.setCurrentIndex(max(0, self.type.findData(fresh.type)))
        if self.active.isChecked() == bool(self.record.active):
            self.active.setChecked(bool(fresh.active))
        self.record = fresh


def _store_counterparty(record, name: str, country: str, kind: str, active: bool):
    """Worker side: refuse a case-folded twin, then create or update."""
    own = record.id if record else None
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
    if record is None:
        return catalog.create_counterparty(name, country, kind)
    return catalog.update_counterparty(record.id, name, country, kind, active, record.version)


class ThemeDialog(_CatalogDialog):
    """A theme of the vocabulary, in Swedish and English."""

    catalog_name = THEMES

    def __init__(self, parent: QWidget | None = None, record: ThemeRecord | None = None):
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(self.tr("Edit theme") if record else self.tr("New theme"))
        self.name_sv = QLineEdit()
        self.name_en = QLineEdit()
        self.active = QCheckBox(self.tr("Active (can be chosen for new entries)"))
        self.active.setChecked(True)
        self.form.addRow(self.tr("Name (S&wedish):"), self.name_sv)
        self.form.addRow(self.tr("Name (&English):"), self.name_en)
        self.form.addRow("", self.active)
        if record is not None:
            self.name_sv.setText(record.name_sv)
            self.name_en.setText(record.name_en)
            self.active.setChecked(record.active)
        else:
            self.active.setEnabled(False)

    def _save(self) -> Callable[[], ThemeRecord]:
        record = self.record
        name_sv, name_en = self.name_sv.text(), self.name_en.text()
        active = self.active.isChecked()
        return lambda: _store_theme(record, name_sv, name_en, active)

    def reloaded(self, exc: ConflictError) -> None:
        if self.record is None:
            return
        fresh = next(t for t in catalog.list_themes() if t.id == self.record.id)
        for widget, old, new in (
            (self.name_sv, self.record.name_sv, fresh.name_sv),
            (self.name_en, self.record.name_en, fresh.name_en),
        ):
            if widget.text() == old:
                widget.setText(new)
        if self.active.isChecked() == bool(self.record.active):
            self.active.setChecked(bool(fresh.active))
        self.record = fresh


def _store_theme(record, name_sv: str, name_en: str, active: bool):
    """Worker side: refuse a case-folded twin, then create or update."""
    own = record.id if record else None
    wanted = fold(name_sv.strip())
    twin = next(
        (t for t in catalog.list_themes() if t.id != own and fold(t.name_sv) == wanted), None
    )
    if twin is not None:
        raise DuplicateError(
            f"Temat {twin.name_sv} finns redan.", f"The theme {twin.name_sv} exists."
        )
    if record is None:
        return catalog.create_theme(name_sv, name_en)
    return catalog.update_theme(record.id, name_sv, name_en, active, record.version)
