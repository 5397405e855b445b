"""Decision bodies: who decides (R4) and who is the contact person (R8).

A short list (tens of rows), so a plain table is enough. Bodies are never
deleted: one that is no longer used is deactivated and stays in the
register's history and in the entries that name it (R10). Administrations and
companies that are responsible for entries but have no international contact
person (R8) are named above the table and their rows marked.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import label
from desktop_app.services import catalog, checks
from desktop_app.services.catalog import BodyRecord
from desktop_app.services.register import RegisterFilter
from desktop_app.ui.changes import BODIES, ChangeNotice
from desktop_app.ui.errors import show_error, ui_language
from desktop_app.ui.operations import WriteOp
from desktop_app.ui.pages.base import Page
from desktop_app.ui.pages.body_dialog import BodyDialog, mandates_text

ID_ROLE = Qt.ItemDataRole.UserRole
INACTIVE_COLOR = QColor("#868e96")
GAP_COLOR = QColor("#b26a00")

(
    COL_SHORT,
    COL_NAME,
    COL_KIND,
    COL_ORG,
    COL_CONTACT,
    COL_EMAIL,
    COL_PHONE,
    COL_ACTIVE,
    COL_USED,
) = range(9)


class _NumberItem(QTableWidgetItem):
    """Sorts by number, not by text ("10" after "9")."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.text() or 0) < int(other.text() or 0)


