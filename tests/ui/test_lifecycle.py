"""Reviews, termination, archiving and restoring through the dialogs (R3, R10).

The modal dialogs are answered by the ``modals`` fixture: ``on_dialog`` fills
the dialog like a user and presses Save.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.domain.dates import add_years
from desktop_app.domain.kinds import ReviewOutcome, Status
from desktop_app.services import entries
from desktop_app.ui.editor import lifecycle
from desktop_app.ui.editor.entry_dialog import EntryDialog
from desktop_app.ui.editor.entry_history import EntryHistoryWidget
from desktop_app.ui.editor.lifecycle import ReviewDialog, TerminateDialog

from .conftest import wait_idle
from .editor_helpers import body_id, choose, entry_id, save

DECIDED = date(2026, 11, 2)


def fill_review(dialog: QDialog) -> QDialog.DialogCode:
    assert isinstance(dialog, ReviewDialog)
    choose(dialog.outcome, ReviewOutcome.CONTINUE)
    dialog.review_date.line.setText("2026-10-20")
    dialog.decision_date.line.setText(DECIDED.isoformat())
    dialog.body.set_current_id(body_id("KF"))
    dialog.case_number.setText("KS 2026/0999")
    dialog.note.setPlainText("Fortsatt medlemskap efter omprövning.")
    # What the registrar reads before pressing Save:
    assert dialog.next_review.text() == "Next review will be: " + add_years(DECIDED, 4).isoformat()
    return QDialog.DialogCode.Accepted if save(dialog) else QDialog.DialogCode.Rejected


def test_review_from_editor_moves_next_review_and_shows_in_history(
    qtbot, demo_sqlite, modals
) -> None:
    ident = entry_id("Medlemskap i Eurocities")
    editor = EntryDialog(ident)
    qtbot.addWidget(editor)
    before = editor.record.next_review_date
    modals.on_dialog = fill_review
    editor.record_review()
    record = entries.get_entry(ident)
    assert record.next_review_date == date(2030, 11, 2) != before
    assert record.reviews[-1].case_number == "KS 2026/0999"
    # The editor reloaded: new version, new next review, history lists it all.
    assert editor.record.version == record.version
    assert editor.form.next_review.text() == "2030-11-02"
    assert editor.history.review_rows()[-1][:5] == [
        "2026-10-20",
        "Fortsätta",
        "KF",
        "2026-11-02",
        "KS 2026/0999",
    ]
    rows = editor.history.change_rows()
    assert rows[0][2] == "Created"
    assert rows[-1][2] == "Review recorded"
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)  # oldest first
    assert ["Next review", before.isoformat(), "2030-11-02"] in [r[3:6] for r in rows]
    assert all(r[1] == "testare" for r in rows[-2:])


def test_review_outcome_terminate_says_so_and_terminates(qtbot, demo_sqlite, modals) -> None:
    ident = entry_id("Medlemskap i Eurocities")

    def terminate(dialog: ReviewDialog) -> QDialog.DialogCode:
        choose(dialog.outcome, ReviewOutcome.TERMINATE)
        dialog.note.setPlainText("Nätverket ger inte längre mervärde.")
        assert "terminated" in dialog.next_review.text()
        return QDialog.DialogCode.Accepted if save(dialog) else QDialog.DialogCode.Rejected

    modals.on_dialog = terminate
    lifecycle.record_review(None, ident)
    record = entries.get_entry(ident)
    assert record.data.status == Status.TERMINATED and record.next_review_date is None


def test_review_conflict_reloads_and_saves_on_second_try(qtbot, demo_sqlite, modals) -> None:
    ident = entry_id("Medlemskap i Eurocities")
    dialog = ReviewDialog(entries.get_entry(ident))
    qtbot.addWidget(dialog)
    dialog.decision_date.line.setText(DECIDED.isoformat())
    other = entries.get_entry(ident)
    other.data.notes = "Ändrat under tiden."
    entries.update_entry(ident, other.data, other.version)
    modals.answer = QMessageBox.StandardButton.Yes  # Reload
    assert not save(dialog)
    assert "testare" in modals.texts()
    assert dialog.decision_date.date() == DECIDED  # what was typed is kept
    assert save(dialog)
    assert entries.get_entry(ident).next_review_date == add_years(DECIDED, 4)


def test_review_needs_a_readable_date(qtbot, demo_sqlite) -> None:
    dialog = ReviewDialog(entries.get_entry(entry_id("Medlemskap i Eurocities")))
    qtbot.addWidget(dialog)
    save = dialog.buttons.buttons()[0]
    assert save.isEnabled()
    dialog.review_date.line.setText("2026-1")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()


def test_terminate_from_editor(qtbot, demo_sqlite, modals) -> None:
    ident = entry_id("Medlemskap i Eurocities")
    editor = EntryDialog(ident)
    qtbot.addWidget(editor)

    def fill(dialog: QDialog) -> QDialog.DialogCode:
        assert isinstance(dialog, TerminateDialog)
        save_button = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        assert not save_button.isEnabled()  # a reason is required
        dialog.when.line.setText("2026-12-31")
        dialog.reason.setPlainText("Ersätts av deltagande i arbetsgrupper.")
        dialog.body.set_current_id(body_id("KF"))
        assert save_button.isEnabled()
        return QDialog.DialogCode.Accepted if save(dialog) else QDialog.DialogCode.Rejected

    modals.on_dialog = fill
    editor.terminate()
    record = entries.get_entry(ident)
    assert record.data.status == Status.TERMINATED
    assert record.terminated_date == date(2026, 12, 31)
    assert record.terminated_by_id == body_id("KF")
    assert not editor.form.status.isEnabled()
    assert not editor.terminate_button.isEnabled()
    assert "2026-12-31" in editor.form.termination.text()
    assert "Terminated" in [r[2] for r in editor.history.change_rows()]


def test_lifecycle_action_asks_to_save_first(qtbot, demo_sqlite, modals) -> None:
    ident = entry_id("Medlemskap i Eurocities")
    editor = EntryDialog(ident)
    qtbot.addWidget(editor)
    editor.form.contact_person.setText("Eva Först")
    modals.answer = QMessageBox.StandardButton.Save
    modals.on_dialog = fill_review
    editor.record_review()
    wait_idle()  # the save first, then the review
    record = entries.get_entry(ident)
    assert record.data.contact_person == "Eva Först"
    assert record.next_review_date == date(2030, 11, 2)


def test_archive_and_restore_from_editor(qtbot, demo_sqlite, modals) -> None:
    ident = entry_id("Medlemskap i Eurocities")
    editor = EntryDialog(ident)
    qtbot.addWidget(editor)
    modals.answer = QMessageBox.StandardButton.No
    editor.toggle_archived()
    assert not entries.get_entry(ident).archived
    modals.answer = QMessageBox.StandardButton.Yes
    editor.toggle_archived()
    wait_idle()
    assert entries.get_entry(ident).archived
    assert "Archived" in editor.header.text()
    assert editor.archive_button.text().replace("&", "") == "Restore"
    editor.toggle_archived()
    wait_idle()
    assert not entries.get_entry(ident).archived
    actions = [r[2] for r in editor.history.change_rows()]
    assert actions[-2:] == ["Archived", "Restored"]


def test_history_widget_lists_documents(qtbot, demo_sqlite) -> None:
    ident = entry_id("Medlemskap i Eurocities")
    entries.record_document([ident], "memo", "/tmp/memo.pdf")
    widget = EntryHistoryWidget()
    qtbot.addWidget(widget)
    widget.set_entry(ident)
    last = widget.change_rows()[-1]
    assert last[2:] == ["Document made", "", "", "", "kind: memo, file: /tmp/memo.pdf"]


def test_editor_conflict_on_both_backends(qtbot, demo_register, modals) -> None:
    """The version check holds on PostgreSQL as on SQLite (parametrised register)."""
    ident = entry_id("Medlemskap i Eurocities")
    first, second = EntryDialog(ident), EntryDialog(ident)  # two registrars
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    second.form.contact_person.setText("Greta Sist")  # both are editing at once
    first.form.cost_payer.set_current_id(body_id("SLK"))
    assert save(first)
    modals.answer = QMessageBox.StandardButton.Yes
    assert not save(second)
    assert second.form.cost_payer.current_id() == body_id("SLK")
    second.reapply_edits()
    assert save(second)
    data = entries.get_entry(ident).data
    assert (data.cost_payer_body_id, data.contact_person) == (body_id("SLK"), "Greta Sist")
