"""An entry's history: its reviews and every audit change, oldest first (R10).

Two tables: reviews (the decisions taken on the entry) and the audit trail
(who changed what, when, from which value to which). The trail is read by
the same service function as the History page (``overview.history_page``,
filtered to the entry, oldest first) and shown by the same renderer
(``ui.trail``): the same words, the same value display, local times.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import label
from desktop_app.services import entries, overview
from desktop_app.ui import trail
from desktop_app.ui.errors import ui_language

from .fields import Names

TRAIL_COLUMNS = ("time", "user", "action", "field", "old", "new", "details")


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class EntryHistoryWidget(QWidget):
    """Reviews and audit rows of one entry; ``set_entry`` (re)reads them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviews_label = QLabel(self.tr("<b>Reviews</b>"), self)
        self.reviews = _table(
            self,
            [
                self.tr("Review date"),
                self.tr("Outcome"),
                self.tr("Deciding body"),
                self.tr("Decision date"),
                self.tr("Case number"),
                self.tr("Note"),
            ],
        )
        self.changes_label = QLabel(self.tr("<b>Changes</b> (oldest first)"), self)
        self.changes = _table(self, [trail.column_title(c) for c in TRAIL_COLUMNS])
        for column, width in enumerate((140, 110, 150, 150, 150, 150)):
            self.changes.setColumnWidth(column, width)
        for column, width in enumerate((130, 90, 80, 100, 110)):
            self.reviews.setColumnWidth(column, width)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.reviews_label)
        top_layout.addWidget(self.reviews)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.changes_label)
        bottom_layout.addWidget(self.changes)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([140, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.entry_id: int | None = None

    def set_entry(self, entry_id: int, names: Names | None = None) -> None:
        """Read the entry's reviews and audit trail again and show them.

        ``names`` (bodies, themes) may be passed by a caller that has them
        already (the editor); otherwise they are read here.
        """
        self.entry_id = entry_id
        lang = ui_language()
        self._fill(
            self.reviews,
            [
                [
                    r.review_date.isoformat(),
                    label(r.outcome, lang),
                    r.deciding_body,
                    r.decision_date.isoformat() if r.decision_date else "",
                    r.case_number,
                    r.note,
                ]
                for r in entries.list_reviews(entry_id)
            ],
        )
        f = overview.HistoryFilter(entry_ids=(entry_id,), newest_first=False)
        events = overview.history_page(f, limit=100_000)
        references = _references(names) if names is not None else overview.reference_names()
        rows = []
        for event in events:
            texts = trail.row_texts(event, references, lang)
            rows.append([texts[c] for c in TRAIL_COLUMNS])
        self._fill(self.changes, rows)
        self.changes.scrollToBottom()  # oldest first, but the latest change in view

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def change_rows(self) -> list[list[str]]:
        """The change table as text (what a test or a copy action reads)."""
        return [
            [self.changes.item(r, c).text() for c in range(self.changes.columnCount())]
            for r in range(self.changes.rowCount())
        ]

    def review_rows(self) -> list[list[str]]:
        return [
            [self.reviews.item(r, c).text() for c in range(self.reviews.columnCount())]
            for r in range(self.reviews.rowCount())
        ]


def _references(names: Names) -> trail.Names:
    """The editor's names in the shape the trail's renderer reads."""
    return {
        "deciding_body_id": names.bodies,
        "responsible_body_id": names.bodies,
        "terminated_by": names.bodies,
        "theme_id": names.themes,
    }
