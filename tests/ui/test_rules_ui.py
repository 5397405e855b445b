"""The rules' new fields and assessments in the editor, and the invitation letters page."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtWidgets import QDialog

from desktop_app.domain.kinds import Direction, Engagement, ProjectKind
from desktop_app.services import assessments, audit, entries, invitations
from desktop_app.ui.editor.entry_dialog import EntryDialog
from desktop_app.ui.pages.invitation_dialog import InvitationDialog
from desktop_app.ui.pages.invitations import COL_DELEGATION, InvitationsPage

from .conftest import wait_idle
from .editor_helpers import body_id, choose, codes, entry_id, save


def _editor(qtbot, title_part: str) -> EntryDialog:
    dialog = EntryDialog(entry_id(title_part))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_new_fields_are_saved_and_shown_again(qtbot, demo_sqlite) -> None:
    dialog = _editor(qtbot, "Medlemskap i C40 Cities")
    form = dialog.form
    assert form.fixed_review.isChecked() and "omprövas senast" in form.fixed_reason.text()
    assert "(set by the decision)" in form.next_review.text()
    choose(form.engagement, Engagement.DECLARATION)
    form.continued.setChecked(True)
    form.interval.setValue(30)
    form.fixed_reason.setText("")
    assert "R3-FIXED-REASON" in codes(dialog) and not dialog.save_button.isEnabled()
    form.fixed_reason.setText("KS 2026-02-01: omprövas senast 2028-12-31")
    form.fixed_date.line.setText("2028-12-31")
    form.cost_payer.set_current_id(body_id("KS"))
    choose(form.project_kind, ProjectKind.OTHER)
    form.external_financiers.setText("Bloomberg Philanthropies")
    form.external_share.setText("62,5 %")
    form.city_contribution.setText("40 000")
    assert save(dialog)
    data = entries.get_entry(dialog.record.id).data
    assert data.engagement == Engagement.DECLARATION and data.continued
    assert data.review_interval_months == 30
    assert data.next_review_fixed == date(2028, 12, 31)
    assert data.cost_payer_body_id == body_id("KS")
    assert data.external_share == Decimal("62.50")
    assert data.city_contribution == Decimal("40000.00")
    again = _editor(qtbot, "Medlemskap i C40 Cities")
    assert again.form.external_share.text() == "62,5"
    assert again.form.continued.isChecked()
    assert not again.is_dirty()


def test_a_payer_written_as_text_is_shown_until_a_body_is_chosen(qtbot, demo_sqlite) -> None:
    dialog = _editor(qtbot, "Culture Action Europe")
    assert "Kulturförvaltningens verksamhetsbudget" in dialog.form.payer_as_written.text()
    assert "R6-PAYER-UNMATCHED" in codes(dialog)
    dialog.form.cost_payer.set_current_id(body_id("KUN"))
    assert "R6-PAYER-UNMATCHED" not in codes(dialog)
    assert save(dialog)
    assert entries.get_entry(dialog.record.id).data.cost_payer == ""


def test_assess_a_warning_in_the_editor_and_see_it_reopen(qtbot, demo_sqlite, modals) -> None:
    dialog = _editor(qtbot, "Medlemskap i ICLEI")
    panel = dialog.findings_panel
    assert panel.assess_button.isVisible()
    row = next(i for i, c in enumerate(panel.findings) if c.finding.code == "R4")
    panel.list.setCurrentRow(row)
    assert panel.assess_button.isEnabled()
    modals.input_text = "Beslutet fattades av TN på delegation från KF 2024."
    panel.assess_button.click()
    wait_idle()
    r4 = next(c for c in dialog.findings if c.finding.code == "R4")
    assert r4.assessment is not None, modals.texts()
    assert "1 assessed" in panel.heading.text() or "1 bedömd" in panel.heading.text()
    assert any("Beslutet fattades av TN" in m for m in panel.messages())
    assert dialog.form.deciding_body.property("finding") in ("", None)  # no longer marked
    # Changing what R4 reads reopens it when saved.
    dialog.form.responsible_body.set_current_id(body_id("TN"))
    assert save(dialog)
    assert next(c for c in dialog.findings if c.finding.code == "R4").is_open
    actions = [e.action for e in audit.list_events(entry_id=dialog.record.id)]
    assert "assess" in actions and actions[-1] == "reopen"


def test_unsaved_edits_must_be_saved_before_assessing(qtbot, demo_sqlite, modals) -> None:
    dialog = _editor(qtbot, "Medlemskap i ICLEI")
    dialog.form.notes.setPlainText("Ändrad")
    assert not dialog.findings_panel.assess_button.isVisible()
    checked = next(c for c in dialog.findings if c.finding.code == "R4")
    dialog.assess_finding(checked)
    assert "Save your changes first" in modals.texts()
    assert assessments.open_for(assessments.Subject("entry", dialog.record.id)) == []


def test_the_demo_shows_its_assessed_warning(qtbot, demo_sqlite) -> None:
    dialog = _editor(qtbot, "GrowSmarter")
    r1 = next(c for c in dialog.findings if c.finding.code == "R1")
    assert r1.assessment is not None and "partnerstäder" in r1.assessment.reason
    panel = dialog.findings_panel
    panel.list.setCurrentRow(dialog.findings.index(r1))
    assert panel.reopen_button.isEnabled() and not panel.assess_button.isEnabled()


def test_review_dialog_warns_of_a_body_without_the_mandate(qtbot, demo_sqlite, modals) -> None:
    from desktop_app.ui.editor.lifecycle import ReviewDialog

    record = entries.get_entry(entry_id("Medlemskap i Eurocities"))
    dialog = ReviewDialog(record)
    qtbot.addWidget(dialog)
    dialog.body.set_current_id(body_id("SLK"))
    assert "Stadsledningskontoret" in dialog.warning.text() and not dialog.warning.isHidden()
    dialog.body.set_current_id(body_id("KS"))
    assert dialog.warning.isHidden()
    dialog.review_date.set_date(date.today() + timedelta(days=3))
    assert "future" in dialog.warning.text() or "framtiden" in dialog.warning.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()


def test_the_invitation_letters_page(qtbot, demo_sqlite, modals) -> None:
    page = InvitationsPage()
    qtbot.addWidget(page)
    page.reload()
    delegations = [page.table.item(r, COL_DELEGATION).text() for r in range(page.table.rowCount())]
    assert "Delegation från Nairobi County" in delegations
    assert "Nairobi County" in page.warnings.text() and "R9" in page.warnings.text()

    def fill(dialog: QDialog) -> QDialog.DialogCode:
        assert isinstance(dialog, InvitationDialog)
        dialog.delegation.setText("Delegation från Tallinns stad")
        dialog.country.setText("Estland")
        dialog.body.set_current_id(body_id("UN"))
        assert any("R9" in m for m in dialog.messages())
        dialog.directions.boxes[int(Direction.COOPERATION)].setChecked(True)
        dialog.justification.setPlainText("Lärarutbyte inom samarbetet om digitalt lärande.")
        dialog.decided_by.setText("Förvaltningschefen")
        assert dialog.messages() == []
        dialog.accept()
        return QDialog.DialogCode.Accepted

    modals.on_dialog = fill
    page.new_letter()
    wait_idle()
    page.reload()
    assert any(r.data.delegation == "Delegation från Tallinns stad"
               for r in invitations.list_letters())  # fmt: skip
    # Assess the Nairobi letter's warning.
    nairobi = next(
        r for r in range(page.table.rowCount())
        if page.table.item(r, COL_DELEGATION).text() == "Delegation från Nairobi County"
    )  # fmt: skip
    page.table.selectRow(nairobi)
    assert page.assess_button.isEnabled()
    modals.input_text = "Besöket bekräftat av KS; motivering i diariet."
    page.assess_selected()
    wait_idle()
    page.reload()
    assert "Besöket bekräftat av KS" in page.warnings.text()
