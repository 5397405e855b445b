"""The register's findings filter (issue 15): "med fel / med varningar / bedömda" in the
filter bar, read in SQL from each entry's stored summary, shows exactly the entries the
Findings column marks, on both backends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.services import checks, finding_summaries
from desktop_app.store.models import Entry, EntryFindings
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.register.columns import MODEL_COLUMNS
from desktop_app.ui.runner import runner


def _settle(qtbot, window: MainWindow) -> None:
    """The query, and the rest of its ids that wait for the first screen's paint."""
    from desktop_app.ui.register.view import PAINT_WAIT_MS

    window.register_view.filter_bar.flush()
    assert runner().wait_idle(10_000)
    qtbot.wait(PAINT_WAIT_MS + 50)
    assert runner().wait_idle(10_000)
    qtbot.wait(10)


def _choose(qtbot, window: MainWindow, value: str) -> None:
    combo = window.register_view.filter_bar.findings
    combo.setFocus()
    index = combo.findData(value)
    assert index >= 0
    while combo.currentIndex() != index:  # the keyboard, as a registrar would
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)
    _settle(qtbot, window)


@pytest.fixture
def window(qtbot, demo_register):
    # Two entries with errors, as an older program could have stored them (the
    # summaries are made when such a register is opened: fill_missing).
    coop = [i for (i,) in Entry.select(Entry.id).where(Entry.kind == "cooperation").tuples()]
    broken = coop[:2]
    Entry.update(mutual_benefit="").where(Entry.id.in_(broken)).execute()
    EntryFindings.delete().where(EntryFindings.entry.in_(broken)).execute()
    finding_summaries.fill_missing()
    window = MainWindow(demo_register, persist=False)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    _settle(qtbot, window)
    window.broken = broken
    yield window
    window.close()


def test_choosing_with_errors_shows_exactly_the_entries_with_errors(qtbot, window) -> None:
    view = window.register_view
    everything = list(view.model.ids_view())
    found = checks.checks_for_ids(everything)
    with_errors = {i for i, f in found.items() if any(c.is_open and c.finding.is_error for c in f)}
    assert with_errors == set(window.broken)

    _choose(qtbot, window, "errors")
    assert view.current_filter().findings == "errors"
    assert set(view.model.ids_view()) == with_errors
    # The Findings column says the same of every row shown: an error code.
    column = MODEL_COLUMNS.index("findings")
    for row in range(view.model.rowCount()):
        view.model.data(view.model.index(row, column))
    qtbot.wait(20)
    assert runner().wait_idle(10_000)
    qtbot.wait(20)
    for row in range(view.model.rowCount()):
        assert "R2-BENEFIT" in view.model.data(view.model.index(row, column)).split()

    with_warnings = {
        i for i, f in found.items() if any(c.is_open and c.finding.is_warning for c in f)
    }
    _choose(qtbot, window, "warnings")
    assert set(view.model.ids_view()) == with_warnings
    assessed = {i for i, f in found.items() if any(not c.is_open for c in f)}
    assert assessed
    _choose(qtbot, window, "assessed")
    assert set(view.model.ids_view()) == assessed

    _choose(qtbot, window, "")
    assert list(view.model.ids_view()) == everything


def test_fixing_the_error_takes_the_entry_off_the_filter(qtbot, window) -> None:
    import dataclasses

    from desktop_app.services import entries

    view = window.register_view
    _choose(qtbot, window, "errors")
    fixed = window.broken[0]
    record = entries.get_entry(fixed)
    entries.update_entry(
        fixed, dataclasses.replace(record.data, mutual_benefit="Utbyte av erfarenheter."),
        record.version,
    )  # fmt: skip
    view.run_query()
    _settle(qtbot, window)
    assert set(view.model.ids_view()) == {window.broken[1]}


def test_no_entry_with_errors_says_so(qtbot, demo_sqlite) -> None:
    from desktop_app.ui.resources import install_translators, remove_translators

    install_translators("sv")
    try:
        window = MainWindow(demo_sqlite, persist=False)
        qtbot.addWidget(window)
        window.show()
        _settle(qtbot, window)
        _choose(qtbot, window, "errors")  # the demo's entries were all saved: none has errors
        view = window.register_view
        assert view.model.rowCount() == 0
        assert view.empty_state.isVisible()
        assert "anmärkningar" in view.empty_state.label.text()
        view.empty_state.clear_button.click()
        _settle(qtbot, window)
        assert view.current_filter().findings == "" and view.model.rowCount() > 0
        window.close()
    finally:
        remove_translators()
