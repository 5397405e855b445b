"""Optimistic locking in the UI: say who changed the entry, keep the user's edits.

``ask_conflict`` is a message box with standard buttons (Yes = Reload, No =
Keep editing), so it can be answered in tests like any other box.
``EditsPanel`` lists, after a reload, each field the user had changed with
their value and the saved one, and can put the user's values back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.context import to_local
from desktop_app.services.errors import ConflictError

from .fields import Names, display_value, field_label


def changed_by_text(exc: ConflictError) -> str:
    """ "anna.berg on 2026-11-27 09:14" in local time."""
    when = to_local(exc.changed_at)
    who = exc.changed_by or QCoreApplication.translate("Conflict", "someone else")
    if when is None:
        return who
    return (
        QCoreApplication.translate("Conflict", "%1 on %2")
        .replace("%1", who)
        .replace("%2", when.strftime("%Y-%m-%d %H:%M"))
    )


def ask_conflict(parent: QWidget | None, exc: ConflictError) -> bool:
    """Tell who saved first; True when the user wants to reload the new version."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Conflict", "Changed by someone else"))
    box.setText(
        QCoreApplication.translate(
            "Conflict",
            "This entry was changed by %1 while you were editing it. Nothing of yours was saved.",
        ).replace("%1", changed_by_text(exc))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Conflict",
            "Reload shows the saved version and lists your edits beside it, so you can "
            "apply them again. Keep editing leaves the form as it is.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("Conflict", "&Reload")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("Conflict", "&Keep editing")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


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
        self.reapply = QPushButton(self.tr("&Use my values again"), self)
        self.reapply.setAutoDefault(False)
        self.reapply.clicked.connect(self.reapply_requested)
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

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.tree.topLevelItem(i).text(c) for c in range(3))  # type: ignore[misc]
            for i in range(self.tree.topLevelItemCount())
        ]
