"""Reviews and termination: the entry's lifecycle (R3).

Each action is a small modal dialog whose Save runs one service call with the
entry's version as an operation (``dialogs.saving``). If someone saved the
entry meanwhile, the user is told who and when; "Reload" takes the new
version and keeps what was typed in the dialog, so pressing Save again is
enough. Archiving and restoring have their one path in ``ui.archive``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import add_months
from desktop_app.domain.entry import ReviewFact
from desktop_app.domain.kinds import ReviewOutcome, Status, label
from desktop_app.domain.rules_mandate import check_r4_mandate
from desktop_app.services import catalog, entries
from desktop_app.services.errors import ConflictError, StoreError
from desktop_app.ui.changes import ChangeNotice
from desktop_app.ui.dialogs.saving import SavingDialog
from desktop_app.ui.errors import show_error, ui_language
from desktop_app.ui.operations import WriteOp

from .widgets import DateEdit, SearchCombo


def _body_items(keep: int | None = None) -> list[tuple[str, int]]:
    return [
        (f"{b.short_name} – {b.name_sv}", b.id)
        for b in catalog.list_bodies()
        if b.active or b.id == keep
    ]


def _mandate_warning(record: entries.EntryRecord, ctx, **change) -> str:
    """R4 for the decision about to be recorded: the body needs the mandate too."""
    data = replace(record.data, **change)
    codes = {"reviews": ("R4-REVIEW",), "terminated_by": ("R4-TERMINATION",)}
    wanted = codes["reviews" if "reviews" in change else "terminated_by"]
    found = [
        f
        for f in check_r4_mandate(data, ctx)
        if f.code.startswith(wanted) and f not in check_r4_mandate(record.data, ctx)
    ]
    return "\n".join(f.message(ui_language()) for f in found)


def _warning_label(parent: QWidget) -> QLabel:
    warning = QLabel(parent)
    warning.setWordWrap(True)
    warning.setStyleSheet("color: #b26a00;")
    warning.setVisible(False)
    return warning


class _LifecycleDialog(SavingDialog):
    """Shared frame: the entry's name on top, a form, Save/Cancel, conflict handling."""

    def __init__(self, record: entries.EntryRecord, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.record = record
        self.lang = ui_language()
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            QCoreApplication.translate("Lifecycle", "&Save")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Lifecycle", "Cancel")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._show_heading()

    def _show_heading(self) -> None:
        data = self.record.data
        self.heading.setText(
            f"<b>{_html(data.case_number)} {_html(data.title)}</b><br>"
            + label(data.kind, self.lang)
            + " · "
            + label(self.record.status(), self.lang)
        )

    def _call(self) -> Callable[[], entries.EntryRecord]:
        """The service call with the values typed now (run on the worker)."""
        raise NotImplementedError

    def write(self) -> WriteOp:
        call = self._call()
        entry_id = self.record.id
        return WriteOp(self, lambda _c: call(), ChangeNotice.for_entries([entry_id]))

    def _stored(self, result: entries.EntryRecord) -> None:
        self.record = result
        super()._stored(result)

    def reloaded(self, exc: ConflictError) -> None:
        """The saved version becomes the base; what was typed here stays."""
        try:
            self.record = entries.get_entry(self.record.id)
        except StoreError as error:
            show_error(self, error)
            return
        self._show_heading()
        self.update_buttons()


class ReviewDialog(_LifecycleDialog):
    """R3: record a review; shows live when the next review will be."""

    def __init__(self, record: entries.EntryRecord, parent: QWidget | None = None) -> None:
        super().__init__(record, parent)
        self.setWindowTitle(QCoreApplication.translate("Lifecycle", "Record review"))
        self.outcome = QComboBox(self)
        for outcome in ReviewOutcome:
            self.outcome.addItem(label(outcome, self.lang), str(outcome))
        self.review_date = DateEdit(self)
        self.review_date.set_date(date.today())
        self.decision_date = DateEdit(self)
        self.body = SearchCombo(
            QCoreApplication.translate("Lifecycle", "Type to find the deciding body…"), self
        )
        self.body.set_items(_body_items(record.data.deciding_body_id))
        self.body.set_current_id(record.data.deciding_body_id)
        self.case_number = QLineEdit(self)
        self.case_number.setPlaceholderText(
            QCoreApplication.translate("Lifecycle", "e.g. KS 2026/0123")
        )
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.next_review = QLabel(self)
        self.next_review.setStyleSheet("font-weight: bold;")
        self.fixed_date = DateEdit(self)
        self.fixed_reason = QLineEdit(self)
        self.fixed_reason.setPlaceholderText(
            QCoreApplication.translate(
                "Lifecycle", "Only if the decision names the next review date: its words"
            )
        )
        self.ctx = catalog.rule_context()
        self.warning = _warning_label(self)
        self.form.addRow(QCoreApplication.translate("Lifecycle", "&Outcome:"), self.outcome)
        self.form.addRow(QCoreApplication.translate("Lifecycle", "&Review date:"), self.review_date)
        self.form.addRow(
            QCoreApplication.translate("Lifecycle", "Decision &date:"), self.decision_date
        )
        self.form.addRow(QCoreApplication.translate("Lifecycle", "Decided &by:"), self.body)
        self.form.addRow(QCoreApplication.translate("Lifecycle", "Case &number:"), self.case_number)
        self.form.addRow(QCoreApplication.translate("Lifecycle", "Not&e:"), self.note)
        self.form.addRow("", self.next_review)
        self.form.addRow(
            QCoreApplication.translate("Lifecycle", "Next review set by the decision:"),
            self.fixed_date,
        )
        self.form.addRow("", self.fixed_reason)
        self.form.addRow("", self.warning)
        for signal in (
            self.outcome.currentIndexChanged,
            self.review_date.changed,
            self.decision_date.changed,
            self.fixed_date.changed,
            self.fixed_reason.textChanged,
            self.body.changed,
        ):
            signal.connect(self._update)
        self.resize(520, self.sizeHint().height())
        self._update()

    def next_review_date(self) -> date | None:
        """As the service will compute it: the date the decision sets, else the
        decision date (else the review date) plus the interval."""
        if self.outcome.currentData() == ReviewOutcome.TERMINATE:
            return None
        if self.fixed_date.date() is not None:
            return self.fixed_date.date()
        anchor = self.decision_date.date() or self.review_date.date()
        interval = self.record.data.review_interval_months
        if anchor is None or not interval:
            return None
        try:
            return add_months(anchor, interval)
        except ValueError:
            return None

    def _update(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        today = date.today()
        future = any(d is not None and d > today for d in (self.review_date.date(),
                                                           self.decision_date.date()))  # fmt: skip
        fixed_without_reason = (
            self.fixed_date.date() is not None and not self.fixed_reason.text().strip()
        )
        valid = (
            self.review_date.date() is not None
            and self.decision_date.is_valid()
            and self.fixed_date.is_valid()
            and self.body.is_valid()
            and not future
            and not fixed_without_reason
        )
        save.setEnabled(valid)
        self._update_warning(future, fixed_without_reason)
        if self.outcome.currentData() == ReviewOutcome.TERMINATE:
            text = QCoreApplication.translate(
                "Lifecycle", "The entry will be terminated; no further review."
            )
        elif not self.record.data.review_interval_months and self.fixed_date.date() is None:
            text = QCoreApplication.translate(
                "Lifecycle", "The entry has no review interval: no next review."
            )
        elif (next_review := self.next_review_date()) is not None:
            text = QCoreApplication.translate("Lifecycle", "Next review will be: %1").replace(
                "%1", next_review.isoformat()
            )
        else:
            text = QCoreApplication.translate("Lifecycle", "Enter the review date as yyyy-mm-dd.")
        self.next_review.setText(text)

    def _call(self) -> Callable[[], entries.EntryRecord]:
        review = entries.ReviewInput(
            outcome=self.outcome.currentData(),
            review_date=self.review_date.date(),  # type: ignore[arg-type]
            deciding_body_id=self.body.current_id(),
            decision_date=self.decision_date.date(),
            case_number=self.case_number.text(),
            note=self.note.toPlainText(),
            next_review_fixed=self.fixed_date.date(),
            next_review_reason=self.fixed_reason.text(),
        )
        entry_id, version = self.record.id, self.record.version
        return lambda: entries.record_review(entry_id, review, version)

    def _update_warning(self, future: bool, fixed_without_reason: bool) -> None:
        lines = []
        if future:
            lines.append(
                QCoreApplication.translate(
                    "Lifecycle",
                    "A review is recorded once it has taken place: the dates cannot lie in "
                    "the future.",
                )
            )
        if fixed_without_reason:
            lines.append(
                QCoreApplication.translate(
                    "Lifecycle", "Give the decision's words for the next review date."
                )
            )
        when = self.review_date.date()
        if when is not None and self.body.current_id() is not None:
            fact = ReviewFact(
                when, self.outcome.currentData(), self.body.current_id(), self.decision_date.date()
            )
            text = _mandate_warning(
                self.record, self.ctx, reviews=(*self.record.data.reviews, fact)
            )
            if text:
                lines.append(text)
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))

    def update_buttons(self) -> None:
        self._update()


