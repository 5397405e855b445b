"""Counterparties and themes: the vocabularies entries choose from.

Two tabs with the same shape: a table, a search box, New / Edit /
Deactivate-Activate. Nothing is deleted (R10): an item in use is
deactivated and stays on the entries that name it. The lists are a few
hundred rows, read whole; the search box filters them in Python with
case folding, so "ŁÓDŹ" finds "Łódź" (SQLite's LIKE would not).
"""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QCollator, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import label
from desktop_app.services import catalog
from desktop_app.services.register import RegisterFilter
from desktop_app.services.search import fold
from desktop_app.ui.changes import COUNTERPARTIES, THEMES, ChangeNotice
from desktop_app.ui.errors import show_error, ui_language
from desktop_app.ui.operations import WriteOp
from desktop_app.ui.pages.base import Page
from desktop_app.ui.pages.catalog_dialogs import CounterpartyDialog, ThemeDialog

ID_ROLE = Qt.ItemDataRole.UserRole
INACTIVE_COLOR = QColor("#868e96")


class _NumberItem(QTableWidgetItem):
    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.text() or 0) < int(other.text() or 0)


class _ListTab(QWidget):
    """A searchable table of catalog records with New / Edit / (De)activate."""

    catalog_name = ""
    show_entries = Signal(object)  # a RegisterFilter: the record's entries in the register

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = ui_language()
        self._records: dict[int, object] = {}
        self._select_next: int | None = None  # an item just created
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.show_inactive = QCheckBox(self.tr("Sh&ow inactive"))
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(self._fill)
        self.new_button = QPushButton()
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.toggle_button = QPushButton(self.tr("&Deactivate"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_inactive)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.toggle_button)

        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(self._on_double_clicked)  # double-click, Enter
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.show_menu)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def _on_double_clicked(self, _item: QTableWidgetItem) -> None:
        self.edit_selected()

    def _configure(self, headers: list[str], new_text: str) -> None:
        """Columns and the New button's text; subclasses call it after ``__init__``."""
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.new_button.setText(new_text)

    # subclasses say what a record is
    def _load(self) -> list:
        raise NotImplementedError

    def _cells(self, record) -> list[str]:
        raise NotImplementedError

    def _dialog(self, record):
        raise NotImplementedError

    def _set_active(self, record, active: bool) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        try:
            records = self._load()
        except Exception as exc:  # noqa: BLE001 - a dialog, never a traceback
            show_error(self, exc)
            return
        self._records = {r.id: r for r in records}
        self._fill()

    def _fill(self) -> None:
        selected = self._select_next or self.selected_id()
        self._select_next = None
        terms = fold(self.search.text()).split()
        show_inactive = self.show_inactive.isChecked()
        shown = []
        for record in self._records.values():
            if not show_inactive and not record.active:
                continue
            cells = self._cells(record)
            haystack = fold(" ".join(cells))
            if all(t in haystack for t in terms):
                shown.append((record, cells))
        # Swedish alphabetical order ("Łódź" beside "Lund", "Örebro" last), which
        # the database's byte order does not give.
        collator = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        # (compare, not sortKey: comparing QCollatorSortKey objects corrupts
        # reference counts in PySide6 6.12 and crashes the interpreter at exit.)
        order = cmp_to_key(collator.compare)
        shown.sort(key=lambda pair: order(pair[1][0]))
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(shown))
        for row, (record, cells) in enumerate(shown):
            for col, text in enumerate(cells):
                last = col == len(cells) - 1
                item = _NumberItem(text) if last else QTableWidgetItem(text)
                item.setData(ID_ROLE, record.id)
                if last:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not record.active:
                    item.setForeground(QBrush(INACTIVE_COLOR))
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        self.select_id(selected)
        self._update_buttons()

    # ------------------------------------------------------------ selection

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return int(self.table.item(rows[0].row(), 0).data(ID_ROLE))

    def selected_record(self):
        return self._records.get(self.selected_id() or -1)

    def select_id(self, record_id: int | None) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == record_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        record = self.selected_record()
        self.edit_button.setEnabled(record is not None)
        self.toggle_button.setEnabled(record is not None)
        self.toggle_button.setText(
            self.tr("&Activate")
            if record is not None and not record.active
            else self.tr("&Deactivate")
        )

    # ------------------------------------------------------------ actions

    def entries_filter(self, record) -> RegisterFilter | None:
        """The register filter that shows the record's entries (subclasses)."""
        return None

    def entries_text(self) -> str:
        return ""

    def show_menu(self, pos: QPoint) -> QMenu:
        """The list's context menu: edit, (de)activate, and the entries in the register."""
        record = self.selected_record()
        menu = QMenu(self.table)
        menu.addAction(self.tr("Ed&it…"), self.edit_selected).setEnabled(record is not None)
        toggle = menu.addAction(self.toggle_button.text(), self.toggle_selected)
        toggle.setEnabled(record is not None)
        menu.addSeparator()
        action = menu.addAction(self.entries_text())
        f = self.entries_filter(record) if record is not None else None
        action.setEnabled(f is not None)
        if f is not None:
            action.triggered.connect(lambda _c=False, f=f: self.show_entries.emit(f))
        menu.addSeparator()
        menu.addAction(self.new_button.text(), self.new_item)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        return menu

    def new_item(self) -> None:
        """The dialog saves; the notice reloads the list, then the new item is selected."""
        dialog = self._dialog(None)
        dialog.saved_record.connect(lambda record: setattr(self, "_select_next", record.id))
        dialog.exec()

    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        self._dialog(record).exec()

    def toggle_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        WriteOp(
            self,
            lambda _c: self._set_active(record, not record.active),
            ChangeNotice.for_catalogs(self.catalog_name),
        ).run()


