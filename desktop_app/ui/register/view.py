"""The Register section: filter bar, the table and a colour legend.

The view owns the model and runs queries through ``QueryRunner`` so typing
never waits for SQL. Header clicks sort by a new query; the header is
movable (column order) and its context menu chooses the visible columns.
``save_state``/``restore_state`` keep columns, sort and the last filter in
QSettings.
"""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.register import RegisterFilter

from .columns import DEFAULT_VISIBLE, DEFAULT_WIDTHS, MODEL_COLUMNS, title
from .filter_bar import FilterBar
from .model import DUE_COLOUR, OVERDUE_COLOUR, RegisterTableModel
from .query import QueryRunner

SETTINGS_GROUP = "register"


def filter_to_json(f: RegisterFilter) -> str:
    """The parts of a filter worth remembering between sessions."""
    return json.dumps(
        {
            "search": f.search,
            "kinds": sorted(f.kinds),
            "statuses": sorted(f.statuses),
            "deciding_body_id": f.deciding_body_id,
            "responsible_body_id": f.responsible_body_id,
            "theme_id": f.theme_id,
            "directions": f.directions,
            "date_field": f.date_field,
            "date_from": f.date_from.isoformat() if f.date_from else None,
            "date_to": f.date_to.isoformat() if f.date_to else None,
            "sort_key": f.sort_key,
            "descending": f.descending,
        }
    )


def filter_from_json(text: str) -> RegisterFilter:
    """Back from ``filter_to_json``; anything unreadable gives the default filter."""
    try:
        d = json.loads(text or "{}")
        f = RegisterFilter(
            search=str(d.get("search") or ""),
            kinds=frozenset(d.get("kinds") or ()),
            statuses=frozenset(d.get("statuses") or ()),
            deciding_body_id=d.get("deciding_body_id"),
            responsible_body_id=d.get("responsible_body_id"),
            theme_id=d.get("theme_id"),
            directions=int(d.get("directions") or 0),
            date_field=str(d.get("date_field") or "next_review_date"),
            date_from=date.fromisoformat(d["date_from"]) if d.get("date_from") else None,
            date_to=date.fromisoformat(d["date_to"]) if d.get("date_to") else None,
            sort_key=str(d.get("sort_key") or "next_review_date"),
            descending=bool(d.get("descending")),
        )
    except (ValueError, TypeError, AttributeError):
        return RegisterFilter()
    if f.sort_key not in MODEL_COLUMNS:
        f.sort_key = "next_review_date"
    return f