class TerminateDialog(_LifecycleDialog):
    """End an entry: date, reason and the body that decided it."""

    def __init__(self, record: entries.EntryRecord, parent: QWidget | None = None) -> None:
        super().__init__(record, parent)
        self.setWindowTitle(QCoreApplication.translate("Lifecycle", "Terminate entry"))
        self.when = DateEdit(self)
        self.when.set_date(date.today())
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.body = SearchCombo(
            QCoreApplication.translate("Lifecycle", "Type to find the deciding body…"), self
        )
        self.body.set_items(_body_items(record.data.deciding_body_id))
        self.body.set_current_id(record.data.deciding_body_id)
        self.form.addRow(QCoreApplication.translate("Lifecycle", "Termination &date:"), self.when)
        self.form.addRow(QCoreApplication.translate("Lifecycle", "&Reason:"), self.reason)
        self.form.addRow(QCoreApplication.translate("Lifecycle", "Decided &by:"), self.body)
        note = QLabel(
            QCoreApplication.translate(
                "Lifecycle", "The entry stays in the register and its history; it is not deleted."
            )
        )
        note.setWordWrap(True)
        self.form.addRow("", note)
        self.ctx = catalog.rule_context()
        self.warning = _warning_label(self)
        self.form.addRow("", self.warning)
        for signal in (self.when.changed, self.reason.textChanged, self.body.changed):
            signal.connect(self._update)
        self.resize(520, self.sizeHint().height())
        self._update()

    def _update(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(
            self.when.date() is not None
            and bool(self.reason.toPlainText().strip())
            and self.body.is_valid()
        )
        text = ""
        if self.body.current_id() is not None:
            text = _mandate_warning(
                self.record,
                self.ctx,
                status=Status.TERMINATED,
                terminated_date=self.when.date(),
                terminated_by_id=self.body.current_id(),
            )
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def _call(self) -> Callable[[], entries.EntryRecord]:
        args = (
            self.record.id,
            self.when.date(),
            self.reason.toPlainText(),
            self.body.current_id(),
            self.record.version,
        )
        return lambda: entries.terminate_entry(*args)  # type: ignore[arg-type]

    def update_buttons(self) -> None:
        self._update()


def _read(parent: QWidget | None, entry_id: int) -> entries.EntryRecord | None:
    try:
        return entries.get_entry(entry_id)
    except StoreError as exc:
        show_error(parent, exc)
        return None


def record_review(parent: QWidget | None, entry_id: int) -> bool:
    """Ask for a review of the entry and store it; True when saved (the write's
    notice refreshes the pages and any open editor of the entry)."""
    record = _read(parent, entry_id)
    if record is None:
        return False
    dialog = ReviewDialog(record, parent)
    dialog.exec()
    return dialog.saved is not None


def terminate_entry(parent: QWidget | None, entry_id: int) -> bool:
    """Ask for date, reason and body, then terminate; True when saved."""
    record = _read(parent, entry_id)
    if record is None:
        return False
    dialog = TerminateDialog(record, parent)
    dialog.exec()
    return dialog.saved is not None


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
