"""List fields of the editor: counterparties (find or add new) and document links."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import CounterpartyType, label
from desktop_app.services import catalog
from desktop_app.ui.changes import COUNTERPARTIES, ChangeNotice
from desktop_app.ui.errors import ui_language
from desktop_app.ui.operations import WriteOp

from .widgets import SearchCombo

_ID_ROLE = 0x0100  # Qt.ItemDataRole.UserRole


class NewCounterpartyDialog(QDialog):
    """Name, country and type of a counterparty the register does not know yet."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New counterparty"))
        self.name = QLineEdit(name, self)
        self.country = QLineEdit(self)
        self.country.setPlaceholderText(self.tr("e.g. Belgien"))
        self.type = QComboBox(self)
        lang = ui_language()
        for value in CounterpartyType:
            self.type.addItem(label(value, lang), str(value))
        self.type.setCurrentIndex(self.type.findData(str(CounterpartyType.ORGANISATION)))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&Type:"), self.type)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())


class CounterpartyPicker(QWidget):
    """The entry's counterparties in order: type to find one, add it, or add new."""

    changed = Signal()
    created = Signal(int)  # a counterparty new to the register was registered

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finder = SearchCombo(self.tr("Type to find a counterparty…"), self)
        self.finder.lineEdit().returnPressed.connect(self.add_found)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.clicked.connect(self.add_found)
        self.new_button = QPushButton(self.tr("New…"), self)
        self.new_button.setToolTip(self.tr("Register a counterparty that is not in the list"))
        self.new_button.clicked.connect(self.add_new)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list = QListWidget(self)
        self.list.setFixedHeight(self.fontMetrics().height() * 4 + 8)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.finder, 0, 0)
        grid.addWidget(self.add_button, 0, 1)
        grid.addWidget(self.new_button, 0, 2)
        grid.addWidget(self.list, 1, 0)
        grid.addWidget(self.remove_button, 1, 1, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        self.names: dict[int, str] = {}
        self._loaded = False
        self.finder.first_use.connect(self.ensure_loaded)

    def set_known(self, records: list[catalog.CounterpartyRecord]) -> None:
        """Names of the counterparties shown now; the full list loads on first use."""
        self.names.update({c.id: c.display for c in records})

    def set_catalog(self, records: list[catalog.CounterpartyRecord]) -> None:
        self.names.update({c.id: c.display for c in records})
        self.finder.set_items([(c.display, c.id) for c in records if c.active])
        self._loaded = True

    def ensure_loaded(self) -> None:
        """Read every counterparty for type-to-find, once per editor."""
        if not self._loaded:
            self.set_catalog(catalog.list_counterparties())

    def ids(self) -> tuple[int, ...]:
        return tuple(self.list.item(i).data(_ID_ROLE) for i in range(self.list.count()))

    def set_ids(self, ids: tuple[int, ...]) -> None:
        self.list.clear()
        for ident in ids:
            self._append(ident)

    def add_id(self, ident: int) -> None:
        if ident not in self.ids():
            self._append(ident)
            self.changed.emit()

    def _append(self, ident: int) -> None:
        item = QListWidgetItem(self.names.get(ident, f"#{ident}"))
        item.setData(_ID_ROLE, ident)
        self.list.addItem(item)

    def add_found(self) -> None:
        self.ensure_loaded()
        ident = self.finder.current_id()
        if ident is None:
            if self.finder.currentText().strip():
                self.add_new()
            return
        self.add_id(ident)
        self.finder.set_current_id(None)

    def add_new(self) -> None:
        dialog = NewCounterpartyDialog(self.finder.currentText().strip(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_and_add(
            dialog.name.text(), dialog.country.text(), dialog.type.currentData() or "other"
        )

    def create_and_add(self, name: str, country: str, kind: str) -> None:
        """Find or register the counterparty (a catalog write, audited, as an operation)
        and add it when the write is stored."""
        self.ensure_loaded()
        known = set(self.names)
        (
            WriteOp(
                self,
                lambda _c: catalog.get_or_create_counterparty(name, country, kind),
                ChangeNotice.for_catalogs(COUNTERPARTIES),
            )
            .success(lambda record: self._add_created(record, record.id not in known))
            .run()
        )

    def _add_created(self, record, new: bool) -> None:
        self.names[record.id] = record.display
        if new:
            self.created.emit(record.id)
        self.finder.add_item(record.display, record.id)
        self.finder.set_current_id(None)
        self.add_id(record.id)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()


class DocumentLinks(QWidget):
    """Paths and URLs of the signed documents, each opened by the system."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.add_file_button = QPushButton(self.tr("&Add file…"), self)
        self.add_file_button.clicked.connect(self.add_file)
        self.add_link_button = QPushButton(self.tr("Add &link…"), self)
        self.add_link_button.clicked.connect(self.add_url)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        for button in (
            self.add_file_button,
            self.add_link_button,
            self.open_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.list, 0, 0)
        grid.addLayout(buttons, 0, 1)

    def links(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).text() for i in range(self.list.count()))

    def set_links(self, links: tuple[str, ...]) -> None:
        self.list.clear()
        self.list.addItems(list(links))

    def add_link(self, text: str) -> None:
        text = text.strip()
        if text and text not in self.links():
            self.list.addItem(text)
            self.changed.emit()

    def add_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the signed document"))
        if path:
            self.add_link(path)

    def add_url(self) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("Add link"), self.tr("Web address or path of the document:")
        )
        if ok:
            self.add_link(text)

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        from desktop_app.ui.open_files import open_file

        open_file(self, item.text())  # says so when nothing opens it

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()
