"""In the window: a search typed without accents finds the accented name, and a
header click sorts as a Swede reads, on SQLite and PostgreSQL (issue 15).

The register is the search/sort test's (``tests/services/test_search_sort``),
made through the services; the window's table is read as the user sees it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.register.columns import MODEL_COLUMNS
from desktop_app.ui.runner import runner
from tests.services.test_search_sort import _make_register


def settle(qtbot, window: MainWindow) -> None:
    window.register_view.filter_bar.flush()
    assert runner().wait_idle(10_000)
    qtbot.wait(10)


def shown(window: MainWindow, field: str) -> list[str]:
    model = window.register_view.model
    return [getattr(model.register_row(r), field) for r in range(model.rowCount())]


def test_lodz_finds_lodz_and_counterparties_sort_swedish(qtbot, register) -> None:
    _make_register()
    window = MainWindow(register, persist=False)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)

    window.register_view.filter_bar.search.setText("lodz")
    settle(qtbot, window)
    assert shown(window, "counterparties") == ["Łódź"]
    window.register_view.filter_bar.search.setText("koln")
    settle(qtbot, window)
    assert shown(window, "counterparties") == ["Köln"]
    window.register_view.filter_bar.search.clear()
    settle(qtbot, window)

    header = window.register_view.table.horizontalHeader()
    header.setSortIndicator(MODEL_COLUMNS.index("counterparties"), Qt.SortOrder.AscendingOrder)
    settle(qtbot, window)
    assert window.current_filter().sort_key == "counterparties"
    assert shown(window, "counterparties") == [
        "Aachen",
        "C5 Cities",
        "C40 Cities",
        "eurocities",
        "Göteborg",
        "Kraków",
        "Köln",
        "Łódź",
        "Lund",
        "Zürich",
        "Åbo",
        "Ängelholm",
        "Öresund",
    ]
    header.setSortIndicator(MODEL_COLUMNS.index("title"), Qt.SortOrder.DescendingOrder)
    settle(qtbot, window)
    assert shown(window, "title")[:3] == [
        "Medlemskap i Öresundskommittén",
        "Medlemskap i Ängelholms nätverk",
        "Medlemskap i Åbo Akademi",
    ]
    window.close()
