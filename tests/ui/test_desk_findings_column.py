"""The register's Findings column (issue 15): codes, icon and messages of the rows on
screen, read on the runner in batches (never by evaluating rules while painting)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services import checks
from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.register.columns import MODEL_COLUMNS
from desktop_app.ui.runner import runner


def test_findings_column_shows_codes_icon_and_messages(qtbot, demo_sqlite) -> None:
    window = MainWindow(demo_sqlite, persist=False)
    qtbot.addWidget(window)
    window.show()
    runner().wait_idle(10_000)
    model = window.register_view.model
    column = MODEL_COLUMNS.index("findings")
    assert "findings" in window.register_view.visible_columns()
    ids = model.ids_view()
    expected = checks.checks_for_ids(list(ids))
    with_errors = [i for i, found in expected.items() if any(c.is_open for c in found)]
    assert with_errors, "the demo has entries with open findings"

    for row in range(model.rowCount()):  # what the view asks while painting
        model.data(model.index(row, column))
    qtbot.wait(20)  # the batch starts from the event loop
    assert runner().wait_idle(10_000)
    qtbot.wait(20)
    # batches, not a check per cell: the painted rows, then the rest asked for above
    assert 1 <= model.findings.batches <= 2

    row = model.row_of(with_errors[0])
    index = model.index(row, column)
    codes = {c.finding.code for c in expected[with_errors[0]] if c.is_open}
    assert set(model.data(index).split()) == codes
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert all(code in tooltip for code in codes)
    clean = next((i for i, found in expected.items() if not found), None)
    if clean is not None:
        assert model.data(model.index(model.row_of(clean), column)) == ""
    window.close()


def test_findings_are_not_exported_and_not_sorted(qtbot, demo_sqlite) -> None:
    window = MainWindow(demo_sqlite, persist=False)
    qtbot.addWidget(window)
    window.show()
    runner().wait_idle(10_000)
    view = window.register_view
    before = view.current_filter().sort_key
    header = view.table.horizontalHeader()
    header.setSortIndicator(MODEL_COLUMNS.index("findings"), Qt.SortOrder.AscendingOrder)
    runner().wait_idle(10_000)
    assert view.current_filter().sort_key == before
    assert view.model.rowCount() == reg.count(RegisterFilter())
    window.close()
