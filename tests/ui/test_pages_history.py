"""The history page: paging the audit trail and filtering by user and entry."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402

from desktop_app.services import catalog, context, overview  # noqa: E402
from desktop_app.ui.pages.history import COLUMNS, PAGE_SIZE, HistoryPage  # noqa: E402
from tests.demo_cases import WORKING_GROUP, case  # noqa: E402

from .conftest import wait_idle  # noqa: E402

COL_TIME, COL_USER, COL_ACTION, COL_OBJECT, COL_ENTRY, COL_FIELD, COL_OLD, COL_NEW = range(8)


def _page(qtbot) -> HistoryPage:
    page = HistoryPage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.reload()
    wait_idle()  # read on the runner
    return page


def _column(page: HistoryPage, col: int) -> list[str]:
    model = page.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_pages_through_the_trail_newest_first(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    total = overview.history_count(overview.HistoryFilter())
    assert total > PAGE_SIZE  # the demo's trail is longer than one page
    assert page.model.rowCount() == PAGE_SIZE
    assert page.more_button.isEnabled()
    times = _column(page, COL_TIME)
    assert times == sorted(times, reverse=True)
    assert len(times[0]) == len("2026-01-01 12:00:00")
    page.load_more()
    wait_idle()
    assert page.model.rowCount() == total
    assert not page.more_button.isEnabled()
    assert str(total) in page.status.text().replace("\u00a0", "")
    page.newest_first.setChecked(False)
    wait_idle()
    assert page.model.rowCount() == PAGE_SIZE
    assert page.model.row_at(0).action == "seed"


def test_filter_by_entry_shows_only_its_events_with_names(qtbot, demo_sqlite) -> None:
    page = _page(qtbot)
    group = case(WORKING_GROUP)
    page.entry_filter.setText(group)
    page.apply_filter()  # what the typing pause triggers
    wait_idle()
    entries = _column(page, COL_ENTRY)
    assert entries and all(e.startswith(group + " ") for e in entries)
    # Stored ids and values are shown as the registrar knows them.
    fields = dict(zip(_column(page, COL_FIELD), _column(page, COL_NEW), strict=True))
    tn = catalog.body_by_short_name("TN")
    body_fields = [f for f in fields if fields[f] == tn.short_name]
    assert body_fields  # deciding body shown as "TN", not its id
    assert str(tn.id) not in [fields[f] for f in body_fields]
    # A double-click asks the window to open the entry.
    index = page.model.index(0, COL_ENTRY)
    rect = page.table.visualRect(index)
    page.show()
    qtbot.waitExposed(page)
    viewport = page.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_entry_requested) as signal:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [page.model.row_at(0).entry_id]
    page.entry_filter.setText("finns-inte-999")
    page.apply_filter()
    wait_idle()
    assert page.model.rowCount() == 0


def test_filter_by_user(qtbot, demo_sqlite, monkeypatch) -> None:
    monkeypatch.setenv("AVTALSREGISTER_USER", "kollega")
    context.os_user.cache_clear()
    try:
        cp = catalog.find_counterparty("Oslo")
        catalog.update_counterparty(cp.id, "Oslo kommune", cp.country, cp.type, True, cp.version)
    finally:
        monkeypatch.setenv("AVTALSREGISTER_USER", "testare")
        context.os_user.cache_clear()
    page = HistoryPage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.users_loaded):  # read in the background
        page.reload()
    wait_idle()
    users = [page.user_filter.itemData(i) for i in range(page.user_filter.count())]
    assert {"kollega", "testare"} <= set(users)
    page.user_filter.setCurrentIndex(users.index("kollega"))
    wait_idle()
    assert _column(page, COL_USER) == ["kollega"]
    assert _column(page, COL_OBJECT)[0].endswith("Oslo kommune")
    assert _column(page, COL_OLD) == ["Oslo"]
    page.user_filter.setCurrentIndex(users.index("testare"))
    wait_idle()
    assert "kollega" not in _column(page, COL_USER)
    assert page.model.rowCount() == PAGE_SIZE


def test_stored_values_are_shown_in_words(qtbot) -> None:
    from desktop_app.ui import trail as hl

    names = {"deciding_body_id": {7: "TN"}, "theme_id": {3: "Kultur"}}
    assert hl.value_text("deciding_body_id", "7", names) == "TN"
    assert hl.value_text("theme_id", "3", names) == "Kultur"
    assert hl.value_text("kind", "membership", names) == "Medlemskap"
    assert hl.value_text("kind", "membership", names, "en") == "Membership"
    assert hl.value_text("directions", "5", names) == "Profilering, Samverkan"
    assert hl.value_text("active", "1", names) in ("Yes", "Ja")
    assert hl.value_text("notes", "rad 1\nrad 2", names) == "rad 1 · rad 2"
    mandates = "letter_of_intent/city_wide (utan kostnad); membership/operation_specific"
    text = hl.value_text("mandates", mandates, names)
    assert text.startswith("Intentionsavtal, stadsövergripande (")
    assert text.endswith("Medlemskap, verksamhetsspecifik")
    details = '{"review_id": 4, "outcome": "continue", "deciding_body_id": 7}'
    shown = hl.details_text(details, names)
    assert "Fortsätta" in shown and "TN" in shown and "4" in shown
    assert hl.details_text("not json", names) == "not json"
    assert hl.action_label("unknown_action") == "unknown_action"


def test_the_entry_history_and_the_history_page_render_alike(qtbot, demo_sqlite) -> None:
    """One reader and one renderer: an entry's change rows are the History page's rows
    for that entry (oldest first), column for column, "(empty)" included."""
    from desktop_app.ui.editor.entry_history import TRAIL_COLUMNS, EntryHistoryWidget

    from .editor_helpers import entry_id

    ident = entry_id("Medlemskap i Eurocities")
    widget = EntryHistoryWidget()
    qtbot.addWidget(widget)
    widget.set_entry(ident)
    page = _page(qtbot)
    page.entry_filter.setText(f"#{ident}")
    page.newest_first.setChecked(False)
    page.apply_filter()
    wait_idle()
    index = {name: COLUMNS.index(name) for name in TRAIL_COLUMNS}
    from_page = [
        [page.model.index(r, index[c]).data() for c in TRAIL_COLUMNS]
        for r in range(page.model.rowCount())
    ]
    assert from_page == widget.change_rows() and len(from_page) > 3
    # A field filled for the first time shows the same "(empty)" on both.
    assert any(row[4] in ("(empty)", "(tomt)") for row in from_page)
