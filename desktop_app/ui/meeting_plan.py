"""A deciding body's memo settings and meeting plan, in one dialog.

Who signs its administration's memos (förvaltningschef, avdelningschef, the
department in the head), the days before a meeting its papers must be in,
and its meeting dates: typed one a line, or imported from a simple list or
a calendar file (.ics). Saved as one operation (``ui/operations.py``):
``services.meetings.save_body_plan``, audited. Reviews due and the calendar
then time each memo by the meeting it must reach.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import catalog
from desktop_app.services.errors import StoreError

from .changes import ChangeNotice
from .dialogs.saving import SavingDialog
from .errors import show_error
from .operations import WriteOp
from .runner import Job, runner

if TYPE_CHECKING:
    from desktop_app.services.memos import BodyMemoSettings

# services.meetings and services.memos are imported where they are used: the
# window's menu asks action_text() at start (issue 19: start-up imports).


def memo_due_header() -> str:
    """The Reviews due column: when the memo must be ready."""
    return QCoreApplication.translate("MeetingPlanDialog", "Memo ready by")


def action_text() -> str:
    return QCoreApplication.translate("MeetingPlanDialog", "Memo settings and meeting p&lans…")


class MeetingPlanDialog(SavingDialog):
    """One body at a time: its memo settings, papers-days and meeting dates."""

    def __init__(
        self,
        bodies: list[catalog.BodyRecord],
        settings: dict[int, BodyMemoSettings],
        dates: dict[int, list[date]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.dates = dates
        self.setWindowTitle(self.tr("Memo settings and meeting plans"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.body = QComboBox(self)
        self.body.setObjectName("planBody")
        for body in bodies:
            if body.active:
                self.body.addItem(f"{body.name_sv} ({body.short_name})", body.id)
        form.addRow(self.tr("Body:"), self.body)
        self.department = QLineEdit(self)
        form.addRow(self.tr("Department in the memo's head:"), self.department)
        self.head = QLineEdit(self)
        form.addRow(self.tr("Förvaltningschef (signs):"), self.head)
        self.head_title = QLineEdit(self)
        self.head_title.setPlaceholderText("Förvaltningschef")
        form.addRow(self.tr("Their title:"), self.head_title)
        self.department_head = QLineEdit(self)
        form.addRow(self.tr("Avdelningschef (signs):"), self.department_head)
        self.papers_days = QSpinBox(self)
        self.papers_days.setRange(0, 365)
        self.papers_days.setSuffix(self.tr(" days before the meeting"))
        form.addRow(self.tr("Papers must be in:"), self.papers_days)
        self.meetings = QPlainTextEdit(self)
        self.meetings.setObjectName("planMeetings")
        self.meetings.setPlaceholderText("2027-01-27\n2027-02-24\n…")
        import_button = QPushButton(self.tr("&Import a list or calendar file…"), self)
        import_button.setAutoDefault(False)
        import_button.clicked.connect(self.import_file)
        box = QVBoxLayout()
        box.addWidget(self.meetings)
        box.addWidget(import_button)
        form.addRow(self.tr("Meeting dates\n(yyyy-mm-dd, one a line):"), box)
        note = QLabel(
            self.tr(
                "A review must reach the body's last meeting before its review date; the "
                "memo is due the papers-days before that meeting, and a City Council matter "
                "first goes through the City Executive Board. Without meeting dates the "
                "register's lead time applies."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.body.currentIndexChanged.connect(self._show_body)
        self._show_body()
        self.resize(560, 560)

    def body_id(self) -> int:
        return int(self.body.currentData())

    def _show_body(self) -> None:
        from desktop_app.domain.meeting_plan import DEFAULT_PAPERS_DAYS
        from desktop_app.services.memos import BodyMemoSettings

        if self.body.count() == 0:
            return
        body_id = self.body_id()
        settings = self.settings.get(body_id, BodyMemoSettings())
        self.department.setText(settings.department)
        self.head.setText(settings.head_of_administration)
        self.head_title.setText(settings.head_title)
        self.department_head.setText(settings.head_of_department)
        self.papers_days.setValue(
            DEFAULT_PAPERS_DAYS if settings.papers_days is None else settings.papers_days
        )
        self.meetings.setPlainText("\n".join(d.isoformat() for d in self.dates.get(body_id, [])))

    def import_file(self) -> None:
        from desktop_app.services import meetings

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Meeting dates"),
            "",
            self.tr("Calendar or list (*.ics *.txt *.csv);;All files (*)"),
        )
        if not path:
            return
        try:
            text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
            days = meetings.parse_meetings(text)
        except (OSError, StoreError) as exc:
            show_error(self, exc)
            return
        self.meetings.setPlainText("\n".join(d.isoformat() for d in days))

    def typed_dates(self) -> list[date] | None:
        from desktop_app.services import meetings

        text = self.meetings.toPlainText().strip()
        if not text:
            return []
        try:
            return meetings.parse_meetings(text)
        except StoreError as exc:
            show_error(self, exc)
            return None

    def write(self) -> WriteOp | None:
        from desktop_app.services import meetings
        from desktop_app.services.memos import BodyMemoSettings

        days = self.typed_dates()
        if days is None:
            return None
        body_id = self.body_id()
        settings = BodyMemoSettings(
            self.department.text(),
            self.head.text(),
            self.department_head.text(),
            self.head_title.text(),
            self.papers_days.value(),
        )
        return WriteOp(
            self,
            lambda _c: meetings.save_body_plan(body_id, settings, days),
            ChangeNotice.for_catalogs("bodies", "settings"),
        )


def open_meeting_plans(parent: QWidget | None) -> None:
    """Read the bodies, their settings and plans on the runner, then show the dialog."""
    from desktop_app.services import meetings
    from desktop_app.services import memos as memo_service

    def read(_control):
        bodies = catalog.list_bodies()
        dates = {b.id: meetings.meeting_dates(b.id) for b in bodies}
        return bodies, memo_service.all_body_memo_settings(), dates

    def show(result) -> None:
        MeetingPlanDialog(*result, parent).exec()

    runner().submit(
        Job(
            read,
            progress=QCoreApplication.translate("MeetingPlanDialog", "Reading the meeting plans…"),
            cancellable=False,
            parent=parent,
            on_done=show,
            on_failed=lambda exc: show_error(parent, exc),
        )
    )
