"""An entry's history: its reviews and every audit change, oldest first (R10).

Two tables: reviews (the decisions taken on the entry) and the audit trail
(who changed what, when, from which value to which). Values are shown the
way the editor shows them (labels, body short names, yyyy-MM-dd), times in
local time.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from desktop_app.services import audit, entries
from desktop_app.services.context import to_local
from desktop_app.ui.errors import ui_language

from .fields import Names, display_value, field_label

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("EntryHistory", "Created"),
    "update": QT_TRANSLATE_NOOP("EntryHistory", "Changed"),
    "review": QT_TRANSLATE_NOOP("EntryHistory", "Reviewed"),
    "terminate": QT_TRANSLATE_NOOP("EntryHistory", "Terminated"),
    "archive": QT_TRANSLATE_NOOP("EntryHistory", "Archived"),
    "restore": QT_TRANSLATE_NOOP("EntryHistory", "Restored"),
    "document": QT_TRANSLATE_NOOP("EntryHistory", "Document generated"),
    "import": QT_TRANSLATE_NOOP("EntryHistory", "Imported"),
}


def action_label(action: str) -> str:
    source = ACTIONS.get(action)
    return QCoreApplication.translate("EntryHistory", source) if source else action


def _local(moment) -> str:
    local = to_local(moment)
    return local.strftime("%Y-%m-%d %H:%M") if local else ""


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
                self.tr("Decided by"),
                self.tr("Decision date"),
                self.tr("Case number"),
                self.tr("Note"),
            ],
        )
        self.changes_label = QLabel(self.tr("<b>Changes</b> (oldest first)"), self)
        self.changes = _table(
            self,
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Old value"),
                self.tr("New value"),
            ],
        )
        for column, width in enumerate((115, 130, 90, 180, 170)):
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

        ``names`` (id -> name of bodies, themes, counterparties) may be passed by
        a caller that has them already; otherwise they are read here.
        """
        self.entry_id = entry_id
        lang = ui_language()
        names = names or Names.load()
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
        rows = []
        for event in audit.list_events(entry_id=entry_id, limit=100000):
            who = event.os_user + (f" ({event.db_user})" if event.db_user else "")
            if event.action == "document" and not event.field:
                details = _details(event.details)
                old, new = details.get("kind", ""), details.get("path", "")
                field = self.tr("Document")
            else:
                field = field_label(event.field) if event.field else ""
                old = display_value(event.field, event.old_value, names, lang)
                new = display_value(event.field, event.new_value, names, lang)
                if not event.field:
                    old = new = ""
            rows.append([_local(event.at), who, action_label(event.action), field, old, new])
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


def _details(text: str) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
