"""The Register section: filter bar, the table and a colour legend.

The view owns the model and runs its queries on the window's one runner
(``ui.runner``, lane ``register``, latest request wins), so typing never
waits for SQL: at 100,000 entries a search for one or two letters scans the
table for a few hundred milliseconds while the user keeps typing, and only the
newest request's result is shown. Header clicks sort by a new query; the
header is movable (column order) and its context menu chooses the visible
columns. ``save_state``/``restore_state`` keep columns, sort and the last
filter in QSettings. As a ``Page`` it refreshes for a write's change notice:
only changed rows are forgotten, and an entry just created is selected alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.register_types import RegisterFilter, RegisterRow
from desktop_app.ui.changes import BODIES, COUNTERPARTIES, SETTINGS, THEMES, ChangeNotice
from desktop_app.ui.pages.base import Page
from desktop_app.ui.runner import Job, runner
from desktop_app.ui.widgets.row_keys import install_row_keys
from desktop_app.ui.widgets.viewport import give_own_viewport

from .columns import COMPUTED, DEFAULT_VISIBLE, DEFAULT_WIDTHS, MODEL_COLUMNS, title
from .filter_bar import FilterBar
from .head_start import LANE, open_now, take_head_start
from .model import DUE_COLOUR, OVERDUE_COLOUR, RegisterTableModel
from .queries import query_register, query_rest, register_totals
from .saved_filter import SETTINGS_GROUP, filter_to_json, saved_filter

TITLE_MARGIN = 30  # the header's padding and its sort arrow beside the title
REST_LANE = "register-rest"  # every id after the first screen, and the counts
# After a search the rest waits for a pause in typing: reading 100,000 ids takes
# Python's lock and a core for a while, and the next keystroke's first screen
# must not wait for them.
REST_DELAY_MS = 250
# Otherwise the rest waits for the first screen's paint (issue 19: at the start,
# reading 100,000 ids beside the paint held Python's lock and the window's first
# rows waited for it). A view that is not on screen never paints: it waits this long.
PAINT_WAIT_MS = 150


class EmptyState(QFrame):
    """Said over an empty list: why it is empty, and a way out (clear the filters)."""

    def __init__(self, viewport: QWidget, clear) -> None:
        super().__init__(viewport)
        self.setObjectName("emptyState")
        self.label = QLabel(self)
        self.label.setObjectName("emptyReason")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color:#444; font-size:11pt;")
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(clear)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        viewport.installEventFilter(self)
        self.hide()

    def show_reason(self, text: str, filtered: bool) -> None:
        self.label.setText(text)
        self.clear_button.setVisible(filtered)
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        area = self.parentWidget().rect()
        width = min(520, max(200, area.width() - 40))
        self.resize(width, self.heightForWidth(width) if self.hasHeightForWidth() else 120)
        self.adjustSize()
        self.resize(width, self.sizeHint().height())
        self.move((area.width() - width) // 2, max(20, area.height() // 4))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


class RegisterView(Page):
    """The register table with its filter bar."""

    entry_activated = Signal(int)
    counts_changed = Signal()  # rows shown changed
    totals_ready = Signal(object)  # {"total", "overdue", "due"} after a reload
    busy_changed = Signal(bool)
    screen_painted = Signal()  # a result's first screen was painted (or the wait ran out)

    has_entries = True

    def __init__(
        self, parent: QWidget | None = None, lang: str = "sv", choices: bool = True
    ) -> None:
        """``choices=False``: the filter bar reads the bodies and themes later."""
        super().__init__(parent)
        self._loaded = True  # the window runs the first query itself
        self.lang = lang
        self.model = RegisterTableModel(self, lang=lang)
        self._sort = RegisterFilter()  # holds only sort_key / descending
        self._busy = False
        self._totals_wanted = False  # a superseded request's wish for counts stays
        self._select_next: int | None = None  # an entry just created: select it alone
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.timeout.connect(self._run_rest)
        self._rest_job: Job | None = None
        self._rest_on_paint = False  # the rest waits for the paint of the first screen
        self._complete = False  # the model holds every id of its filter (the count is exact)
        self._paint_wait = QTimer(self)
        self._paint_wait.setSingleShot(True)
        self._paint_wait.timeout.connect(self._painted)
        self.entry_activated.connect(self.open_entry_requested)

        self.filter_bar = FilterBar(self, lang=lang, choices=choices)
        self.filter_bar.filter_changed.connect(self.run_query)
        self.filter_bar.search.returnPressed.connect(self._search_return)

        self.table = QTableView(self)
        give_own_viewport(self.table)  # read at every result (widgets.viewport)
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
        install_row_keys(self.table)  # Home/End/PgUp/PgDn move the highlight and selection
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
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        self.model.modelReset.connect(self.counts_changed)
        self.model.rowsInserted.connect(self.counts_changed)
        self._total: int | None = None  # entries in the register (for the empty state)
        self.empty_state = EmptyState(self.table.viewport(), self.filter_bar.clear)
        self.model.modelReset.connect(self._update_empty_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._legend())
        self.setFocusProxy(self.filter_bar.search)
        self.filter_bar.search.installEventFilter(self)
        order = [*self.filter_bar.tab_chain(), self.table]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Down arrow in the search field moves into the table (keyboard-only use);
        the table's paint after a result (see ``_wait_for_paint``)."""
        if event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            self._paint_wait.start(0)  # runs when this paint is done
            return False
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

    def set_filter(self, f: RegisterFilter, wait: bool = False, totals: bool = False) -> None:
        self._sort.sort_key, self._sort.descending = f.sort_key, f.descending
        self._show_sort()
        self.filter_bar.set_filter(f)
        self.run_query(wait=wait, totals=totals)

    def run_query(self, wait: bool = False, totals: bool = False) -> None:
        """Query for the current filter; in the background unless ``wait``.

        ``totals``: also count the register for the status bar (``totals_ready``).
        """
        f = self.current_filter()
        head = None if wait else take_head_start(f, self.model.today())
        if head is None and not open_now():
            return  # the register did not open (said, and the window is closing)
        if wait:
            runner().wait_idle()
            self._complete = True  # the model reads every id itself
            self.model.set_filter(f)
            if totals:
                self.totals_ready.emit(register_totals())
            return
        self._totals_wanted = totals or self._totals_wanted
        self._rest_timer.stop()  # a new question: the old one's rest is not wanted
        self._rest_on_paint = False
        today = self.model.today()
        if head is not None:  # the start asked this already (start_first_screen)
            head.handle.job.parent = self  # a read for this view, dropped if it is gone
            head.adopt(self._query_finished, self._query_failed)
            handle = head.handle
        else:
            handle = runner().submit(
                Job(
                    lambda _control: query_register(f, today),
                    lane=LANE,
                    latest_only=True,
                    parent=self,
                    on_done=self._query_finished,
                    on_failed=self._query_failed,
                )
            )
        if handle is not None:
            self._set_busy(True)

    def load(self) -> None:
        """Forget cached rows, query again and recount (F5)."""
        self.filter_bar.reload_choices()
        self.model.forget()
        self.run_query(totals=True)

    def reload(self, wait: bool = False) -> None:
        """Everything read again: choices, rows, counts (F5)."""
        if not wait:
            super().reload()
            return
        self.filter_bar.reload_choices()
        self.model.forget()
        self.run_query(wait=True, totals=True)

    def concerns(self, notice: ChangeNotice) -> bool:
        return notice.touches_entries() or notice.touches(BODIES, THEMES, COUNTERPARTIES, SETTINGS)

    def refresh_for(self, notice: ChangeNotice) -> None:
        """Query again; forget only the rows the write changed (names shown in every
        row change with a body, theme or counterparty, and colours with the lead time)."""
        if notice.touches(BODIES, THEMES):
            self.filter_bar.reload_choices()
        if notice.all_entries or notice.touches(BODIES, THEMES, COUNTERPARTIES, SETTINGS):
            self.model.forget()
        else:
            self.model.forget(notice.entries)
        if len(notice.created) == 1:
            self._select_next = next(iter(notice.created))
        self.run_query(totals=True)

    def notice_changed(self, notice: ChangeNotice) -> None:
        """The register is loaded from the start; a created entry is selected even
        when the notice arrives while another page is shown."""
        if self.concerns(notice) and not self.isVisible():
            if len(notice.created) == 1:
                self._select_next = next(iter(notice.created))
            self.model.forget(None if notice.all_entries else notice.entries)
        super().notice_changed(notice)

    def is_busy(self) -> bool:
        return runner().is_busy(LANE)

    def rest_pending(self) -> bool:
        """The rest of the ids (or the counts) is still to be asked for: it waits for
        the first screen's paint or for a pause in typing."""
        return self._rest_job is not None and (self._rest_timer.isActive() or self._rest_on_paint)

    def count_known(self) -> bool:
        """Every id of the filter is in the model, so its row count is the number of
        entries found; after a first screen alone the rest is still being counted."""
        return self._complete

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _query_finished(self, result: tuple | None) -> None:
        if result is None:  # the start's first screen was not read (services.first_screen)
            if open_now():
                self.run_query()  # the services ask (and say what is wrong)
            return
        f, ids, rows, complete, lead, marked = result
        selected = self.selected_entry_ids()
        current = self.current_entry_id()
        self._complete = complete  # before the reset: the status bar reads it
        self.model.apply_result(f, ids, rows, lead, marked)
        created, self._select_next = self._select_next, None
        if created is not None and self.model.row_of(created) >= 0:
            self.select_entry(created)
        else:
            self._reselect(selected, current)
        if not complete or self._totals_wanted:
            # The rest (and the counts) follow when typing pauses; the first screen
            # is shown already.
            totals, today = self._totals_wanted, self.model.today()
            restore = (created, selected, current)
            self._rest_job = Job(
                lambda _control: query_rest(f, today, not complete, totals),
                lane=REST_LANE,
                latest_only=True,
                parent=self,
                on_done=lambda rest: self._rest_finished(rest, restore),
                on_failed=self._query_failed,
            )
            if f.search and not complete:
                self._rest_timer.start(REST_DELAY_MS)  # typing: wait for a pause
            else:
                self._rest_on_paint = True
        self._update_empty_state()
        self._set_busy(self.is_busy())
        self._wait_for_paint()
        self.loaded.emit()

    def _wait_for_paint(self) -> None:
        """Watch the table for its next paint; ``_painted`` follows it (or the wait)."""
        if not self._paint_wait.isActive():
            self.table.viewport().installEventFilter(self)
        self._paint_wait.start(PAINT_WAIT_MS)

    def _painted(self) -> None:
        self.table.viewport().removeEventFilter(self)
        if not open_now():  # the start's register, opened once its first rows are painted
            return
        if self._rest_on_paint:
            self._rest_on_paint = False
            self._run_rest()
        self.screen_painted.emit()

    def after_next_screen(self, fn: Callable[[], object]) -> None:
        """Call ``fn`` once, when the next screen is painted (``screen_painted``);
        callers are called in the order they asked."""

        def once() -> None:
            self.screen_painted.disconnect(once)
            fn()

        self.screen_painted.connect(once)

    def _run_rest(self) -> None:
        job, self._rest_job = self._rest_job, None
        if job is not None:
            runner().submit(job)

    def _rest_finished(self, result: tuple, restore: tuple) -> None:
        f, ids, totals = result
        if ids is not None and self.model.extend_result(f, ids):
            self._complete = True
            self.counts_changed.emit()  # the count is exact now (rows inserted or not)
            created, selected, current = restore
            if created is not None and self.model.row_of(created) >= 0:
                self.select_entry(created)
            elif not self.selected_entry_ids():
                self._reselect(selected, current)
        if totals is not None:
            self._totals_wanted = False  # the wish stays until counts are shown
            self._total = int(totals.get("total", 0))
            self.totals_ready.emit(totals)
        self._update_empty_state()

    def _query_failed(self, exc: BaseException) -> None:
        from desktop_app.ui.errors import show_error

        self._set_busy(self.is_busy())
        self._wait_for_paint()  # what waits for the first screen waits no longer
        show_error(self, exc)

    def _sort_clicked(self, section: int, order: Qt.SortOrder) -> None:
        if not 0 <= section < len(MODEL_COLUMNS):
            return
        if MODEL_COLUMNS[section] in COMPUTED:  # the findings: not sortable in SQL
            self._show_sort()
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

    # ------------------------------------------------------------------ empty state

    def empty_reason(self) -> str:
        """Why the list is empty, in the words of the filter bar."""
        bar = self.filter_bar
        if self._total == 0:
            return self.tr(
                "The register has no entries yet. Add one with New entry (Ctrl+N) "
                "or import an Excel register (File menu)."
            )
        f = bar.filter()
        used = []
        if f.kinds:
            used.append(self.tr("kind"))
        if f.statuses:
            used.append(self.tr("status"))
        if f.findings:
            used.append(self.tr("findings"))
        if f.deciding_body_id is not None:
            used.append(self.tr("deciding body"))
        if f.responsible_body_id is not None:
            used.append(self.tr("responsible"))
        if f.theme_id is not None:
            used.append(self.tr("theme"))
        if f.directions:
            used.append(self.tr("direction"))
        if f.date_from is not None or f.date_to is not None:
            used.append(self.tr("dates"))
        lines = []
        if f.search:
            lines.append(self.tr("No entries match the search “%1”.").replace("%1", f.search))
        if used:
            lines.append(
                self.tr("Filters in use: %1.").replace("%1", ", ".join(used))
                if f.search
                else self.tr("No entries match the filters in use: %1.").replace(
                    "%1", ", ".join(used)
                )
            )
        if not lines:
            lines.append(
                self.tr(
                    "No current entries: every entry is archived. "
                    "Choose Status: Archived to see them."
                )
            )
        return "\n".join(lines)

    def _update_empty_state(self) -> None:
        empty = self.model.rowCount() == 0 and not self.is_busy()
        if empty:
            self.empty_state.show_reason(self.empty_reason(), self.filter_bar.is_filtered())
        else:
            self.empty_state.hide()

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
        ids = self.model.ids_view()
        return [ids[r] for r in self.selected_rows()]

    def current_entry_id(self) -> int | None:
        """The highlighted row if it is selected, else the only selected one."""
        index = self.table.currentIndex()
        selection = self.table.selectionModel()
        if (
            index.isValid()
            and index.row() < self.model.rowCount()
            and selection.isRowSelected(index.row())
        ):
            return self.model.entry_id(index.row())
        ids = self.selected_entry_ids()
        return ids[0] if ids else None

    def known_rows(self, ids: list[int]) -> dict[int, RegisterRow]:
        rows = {}
        for entry_id in ids:
            row = self.model.row_of(entry_id)
            if row >= 0:
                rows[entry_id] = self.model.register_row(row)
        return rows

    def select_entry(self, entry_id: int) -> bool:
        """Select exactly ``entry_id`` (nothing else stays selected) and scroll to it."""
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag
        selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)
        return True

    def entry_views(self) -> list[QWidget]:
        return [self.table]

    def _reselect(self, ids: list[int], current: int | None) -> None:
        if not ids:
            return
        wanted = set(ids)
        selection = self.table.selectionModel()
        first = None
        positions = (
            [r for r, i in enumerate(self.model.ids_view()) if i in wanted]
            if len(wanted) < 50
            else []
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
        """Default widths, each at least its title's (in the user's language) and room for
        the sort arrow: no title is cut at any window size."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for i, name in enumerate(MODEL_COLUMNS):
            needed = metrics.horizontalAdvance(title(name)) + TITLE_MARGIN
            header.resizeSection(i, max(DEFAULT_WIDTHS.get(name, 110), needed))
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
        settings.setValue("more_filters", self.filter_bar.more_shown())
        settings.endGroup()

    def restore_state(self, settings: QSettings) -> RegisterFilter:
        """Columns and sort from the settings; returns the remembered filter (not run)."""
        f = saved_filter(settings)
        settings.beginGroup(SETTINGS_GROUP)
        header_state = settings.value("header")
        columns = settings.value("columns")
        more = str(settings.value("more_filters") or "false").lower() == "true"
        settings.endGroup()
        self.filter_bar.show_more(more)
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
