"""The window's words (issue 15): one term per concept, and a refusal from PostgreSQL
told in the program's own Swedish sentence first, the server's words only after it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from desktop_app.paths import resources_dir
from desktop_app.ui.resources import install_translators, remove_translators
from tests.conftest import postgres_url


def _swedish() -> dict[str, set[str]]:
    """English source -> the Swedish translations it has anywhere in the .ts files."""
    found: dict[str, set[str]] = {}
    for ts in sorted((resources_dir() / "translations").glob("*_sv.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            found.setdefault(source.replace("&", ""), set()).add(
                (message.findtext("translation") or "").replace("&", "")
            )
    return found


def test_one_term_per_concept_in_both_languages() -> None:
    sv = _swedish()
    # The body that decided an entry (or a review) is "Beslutande organ" wherever it is
    # shown; "Beslutat av" is left to invitation letters, whose decider is a person.
    assert sv["Deciding body"] == {"Beslutande organ"}
    everything = " ".join(t for ts in sv.values() for t in ts)
    for stray in ("Förnyelsepromemoria", "Rubrik", "Omprövnings-PM:"):
        assert stray not in everything, stray
    # The memo for a review is a "renewal memo" in English and "omprövnings-PM" in Swedish.
    assert not [s for s in sv if "review memo" in s.lower()]
    memos = [t for s in sv if "renewal memo" in s.lower() for t in sv[s]]
    assert memos and all("omprövnings-pm" in t.casefold() for t in memos), memos
    from desktop_app.ui.register.columns import TITLES

    assert TITLES["deciding_body"] == "Deciding body"


@pytest.mark.skipif(not postgres_url(), reason="PostgreSQL not configured")
def test_a_postgresql_refusal_is_swedish_first(qtbot) -> None:
    from desktop_app.ui.dialogs.database_choice import DatabaseChooser

    install_translators("sv")
    try:
        base = postgres_url().rsplit("/", 1)[0]
        chooser = DatabaseChooser(f"{base}/ingen_sadan_databas")
        qtbot.addWidget(chooser)
        with qtbot.waitSignal(chooser.tested, timeout=15_000) as blocker:
            chooser.test()
        ok, message = blocker.args
        assert ok is False
        first, *rest = message.splitlines()
        assert first.startswith("Det gick inte att öppna registret")
        assert rest == ['Databasens svar: database "ingen_sadan_databas" does not exist']
    finally:
        remove_translators()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_column_title_is_cut_at_1024(qtbot, demo_sqlite, lang) -> None:
    """The register's and Reviews due's column titles fit their columns at 1024x700."""
    from PySide6.QtCore import Qt

    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.runner import runner

    install_translators(lang)
    try:
        window = MainWindow(demo_sqlite, persist=False)
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        window.register_view.reset_columns()
        assert runner().wait_idle(10_000)
        page = window.show_section("reviews_due")
        assert runner().wait_idle(10_000)
        cut = []
        for table in (window.register_view.table, page.table):
            header = table.horizontalHeader()
            for i in range(header.count()):
                if (
                    header.isSectionHidden(i)
                    or header.sectionResizeMode(i) == header.ResizeMode.Stretch
                ):
                    continue
                text = str(table.model().headerData(i, Qt.Orientation.Horizontal) or "")
                if header.sectionSize(i) < header.fontMetrics().horizontalAdvance(text) + 8:
                    cut.append((text, header.sectionSize(i)))
        assert not cut
        window.close()
    finally:
        remove_translators()


@pytest.mark.skipif(not postgres_url(), reason="PostgreSQL not configured")
def test_a_register_that_does_not_open_at_start_says_why_in_swedish_first(qtbot, modals) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.services.errors import StoreError
    from desktop_app.services.session import open_register
    from desktop_app.ui.app import open_failed

    install_translators("sv")
    try:
        target = postgres_url().rsplit("/", 1)[0] + "/ingen_sadan_databas"
        with pytest.raises(StoreError) as refused:
            open_register(target)
        modals.on_message = lambda box: next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole
        )  # Avsluta
        assert open_failed(refused.value, target) is None
        _kind, _title, text = modals.calls[-1]
        lines = text.splitlines()
        assert lines[0] == "Registret gick inte att öppna."
        assert lines[1].startswith("Det gick inte att öppna registret")
        assert lines[2] == 'Databasens svar: database "ingen_sadan_databas" does not exist'
    finally:
        remove_translators()


@pytest.mark.skipif(not postgres_url(), reason="PostgreSQL not configured")
def test_only_an_unreachable_register_adds_the_server_s_words(qtbot, modals) -> None:
    from desktop_app.services.errors import StoreError, ValidationError
    from desktop_app.services.probe import probe
    from desktop_app.ui.errors import show_error

    install_translators("sv")
    try:
        with pytest.raises(StoreError) as refused:
            probe(postgres_url().rsplit("/", 1)[0] + "/ingen_sadan_databas")
        show_error(None, refused.value)
        assert modals.calls[-1][2].splitlines()[-1].startswith("Databasens svar: database")
        try:
            try:
                raise ValueError("UNIQUE constraint failed: entry.case_number_key")
            except ValueError:
                raise ValidationError([]) from None
        except ValidationError as exc:
            show_error(None, exc)
        assert "Databasens svar" not in modals.calls[-1][2]
    finally:
        remove_translators()
