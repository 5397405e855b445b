"""The review case dialog: write the memo's text, save it (an operation), reopen it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.services import audit, memo_drafts, memos
from desktop_app.services import register as reg
from desktop_app.ui import memo_draft
from desktop_app.ui.memo_draft import MemoDraftDialog


def _id(title: str) -> int:
    ids = reg.query_ids(reg.RegisterFilter(include_archived=True))
    rows = reg.rows_by_ids(ids)
    return next(i for i, row in rows.items() if row.title == title)


def test_write_save_and_reopen_a_draft(qtbot, demo_sqlite, tmp_path: Path) -> None:
    entry_id = _id("Medlemskap i ICLEI – Local Governments for Sustainability")
    facts = memos.gather([entry_id])[0]
    dialog = MemoDraftDialog(facts, None)
    qtbot.addWidget(dialog)
    worded = dialog.proposal_text.toPlainText()
    assert worded.startswith("Kommunstyrelsen beslutar att medlemskapet i ICLEI")
    # Ending the membership of a city-wide organisation: the Council, via the Board.
    dialog.variant.setCurrentIndex(dialog.variant.findData("end"))
    assert not dialog.proposal.isEnabled()
    dialog.reword()
    assert dialog.proposal_text.toPlainText().startswith(
        "Kommunstyrelsen föreslår kommunfullmäktige besluta att staden träder ut ur ICLEI"
    )
    dialog.summary.setPlainText("Medlemskapet har inte använts sedan 2024.")
    dialog.assessment.setPlainText("Förvaltningen bedömer att nyttan inte motsvarar avgiften.")
    dialog.resize(1024, 700)
    dialog.show()
    dialog.grab().save(str(tmp_path / "memo_draft.png"))
    assert dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    saved = memo_drafts.get_draft(entry_id)
    assert saved is not None
    assert saved.text.variant == "end" and saved.text.proposal == "terminate"
    assert saved.text.proposal_text == ""  # the register's own wording is not stored
    assert saved.text.summary == "Medlemskapet har inte använts sedan 2024."
    assert any(e.object_type == "memo_draft" for e in audit.list_events(entry_id=entry_id))
    again = MemoDraftDialog(memos.gather([entry_id])[0], saved)
    qtbot.addWidget(again)
    assert again.variant_value() == "end"
    assert again.assessment.toPlainText() == saved.text.assessment
    assert "draft saved" in again.heading.text() or "utkast sparat" in again.heading.text()


def test_open_memo_draft_reads_on_the_runner(qtbot, demo_sqlite, modals) -> None:
    entry_id = _id("Medlemskap i Eurocities")
    seen: list[QDialog] = []

    def look(dialog: QDialog) -> QDialog.DialogCode:
        seen.append(dialog)
        return QDialog.DialogCode.Rejected

    modals.on_dialog = look
    parent = QWidget()
    qtbot.addWidget(parent)
    memo_draft.open_memo_draft(parent, entry_id)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert isinstance(seen[0], MemoDraftDialog)
    assert memo_draft.case_under_way_text(None) == ""
