"""Choosing and ordering the register's columns (View > Columns…).

The same can be done on the header itself (drag to reorder, right click to
show or hide); this dialog is the keyboard-friendly way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .columns import DEFAULT_VISIBLE, MODEL_COLUMNS, title


class ColumnDialog(QDialog):
    """Check the columns to show; drag or use the buttons to order them."""

    def __init__(self, visible: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns"))
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self._fill(visible)
        hint = QLabel(
            self.tr("Check the columns to show. Drag them, or use Up and Down, to order them."),
            self,
        )
        hint.setWordWrap(True)
        up = QPushButton(self.tr("&Up"), self)
        down = QPushButton(self.tr("Do&wn"), self)
        defaults = QPushButton(self.tr("&Defaults"), self)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        defaults.clicked.connect(lambda: self._fill(list(DEFAULT_VISIBLE)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        for button in (up, down, defaults):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(380, 520)

    def _fill(self, visible: list[str]) -> None:
        self.list.clear()
        order = [c for c in visible if c in MODEL_COLUMNS]
        order += [c for c in MODEL_COLUMNS if c not in order]
        for name in order:
            item = QListWidgetItem(title(name), self.list)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if name in visible else Qt.CheckState.Unchecked
            )
        self.list.setCurrentRow(0)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def columns(self) -> list[str]:
        """The checked columns in the chosen order."""
        names = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                names.append(item.data(Qt.ItemDataRole.UserRole))
        return names or ["title"]
