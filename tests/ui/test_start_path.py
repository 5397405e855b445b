"""The start's order of work (issue 19), on a real window and a real process.

* The first screen's query starts before the main window is built
  (``register.view.start_first_screen``) and the window adopts it: one query,
  not two. A remembered filter the window shows differently is asked again.
* The program's own start (``desktop_app.main``) on a SQLite register shows its
  rows without loading the PostgreSQL driver, and turns the cyclic garbage
  collector (paused during the start) on again once the first screen is painted.
* The window is shown before its menus' actions, entry actions and shared use
  exist (and without the Qt classes only they need, or the rules' modules);
  they are added once the first screen is painted, without moving anything on
  screen. So are the window icon and the filter bar's bodies and themes; a
  remembered body or theme is kept meanwhile (and dropped, asking again, if the
  register has no such body).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.services import catalog
from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.register.head_start import LANE, start_first_screen
from desktop_app.ui.register.saved_filter import filter_to_json
from desktop_app.ui.runner import runner
from desktop_app.ui.sections import SECTIONS
from tests.conftest import fresh_process

from .conftest import wait_idle


def _register_queries() -> tuple[list[str], object]:
    lanes: list[str] = []

    def hook(job) -> None:
        lanes.append(job.lane)

    runner().add_start_hook(hook)
    return lanes, hook


def _shown(qtbot, window: MainWindow) -> int:
    window.show()
    qtbot.waitUntil(lambda: window.register_view.model.rowCount() > 0, timeout=10_000)
    wait_idle()
    return window.register_view.model.rowCount()


def test_the_window_adopts_the_first_screen_started_before_it(qtbot, demo_sqlite) -> None:
    lanes, hook = _register_queries()
    try:
        start_first_screen()  # as ui.app.run does, before the window's modules load
        window = MainWindow(demo_sqlite)
        qtbot.addWidget(window)
        shown = _shown(qtbot, window)
    finally:
        runner().remove_start_hook(hook)
    assert lanes.count(LANE) == 1  # the early query was the window's first screen
    assert shown == reg.total_count()
    window.close()


def test_a_head_start_for_another_filter_is_asked_again(qtbot, demo_sqlite) -> None:
    lanes, hook = _register_queries()
    settings = QSettings()
    try:
        start_first_screen()  # the default filter: nothing remembered yet
        wanted = RegisterFilter(statuses=frozenset({"overdue"}))
        settings.setValue("register/filter", filter_to_json(wanted))
        window = MainWindow(demo_sqlite)  # restores the remembered (other) filter
        qtbot.addWidget(window)
        shown = _shown(qtbot, window)
    finally:
        runner().remove_start_hook(hook)
        settings.remove("register")
    assert lanes.count(LANE) == 2  # the early answer was not the window's question
    expected = len(reg.query_ids(wanted, window.register_view.model.today()))
    assert 0 < expected < reg.total_count()
    assert shown == expected
    window.close()


OBSERVED_START = r"""
import gc, importlib.abc, importlib.util, json, os, sys

# What the first screen does not need: the menus' actions, shared use, the
# rules with what runs them (the findings column's checks, a write's summaries)
# and what only writes or the editor use (the audit trail, the entry's facts,
# the catalogs' records: the first screen reads only the register's settings;
# restoring a backup and probing a location).
LATER = (
    "desktop_app.services.catalog",
    "desktop_app.services.restore",
    "desktop_app.services.probe",
    "desktop_app.store.restore",
    "desktop_app.ui.actions",
    "desktop_app.ui.shared_use",
    "desktop_app.domain.rules",
    "desktop_app.services.checks",
    "desktop_app.services.finding_summaries",
    "desktop_app.services.permissions",
    "desktop_app.services.audit",
    "desktop_app.services.entry_reads",
    "desktop_app.domain.entry",
    "desktop_app.domain.findings",
    "desktop_app.domain.mandates",
)

# What the first rows do not need on a register whose remembered filter is the
# whole register (services.first_screen): they are read with sqlite3 alone, and
# the register is opened (peewee, the models, the services) once they are painted.
OPENING = (
    "peewee",
    "desktop_app.store.models",
    "desktop_app.store.database",
    "desktop_app.services.session",
    "desktop_app.services.register",
)

