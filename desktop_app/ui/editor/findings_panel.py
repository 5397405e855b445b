"""The rule findings beside the form: errors (red) stop Save, warnings (amber) don't.

The panel lists every finding in the UI language; a click takes the user to
the field. ``mark_field`` puts a coloured border and the message as tooltip
on the offending widget itself, so the problem is visible where it is fixed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.rules import Finding

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b26a00"
_FIELD_ROLE = 0x0100

# Set on a marked widget only: a style sheet on the whole dialog would cost a
# third of the time it takes to open the editor (measured), for every widget.
MARK_STYLE = f"""
*[finding="error"] {{ border: 2px solid {ERROR_COLOUR}; border-radius: 3px; }}
*[finding="warning"] {{ border: 2px solid {WARNING_COLOUR}; border-radius: 3px; }}
"""


def mark_field(widget: QWidget, severity: str | None, tooltip: str = "") -> None:
    """Set or clear the finding border and tooltip of one widget."""
    was = widget.property("finding") or ""
    if not severity and not was:
        return  # never marked: keep the widget's own tooltip
    if was == severity and widget.toolTip() == tooltip:
        return
    widget.setProperty("finding", severity or "")
    widget.setToolTip(tooltip)
    widget.setStyleSheet(MARK_STYLE if severity else "")


class FindingsPanel(QWidget):
    """A list of findings; ``field_activated`` says which field the user wants."""

    field_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        self.list.setSpacing(3)
        self.list.setIconSize(QSize(16, 16))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.findings: list[Finding] = []
        self.set_findings([], "sv")

    def set_findings(self, findings: list[Finding], lang: str) -> None:
        self.findings = list(findings)
        self.list.clear()
        n_errors = sum(1 for f in findings if f.is_error)
        n_warnings = len(findings) - n_errors
        if not findings:
            self.heading.setText(
                self.tr("<b>Rule check</b><br>No findings: the entry can be saved.")
            )
        else:
            self.heading.setText(
                "<b>"
                + self.tr("Rule check")
                + "</b><br>"
                + self.tr("%n error(s)", "", n_errors)
                + ", "
                + self.tr("%n warning(s)", "", n_warnings)
            )
        for finding in findings:
            icon = self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if finding.is_error
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            item = QListWidgetItem(icon, finding.message(lang))
            item.setData(_FIELD_ROLE, finding.field)
            item.setForeground(QBrush(QColor(ERROR_COLOUR if finding.is_error else WARNING_COLOUR)))
            item.setToolTip(
                self.tr("Error: must be fixed before saving")
                if finding.is_error
                else self.tr("Warning: can be saved anyway")
            )
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)

    def messages(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        self.field_activated.emit(item.data(_FIELD_ROLE) or "")
