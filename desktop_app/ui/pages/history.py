"""The audit trail (R10): who changed what, when, with old and new value.

The trail only grows (every field change is a row), so the page never loads
it whole: it asks ``services.overview.history_page`` for 500 rows at a time
in SQL order and appends more on "Load more". The rows' display texts are
made once per page, so the table model's ``data()`` only indexes a list.
Every read runs on the window's runner (lane ``history``, newest request
wins); the page reads again only for F5 or a change notice (any write adds
to the trail), so an idle History page asks the database nothing.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import audit, overview
from desktop_app.services.overview import HistoryFilter, HistoryRow
from desktop_app.ui import trail
from desktop_app.ui.changes import ChangeNotice
from desktop_app.ui.errors import ui_language
from desktop_app.ui.pages.base import Page
from desktop_app.ui.runner import Job, runner
from desktop_app.ui.widgets.row_keys import install_row_keys

PAGE_SIZE = 500
LANE = "history"
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
NO_DATE = QDate(2000, 1, 1)  # the date edits' "no limit" value, shown blank

COLUMNS = (
    "time",
    "user",
    "action",
    "object",
    "entry",
    "field",
    "old",
    "new",
    "details",
)


class HistoryModel(QAbstractTableModel):
    """Audit rows as prepared display tuples; appended a page at a time."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._names: dict[str, dict[int, str]] = {}
        self._lang = ui_language()
        self._headers = [trail.column_title(c) for c in COLUMNS]

    def set_reference_names(self, names: dict[str, dict[int, str]]) -> None:
        self._names = names

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._texts = [], []
        self.endResetModel()

    def append(self, rows: list[HistoryRow]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._texts.extend(self._texts_for(r) for r in rows)
        self.endInsertRows()

    def _texts_for(self, r: HistoryRow) -> tuple[str, ...]:
        texts = trail.row_texts(r, self._names, self._lang)
        return tuple(texts[c] for c in COLUMNS)

    def row_at(self, row: int) -> HistoryRow:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):
        if role in (DISPLAY, TOOLTIP):
            return self._texts[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class HistoryPage(Page):
    """The audit trail, filterable by entry, user, date range and action."""

    users_loaded = Signal()  # the user filter's list has been (re)filled
    has_entries = True  # an event's entry can be opened, reviewed, archived...

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filter = HistoryFilter()
        self._total = 0

        self.entry_filter = QLineEdit()
        self.entry_filter.setPlaceholderText(self.tr("Case number or #id"))
        self.entry_filter.setClearButtonEnabled(True)
        self.user_filter = QComboBox()
        self.user_filter.setMinimumWidth(140)
        self.action_filter = QComboBox()
        self.action_filter.setMinimumWidth(150)
        self.since = self._date_edit()
        self.until = self._date_edit()
        self.newest_first = QCheckBox(self.tr("&Newest first"))
        self.newest_first.setChecked(True)
        bar = QHBoxLayout()
        for text, widget in (
            (self.tr("Entr&y:"), self.entry_filter),
            (self.tr("&User:"), self.user_filter),
            (self.tr("&Action:"), self.action_filter),
            (self.tr("F&rom:"), self.since),
            (self.tr("&To:"), self.until),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget, 2 if widget is self.entry_filter else 0)
        bar.addWidget(self.newest_first)

        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        time_width = self.table.fontMetrics().horizontalAdvance("2026-12-31 23:59:59") + 14
        for col, width in enumerate((time_width, 80, 120, 150, 200, 150, 120, 120)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(self._on_double_clicked)
        self.table.setObjectName("historyTable")
        install_row_keys(self.table)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )

        self.status = QLabel()
        self.more_button = QPushButton(self.tr("&Load more"))
        self.more_button.clicked.connect(self.load_more)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        # Typing in the entry field waits for a pause; the others apply at once.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.apply_filter)
        self.entry_filter.textChanged.connect(self._debounce.start)
        for combo in (self.user_filter, self.action_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.since.dateChanged.connect(self.apply_filter)
        self.until.dateChanged.connect(self.apply_filter)
        self.newest_first.toggled.connect(self.apply_filter)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(" ")  # the minimum date means "no limit": shown blank
        edit.setDate(NO_DATE)
        edit.setMinimumWidth(110)
        return edit

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        """Refresh the rows (the filter is kept) and the users.

        The action list is the known vocabulary (no query); the users need a
        DISTINCT over the whole trail (0.5 s at a million events), so they
        are read in a job of their own and the combo is filled when they arrive.
        """
        if self.action_filter.count() == 0:
            self._refill_combo(
                self.action_filter,
                self.tr("All actions"),
                [(trail.action_label(a), a) for a in trail.ACTIONS],
            )
        if self.user_filter.count() == 0:
            self._refill_combo(self.user_filter, self.tr("All users"), [])
        runner().submit(
            Job(
                lambda _control: audit.users(),
                lane=LANE + "_users",
                latest_only=True,
                parent=self,
                on_done=self._set_users,
                on_failed=lambda _exc: None,  # the list stays as it was; rows still load
            )
        )
        self.apply_filter()

    def concerns(self, notice: ChangeNotice) -> bool:
        return not notice.is_empty()  # every write adds to the trail

    def refresh_for(self, notice: ChangeNotice) -> None:
        self.apply_filter()

    def _set_users(self, users: list[str]) -> None:
        self._refill_combo(self.user_filter, self.tr("All users"), [(u, u) for u in users])
        self.users_loaded.emit()

    @staticmethod
    def _refill_combo(combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, "")
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def current_filter(self) -> HistoryFilter:
        """The filter as set; an entry text is resolved to ids by the read itself."""
        since = self.since.date()
        until = self.until.date()
        return HistoryFilter(
            entry_ids=None,
            user=self.user_filter.currentData() or "",
            since=None if since == NO_DATE else date(since.year(), since.month(), since.day()),
            until=None if until == NO_DATE else date(until.year(), until.month(), until.day()),
            action=self.action_filter.currentData() or "",
            newest_first=self.newest_first.isChecked(),
        )

    def apply_filter(self) -> None:
        """Start over with the filter as set: the count and the first page of rows."""
        self._debounce.stop()
        self._loaded = True
        base = self.current_filter()
        text = self.entry_filter.text().strip()

        def read(_control):
            f = base
            if text:
                f = dataclasses.replace(base, entry_ids=overview.entry_ids_for(text))
            names = overview.reference_names()
            total = overview.history_count(f)
            return f, names, total, overview.history_page(f, PAGE_SIZE, 0)

        runner().submit(
            Job(read, lane=LANE, latest_only=True, parent=self, on_done=self._first_page)
        )

    def _first_page(self, result: tuple) -> None:
        self._filter, names, self._total, rows = result
        self.model.set_reference_names(names)
        self.model.clear()
        self._append(rows)

    def load_more(self) -> None:
        """Append the next page of rows (PAGE_SIZE) to the table."""
        f, offset = self._filter, self.model.rowCount()
        self.more_button.setEnabled(False)
        runner().submit(
            Job(
                lambda _control: overview.history_page(f, PAGE_SIZE, offset),
                lane=LANE,
                latest_only=True,
                parent=self,
                on_done=self._append,
            )
        )

    def _append(self, rows: list[HistoryRow]) -> None:
        self.model.append(rows)
        shown = self.model.rowCount()
        self.more_button.setEnabled(shown < self._total)
        self.status.setText(
            self.tr("Showing {shown} of {total} events.").format(
                shown=f"{shown:,}".replace(",", "\u00a0"),
                total=f"{self._total:,}".replace(",", "\u00a0"),
            )
        )
        self.loaded.emit()

    # ------------------------------------------------------------ actions

    def selected_entry_ids(self) -> list[int]:
        """The entries of the highlighted events (each once, in table order)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids: list[int] = []
        for row in rows:
            entry_id = self.model.row_at(row).entry_id
            if entry_id is not None and entry_id not in ids:
                ids.append(entry_id)
        return ids

    def select_entry(self, entry_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).entry_id == entry_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def entry_views(self) -> list[QWidget]:
        return [self.table]

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if row.entry_id is not None:
            self.open_entry_requested.emit(row.entry_id)
