"""Reviews due (R3): what is overdue and what falls due within the lead time.

Top: a tree grouped by month ("Overdue (n)" first), so a registrar can plan
the next months' renewal memos. Bottom: the timeline picture of the same
entries (or of every live entry), to see at a glance what runs, what ends
and what is late. Both views select together; double-click opens the entry,
and the window's entry actions and context menu act on the highlighted one.

The list is read on the window's runner (lane ``reviews_due``): at 100,000
entries it can hold thousands of rows. It is read again only for a change
notice that concerns it (entries, bodies' names, the lead time) or F5, never
because something else finished.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import label
from desktop_app.services import overview
from desktop_app.services.register import RegisterRow
from desktop_app.ui.changes import BODIES, SETTINGS, ChangeNotice
from desktop_app.ui.errors import ui_language
from desktop_app.ui.pages.base import Page
from desktop_app.ui.runner import Job, runner
from desktop_app.ui.widgets.timeline import DUE_COLOR, OVERDUE_COLOR, TimelineWidget
from desktop_app.ui.widgets.timeline_legend import TimelineLegend

ENTRY_ROLE = Qt.ItemDataRole.UserRole
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # "overdue" or "YYYY-MM" on group rows
TIMELINE_LIMIT = 500  # bars in the picture: more are unreadable
LANE = "reviews_due"
TREE_BUDGET = 400  # tree items built at once; later groups fill when opened

COL_CASE, COL_TITLE, COL_KIND, COL_BODY, COL_NEXT, COL_DAYS = range(6)


class ReviewsDuePage(Page):
    """Overdue and upcoming reviews, grouped by month, with the timeline."""

    has_entries = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = ui_language()
        self._today = date.today()
        self._rows: list[RegisterRow] = []
        self._groups: list[tuple[str, list[RegisterRow]]] = []
        self._items: dict[int, QTreeWidgetItem] = {}
        self._group_items: dict[str, QTreeWidgetItem] = {}
        self._group_of: dict[int, str] = {}
        self._pending: dict[str, list[RegisterRow]] = {}
        self._live: list[RegisterRow] | None = None  # every live entry, for "show all"

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.show_all = QCheckBox(self.tr("Show all &live entries in the timeline"))
        self.show_all.setToolTip(
            self.tr("Off: the timeline shows the entries listed above. On: every live entry.")
        )
        self.show_all.toggled.connect(self._reload_timeline)
        reload_button = QPushButton(self.tr("&Refresh"))
        reload_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_all)
        top.addWidget(reload_button)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels(
            [
                self.tr("Case number"),
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Deciding body"),
                self.tr("Next review"),
                self.tr("Days left"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setObjectName("reviewsDueTree")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_CASE, 170), (COL_KIND, 130), (COL_BODY, 110)):
            self.tree.setColumnWidth(col, width)
        self.tree.setColumnWidth(COL_NEXT, 130)
        self.tree.setColumnWidth(COL_DAYS, 140)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemExpanded.connect(self._on_item_expanded)

        self.timeline = TimelineWidget()
        self.timeline.set_language(self._lang)
        self.timeline.entry_selected.connect(self._select_in_tree)
        self.timeline.entry_activated.connect(self.open_entry_requested)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.timeline)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Repaint the whole visible picture on scroll so the year axis stays on top.
        self.scroll.verticalScrollBar().valueChanged.connect(self.timeline.update)
        self.timeline_note = QLabel()
        self.timeline_note.setStyleSheet("color: #666")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        legend_row = QHBoxLayout()
        legend_row.addWidget(TimelineLegend(lang=self._lang), 1)
        legend_row.addWidget(self.timeline_note)
        lower_layout.addLayout(legend_row)
        lower_layout.addWidget(self.scroll, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([280, 520])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        """Read the due and overdue entries (and the timeline's rows) on the runner.

        The due list can run to thousands of rows (1-2 s at 20,000), so it is
        read and grouped off the UI thread and shown when it arrives; a newer
        load makes an older result obsolete (latest only).
        """
        if not self._rows:
            self.summary.setText(self.tr("Reading reviews due…"))
        show_all = self.show_all.isChecked()

        def read(_control):
            data = overview.due_overview()
            live = (
                overview.due_rows(data.today, include_live=True, limit=TIMELINE_LIMIT)
                if show_all
                else None
            )
            return data, live

        runner().submit(Job(read, lane=LANE, latest_only=True, parent=self, on_done=self._show))

    def concerns(self, notice: ChangeNotice) -> bool:
        return notice.touches_entries() or notice.touches(BODIES, SETTINGS)

    def _show(self, result: tuple) -> None:
        data, live = result
        self._rows = data.rows
        self._groups = data.groups
        self._fill_tree(data.today)
        parts = [
            self.tr("<b>%n overdue</b>", "", data.overdue),
            self.tr("%n due", "", data.due),
        ]
        self.summary.setText(
            self.tr("{parts} within the lead time of {lead} days (today {today}).").format(
                parts=self.tr(" and ").join(parts),
                lead=data.lead_days,
                today=data.today.isoformat(),
            )
        )
        self._live = live
        self._show_timeline()
        self.loaded.emit()

    def _reload_timeline(self) -> None:
        """The "show all" box changed: read the live entries, or show the listed ones."""
        if not self.show_all.isChecked():
            self._show_timeline()
            return
        today = date.today()
        runner().submit(
            Job(
                lambda _control: overview.due_rows(today, include_live=True, limit=TIMELINE_LIMIT),
                lane=LANE + "_timeline",
                latest_only=True,
                parent=self,
                on_done=self._live_read,
            )
        )

    def _live_read(self, rows: list[RegisterRow]) -> None:
        self._live = rows
        self._show_timeline()

    def _show_timeline(self) -> None:
        today = date.today()
        if self.show_all.isChecked() and self._live is not None:
            rows = self._live
            note = (
                self.tr("The first {0} live entries by next review.").format(TIMELINE_LIMIT)
                if len(rows) >= TIMELINE_LIMIT
                else self.tr("%n live entries", "", len(rows))
            )
        else:
            rows = self._rows[:TIMELINE_LIMIT]
            note = (
                self.tr("The first {0} of {1} entries.").format(TIMELINE_LIMIT, len(self._rows))
                if len(self._rows) > TIMELINE_LIMIT
                else self.tr("%n entries", "", len(rows))
            )
        self.timeline.set_rows(rows, today)
        self.timeline_note.setText(note)
        current = self.tree.currentItem()
        if current is not None and current.data(0, ENTRY_ROLE):
            self.timeline.select(int(current.data(0, ENTRY_ROLE)))

    def _group_title(self, key: str, count: int) -> str:
        if key == overview.OVERDUE_GROUP:
            return self.tr("Overdue (%n)", "", count)
        year, month = (int(part) for part in key.split("-"))
        locale = QLocale(
            QLocale.Language.Swedish if self._lang == "sv" else QLocale.Language.English
        )
        return f"{key} – {locale.standaloneMonthName(month)} {year} ({count})"

    def _fill_tree(self, today: date) -> None:
        """Groups at once; their entries up to a budget, the rest when a group opens.

        Building 20,000 tree items takes seconds; nobody reads them all. The
        first groups (overdue, the next months) are filled and expanded until
        ``TREE_BUDGET`` items exist; later groups show their count and fill
        themselves when expanded.
        """
        selected = self.selected_entry_id()
        self.tree.clear()
        self._items.clear()
        self._pending.clear()
        self._group_items.clear()
        self._group_of.clear()
        self._today = today
        bold = QFont(self.tree.font())
        bold.setBold(True)
        budget = TREE_BUDGET
        for key, rows in self._groups:
            group = QTreeWidgetItem([self._group_title(key, len(rows))])
            group.setData(0, GROUP_ROLE, key)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if key == overview.OVERDUE_GROUP:
                group.setForeground(0, QBrush(OVERDUE_COLOR))
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            self._group_items[key] = group
            for row in rows:
                self._group_of[row.id] = key
            if len(rows) <= budget:
                budget -= len(rows)
                group.addChildren([self._entry_item(row, today) for row in rows])
                group.setExpanded(True)
            else:
                budget = 0
                self._pending[key] = rows
                group.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        if selected is not None:
            self._select_in_tree(selected)

    def _on_item_expanded(self, group: QTreeWidgetItem) -> None:
        rows = self._pending.pop(group.data(0, GROUP_ROLE), None)
        if rows:
            group.addChildren([self._entry_item(row, self._today) for row in rows])

    def _entry_item(self, row: RegisterRow, today: date) -> QTreeWidgetItem:
        days = overview.days_left(row, today) or 0
        if days < 0:
            days_text = self.tr("%n days overdue", "", -days)
        elif days == 0:
            days_text = self.tr("today")
        else:
            days_text = self.tr("in %n days", "", days)
        item = QTreeWidgetItem(
            [
                row.case_number,
                row.title,
                label(row.kind, self._lang),
                row.deciding_body,
                row.next_review_date.isoformat() if row.next_review_date else "",
                days_text,
            ]
        )
        item.setData(0, ENTRY_ROLE, row.id)
        item.setToolTip(COL_TITLE, row.title)
        item.setTextAlignment(COL_DAYS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        color = OVERDUE_COLOR if days < 0 else QColor(DUE_COLOR).darker(130)
        item.setForeground(COL_DAYS, QBrush(color))
        item.setForeground(COL_NEXT, QBrush(color))
        self._items[row.id] = item
        return item

    # ------------------------------------------------------------ selection

    def groups(self) -> list[tuple[str, str, list[str]]]:
        """What the tree holds: (group key, group title, case numbers) in order."""
        return [
            (key, self._group_items[key].text(0), [r.case_number for r in rows])
            for key, rows in self._groups
        ]

    def selected_entry_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, ENTRY_ROLE) if item is not None else None
        return int(value) if value else None

    def selected_entry_ids(self) -> list[int]:
        entry_id = self.selected_entry_id()
        return [entry_id] if entry_id is not None else []

    def current_entry_id(self) -> int | None:
        return self.selected_entry_id()

    def select_entry(self, entry_id: int) -> bool:
        self._select_in_tree(entry_id)
        return self.selected_entry_id() == entry_id

    def entry_views(self) -> list[QWidget]:
        return [self.tree, self.timeline]

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        value = item.data(0, ENTRY_ROLE)
        if value:
            self.open_entry_requested.emit(int(value))

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        value = current.data(0, ENTRY_ROLE) if current is not None else None
        self.selection_changed.emit()
        if value:
            self.timeline.select(int(value))
            index = next((i for i, r in enumerate(self.timeline.rows()) if r.id == value), None)
            if index is not None:
                self.scroll.ensureVisible(0, self.timeline.row_top(index) + 12, 0, 40)

    def _select_in_tree(self, entry_id: int) -> None:
        key = self._group_of.get(entry_id)
        if entry_id not in self._items and key in self._group_items:
            self._group_items[key].setExpanded(True)  # fills a lazy group
        item = self._items.get(entry_id)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
