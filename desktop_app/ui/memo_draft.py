"""The review case: the handläggare writes the memo's own text in the program.

``open_memo_draft(parent, entry_id)`` reads the entry's facts and its open
draft on the runner, then shows ``MemoDraftDialog``: what the memo proposes
(review, ending, new decision; continue, amend or end), the proposal's
wording (prefilled from the register and the mandates, editable), and free
text for Sammanfattning, Ärendets beredning and Förvaltningens bedömning.
Empty fields show, greyed, the text the register would give. Saving is an
operation (``ui/operations.py``): one audited write, a conflict names who
saved first. The saved draft is used by every memo made for the entry, PDF
and Word alike.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.memo_route import Proposal, Variant
from desktop_app.exports.memo_compose import compose
from desktop_app.services import memo_drafts
from desktop_app.services import memos as memo_service
from desktop_app.services.errors import ConflictError, StoreError
from desktop_app.services.memo_drafts import DraftRecord
from desktop_app.services.memos import MemoDraftText, MemoFacts

from .changes import ChangeNotice
from .dialogs.saving import SavingDialog
from .errors import show_error, ui_language
from .operations import WriteOp
from .runner import Job, runner


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MemoDraftDialog(SavingDialog):
    """Write and save the memo's text for one entry (its review case)."""

    def __init__(
        self, facts: MemoFacts, draft: DraftRecord | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.facts = facts
        self.draft = draft
        self.lang = ui_language()
        self.setWindowTitle(self.tr("Review case: memo draft"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self.variant = QComboBox(self)
        self.variant.setObjectName("draftVariant")
        self.variant.addItem(self.tr("Review (omprövning)"), Variant.REVIEW.value)
        self.variant.addItem(self.tr("Ending (utträde)"), Variant.END.value)
        self.variant.addItem(self.tr("New decision"), Variant.NEW.value)
        form.addRow(self.tr("The memo proposes:"), self.variant)
        self.proposal = QComboBox(self)
        self.proposal.setObjectName("draftProposal")
        self.proposal.addItem(self.tr("Continue"), Proposal.CONTINUE.value)
        self.proposal.addItem(self.tr("Continue with changes"), Proposal.AMEND.value)
        self.proposal.addItem(self.tr("End"), Proposal.END.value)
        form.addRow(self.tr("Proposal:"), self.proposal)
        self.proposal_text = self._text("draftProposalText", 3)
        reword = QPushButton(self.tr("&Word it from the choices"), self)
        reword.setAutoDefault(False)
        reword.clicked.connect(self.reword)
        row = QVBoxLayout()
        row.addWidget(self.proposal_text)
        row.addWidget(reword)
        form.addRow(self.tr("Förslag till beslut\n(one point a line):"), row)
        self.summary = self._text("draftSummary", 3)
        form.addRow(self.tr("Sammanfattning:"), self.summary)
        self.preparation = self._text("draftPreparation", 2)
        form.addRow(self.tr("Ärendets beredning:"), self.preparation)
        self.assessment = self._text("draftAssessment", 4)
        form.addRow(self.tr("Förvaltningens bedömning\n(your own words):"), self.assessment)
        officer = QHBoxLayout()
        self.officer = QLineEdit(self)
        self.officer_phone = QLineEdit(self)
        officer.addWidget(self.officer, 2)
        officer.addWidget(self.officer_phone, 1)
        form.addRow(self.tr("Handläggare, phone:"), officer)
        note = QLabel(
            self.tr(
                "Empty fields take the register's text (shown in grey). The strategy's "
                "questions, the background and the economy are written from the register; "
                "your assessment follows them. Every memo of this entry, PDF and Word, "
                "uses this draft."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save draft"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 640)
        self._fill(draft.text if draft else None)
        self.variant.currentIndexChanged.connect(self._choices_changed)
        self.proposal.currentIndexChanged.connect(self._choices_changed)

    def _text(self, name: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * (lines + 1))
        return edit

    # ------------------------------------------------------------ contents

    def _show_heading(self) -> None:
        facts = self.facts
        name = f"<b>{_html(facts.case_number)} {_html(facts.title)}</b>"
        if self.draft is None:
            state = self.tr("No review case yet: saving opens one.")
        else:
            when = self.draft.updated_at.strftime("%Y-%m-%d %H:%M") if self.draft.updated_at else ""
            state = (
                self.tr("Review case under way: draft saved %1 by %2.")
                .replace("%1", when)
                .replace("%2", _html(self.draft.updated_by or "–"))
            )
        self.heading.setText(f"{name}<br>{state}")

    def _fill(self, text: MemoDraftText | None) -> None:
        text = text or MemoDraftText()
        variant = text.variant or (
            Variant.NEW.value if self.facts.status == "draft" else Variant.REVIEW.value
        )
        self.variant.setCurrentIndex(max(0, self.variant.findData(variant)))
        self.proposal.setCurrentIndex(
            max(0, self.proposal.findData(text.proposal or Proposal.CONTINUE.value))
        )
        self.proposal.setEnabled(variant == Variant.REVIEW.value)
        self.summary.setPlainText(text.summary)
        self.preparation.setPlainText(text.preparation)
        self.assessment.setPlainText(text.assessment)
        self.officer.setText(text.officer)
        self.officer_phone.setText(text.officer_phone)
        self.proposal_text.setPlainText(text.proposal_text or self._worded())
        self._placeholders()
        self._show_heading()

    def _document(self):
        choices = MemoDraftText(variant=self.variant_value(), proposal=self.proposal_value())
        return compose(self.facts, self.lang, date.today(), draft=choices)

    def _worded(self) -> str:
        (points,) = self._document().proposal.blocks
        return "\n".join(points.items)

    def _placeholders(self) -> None:
        doc = self._document()

        def first(index: int) -> str:
            section = doc.sections[index]
            return " ".join(getattr(b, "text", "") for b in section.blocks[:1])

        self.summary.setPlaceholderText(first(0))
        self.preparation.setPlaceholderText(first(2))
        self.assessment.setPlaceholderText(
            self.tr("Your assessment, after the strategy's questions (optional).")
        )
        self.officer.setPlaceholderText(doc.letterhead.officer or self.tr("Name"))
        self.officer_phone.setPlaceholderText(doc.letterhead.officer_phone or self.tr("Phone"))

    def _choices_changed(self) -> None:
        self.proposal.setEnabled(self.variant_value() == Variant.REVIEW.value)
        self._placeholders()

    def reword(self) -> None:
        """The proposal's points as the register and the mandates word them."""
        self.proposal_text.setPlainText(self._worded())

    def variant_value(self) -> str:
        return str(self.variant.currentData())

    def proposal_value(self) -> str:
        if self.variant_value() == Variant.END.value:
            return Proposal.END.value
        return str(self.proposal.currentData())

    def text(self) -> MemoDraftText:
        worded = self.proposal_text.toPlainText().strip()
        return MemoDraftText(
            variant=self.variant_value(),
            proposal=self.proposal_value(),
            # The register's own wording is not stored: it follows the register.
            proposal_text="" if worded == self._worded() else worded,
            summary=self.summary.toPlainText(),
            preparation=self.preparation.toPlainText(),
            assessment=self.assessment.toPlainText(),
            officer=self.officer.text(),
            officer_phone=self.officer_phone.text(),
        )

    # ------------------------------------------------------------ saving

    def write(self) -> WriteOp:
        entry_id = self.facts.entry_id
        text = self.text()
        version = self.draft.version if self.draft else None
        return WriteOp(
            self,
            lambda _c: memo_drafts.save_draft(entry_id, text, version),
            ChangeNotice.for_entries([entry_id]),
        )

    def _stored(self, result: DraftRecord) -> None:
        self.draft = result
        super()._stored(result)

    def reloaded(self, exc: ConflictError) -> None:
        """The saved draft becomes the base (its version); what was typed here stays."""
        try:
            self.draft = memo_drafts.get_draft(self.facts.entry_id)
        except StoreError as error:
            show_error(self, error)
            return
        self._show_heading()


def open_memo_draft(parent: QWidget | None, entry_id: int) -> None:
    """Read the entry and its draft on the runner, then show the dialog."""

    def read(_control) -> tuple[MemoFacts, DraftRecord | None]:
        facts = memo_service.gather([entry_id])[0]
        memo_service.refuse_ended([facts])
        return facts, memo_drafts.get_draft(entry_id)

    def show(result: tuple[MemoFacts, DraftRecord | None]) -> None:
        facts, draft = result
        dialog = MemoDraftDialog(facts, draft, parent)
        dialog.exec()

    runner().submit(
        Job(
            read,
            progress=QCoreApplication.translate("MemoDraftDialog", "Opening the review case…"),
            cancellable=False,
            parent=parent,
            on_done=show,
            on_failed=lambda exc: show_error(parent, exc),
        )
    )


def case_under_way_text(draft: DraftRecord | None) -> str:
    """What an entry's header says of its review case ("" when there is none)."""
    if draft is None:
        return ""
    when = draft.updated_at.strftime("%Y-%m-%d") if draft.updated_at else ""
    return QCoreApplication.translate(
        "MemoDraftDialog", "review case under way (memo draft %1)"
    ).replace("%1", when)


def draft_button_text() -> str:
    return QCoreApplication.translate("MemoDraftDialog", "Memo d&raft…")
