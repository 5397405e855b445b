"""The register answers with its first screen, and the rest follows (issue 19).

On a register larger than a screen, a query first shows the first
``PAGE_SIZE`` ids in order (with their rows), then every id arrives from a
second job and is appended: the first rows, the selection and the current
row stay, the count ends up exact, and the status bar's totals come with it.
A search waits for a pause in typing before reading the rest; a newer
keystroke drops the older search's rest.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale

from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter
from desktop_app.services.session import close_register, open_register
from desktop_app.ui.register.model import PAGE_SIZE
from desktop_app.ui.register.view import RegisterView
from desktop_app.ui.runner import runner

from .conftest import wait_idle

N = 600


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory):
    from benchmarks import synthetic

    path = tmp_path_factory.mktemp("first-screen") / "register.sqlite3"
    synthetic.build(path, N, seed=11)
    return path


@pytest.fixture
def view(qtbot, big_file):
    open_register(str(big_file), create=False)
    runner().open()
    widget = RegisterView()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    yield widget
    widget.close()
    wait_idle()
    close_register()


def test_first_screen_then_every_id_appended_keeping_the_selection(qtbot, view) -> None:
    inserted: list[tuple[int, int]] = []
    totals: list[dict] = []
    view.model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    view.totals_ready.connect(totals.append)
    firsts: list[int] = []
    view.loaded.connect(lambda: firsts.append(view.model.rowCount()))
    view.set_filter(RegisterFilter(sort_key="title"), totals=True)
    qtbot.waitUntil(lambda: firsts != [])
    assert firsts[0] == PAGE_SIZE  # the first screen alone
    view.table.selectionModel().setCurrentIndex(
        view.model.index(3, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = view.current_entry_id()
    wait_idle()
    expected = reg.query_ids(RegisterFilter(sort_key="title"))
    assert view.model.ids() == expected and len(expected) > PAGE_SIZE
    assert inserted == [(PAGE_SIZE, len(expected) - 1)]  # appended, not reset
    assert view.current_entry_id() == chosen and view.selected_entry_ids() == [chosen]
    assert totals and totals[-1]["total"] == reg.total_count()


def test_a_newer_keystroke_drops_the_older_searchs_rest(qtbot, view) -> None:
    view.set_filter(RegisterFilter())
    wait_idle()
    extended: list[str] = []
    view.model.rowsInserted.connect(lambda *_: extended.append(view.model.filter.search))
    first_rows: list[int] = []

    def shown() -> None:  # the next letter comes at once, as a registrar types
        if view.model.filter.search == "e" and not first_rows:
            first_rows.append(view.model.rowCount())
            assert view._rest_timer.isActive()  # the rest waits for a pause in typing
            view.filter_bar.search.setText("st")
            view.filter_bar.flush()

    view.loaded.connect(shown)
    view.filter_bar.search.setText("e")
    view.filter_bar.flush()
    qtbot.waitUntil(lambda: view.model.filter.search == "st")
    qtbot.waitUntil(lambda: not view._rest_timer.isActive(), timeout=5000)
    wait_idle()
    assert first_rows == [PAGE_SIZE]  # many hits: the first screen first
    assert extended == ["st"]  # the rest of "e" was never read
    assert view.model.ids() == reg.query_ids(RegisterFilter(search="st"))


def test_the_status_bar_counts_only_what_is_counted(qtbot, big_file) -> None:
    """After a first screen alone the status bar says the matches are being counted,
    never "200 of 0" or "200 of 600" (the first screen's size is no count); the
    exact "N of M" follows with the rest."""
    from desktop_app.ui.main_window import MainWindow

    info = open_register(str(big_file), create=False)
    runner().open()
    window = MainWindow(info)
    qtbot.addWidget(window)
    view = window.register_view
    at_first_screen: list[tuple[bool, str]] = []
    view.loaded.connect(lambda: at_first_screen.append((view.count_known(), label())))

    def label() -> str:
        return window.count_label.text()

    try:
        window.show()
        qtbot.waitUntil(lambda: at_first_screen != [])
        known, text = at_first_screen[0]
        assert not known and view.model.rowCount() == PAGE_SIZE
        assert f"{PAGE_SIZE}" not in text and text == window.tr("Counting entries…")
        wait_idle()
        qtbot.waitUntil(view.count_known)
        total = reg.total_count()
        assert view.model.rowCount() == total > PAGE_SIZE
        assert label() == window.tr("%1 of %2 entries shown").replace(
            "%1", QLocale().toString(total)
        ).replace("%2", QLocale().toString(total))

        # A one-letter search: many hits, the rest waits for a pause in typing.
        searched: list[tuple[bool, str, int]] = []
        view.loaded.connect(
            lambda: searched.append((view.count_known(), label(), view.model.rowCount()))
        )
        view.filter_bar.search.setText("e")
        view.filter_bar.flush()
        qtbot.waitUntil(lambda: searched != [])
        known, text, rows = searched[0]
        assert rows == PAGE_SIZE and not known  # more hits than a first screen
        assert text == window.tr("Counting matches… (%1 entries in the register)").replace(
            "%1", QLocale().toString(total)
        )
        wait_idle()
        qtbot.waitUntil(view.count_known)
        hits = len(reg.query_ids(RegisterFilter(search="e")))
        assert label().startswith(f"{QLocale().toString(hits)} ")
    finally:
        window.close()
        wait_idle()
        close_register()


def test_after_next_screen_calls_each_once_in_the_order_asked(qtbot, view) -> None:
    wait_idle()
    called: list[str] = []
    view.after_next_screen(lambda: called.append("window"))
    view.after_next_screen(lambda: called.append("startup"))
    view.set_filter(RegisterFilter(sort_key="title"))
    qtbot.waitUntil(lambda: len(called) == 2)
    assert called == ["window", "startup"]
    painted: list[bool] = []
    view.screen_painted.connect(lambda: painted.append(True))
    view.set_filter(RegisterFilter(sort_key="case_number"))
    qtbot.waitUntil(lambda: painted != [])
    wait_idle()
    assert called == ["window", "startup"]  # a later screen calls neither again