class BodiesPage(Page):
    """The list of decision bodies with New, Edit and Deactivate/Activate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = ui_language()
        self._bodies: dict[int, BodyRecord] = {}
        self._select_next: int | None = None  # a body just created

        intro = QLabel(
            self.tr(
                "The bodies that decide on entries, with their mandates (R4) and international "
                "contact persons (R8). A body in use cannot be deleted; deactivate it instead."
            )
        )
        intro.setWordWrap(True)
        self.contact_gaps = QLabel()
        self.contact_gaps.setWordWrap(True)
        self.contact_gaps.setStyleSheet("color: #b26a00;")
        self.contact_gaps.hide()
        self._gaps: list[checks.ContactCheck] = []
        self.assess_gap_button = QPushButton(self.tr("Mark contact warning as &assessed…"))
        self.assess_gap_button.clicked.connect(self.assess_gap)
        self.assess_gap_button.hide()
        self._gap_ids: set[int] = set()
        self.show_inactive = QCheckBox(self.tr("Sh&ow inactive"))
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(self.reload)
        self.new_button = QPushButton(self.tr("&New body…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.toggle_button = QPushButton(self.tr("&Deactivate"))
        self.new_button.clicked.connect(self.new_body)
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.toggle_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_inactive)

        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Short name"),
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Administration or company"),
                self.tr("Contact person"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("Active"),
                self.tr("Entries"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        # No sort column at first: the service's order (KF, KS, IB, committees...).
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (COL_SHORT, 90),
            (COL_KIND, 165),
            (COL_ORG, 170),
            (COL_CONTACT, 125),
            (COL_EMAIL, 195),
            (COL_PHONE, 110),
            (COL_ACTIVE, 50),
            (COL_USED, 55),
        ):
            self.table.setColumnWidth(col, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())  # double-click, Enter
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.show_menu)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        gap_row = QHBoxLayout()
        gap_row.addWidget(self.contact_gaps, 1)
        gap_row.addWidget(self.assess_gap_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(gap_row)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    # ------------------------------------------------------------ loading

    def concerns(self, notice: ChangeNotice) -> bool:
        return notice.touches(BODIES) or notice.touches_entries()  # names, usage counts

    def load(self) -> None:
        """Read the bodies again (tens of rows); the selection is kept by id (a body
        just created is selected instead)."""
        selected = self._select_next or self.selected_id()
        self._select_next = None
        try:
            bodies = catalog.list_bodies(include_inactive=self.show_inactive.isChecked())
            gaps = checks.contact_checks()
        except Exception as exc:  # noqa: BLE001 - a dialog, never a traceback
            show_error(self, exc)
            return
        self._show_gaps(gaps)
        self._bodies = {b.id: b for b in bodies}
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(bodies))
        yes, no = self.tr("Yes"), self.tr("No")
        for row, body in enumerate(bodies):
            values = [
                body.short_name,
                body.name_sv,
                label(body.kind, self._lang),
                body.organisation,
                body.contact_name,
                body.contact_email,
                body.contact_phone,
                yes if body.active else no,
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, body.id)
                if col == COL_CONTACT and body.id in self._gap_ids:
                    item.setText(self.tr("missing (R8)"))
                    item.setToolTip(
                        self.tr(
                            "No international contact person for an administration with entries (R8)."
                        )
                    )
                    item.setForeground(QBrush(GAP_COLOR))
                elif col == COL_CONTACT and body.contact_role:
                    item.setToolTip(body.contact_role)
                if col in (COL_SHORT, COL_NAME):
                    item.setToolTip(self._mandates_tip(body))
                if not body.active:
                    item.setForeground(QBrush(INACTIVE_COLOR))
                self.table.setItem(row, col, item)
            used = _NumberItem(str(body.in_use))
            used.setData(ID_ROLE, body.id)
            used.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, COL_USED, used)
        self.table.setSortingEnabled(True)
        self.select_id(selected)
        self._update_buttons()
        self.loaded.emit()

    def _show_gaps(self, gaps: list[checks.ContactCheck]) -> None:
        """R8: who lacks an international contact person (assessed gaps are shown as such)."""
        self._gap_ids = {i for g in gaps if g.checked.is_open for i in g.gap.body_ids}
        lines = []
        for gap in gaps:
            text = gap.checked.finding.message(self._lang)
            if gap.checked.assessment is not None:
                text += " " + gap.checked.assessed_text(self._lang)
            lines.append("• " + text)
        self.contact_gaps.setText("\n".join(lines))
        self.contact_gaps.setVisible(bool(lines))
        self._gaps = gaps
        self.assess_gap_button.setVisible(any(g.checked.is_open for g in gaps))

    def assess_gap(self) -> None:
        """Assess the first open R8 warning with the registrar's reason (audited)."""
        open_ = [g for g in self._gaps if g.checked.is_open]
        if not open_:
            return
        gap = open_[0]
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Mark as assessed"),
            gap.checked.finding.message(self._lang) + "\n\n" + self.tr("Why is this in order?"),
        )
        if not ok or not reason.strip():
            return
        organisation, digest = gap.gap.organisation, gap.checked.fingerprint
        WriteOp(
            self,
            lambda _c: checks.assess_contact_gap(organisation, digest, reason),
            ChangeNotice.for_catalogs(BODIES),
        ).run()

    def row_gap(self, row: int) -> bool:
        """Whether the row's body belongs to an administration without a contact person."""
        item = self.table.item(row, COL_SHORT)
        return item is not None and item.data(ID_ROLE) in self._gap_ids

    def _mandates_tip(self, body: BodyRecord) -> str:
        """The body's English name and what it may decide (R4), for the hover text."""
        lines = [body.name_en] if body.name_en else []
        if body.mandates:
            lines.append(self.tr("May decide:"))
        lines.append(mandates_text(body.kind, self._lang))
        return "\n".join(lines)

    # ------------------------------------------------------------ selection

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), COL_SHORT)
        return int(item.data(ID_ROLE)) if item is not None else None

    def select_id(self, body_id: int | None) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_SHORT)
            if item is not None and item.data(ID_ROLE) == body_id:
                self.table.selectRow(row)
                return

    def row_for_short_name(self, short_name: str) -> int:
        """The table row showing ``short_name`` (-1 if absent); used by tests and F5."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, COL_SHORT).text() == short_name:
                return row
        return -1

    def _update_buttons(self) -> None:
        body = self._bodies.get(self.selected_id() or -1)
        self.edit_button.setEnabled(body is not None)
        self.toggle_button.setEnabled(body is not None)
        self.toggle_button.setText(
            self.tr("&Activate") if body is not None and not body.active else self.tr("&Deactivate")
        )

    # ------------------------------------------------------------ actions

    def show_menu(self, pos: QPoint) -> QMenu:
        """The list's context menu: edit, (de)activate, and the body's entries in the register."""
        body = self._bodies.get(self.selected_id() or -1)
        menu = QMenu(self.table)
        menu.addAction(self.tr("Ed&it…"), self.edit_selected).setEnabled(body is not None)
        toggle = menu.addAction(
            self.tr("&Activate")
            if body is not None and not body.active
            else self.tr("&Deactivate"),
            self.toggle_selected,
        )
        toggle.setEnabled(self.toggle_button.isEnabled())
        menu.addSeparator()
        for text, field in (
            (self.tr("Show entries it de&cided"), "deciding_body_id"),
            (self.tr("Show entries it is &responsible for"), "responsible_body_id"),
        ):
            action = menu.addAction(text)
            action.setEnabled(body is not None)
            if body is not None:
                f = RegisterFilter(**{field: body.id})
                action.triggered.connect(lambda _c=False, f=f: self.show_entries_requested.emit(f))
        menu.addSeparator()
        menu.addAction(self.tr("&New body…"), self.new_body)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        return menu

    def new_body(self) -> None:
        """The dialog saves; the notice reloads the list, then the new body is selected."""
        dialog = BodyDialog(self)
        dialog.saved_record.connect(lambda record: setattr(self, "_select_next", record.id))
        dialog.exec()

    def edit_selected(self) -> None:
        body = self._bodies.get(self.selected_id() or -1)
        if body is None:
            return
        BodyDialog(self, body).exec()

    def toggle_selected(self) -> None:
        """Deactivate an active body or activate an inactive one (never delete)."""
        body = self._bodies.get(self.selected_id() or -1)
        if body is None:
            return
        WriteOp(
            self,
            lambda _c: catalog.set_body_active(body.id, not body.active, body.version),
            ChangeNotice.for_catalogs(BODIES),
        ).run()
