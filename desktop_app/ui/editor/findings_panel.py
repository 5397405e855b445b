"""The rule findings beside the form: errors (red) stop Save, warnings (amber) don't.

The panel lists every finding in the UI language; a click takes the user to
the field. ``mark_field`` puts a coloured border and the message as tooltip
on the offending widget itself, so the problem is visible where it is fixed.
A warning a registrar has assessed is listed in grey with who, when and why;
"Mark as assessed…" and "Reopen" ask the dialog to record or withdraw one.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.assessments import CheckedFinding, assessable
from desktop_app.domain.rules import Finding, Severity

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b26a00"
NOTE_COLOUR = "#1f5f8b"
ASSESSED_COLOUR = "#5f6368"
_FIELD_ROLE = 0x0100
_INDEX_ROLE = 0x0101

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
    """A list of findings; ``field_activated`` says which field the user wants.

    ``assess_requested`` carries an open warning or note the user wants to
    mark as assessed; ``reopen_requested`` an assessed one to open again.
    """

    field_activated = Signal(str)
    assess_requested = Signal(object)
    reopen_requested = Signal(object)

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
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.assess_button = QPushButton(self.tr("Mark a&s assessed…"), self)
        self.assess_button.setToolTip(
            self.tr(
                "The warning has been looked at and is in order: say why (kept in the history)."
            )
        )
        self.assess_button.clicked.connect(self._assess)
        self.reopen_button = QPushButton(self.tr("R&eopen"), self)
        self.reopen_button.clicked.connect(self._reopen)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.assess_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.findings: list[CheckedFinding] = []
        self.can_assess = False
        self.set_findings([], "sv")

    def set_findings(self, findings: list[CheckedFinding | Finding], lang: str) -> None:
        self.findings = [
            f if isinstance(f, CheckedFinding) else CheckedFinding(f, "") for f in findings
        ]
        self.list.clear()
        open_ = [c for c in self.findings if c.is_open]
        n_errors = sum(1 for c in open_ if c.finding.is_error)
        n_warnings = sum(1 for c in open_ if c.finding.is_warning)
        n_notes = len(open_) - n_errors - n_warnings
        n_assessed = len(self.findings) - len(open_)
        if not self.findings:
            self.heading.setText(
                self.tr("<b>Rule check</b><br>No findings: the entry can be saved.")
            )
        else:
            parts = [self.tr("%n error(s)", "", n_errors), self.tr("%n warning(s)", "", n_warnings)]
            if n_notes:
                parts.append(self.tr("%n note(s)", "", n_notes))
            if n_assessed:
                parts.append(self.tr("%n assessed", "", n_assessed))
            self.heading.setText("<b>" + self.tr("Rule check") + "</b><br>" + ", ".join(parts))
        for index, checked in enumerate(self.findings):
            self.list.addItem(self._item(index, checked, lang))
        self._update_buttons()

    def _item(self, index: int, checked: CheckedFinding, lang: str) -> QListWidgetItem:
        finding = checked.finding
        if checked.assessment is not None:
            pixmap, colour = QStyle.StandardPixmap.SP_DialogApplyButton, ASSESSED_COLOUR
            text = finding.message(lang) + "\n" + checked.assessed_text(lang)
            tip = self.tr("Assessed: shown for the record, no longer an open warning")
        elif finding.is_error:
            pixmap, colour = QStyle.StandardPixmap.SP_MessageBoxCritical, ERROR_COLOUR
            text, tip = finding.message(lang), self.tr("Error: must be fixed before saving")
        elif finding.severity is Severity.NOTE:
            pixmap, colour = QStyle.StandardPixmap.SP_MessageBoxInformation, NOTE_COLOUR
            text, tip = finding.message(lang), self.tr("Note: unusual, not wrong")
        else:
            pixmap, colour = QStyle.StandardPixmap.SP_MessageBoxWarning, WARNING_COLOUR
            text, tip = finding.message(lang), self.tr("Warning: can be saved anyway")
        item = QListWidgetItem(self.style().standardIcon(pixmap), text)
        item.setData(_FIELD_ROLE, finding.field)
        item.setData(_INDEX_ROLE, index)
        item.setForeground(QBrush(QColor(colour)))
        item.setToolTip(tip)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return item

    def current(self) -> CheckedFinding | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.findings[item.data(_INDEX_ROLE)]

    def _update_buttons(self) -> None:
        checked = self.current()
        open_warning = checked is not None and checked.is_open and assessable(checked.finding)
        self.assess_button.setEnabled(self.can_assess and open_warning)
        self.reopen_button.setEnabled(
            self.can_assess and checked is not None and checked.assessment is not None
        )
        self.assess_button.setVisible(self.can_assess)
        self.reopen_button.setVisible(self.can_assess)

    def set_can_assess(self, allowed: bool) -> None:
        """Assessing needs a saved entry and a user who may write."""
        self.can_assess = allowed
        self._update_buttons()

    def _assess(self) -> None:
        checked = self.current()
        if checked is not None:
            self.assess_requested.emit(checked)

    def _reopen(self) -> None:
        checked = self.current()
        if checked is not None and checked.assessment is not None:
            self.reopen_requested.emit(checked)

    def messages(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        self._update_buttons()
        self.field_activated.emit(item.data(_FIELD_ROLE) or "")
