"""Home, End, Page Up and Page Down move the highlighted row and the selection together.

In a ``QTableView`` with extended selection, Ctrl+Home and Ctrl+End move only
the focus frame (Ctrl means "keep the selection"), and Home/End go to the
first or last column; Enter then opened the framed row, not the highlighted
one. In a list of entries these keys mean rows: the row moved to becomes the
selection; with Shift the selection runs from the row where it started.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

_KEYS = (Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class RowKeys(QObject):
    """Event filter for a row-per-entry view (install with ``install_row_keys``)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._anchor = -1  # where a Shift selection starts: the last row moved to
        self._extending = False

    def _current_changed(self, current, _previous) -> None:
        if not self._extending:
            self._anchor = current.row()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _KEYS:
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                return self.move(Qt.Key(event.key()), extend=shift)
        return super().eventFilter(watched, event)

    def target_row(self, key: Qt.Key) -> int:
        view = self._view
        rows = view.model().rowCount()
        current = view.currentIndex()
        row = current.row() if current.isValid() else -1
        if key == Qt.Key.Key_Home:
            return 0
        if key == Qt.Key.Key_End:
            return rows - 1
        height = max(1, view.sizeHintForRow(0) if rows else 1)
        page = max(1, view.viewport().height() // height - 1)
        if key == Qt.Key.Key_PageUp:
            return max(0, row - page)
        return min(rows - 1, max(0, row) + page if row >= 0 else page)

    def move(self, key: Qt.Key, extend: bool = False) -> bool:
        view = self._view
        model = view.model()
        if model is None or model.rowCount() == 0:
            return False
        current = view.currentIndex()
        column = current.column() if current.isValid() else 0
        if not current.isValid() and hasattr(view, "horizontalHeader"):
            column = view.horizontalHeader().logicalIndex(0)
        target = self.target_row(key)
        index = model.index(target, max(0, column))
        selection = view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        multi = view.selectionMode() in (
            QAbstractItemView.SelectionMode.ExtendedSelection,
            QAbstractItemView.SelectionMode.MultiSelection,
        )
        if extend and multi:
            anchor = self._anchor
            if not 0 <= anchor < model.rowCount():
                anchor = current.row() if current.isValid() else target
            top, bottom = min(anchor, target), max(anchor, target)
            rows = QItemSelection(model.index(top, 0), model.index(bottom, 0))
            self._extending = True
            try:
                selection.select(rows, flags.ClearAndSelect | flags.Rows)
                selection.setCurrentIndex(index, flags.NoUpdate)
            finally:
                self._extending = False
        else:
            selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        view.scrollTo(index)
        return True


def install_row_keys(view: QAbstractItemView) -> RowKeys:
    """After ``view.setModel``: the selection model is watched for the anchor."""
    keys = RowKeys(view)
    view.installEventFilter(keys)
    view.selectionModel().currentChanged.connect(keys._current_changed)
    return keys
