"""The editor's side of a conflict: the user's edits beside the saved values.

The question itself (who saved first, Reload or Keep editing) is
``ui.conflict.ask_conflict``, asked by the operation helper for every write.
``EditsPanel`` lists, after a reload, each field the user had changed with
their value and the saved one, and can put the user's values back; until
then the edits are pending and closing the editor asks about them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .fields import Names, display_value, field_label


class EditsPanel(QGroupBox):
    """The user's unsaved edits beside the values someone else saved."""

    reapply_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your unsaved edits"))
        self.setStyleSheet("QGroupBox { font-weight: bold; }")
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setStyleSheet("font-weight: normal;")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Your value"), self.tr("Saved value")])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(1, 320)
        self.reapply = QPushButton(self.tr("Use m&y values again"), self)
        self.reapply.setAutoDefault(False)
        self.reapply.clicked.connect(self.reapply_requested)
        # Hiding the list keeps the edits: closing the editor still asks about them.
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.hide_button.setAutoDefault(False)
        self.hide_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        buttons.addWidget(self.reapply)
        buttons.addWidget(self.hide_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree)
        self.edits: list[tuple[str, object, object]] = []
        self.hide()

    def show_edits(
        self, edits: list[tuple[str, object, object]], names: Names, who: str, lang: str
    ) -> None:
        """``edits``: (field, your value, saved value) for each field you changed."""
        self.edits = edits
        self.tree.clear()
        for name, mine, theirs in edits:
            QTreeWidgetItem(
                self.tree,
                [
                    field_label(name),
                    display_value(name, mine, names, lang),
                    display_value(name, theirs, names, lang),
                ],
            )
        self.info.setText(
            self.tr(
                "The form now shows the version %1 saved. Your edits are listed here; "
                "nothing is lost until you close the editor."
            ).replace("%1", who)
        )
        self.reapply.setEnabled(bool(edits))
        rows = max(1, len(edits))
        row_height = self.tree.sizeHintForRow(0) if edits else self.fontMetrics().height() + 4
        header = self.tree.header().sizeHint().height()
        self.tree.setFixedHeight(min(header + rows * row_height + 6, 150))
        self.show()

    def clear(self) -> None:
        """The edits were put back or saved: nothing is kept aside any more."""
        self.edits = []
        self.tree.clear()
        self.hide()

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.tree.topLevelItem(i).text(c) for c in range(3))  # type: ignore[misc]
            for i in range(self.tree.topLevelItemCount())
        ]
