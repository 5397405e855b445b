"""The Reviews due list: a table whose group rows open and close like a tree's.

A ``QTableView`` rather than a ``QTreeView`` because it lays out rows in
C++ and asks the model only for the rows on screen (``reviews.model``).
What a tree gives for free is added here: a group row spans the columns;
its arrow, a double-click, Enter or Space open and close it; Right opens,
Left closes (on an entry, Left goes to its group's row).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .model import (
    COL_BODY,
    COL_CASE,
    COL_DAYS,
    COL_KIND,
    COL_MEMO,
    COL_NEXT,
    COL_TITLE,
    ReviewsDueModel,
)

ARROW_WIDTH = 26  # the group row's arrow and its margin: a click there opens or closes


class ReviewsDueView(QTableView):
    """Shows a ``ReviewsDueModel``; see the module docstring."""

    def __init__(self, model: ReviewsDueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewsDueList")
        self.setModel(model)
        self._model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (COL_CASE, 114),  # narrow enough for the title to show at 1024 px
            (COL_KIND, 104),
            (COL_BODY, 60),  # short names; its title decides
            (COL_NEXT, 90),
            (COL_DAYS, 128),  # "291 dagar försenad"
            (COL_MEMO, 84),  # a date; its title decides
        ):
            # Never narrower than its title in the user's language (no cut titles).
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = header.fontMetrics().horizontalAdvance(text) + 16
            self.setColumnWidth(column, max(width, needed))
        model.modelReset.connect(self._span_groups)
        model.rowsInserted.connect(self._span_groups)
        model.rowsRemoved.connect(self._span_groups)

    def _span_groups(self, *_args: object) -> None:
        """Group rows span every column (a few dozen at most: cheap to redo).

        The scroll range is brought up to date at once too, so that a group
        opened to show an entry can be scrolled to in the same step.
        """
        self.clearSpans()
        columns = self._model.columnCount()
        for row in self._model.header_rows():
            self.setSpan(row, 0, 1, columns)
        self.updateGeometries()

    def is_group_row(self, row: int) -> bool:
        return row >= 0 and self._model.entry_id(row) is None

    # ------------------------------------------------------------ opening groups

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if (
            event.button() == Qt.MouseButton.LeftButton
            and index.isValid()
            and self.is_group_row(index.row())
            and pos.x() < ARROW_WIDTH
        ):
            self.setCurrentIndex(index)
            self._model.toggle(index.row())
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        row = self.currentIndex().row()
        key = event.key()
        if row >= 0 and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Space):
            if self.is_group_row(row):
                group = self._model.group_key_at(row)
                expanded = self._model.is_expanded(group)
                wanted = {
                    Qt.Key.Key_Left: False,
                    Qt.Key.Key_Right: True,
                    Qt.Key.Key_Space: not expanded,
                }[Qt.Key(key)]
                self._model.set_expanded(group, wanted)
                self.scrollTo(self._model.index(row, 0))
                return
            if key == Qt.Key.Key_Left:  # from an entry to its group's row
                self.setCurrentIndex(self._model.index(self._model.group_row(row), 0))
                return
        super().keyPressEvent(event)

    def toggle_if_group(self, index: QModelIndex) -> bool:
        """Open or close the group of a group row (double-click, Enter); False on an entry."""
        return index.isValid() and self._model.toggle(index.row())
