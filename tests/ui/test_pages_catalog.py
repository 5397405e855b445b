"""Counterparties and themes: add, rename, deactivate through the page."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QDialog  # noqa: E402

from desktop_app.services import catalog, register  # noqa: E402
from desktop_app.services.register import RegisterFilter  # noqa: E402
from desktop_app.ui.pages.catalog import CatalogPage  # noqa: E402
from desktop_app.ui.pages.catalog_dialogs import CounterpartyDialog, ThemeDialog  # noqa: E402

from .conftest import wait_idle  # noqa: E402


def _page(qtbot) -> CatalogPage:
    page = CatalogPage()
    qtbot.addWidget(page)
    page.show()  # a shown page refreshes for a change notice; a hidden one when shown
    page.reload()
    return page


def _names(tab) -> list[str]:
    return [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]


def _select(tab, name: str) -> None:
    tab.table.selectRow(_names(tab).index(name))


def test_add_a_theme_and_a_counterparty(qtbot, demo_sqlite, modals) -> None:
    page = _page(qtbot)

    def theme(dialog: ThemeDialog) -> QDialog.DialogCode:
        dialog.name_sv.setText("Digitalisering")
        dialog.name_en.setText("Digitalisation")
        return QDialog.DialogCode.Accepted

    modals.on_dialog = theme
    page.themes.new_item()
    wait_idle()
    assert "Digitalisering" in {t.name_sv for t in catalog.list_themes()}
    assert "Digitalisering" in _names(page.themes)

    def counterparty(dialog: CounterpartyDialog) -> QDialog.DialogCode:
        dialog.name.setText("Göteborg")
        dialog.country.setText("Sverige")
        dialog.type.setCurrentIndex(dialog.type.findData("city"))
        return QDialog.DialogCode.Accepted

    modals.on_dialog = counterparty
    page.counterparties.new_item()
    wait_idle()
    added = catalog.find_counterparty("Göteborg", "Sverige")
    assert added is not None and added.type == "city"
    assert page.counterparties.selected_id() == added.id


def test_a_duplicate_theme_is_refused_and_the_input_kept(qtbot, demo_sqlite, modals) -> None:
    dialog = ThemeDialog()
    qtbot.addWidget(dialog)
    dialog.name_sv.setText("kultur")  # exists as "Kultur"
    dialog.accept()
    wait_idle()
    assert dialog.saved is None and modals.kinds() == ["messagebox"]
    assert dialog.name_sv.text() == "kultur"


def test_renaming_a_counterparty_makes_the_register_find_the_new_name(
    qtbot, demo_sqlite, modals
) -> None:
    page = _page(qtbot)
    tab = page.counterparties
    old = catalog.find_counterparty("Eurocities", "Belgien")
    entry_ids = set(register.entries_with_counterparty(old.id))
    assert entry_ids
    _select(tab, "Eurocities")

    def rename(dialog: CounterpartyDialog) -> QDialog.DialogCode:
        assert dialog.name.text() == "Eurocities"
        dialog.name.setText("Eurocitiesnätverket")
        return QDialog.DialogCode.Accepted

    modals.on_dialog = rename
    tab.edit_selected()
    wait_idle()
    assert "Eurocitiesnätverket" in _names(tab)
    found = set(register.query_ids(RegisterFilter(search="EUROCITIESNÄTVERKET")))
    assert found == entry_ids


def test_search_box_folds_case_and_letters(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    tab = page.counterparties
    tab.search.setText("ŁÓDŹ")
    assert _names(tab) == ["Łódź"]
    tab.search.setText("polen")  # the country column is searched too
    assert set(_names(tab)) >= {"Łódź", "Kraków"}
    tab.search.setText("")
    assert len(_names(tab)) == len(catalog.list_counterparties())


def test_deactivating_keeps_items(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    tab = page.counterparties
    _select(tab, "Madrid")
    tab.toggle_selected()
    wait_idle()
    madrid = catalog.find_counterparty("Madrid")
    assert not madrid.active and madrid.in_use == 0 or not madrid.active
    assert "Madrid" in _names(tab)
    tab.show_inactive.setChecked(False)
    assert "Madrid" not in _names(tab)

    themes = page.themes
    _select(themes, "Kultur")
    themes.toggle_selected()
    wait_idle()
    kultur = next(t for t in catalog.list_themes() if t.name_sv == "Kultur")
    assert not kultur.active
    assert "Kultur" in _names(themes)


def test_duplicates_differing_only_in_swedish_case_are_refused(qtbot, demo_sqlite, modals) -> None:
    before = len(catalog.list_themes())
    dialog = ThemeDialog()
    qtbot.addWidget(dialog)
    dialog.name_sv.setText("SÄKERHET OCH BEREDSKAP")  # exists as "Säkerhet och beredskap"
    dialog.accept()
    wait_idle()
    assert dialog.saved is None and len(catalog.list_themes()) == before
    assert "finns redan" in modals.texts() or "exists" in modals.texts()

    cp = CounterpartyDialog()
    qtbot.addWidget(cp)
    cp.name.setText("Łódź")
    cp.country.setText("Polen")
    cp.accept()
    wait_idle()
    assert cp.saved is None
    assert modals.kinds() == ["messagebox", "messagebox"]
    assert "Łódź (Polen)" in modals.texts()  # a clear message, not a database error
