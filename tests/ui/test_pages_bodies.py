"""The decision bodies page and dialog, writing through the services for real."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QDialog  # noqa: E402

from desktop_app.domain.kinds import BodyKind  # noqa: E402
from desktop_app.domain.mandates import S_OWN_SV  # noqa: E402
from desktop_app.services import catalog, overview  # noqa: E402
from desktop_app.ui.pages.bodies import (  # noqa: E402
    COL_ACTIVE,
    COL_CONTACT,
    COL_SHORT,
    COL_USED,
    BodiesPage,
)
from desktop_app.ui.pages.body_dialog import BodyDialog  # noqa: E402

from .conftest import wait_idle  # noqa: E402


def _page(qtbot) -> BodiesPage:
    page = BodiesPage()
    qtbot.addWidget(page)
    page.show()  # a shown page refreshes for a change notice; a hidden one when shown
    page.reload()
    return page


def _short_names(page: BodiesPage) -> list[str]:
    return [page.table.item(r, COL_SHORT).text() for r in range(page.table.rowCount())]


def test_lists_the_seeded_bodies_with_usage(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    names = _short_names(page)
    assert {"KF", "KS", "IB", "TN"} <= set(names)
    tn = page.row_for_short_name("TN")
    assert int(page.table.item(tn, COL_USED).text()) == catalog.body_by_short_name("TN").in_use
    assert int(page.table.item(tn, COL_USED).text()) > 0


def test_new_body_through_the_dialog_gets_its_kinds_mandates_and_audit(
    qtbot, demo_sqlite, modals
) -> None:
    page = _page(qtbot)

    def fill(dialog: BodyDialog) -> QDialog.DialogCode:
        dialog.short_name.setText("FN")
        dialog.name_sv.setText("Fastighetsnämnden")
        dialog.organisation.setText("Fastighetskontoret")
        dialog.contact_name.setText("Åsa Öberg")
        dialog.contact_role.setText("Internationell samordnare")
        dialog.contact_email.setText("asa.oberg@stockholm.se")
        dialog.contact_phone.setText("08-508 270 00")
        return QDialog.DialogCode.Accepted

    modals.on_dialog = fill
    page.new_body()
    wait_idle()
    body = catalog.body_by_short_name("FN")
    assert body is not None and body.kind == BodyKind.COMMITTEE
    assert body.contact_name == "Åsa Öberg" and body.contact_email == "asa.oberg@stockholm.se"
    assert body.mandates and "FN" in _short_names(page)
    assert page.selected_id() == body.id
    events = overview.history_page(overview.HistoryFilter(action="create"), limit=5000)
    fields = {
        e.field for e in events if e.object_type == "decision_body" and e.object_id == body.id
    }
    assert {"short_name", "contact_name", "kind"} <= fields


def test_the_dialog_shows_what_the_kind_decides(qtbot, demo_sqlite) -> None:
    """R4 follows from the kind: the strategy's sentences, read-only."""
    dialog = BodyDialog()
    qtbot.addWidget(dialog)
    assert S_OWN_SV in dialog.mandates.text()  # a committee: its own operation
    dialog.kind.setCurrentIndex(dialog.kind.findData(BodyKind.INTERNATIONAL_COMMITTEE.value))
    assert "konferenser" in dialog.mandates.text() and "deklarationer" in dialog.mandates.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData(BodyKind.OFFICE.value))
    assert "nothing" in dialog.mandates.text() or "inga" in dialog.mandates.text()


def test_administrations_without_a_contact_person_are_shown(qtbot, demo_sqlite) -> None:
    """R8: the demo's Utbildningsnämnden has entries and no international contact."""
    page = _page(qtbot)
    assert "Utbildningsförvaltningen" in page.contact_gaps.text()
    assert not page.contact_gaps.isHidden()
    un = page.row_for_short_name("UN")
    assert page.table.item(un, COL_CONTACT).toolTip()
    assert page.row_gap(un) and not page.row_gap(page.row_for_short_name("TN"))
    un_body = catalog.body_by_short_name("UN")
    un_body.contact_name = "Sara Nyström"
    catalog.update_body(un_body.id, un_body, un_body.version)
    page.reload()
    assert page.contact_gaps.isHidden()


