"""Reviews due (R3): what is overdue and what falls due within the lead time.

Top: a tree grouped by month ("Overdue (n)" first), so a registrar can plan
the next months' renewal memos. Bottom: the timeline picture of the same
entries (or of every live entry), to see at a glance what runs, what ends
and what is late. Both views select together; double-click opens the entry.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
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
from desktop_app.services import catalog, overview
from desktop_app.services.register import RegisterRow
from desktop_app.ui.errors import show_error, ui_language
from desktop_app.ui.widgets.timeline import (
    DUE_COLOR,
    OVERDUE_COLOR,
    TimelineLegend,
    TimelineWidget,
)

ENTRY_ROLE = Qt.ItemDataRole.UserRole
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # "overdue" or "YYYY-MM" on group rows
TIMELINE_LIMIT = 500  # the "all live entries" picture: more bars are unreadable

COL_CASE, COL_TITLE, COL_KIND, COL_BODY, COL_NEXT, COL_DAYS = range(6)


class ReviewsDuePage(QWidget):
    """Overdue and upcoming reviews, grouped by month, with the timeline."""

    open_entry_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = ui_language()
        self._rows: list[RegisterRow] = []
        self._items: dict[int, QTreeWidgetItem] = {}

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
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_CASE, 170), (COL_KIND, 130), (COL_BODY, 110)):
            self.tree.setColumnWidth(col, width)
        self.tree.setColumnWidth(COL_NEXT, 130)
        self.tree.setColumnWidth(COL_DAYS, 140)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.itemDoubleClicked.connect(self._on_item_activated)
        self.tree.currentItemChanged.connect(self._on_current_changed)

        self.timeline = TimelineWidget()
        self.timeline.set_language(self._lang)
        self.timeline.entry_selected.connect(self._select_in_tree)
        self.timeline.entry_activated.connect(self.open_entry_requested)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.timeline)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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

    def reload(self) -> None:
        """Query the due and overdue entries again and rebuild both views."""
        today = date.today()
        try:
            self._rows = overview.due_rows(today)
            lead = catalog.lead_days()
        except Exception as exc:  # noqa: BLE001 - shown as a dialog, never a traceback
            show_error(self, exc)
            return
        self._fill_tree(today)
        overdue = sum(1 for r in self._rows if (overview.days_left(r, today) or 0) < 0)
        due = len(self._rows) - overdue
        parts = [self.tr("<b>%n overdue</b>", "", overdue), self.tr("%n due", "", due)]
        self.summary.setText(
            self.tr("{parts} within the lead time of {lead} days (today {today}).").format(
                parts=self.tr(" and ").join(parts), lead=lead, today=today.isoformat()
            )
        )
        self._reload_timeline()

    def _reload_timeline(self) -> None:
        today = date.today()
        if self.show_all.isChecked():
            try:
                rows = overview.due_rows(today, include_live=True, limit=TIMELINE_LIMIT)
            except Exception as exc:  # noqa: BLE001
                show_error(self, exc)
                return
            note = (
                self.tr("The first {0} live entries by next review.").format(TIMELINE_LIMIT)
                if len(rows) >= TIMELINE_LIMIT
                else self.tr("%n live entries", "", len(rows))
            )
        else:
            rows = self._rows
            note = self.tr("%n entries", "", len(rows))
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
        selected = self.selected_entry_id()
        self.tree.clear()
        self._items.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for key, rows in overview.group_by_month(self._rows, today):
            group = QTreeWidgetItem([self._group_title(key, len(rows))])
            group.setData(0, GROUP_ROLE, key)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if key == overview.OVERDUE_GROUP:
                group.setForeground(0, QBrush(OVERDUE_COLOR))
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for row in rows:
                group.addChild(self._entry_item(row, today))
            group.setExpanded(True)
        if selected in self._items:
            self.tree.setCurrentItem(self._items[selected])

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
        """What the tree shows: (group key, group title, case numbers) in order."""
        result = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            cases = [item.child(j).text(COL_CASE) for j in range(item.childCount())]
            result.append((item.data(0, GROUP_ROLE), item.text(0), cases))
        return result

    def selected_entry_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, ENTRY_ROLE) if item is not None else None
        return int(value) if value else None

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        value = item.data(0, ENTRY_ROLE)
        if value:
            self.open_entry_requested.emit(int(value))

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        value = current.data(0, ENTRY_ROLE) if current is not None else None
        if value:
            self.timeline.select(int(value))
            index = next((i for i, r in enumerate(self.timeline.rows()) if r.id == value), None)
            if index is not None:
                self.scroll.ensureVisible(0, self.timeline.row_top(index) + 12, 0, 40)

    def _select_in_tree(self, entry_id: int) -> None:
        item = self._items.get(entry_id)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