class RegisterView(QWidget):
    """The register table with its filter bar."""

    entry_activated = Signal(int)
    counts_changed = Signal()  # rows shown changed
    totals_ready = Signal(object)  # {"total", "overdue", "due"} after a reload
    selection_changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, lang: str = "sv") -> None:
        super().__init__(parent)
        self.lang = lang
        self.model = RegisterTableModel(self, lang=lang)
        self.runner = QueryRunner(self)
        self.runner.finished.connect(self._query_finished)
        self.runner.failed.connect(self._query_failed)
        self.runner.busy_changed.connect(self.busy_changed)
        self.runner.totals_ready.connect(self.totals_ready)
        self._sort = RegisterFilter()  # holds only sort_key / descending

        self.filter_bar = FilterBar(self, lang=lang)
        self.filter_bar.filter_changed.connect(self.run_query)
        self.filter_bar.search.returnPressed.connect(self._search_return)

        self.table = QTableView(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(False)  # row colours carry meaning here
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (tab order)
        # The headers get selection models of their own: given the table's, the
        # horizontal header asks isColumnSelected() while painting, which walks every
        # selected row - Ctrl+A on 100,000 rows took 9 s instead of 40 ms.
        self._header_selections = [QItemSelectionModel(self.model, self) for _ in range(2)]
        self.table.horizontalHeader().setSelectionModel(self._header_selections[0])
        self.table.verticalHeader().setSelectionModel(self._header_selections[1])
        vheader = self.table.verticalHeader()
        vheader.setVisible(False)
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.reset_columns()
        header.sortIndicatorChanged.connect(self._sort_clicked)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        self.model.modelReset.connect(self.counts_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._legend())
        self.setFocusProxy(self.filter_bar.search)
        self.filter_bar.search.installEventFilter(self)
        bar = self.filter_bar
        order = [
            bar.search,
            bar.kind,
            bar.status,
            bar.clear_button,
            bar.deciding,
            bar.responsible,
            bar.theme,
            bar.direction,
            bar.date_field,
            bar.date_from,
            bar.date_to,
            self.table,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Down arrow in the search field moves into the table (keyboard-only use)."""
        if (
            watched is self.filter_bar.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and self.model.rowCount()
        ):
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addStretch(1)
        for colour, text in (
            (OVERDUE_COLOUR.name(), self.tr("Review overdue")),
            (DUE_COLOUR.name(), self.tr("Review due soon")),
            (None, self.tr("Grey: terminated, expired or archived")),
        ):
            if colour:
                swatch = QLabel(self)
                swatch.setFixedSize(14, 14)
                swatch.setStyleSheet(f"background:{colour}; border:1px solid #b9b9b9;")
                row.addWidget(swatch)
            note = QLabel(text, self)
            note.setStyleSheet("color:#555;")
            row.addWidget(note)
            row.addSpacing(10)
        return row

    # ------------------------------------------------------------------ queries

    def current_filter(self) -> RegisterFilter:
        """What the user asked for (even while its query still runs)."""
        return self.filter_bar.filter(self._sort)

    def set_filter(self, f: RegisterFilter, wait: bool = False) -> None:
        self._sort.sort_key, self._sort.descending = f.sort_key, f.descending
        self._show_sort()
        self.filter_bar.set_filter(f)
        self.run_query(wait=wait)

    def run_query(self, wait: bool = False, totals: bool = False) -> None:
        """Query for the current filter; in the background unless ``wait``.

        ``totals``: also count the register for the status bar (``totals_ready``).
        """
        f = self.current_filter()
        if wait:
            self.runner.wait()
            self.model.set_filter(f)
            if totals:
                from .query import register_totals

                self.totals_ready.emit(register_totals())
        else:
            self.runner.request(f, self.model.today(), totals=totals)

    def reload(self, wait: bool = False) -> None:
        """Forget cached rows, query again and recount (F5, after a save elsewhere)."""
        self.filter_bar.reload_choices()
        self.model._cache.clear()
        self.run_query(wait=wait, totals=True)

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    def _query_finished(self, f: RegisterFilter, ids: list[int], rows: dict) -> None:
        selected = self.selected_entry_ids()
        current = self.current_entry_id()
        self.model.apply_result(f, ids, rows)
        self._reselect(selected, current)

    def _query_failed(self, exc: BaseException) -> None:
        from desktop_app.ui.errors import show_error

        show_error(self, exc)

    def _sort_clicked(self, section: int, order: Qt.SortOrder) -> None:
        if not 0 <= section < len(MODEL_COLUMNS):
            return
        self._sort.sort_key = MODEL_COLUMNS[section]
        self._sort.descending = order == Qt.SortOrder.DescendingOrder
        self.run_query()

    def _show_sort(self) -> None:
        header = self.table.horizontalHeader()
        section = self.model.column_index(self._sort.sort_key)
        order = (
            Qt.SortOrder.DescendingOrder if self._sort.descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(True)
        header.setSortIndicator(section, order)
        header.blockSignals(False)

    def _search_return(self) -> None:
        self.filter_bar.flush()
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    # ------------------------------------------------------------------ selection

    def selected_rows(self) -> list[int]:
        """Selected row numbers in order, read from the selection's ranges (Ctrl+A on
        100,000 rows is one range, not 100,000 index objects)."""
        count = self.model.rowCount()
        rows: set[int] = set()
        for selection_range in self.table.selectionModel().selection():
            rows.update(range(selection_range.top(), min(selection_range.bottom() + 1, count)))
        return sorted(rows)

    def selected_entry_ids(self) -> list[int]:
        ids = self.model._ids
        return [ids[r] for r in self.selected_rows()]

    def current_entry_id(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid() and index.row() < self.model.rowCount():
            return self.model.entry_id(index.row())
        ids = self.selected_entry_ids()
        return ids[0] if ids else None

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _reselect(self, ids: list[int], current: int | None) -> None:
        if not ids:
            return
        wanted = set(ids)
        selection = self.table.selectionModel()
        first = None
        positions = (
            [r for r, i in enumerate(self.model._ids) if i in wanted] if len(wanted) < 50 else []
        )
        for row in positions:
            selection.select(
                self.model.index(row, 0),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )
            first = row if first is None else first
        if current is not None:
            row = self.model.row_of(current)
            if row >= 0:
                selection.setCurrentIndex(
                    self.model.index(row, 0), selection.SelectionFlag.NoUpdate
                )

    def _activated(self, index) -> None:
        if index.isValid():
            self.entry_activated.emit(self.model.entry_id(index.row()))

    # ------------------------------------------------------------------ columns

    def visible_columns(self) -> list[str]:
        """RegisterRow field names of the shown columns, in the order on screen."""
        header = self.table.horizontalHeader()
        names = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                names.append(MODEL_COLUMNS[logical])
        return names

    def set_visible_columns(self, names: list[str]) -> None:
        """Show exactly ``names`` in that order; the other columns follow hidden."""
        header = self.table.horizontalHeader()
        order = [n for n in names if n in MODEL_COLUMNS]
        order += [n for n in MODEL_COLUMNS if n not in order]
        for visual, name in enumerate(order):
            logical = MODEL_COLUMNS.index(name)
            header.moveSection(header.visualIndex(logical), visual)
            header.setSectionHidden(logical, name not in names)
        if not any(not header.isSectionHidden(i) for i in range(header.count())):
            header.setSectionHidden(MODEL_COLUMNS.index("title"), False)

    def reset_columns(self) -> None:
        header = self.table.horizontalHeader()
        for i, name in enumerate(MODEL_COLUMNS):
            header.resizeSection(i, DEFAULT_WIDTHS.get(name, 110))
        self.set_visible_columns(list(DEFAULT_VISIBLE))

    def _header_menu(self, pos) -> None:
        menu = self.column_menu(self)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def column_menu(self, parent: QWidget) -> QMenu:
        """Check a column to show it (the header's context menu)."""
        menu = QMenu(self.tr("Columns"), parent)
        header = self.table.horizontalHeader()
        for logical, name in enumerate(MODEL_COLUMNS):
            action = QAction(title(name), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(logical))
            action.toggled.connect(lambda on, i=logical: self._toggle_column(i, on))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Restore default columns"), self.reset_columns)
        return menu

    def _toggle_column(self, logical: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        if not shown and len(self.visible_columns()) <= 1:
            return  # keep at least one column
        header.setSectionHidden(logical, not shown)

    # ------------------------------------------------------------------ settings

    def save_state(self, settings: QSettings) -> None:
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("header", self.table.horizontalHeader().saveState())
        settings.setValue("columns", ",".join(self.visible_columns()))
        settings.setValue("filter", filter_to_json(self.current_filter()))
        settings.endGroup()

    def restore_state(self, settings: QSettings) -> RegisterFilter:
        """Columns and sort from the settings; returns the remembered filter (not run)."""
        settings.beginGroup(SETTINGS_GROUP)
        header_state = settings.value("header")
        columns = settings.value("columns")
        f = filter_from_json(str(settings.value("filter") or ""))
        settings.endGroup()
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        try:
            if isinstance(header_state, QByteArray) and not header_state.isEmpty():
                header.restoreState(header_state)
            if columns:
                self.set_visible_columns([c for c in str(columns).split(",") if c])
        finally:
            header.blockSignals(False)
        self._sort.sort_key, self._sort.descending = f.sort_key, f.descending
        self._show_sort()
        self.filter_bar.set_filter(f)
        return f
