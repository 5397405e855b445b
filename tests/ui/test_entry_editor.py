"""The entry editor against a real SQLite demo register: rules live, saving, conflicts.

Swedish text is typed with ``setText`` (QTest.keyClicks aborts on å/ä/ö).
Modal message boxes are answered through the ``modals`` fixture.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.kinds import Direction, Kind, Scope, Status
from desktop_app.services import audit, catalog, entries
from desktop_app.store.errors import StoreError
from desktop_app.ui.editor.entry_dialog import EntryDialog, open_entry_editor

from .conftest import wait_idle
from .editor_helpers import body_id, choose, codes, entry_id, save, theme_id


@pytest.fixture
def new_editor(qtbot, demo_sqlite) -> EntryDialog:
    dialog = EntryDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_cooperation_without_benefit_is_blocked_then_saved(qtbot, new_editor) -> None:
    form = new_editor.form
    choose(form.kind, Kind.COOPERATION)
    form.case_number.setText("TN 2026/0042")
    form.title.setText("Samarbete med Helsingfors om vintercykling")
    # R2: theme, benefit, start and end missing: errors shown, Save disabled and says why.
    assert {"R2-THEME", "R2-BENEFIT", "R2-START", "R2-END"} <= set(codes(new_editor))
    assert not new_editor.save_button.isEnabled()
    assert "R2" in new_editor.save_button.toolTip()
    assert any("ömsesidiga nyttan" in m for m in new_editor.findings_panel.messages())
    assert form.mutual_benefit.property("finding") == "error"
    assert "ömsesidiga nyttan" in form.mutual_benefit.toolTip()
    assert form.tabBar().tabTextColor(0).name() == "#c62828"

    form.theme.set_current_id(theme_id("Klimat och miljö"))
    form.mutual_benefit.setPlainText("Erfarenhetsutbyte om vinterväghållning av cykelbanor.")
    form.start_date.line.setText("2026-01-01")
    form.end_date.line.setText("2028-12-31")
    choose(form.scope, Scope.OPERATION_SPECIFIC)
    form.deciding_body.set_current_id(body_id("TN"))
    form.decision_date.line.setText("2025-12-10")
    form.directions.boxes[int(Direction.COOPERATION)].setChecked(True)
    form.annual_cost.setText("12 500,50")
    form.cost_payer.set_current_id(body_id("TN"))
    form.counterparties.create_and_add("Helsingfors stad", "Finland", "city")
    wait_idle()  # a catalog write, off the UI thread
    new_cp = catalog.find_counterparty("Helsingfors stad").id
    form.documents.add_link("https://example.org/avtal.pdf")
    assert not [c for c in codes(new_editor) if c.startswith("R2")]
    assert form.mutual_benefit.property("finding") == ""
    assert new_editor.save_button.isEnabled()

    with qtbot.waitSignal(new_editor.entry_saved) as saved:
        assert save(new_editor)
    record = entries.get_entry(saved.args[0])
    assert record.data.kind == Kind.COOPERATION
    assert record.data.title == "Samarbete med Helsingfors om vintercykling"
    assert record.data.case_number == "TN 2026/0042"
    assert record.data.end_date == date(2028, 12, 31)
    assert record.data.annual_cost == Decimal("12500.50")
    assert record.data.counterparty_ids == (new_cp,)
    assert record.data.document_links == ("https://example.org/avtal.pdf",)
    assert record.data.directions == int(Direction.COOPERATION)
    events = audit.list_events(entry_id=record.id)
    assert {e.action for e in events} == {"create"}
    assert {e.os_user for e in events} == {"testare"}
    assert "mutual_benefit" in {e.field for e in events}
    # After saving the dialog edits the stored entry: history tab and lifecycle buttons.
    assert new_editor.record is not None and new_editor.record.id == record.id
    assert new_editor.review_button.isEnabled()
    assert not new_editor.is_dirty()


def test_r4_warning_is_visible_but_does_not_block(qtbot, new_editor) -> None:
    form = new_editor.form
    choose(form.kind, Kind.MEMBERSHIP)
    choose(form.scope, Scope.CITY_WIDE)
    form.title.setText("Medlemskap i Polis-nätverket")
    form.deciding_body.set_current_id(body_id("TN"))
    form.decision_date.line.setText("2026-03-01")
    assert "R4" in codes(new_editor)
    assert not [c for c in new_editor.findings if c.finding.is_error]
    assert form.deciding_body.property("finding") == "warning"
    assert any("mandat" in m for m in new_editor.findings_panel.messages())
    assert new_editor.save_button.isEnabled()
    assert save(new_editor)
    assert entries.get_entry(new_editor.record.id).data.deciding_body_id == body_id("TN")


def test_next_review_is_computed_while_typing(qtbot, new_editor) -> None:
    form = new_editor.form
    form.decision_date.line.setText("2024-02-29")
    assert form.next_review.text() == "2028-02-29"
    form.interval.setValue(36)
    assert form.next_review.text() == "2027-02-28"
    form.interval.setValue(30)  # months: what the decision says, not whole years
    assert form.next_review.text() == "2026-08-29"
    form.interval.setValue(0)
    assert "2027" not in form.next_review.text()


def test_unreadable_input_is_an_error_not_silently_empty(qtbot, new_editor) -> None:
    form = new_editor.form
    form.title.setText("Medlemskap i ett nätverk")
    form.deciding_body.set_current_id(body_id("KF"))
    assert new_editor.save_button.isEnabled()
    form.start_date.line.setText("2026-13")
    assert not new_editor.save_button.isEnabled()
    assert form.start_date.line.property("finding") == "error"
    form.start_date.line.setText("")
    form.annual_cost.setText("tjugo")
    assert not new_editor.save_button.isEnabled()
    form.annual_cost.setText("")
    form.theme.setEditText("Finns inte")
    assert not new_editor.save_button.isEnabled()
    form.theme.setEditText("")
    assert new_editor.save_button.isEnabled()


def test_edit_existing_entry_writes_audit_with_old_and_new(qtbot, demo_sqlite) -> None:
    ident = entry_id("Medlemskap i Eurocities")
    dialog = EntryDialog(ident)
    qtbot.addWidget(dialog)
    assert dialog.form.title.text() == "Medlemskap i Eurocities"
    assert dialog.form.annual_cost.text() == "285\u00a0000"
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    version = dialog.record.version
    dialog.form.contact_person.setText("Åsa Öberg")
    assert dialog.is_dirty() and dialog.save_button.isEnabled()
    assert save(dialog)
    record = entries.get_entry(ident)
    assert record.version == version + 1
    assert record.data.contact_person == "Åsa Öberg"
    last = audit.list_events(entry_id=ident)[-1]
    assert (last.action, last.field, last.old_value, last.new_value) == (
        "update",
        "contact_person",
        "Anders Wik",
        "Åsa Öberg",
    )
    # The history tab shows it, with the field's human label.
    rows = dialog.history.change_rows()
    assert rows[-1][3:6] == ["Contact person", "Anders Wik", "Åsa Öberg"]


def test_conflict_between_two_editors_keeps_the_second_users_edits(
    qtbot, demo_sqlite, modals
) -> None:
    ident = entry_id("Medlemskap i Eurocities")
    first = open_entry_editor(None, ident)
    assert open_entry_editor(None, ident) is first  # one editor per entry, brought forward
    second = EntryDialog(ident)  # another registrar's editor of the same entry
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    second.show()
    assert first.isVisible() and second.isVisible()
    second.form.contact_person.setText("Bertil Ek")  # both are editing at once
    second.form.interval.setValue(36)
    first.form.notes.setPlainText("Ändrat av den första.")
    assert save(first)

    modals.answer = QMessageBox.StandardButton.Yes  # "Reload"
    assert not save(second)
    assert "testare" in modals.texts()
    # The form now shows the saved version ...
    assert second.form.notes.toPlainText() == "Ändrat av den första."
    assert second.form.contact_person.text() == "Anders Wik"
    assert second.record.version == first.record.version
    # ... and lists what the user had typed, beside the saved values.
    assert not second.edits_panel.isHidden()
    rows = second.edits_panel.rows()
    assert ["Contact person", "Bertil Ek", "Anders Wik"] in [list(r) for r in rows]
    assert ["Review interval", "3 år", "4 år"] in [list(r) for r in rows]
    second.reapply_edits()
    assert second.form.contact_person.text() == "Bertil Ek"
    assert save(second)
    record = entries.get_entry(ident)
    assert record.data.notes == "Ändrat av den första."
    assert record.data.contact_person == "Bertil Ek"
    assert record.data.review_interval_months == 36


def test_conflict_keep_editing_leaves_the_form(qtbot, demo_sqlite, modals) -> None:
    ident = entry_id("Medlemskap i Eurocities")
    dialog = EntryDialog(ident)
    qtbot.addWidget(dialog)
    other = entries.get_entry(ident)
    other.data.notes = "Någon annan."
    entries.update_entry(ident, other.data, other.version)
    dialog.form.cost_payer.set_current_id(body_id("SLK"))
    modals.answer = QMessageBox.StandardButton.No  # "Keep editing"
    assert not save(dialog)
    assert dialog.form.cost_payer.current_id() == body_id("SLK")
    assert dialog.is_dirty()
    assert entries.get_entry(ident).data.cost_payer_body_id == body_id("KS")


@pytest.mark.parametrize(
    ("answer", "closed", "stored"),
    [
        (QMessageBox.StandardButton.Cancel, False, "Anders Wik"),
        (QMessageBox.StandardButton.Discard, True, "Anders Wik"),
        (QMessageBox.StandardButton.Save, True, "Cecilia Ny"),
    ],
)
def test_closing_with_unsaved_changes_asks(qtbot, demo_sqlite, modals, answer, closed, stored):
    ident = entry_id("Medlemskap i Eurocities")
    dialog = EntryDialog(ident)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.contact_person.setText("Cecilia Ny")
    modals.answer = answer
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    wait_idle()  # Save: the editor closes when the write is stored
    assert "not saved" in modals.texts()
    assert dialog.isVisible() is not closed
    assert entries.get_entry(ident).data.contact_person == stored


def test_closing_unchanged_editor_does_not_ask(qtbot, demo_sqlite, modals) -> None:
    dialog = EntryDialog(entry_id("Medlemskap i Eurocities"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.close()
    assert not dialog.isVisible()
    assert modals.calls == []


def test_ctrl_s_saves(qtbot, demo_sqlite) -> None:
    ident = entry_id("Medlemskap i Eurocities")
    dialog = EntryDialog(ident)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    dialog.form.contact_person.setText("Dan Snabb")
    dialog.form.contact_person.setFocus()
    qtbot.keyClick(dialog.form.contact_person, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    assert entries.get_entry(ident).data.contact_person == "Dan Snabb"


def test_terminated_status_only_through_terminate(qtbot, demo_sqlite) -> None:
    dialog = EntryDialog(None)
    qtbot.addWidget(dialog)
    statuses = [dialog.form.status.itemData(i) for i in range(dialog.form.status.count())]
    assert statuses == [Status.DRAFT, Status.ACTIVE]


def test_money_is_read_and_shown_the_swedish_way(qtbot, new_editor) -> None:
    """The amount field reads what domain.money reads; a typed currency moves to its field."""
    form = new_editor.form
    form.annual_cost.setText("1 200 EUR")
    form.annual_cost.editingFinished.emit()
    assert form.annual_cost.text() == "1\u00a0200"
    assert form.currency.currentText() == "EUR"
    assert form.data().annual_cost == Decimal("1200.00")
    form.annual_cost.setText("tjugo")
    assert "INPUT" in codes(new_editor)
    form.annual_cost.setText("")
    assert form.data().annual_cost is None  # empty is unknown, not 0


def test_new_theme_and_counterparty_from_the_form_feed_the_rules(qtbot, new_editor, modals) -> None:
    form = new_editor.form
    form.title.setText("Deltagande i ett nätverk")
    modals.input_text = "Vattenförsörjning"
    form.new_theme.click()
    wait_idle()  # a catalog write, off the UI thread
    theme = next(t for t in catalog.list_themes() if t.name_sv == "Vattenförsörjning")
    assert form.theme.current_id() == theme.id

    def fill(dialog) -> int:
        dialog.name.setText("Sister City Partnership of Tallinn")
        dialog.country.setText("Estland")
        choose(dialog.type, "city")
        return 1

    modals.on_dialog = fill
    form.counterparties.new_button.click()
    wait_idle()
    cp = catalog.find_counterparty("Sister City Partnership of Tallinn")
    assert cp is not None and cp.type == "city" and cp.country == "Estland"
    assert form.counterparties.ids() == (cp.id,)
    # The rule context learned the new name: R1 (no twin cities) warns at once.
    assert "R1" in codes(new_editor)
    assert form.counterparties.list.property("finding") == "warning"
    # Typing an existing name and pressing Add picks it instead of creating a twin.
    form.counterparties.list.item(0).setSelected(True)
    form.counterparties.remove_button.click()
    assert form.counterparties.ids() == ()
    form.counterparties.finder.setEditText("Eurocities (Belgien)")
    form.counterparties.add_button.click()
    assert form.counterparties.ids() == (catalog.find_counterparty("Eurocities").id,)


def test_missing_entry_is_an_error_message_not_a_traceback(qtbot, demo_sqlite, modals) -> None:
    assert open_entry_editor(None, 987654) is None
    assert "987654" in modals.texts()
    with pytest.raises(StoreError):  # the main window catches it itself
        EntryDialog(987654)


def test_close_says_no_while_the_user_cancels(qtbot, demo_sqlite, modals) -> None:
    """The main window closes its editors with close(); Cancel must keep both open."""
    dialog = EntryDialog(entry_id("Medlemskap i Eurocities"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.notes.setPlainText("Osparat.")
    modals.answer = QMessageBox.StandardButton.Cancel
    assert dialog.close() is False
    assert dialog.isVisible()
    modals.answer = QMessageBox.StandardButton.Discard
    assert dialog.close() is True


def test_size_is_remembered_and_findings_lead_to_the_field(qtbot, demo_sqlite) -> None:
    first = EntryDialog(None)
    qtbot.addWidget(first)
    screen = first.screen().availableGeometry()
    if screen.width() >= 1120 and screen.height() >= 720:
        assert (first.width(), first.height()) == (1120, 680)  # fits a 1366x768 laptop
    else:  # offscreen's screen is 800x600
        assert first.width() <= screen.width() and first.height() <= screen.height()
    first.resize(780, 560)  # within the offscreen screen (800x600)
    first.reject()  # unchanged: closes without asking
    second = EntryDialog(None)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (780, 560)
    choose(second.form.kind, Kind.COOPERATION)
    second.form.setCurrentIndex(3)
    second.findings_panel.field_activated.emit("end_date")
    assert second.form.currentIndex() == 2  # "Dates and review"


def test_unmarked_widgets_keep_their_own_tooltips(qtbot, new_editor) -> None:
    new_editor.form.title.setText("Medlemskap i ett nätverk")
    assert "Avsluta" in new_editor.form.status.toolTip() or "Terminate" in (
        new_editor.form.status.toolTip()
    )
