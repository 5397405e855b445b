"""Invitation letters to visiting delegations (R9): the log, its gaps and assessments.

A short list (tens of letters a year), so a plain table read whole is
enough. A letter that does not say why the visit is especially prioritised,
which of the strategy's directions it serves, or who decided, is marked and
its warning named under the table; a registrar may assess a warning with a
reason (audited) like an entry's. Letters are never deleted (R10).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.assessments import CheckedFinding
from desktop_app.domain.kinds import directions_text
from desktop_app.services import invitations
from desktop_app.services.errors import StoreError
from desktop_app.ui.changes import BODIES, INVITATIONS, ChangeNotice
from desktop_app.ui.errors import show_error, ui_language
from desktop_app.ui.operations import WriteOp
from desktop_app.ui.pages.base import Page
from desktop_app.ui.pages.invitation_dialog import InvitationDialog

ID_ROLE = Qt.ItemDataRole.UserRole
GAP_COLOR = QColor("#b26a00")
ASSESSED_COLOR = QColor("#5f6368")
COL_DATE, COL_DELEGATION, COL_COUNTRY, COL_BODY, COL_DIRECTIONS, COL_DECIDED, COL_WHY = range(7)


class InvitationsPage(Page):
    """The log of invitation letters with New, Edit and Assess."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._select_next: int | None = None
        self._lang = ui_language()
        self._records: dict[int, invitations.InvitationRecord] = {}
        self._findings: dict[int, list[CheckedFinding]] = {}
        intro = QLabel(
            self.tr(
                "The city writes invitation letters to visiting delegations only when the "
                "visit is especially prioritised for the operation and supported by the "
                "international strategy (R9). Each letter is logged with why, the direction "
                "it serves and who decided."
            )
        )
        intro.setWordWrap(True)
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(lambda _i: self.load())
        self.new_button = QPushButton(self.tr("&New letter…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.assess_button = QPushButton(self.tr("Mark warning as &assessed…"))
        self.new_button.clicked.connect(self.new_letter)
        self.edit_button.clicked.connect(self.edit_selected)
        self.assess_button.clicked.connect(self.assess_selected)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.assess_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Year:")))
        buttons.addWidget(self.year)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Delegation"),
                self.tr("Country"),
                self.tr("Operation"),
                self.tr("Directions"),
                self.tr("Decided by"),
                self.tr("Justification"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_WHY, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (COL_DATE, 95),
            (COL_DELEGATION, 230),
            (COL_COUNTRY, 90),
            (COL_BODY, 90),
            (COL_DIRECTIONS, 160),
            (COL_DECIDED, 170),
        ):
            self.table.setColumnWidth(col, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b26a00;")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        self._update_buttons()

    def concerns(self, notice: ChangeNotice) -> bool:
        return notice.touches(INVITATIONS, BODIES)  # the letters, the operations' names

    def _fill_years(self, records: list[invitations.InvitationRecord]) -> None:
        years = sorted({r.data.letter_date.year for r in records if r.data.letter_date} |
                       {date.today().year}, reverse=True)  # fmt: skip
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All"), None)
        for year in years:
            self.year.addItem(str(year), year)
        index = self.year.findData(current)
        self.year.setCurrentIndex(max(index, 0))
        self.year.blockSignals(False)

    def load(self) -> None:
        """Read the letters (tens a year); the selection is kept by id (a new letter
        is selected instead)."""
        selected = self._select_next or self.selected_id()
        self._select_next = None
        try:
            everything = invitations.list_letters()
            self._fill_years(everything)
            year = self.year.currentData()
            records = [r for r in everything if year is None or r.data.letter_date.year == year]
            findings = {r.id: invitations.letter_findings(r) for r in records}
        except StoreError as exc:
            show_error(self, exc)
            return
        self._records = {r.id: r for r in records}
        self._findings = findings
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            self._fill_row(row, record)
        self._show_warnings(records)
        self.select_id(selected)
        self._update_buttons()
        self.loaded.emit()

    def _fill_row(self, row: int, record: invitations.InvitationRecord) -> None:
        data = record.data
        open_ = [c for c in self._findings[record.id] if c.is_open]
        values = [
            data.letter_date.isoformat() if data.letter_date else "",
            data.delegation,
            data.country,
            record.body_name,
            directions_text(data.directions, self._lang),
            data.decided_by,
            data.justification.replace("\n", " "),
        ]
        for col, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, record.id)
            item.setToolTip(text)  # the columns are narrow; the whole text on hover
            if open_ and col in (COL_DELEGATION, COL_WHY):
                item.setForeground(QBrush(GAP_COLOR))
                item.setToolTip("\n".join(c.finding.message(self._lang) for c in open_))
            self.table.setItem(row, col, item)

    def _show_warnings(self, records: list[invitations.InvitationRecord]) -> None:
        lines = []
        for record in records:
            for checked in self._findings[record.id]:
                text = f"{invitations.letter_label(record.data)}: {checked.finding.message(self._lang)}"
                if checked.assessment is not None:
                    text += " " + checked.assessed_text(self._lang)
                lines.append("• " + text)
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    # ------------------------------------------------------------ selection

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), COL_DATE)
        return int(item.data(ID_ROLE)) if item is not None else None

    def select_id(self, letter_id: int | None) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_DATE)
            if item is not None and item.data(ID_ROLE) == letter_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        ident = self.selected_id()
        self.edit_button.setEnabled(ident is not None)
        has_open = any(c.is_open for c in self._findings.get(ident or -1, []))
        self.assess_button.setEnabled(has_open)

    # ------------------------------------------------------------ actions

    def new_letter(self) -> None:
        """The dialog saves as an operation; its notice makes this page reload."""
        dialog = InvitationDialog(self)
        dialog.saved_record.connect(lambda saved: setattr(self, "_select_next", saved.id))
        dialog.exec()

    def edit_selected(self) -> None:
        record = self._records.get(self.selected_id() or -1)
        if record is not None:
            InvitationDialog(self, record).exec()

    def assess_selected(self) -> None:
        """Assess the selected letter's first open warning, with the registrar's reason."""
        ident = self.selected_id()
        open_ = [c for c in self._findings.get(ident or -1, []) if c.is_open]
        if ident is None or not open_:
            return
        checked = open_[0]
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Mark as assessed"),
            checked.finding.message(self._lang) + "\n\n" + self.tr("Why is this in order?"),
        )
        if not ok or not reason.strip():
            return
        code, digest = checked.finding.code, checked.fingerprint
        WriteOp(
            self,
            lambda _c: invitations.assess_letter_finding(ident, code, digest, reason),
            ChangeNotice.for_catalogs(INVITATIONS),
        ).run()