def test_a_contact_warning_can_be_assessed(qtbot, demo_sqlite, modals) -> None:
    """Any warning can be assessed: R8 too, with the reason in the trail."""
    page = _page(qtbot)
    assert not page.assess_gap_button.isHidden()
    modals.input_text = "Utbildningsförvaltningen delar kontaktperson med KS under 2027."
    page.assess_gap()
    wait_idle()
    page.reload()
    assert "delar kontaktperson med KS" in page.contact_gaps.text()
    assert page.assess_gap_button.isHidden()
    assert not page.row_gap(page.row_for_short_name("UN"))  # assessed: no longer marked
    events = overview.history_page(overview.HistoryFilter(action="assess"), limit=10)
    assert any(e.object_type == "organisation" for e in events)


def test_duplicate_short_name_keeps_the_dialog_open(qtbot, demo_sqlite, modals) -> None:
    dialog = BodyDialog()
    qtbot.addWidget(dialog)
    dialog.short_name.setText("ks")
    dialog.name_sv.setText("En annan styrelse")
    dialog.accept()
    wait_idle()
    assert dialog.saved is None and dialog.result() != QDialog.DialogCode.Accepted
    assert modals.kinds() == ["messagebox"]
    assert "KS" in modals.texts() or "ks" in modals.texts()
    assert dialog.name_sv.text() == "En annan styrelse"  # nothing typed is lost


def test_deactivate_keeps_a_body_in_use(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    row = page.row_for_short_name("KUN")
    page.table.selectRow(row)
    kun = catalog.body_by_short_name("KUN")
    assert kun.in_use > 0 and page.toggle_button.isEnabled()
    page.toggle_selected()
    wait_idle()
    kun = catalog.body_by_short_name("KUN")
    assert kun.active is False or kun.active == 0
    row = page.row_for_short_name("KUN")
    assert row >= 0  # still listed
    assert (
        page.table.item(row, COL_ACTIVE).text()
        != page.table.item(page.row_for_short_name("KF"), COL_ACTIVE).text()
    )
    assert page.selected_id() == kun.id
    assert "ctiv" in page.toggle_button.text() or "ktiv" in page.toggle_button.text()
    page.toggle_selected()
    wait_idle()
    assert catalog.body_by_short_name("KUN").active


def test_stale_edit_shows_the_conflict_and_reloads(qtbot, demo_sqlite, modals) -> None:
    page = _page(qtbot)
    page.table.selectRow(page.row_for_short_name("MHN"))
    # Someone else changes the body after the page read it.
    fresh = catalog.body_by_short_name("MHN")
    fresh.contact_phone = "08-000 00 00"
    catalog.update_body(fresh.id, fresh, fresh.version)

    def fill(dialog: BodyDialog) -> QDialog.DialogCode:
        dialog.contact_phone.setText("08-111 11 11")
        return QDialog.DialogCode.Accepted

    modals.on_dialog = fill
    page.edit_selected()
    wait_idle()
    assert catalog.body_by_short_name("MHN").contact_phone == "08-000 00 00"
    assert "messagebox" in modals.kinds()
    assert "testare" in modals.texts()  # who changed it
    assert page._bodies[fresh.id].contact_phone == "08-000 00 00"  # reloaded


def test_a_page_loads_itself_when_first_shown(qtbot, demo_sqlite) -> None:
    page = BodiesPage()  # the window may show a page without calling reload()
    qtbot.addWidget(page)
    assert page.table.rowCount() == 0
    page.show()
    qtbot.waitExposed(page)
    assert "KF" in _short_names(page)