def observe():
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    run = QApplication.exec
    seen = {}

    def painted(window):
        seen["gc_after_first_screen"] = gc.isenabled()
        seen["rows"] = window.register_view.model.rowCount()
        seen["psycopg2"] = "psycopg2" in sys.modules
        seen["ssl"] = "ssl" in sys.modules
        print(json.dumps(seen), flush=True)
        QApplication.closeAllWindows()

    def first_screen(window):
        import PySide6.QtWidgets as widgets

        from desktop_app.store.models import database_proxy

        seen["complete_after_first_screen"] = window.is_complete
        seen["open_after_first_screen"] = database_proxy.obj is not None
        seen["icon_after_first_screen"] = not QApplication.windowIcon().isNull()
        seen["bodies_after_first_screen"] = window.register_view.filter_bar.deciding.count()
        seen["file_menu_actions"] = len(window.top_menus["file"].actions())

        # PySide6 loads every QWidget subclass (QMdiArea among them) the first
        # time it wraps a widget it did not make, such as a table's own viewport
        seen.setdefault("every_widget_class", "QMdiArea" in widgets.__dict__)
        QTimer.singleShot(0, lambda: painted(window))

    def watch(app):
        seen["gc_during_start"] = gc.isenabled()
        def poll():
            for w in QApplication.topLevelWidgets():
                view = getattr(w, "register_view", None)
                if view is not None and w.isVisible():
                    import PySide6.QtWidgets as widgets

                    seen["complete_when_shown"] = w.is_complete
                    seen["icon_when_shown"] = not QApplication.windowIcon().isNull()
                    seen["bodies_when_shown"] = view.filter_bar.deciding.count()
                    seen["menus_when_shown"] = [m.title() for m in w.top_menus.values()]
                    seen["modules_when_shown"] = sorted(
                        m for m in LATER if m in sys.modules
                    )
                    seen["qt_types_when_shown"] = sorted(
                        t for t in ("QStyle", "QMessageBox", "QDialog", "QFileDialog")
                        if t in widgets.__dict__
                    )
                    timer.stop()
                    def first_rows():
                        loaded = sorted(m for m in OPENING if m in sys.modules)
                        seen.setdefault("opening_at_first_rows", loaded)
                    if view.model.rowCount():  # the rows came with the event loop's start
                        first_rows()
                    view.model.modelReset.connect(first_rows)
                    view.screen_painted.connect(lambda w=w: first_screen(w))
                    return
        timer = QTimer()
        timer.timeout.connect(poll)
        timer.start(1)
        return run()

    QApplication.exec = watch

class AfterUiApp(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "desktop_app.ui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            observe()
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, AfterUiApp())
from desktop_app.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_program_starts_on_sqlite_without_the_postgresql_driver(
    demo_sqlite, tmp_path: Path
) -> None:
    from desktop_app.services.session import close_register

    path = str(demo_sqlite.target.path)
    total = reg.total_count()
    bodies = len(catalog.list_bodies(usage=False))
    close_register()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    seen = fresh_process(OBSERVED_START, "--database", path, "--lang", "sv", env=env)
    assert seen["rows"] == total
    assert seen["psycopg2"] is False
    assert seen["every_widget_class"] is False  # ui.widgets.viewport
    assert seen["gc_during_start"] is False  # paused from the start ...
    assert seen["gc_after_first_screen"] is True  # ... until the first screen is painted
    # Shown with its menus' titles only; their actions after the first screen.
    assert seen["complete_when_shown"] is False
    assert seen["menus_when_shown"] == ["&Arkiv", "&Redigera", "&Visa", "&Hjälp"]
    assert seen["modules_when_shown"] == []
    assert seen["qt_types_when_shown"] == []  # each costs the start its enum types
    assert seen["complete_after_first_screen"] is True
    assert seen["file_menu_actions"] > 10
    # The first rows read before the register is opened; opened once they are painted.
    assert seen["opening_at_first_rows"] == []
    assert seen["open_after_first_screen"] is True
    # The window icon (Qt's SVG engine) and the filter bar's bodies and themes (a
    # read) after the first screen too: "All bodies" alone until then.
    assert seen["icon_when_shown"] is False
    assert seen["icon_after_first_screen"] is True
    assert seen["bodies_when_shown"] == 1
    assert seen["bodies_after_first_screen"] == 1 + bodies


def _places(window: MainWindow) -> dict[str, object]:
    """Where the table, the side bar's rows and the menu bar are in the window."""
    table = window.register_view.table
    return {
        "table": (table.mapTo(window, table.rect().topLeft()), table.size()),
        "menu_bar": window.menuBar().geometry(),
        "sidebar_rows": [
            window.sidebar.visualItemRect(window.sidebar.item(i))
            for i in range(window.sidebar.count())
        ],
        "filter_bar": window.register_view.filter_bar.geometry(),
    }