class CounterpartiesTab(_ListTab):
    catalog_name = COUNTERPARTIES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._configure(
            [
                self.tr("Name"),
                self.tr("Country"),
                self.tr("Type"),
                self.tr("Active"),
                self.tr("Entries"),
            ],
            self.tr("&New counterparty…"),
        )
        for col, width in ((1, 140), (2, 130), (3, 60), (4, 70)):
            self.table.setColumnWidth(col, width)

    def _load(self) -> list:
        return catalog.list_counterparties()

    def _cells(self, r) -> list[str]:
        active = self.tr("Yes") if r.active else self.tr("No")
        return [r.name, r.country, label(r.type, self._lang), active, str(r.in_use)]

    def _dialog(self, record):
        return CounterpartyDialog(self, record)

    def _set_active(self, r, active: bool) -> None:
        catalog.update_counterparty(r.id, r.name, r.country, r.type, active, r.version)

    def entries_text(self) -> str:
        return self.tr("&Search the register for it")

    def entries_filter(self, record) -> RegisterFilter | None:
        return RegisterFilter(search=record.name)


class ThemesTab(_ListTab):
    catalog_name = THEMES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._configure(
            [
                self.tr("Name (Swedish)"),
                self.tr("Name (English)"),
                self.tr("Active"),
                self.tr("Entries"),
            ],
            self.tr("&New theme…"),
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((2, 60), (3, 70)):
            self.table.setColumnWidth(col, width)

    def _load(self) -> list:
        return catalog.list_themes()

    def _cells(self, r) -> list[str]:
        active = self.tr("Yes") if r.active else self.tr("No")
        return [r.name_sv, r.name_en, active, str(r.in_use)]

    def _dialog(self, record):
        return ThemeDialog(self, record)

    def _set_active(self, r, active: bool) -> None:
        catalog.update_theme(r.id, r.name_sv, r.name_en, active, r.version)

    def entries_text(self) -> str:
        return self.tr("&Show the theme's entries")

    def entries_filter(self, record) -> RegisterFilter | None:
        return RegisterFilter(theme_id=record.id)


class CatalogPage(Page):
    """Counterparties and themes, one tab each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counterparties = CounterpartiesTab()
        self.themes = ThemesTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.counterparties, self.tr("&Counterparties"))
        self.tabs.addTab(self.themes, self.tr("&Themes"))
        for tab in (self.counterparties, self.themes):
            tab.show_entries.connect(self.show_entries_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def concerns(self, notice: ChangeNotice) -> bool:
        return notice.touches(COUNTERPARTIES, THEMES) or notice.touches_entries()

    def load(self) -> None:
        """Read both lists again (a few hundred rows each)."""
        self.counterparties.reload()
        self.themes.reload()
        self.loaded.emit()

    def refresh_for(self, notice: ChangeNotice) -> None:
        if notice.touches_entries() or notice.touches(COUNTERPARTIES):
            self.counterparties.reload()
        if notice.touches_entries() or notice.touches(THEMES):
            self.themes.reload()