def test_the_window_is_completed_after_its_first_screen_without_moving(qtbot, demo_sqlite) -> None:
    window = MainWindow(demo_sqlite, persist=False, complete_after_paint=True)
    qtbot.addWidget(window)
    assert not window.is_complete
    assert [m.actions() for m in window.top_menus.values()] == [[], [], [], []]
    assert all(window.sidebar.item(i).icon().cacheKey() for i in range(window.sidebar.count()))
    window.show()
    qtbot.waitExposed(window)
    before = _places(window)
    blank = window.sidebar.item(0).icon().cacheKey()
    with qtbot.waitSignal(window.completed, timeout=10_000):
        pass
    window.grab()  # laid out and painted again with everything in place
    assert _places(window) == before  # nothing moved when the rest arrived
    assert window.sidebar.item(0).icon().cacheKey() != blank  # the real icon now
    assert window.actions.new_entry.shortcut().toString() == "Ctrl+N"
    assert window.actions.new_entry in window.top_menus["file"].actions()
    assert len(window.actions.sections_menu.actions()) == len(SECTIONS)
    window.close()


def _remembered(wanted: RegisterFilter, demo) -> MainWindow:
    settings = QSettings()
    settings.setValue("register/filter", filter_to_json(wanted))
    try:
        return MainWindow(demo, complete_after_paint=True)
    finally:
        settings.remove("register")


def test_a_remembered_body_waits_for_the_bodies_without_being_lost(qtbot, demo_sqlite) -> None:
    counts = catalog.list_bodies(usage=True)
    body = max(counts, key=lambda b: b.in_use)
    wanted = RegisterFilter(deciding_body_id=body.id)
    window = _remembered(wanted, demo_sqlite)
    qtbot.addWidget(window)
    bar = window.register_view.filter_bar
    assert not bar.choices_loaded and bar.deciding.currentText() == "…"
    assert window.current_filter().deciding_body_id == body.id  # the first screen's filter
    shown = _shown(qtbot, window)
    qtbot.waitUntil(lambda: window.is_complete, timeout=10_000)
    assert bar.choices_loaded
    assert bar.deciding.currentData() == body.id
    assert bar.deciding.currentText().startswith(body.short_name + " – ")
    expected = len(reg.query_ids(wanted, window.register_view.model.today()))
    assert 0 < expected < reg.total_count()
    assert shown == expected
    window.close()


def test_a_remembered_body_the_register_lacks_falls_back_to_all(qtbot, demo_sqlite) -> None:
    missing = max(b.id for b in catalog.list_bodies(usage=False)) + 1000
    window = _remembered(RegisterFilter(deciding_body_id=missing), demo_sqlite)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_complete, timeout=10_000)
    qtbot.waitUntil(lambda: window.register_view.model.rowCount() == reg.total_count())
    assert window.register_view.filter_bar.deciding.currentIndex() == 0
    assert window.current_filter().deciding_body_id is None
    window.close()


def test_a_window_closed_before_its_first_screen_is_never_completed(qtbot, demo_sqlite) -> None:
    window = MainWindow(demo_sqlite, persist=False, complete_after_paint=True)
    qtbot.addWidget(window)
    window.close()
    window.complete()  # as the paint's signal would, too late
    assert not window.is_complete
    assert window.top_menus["file"].actions() == []
    # What would complete it first answers as a closed window does.
    assert window.selected_entry_ids() == []
    assert window.read_only is False
    window.open_entry(None)
    window.refresh_if_changed()
    assert not window.is_complete


def test_a_window_opening_on_another_section_is_complete_at_once(qtbot, demo_sqlite) -> None:
    settings = QSettings()
    settings.setValue("window/section", "bodies")
    try:
        window = MainWindow(demo_sqlite, complete_after_paint=True)
        qtbot.addWidget(window)
    finally:
        settings.remove("window/section")
    assert window.current_section() == "bodies"
    assert window.is_complete  # no first screen of the register to wait for
    wait_idle()
    window.close()


def test_a_message_said_before_the_window_shows_does_not_cover_the_count(
    qtbot, demo_sqlite
) -> None:
    """At the start "Searching…" is said before the window is shown; Qt then left
    the count visible under it and drew both texts in one place."""
    window = MainWindow(demo_sqlite, persist=False, complete_after_paint=True)
    qtbot.addWidget(window)
    window.register_view.busy_changed.emit(True)  # as the first query does
    window.show()
    qtbot.waitExposed(window)
    assert window.statusBar().currentMessage()
    assert not window.count_label.isVisible()  # hidden under the message
    window.register_view.busy_changed.emit(False)
    assert window.count_label.isVisible()  # and back when it is cleared
    window.close()
