"""The start reads its first screen before the register is opened (issue 19).

``ui.app`` shows the window with the first rows read by ``services.first_screen``
(the database driver alone) when the remembered filter is the whole register,
and opens the register (peewee, the models, the services) once they are
painted. Checked through the program's entry point in a fresh process, on
PostgreSQL as on SQLite (``test_start_path``); a remembered search opens the
register first, as before; and a register that will not open after its rows
were shown is explained with the usual choices, the window closed.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from desktop_app import APP_NAME, ORG_NAME
from desktop_app.services import register as reg
from desktop_app.services.register_types import RegisterFilter
from desktop_app.ui import app as app_module
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.register.saved_filter import filter_to_json
from tests.conftest import fresh_process, postgres_url

from .test_start_path import OBSERVED_START


def _start(target: str, config: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config))
    return fresh_process(OBSERVED_START, "--database", target, "--lang", "sv", env=env)


@pytest.mark.skipif(not postgres_url(), reason="AVTALSREGISTER_TEST_POSTGRES not set")
def test_a_postgresql_register_shows_rows_read_before_it_is_opened(
    postgres_schema_url: str, tmp_path: Path
) -> None:
    from desktop_app.services.demo import build_demo
    from desktop_app.services.session import close_register, open_register

    open_register(postgres_schema_url)
    build_demo()
    total = reg.total_count()
    close_register()
    seen = _start(postgres_schema_url, tmp_path / "cfg")
    assert seen["rows"] == total
    assert seen["opening_at_first_rows"] == []  # psycopg2 alone read them
    assert seen["open_after_first_screen"] is True
    assert seen["psycopg2"] is True
    assert seen["ssl"] is False  # psycopg2 without Python's ssl (store.drivers)


def test_a_remembered_search_opens_the_register_first(demo_sqlite, tmp_path: Path) -> None:
    from desktop_app.services.session import close_register

    wanted = RegisterFilter(search="stad")
    expected = reg.count(wanted)
    assert 0 < expected < reg.total_count()
    close_register()
    config = tmp_path / "cfg"
    settings = QSettings(str(config / ORG_NAME / f"{APP_NAME}.conf"), QSettings.Format.IniFormat)
    settings.setValue("register/filter", filter_to_json(wanted))
    settings.sync()
    seen = _start(str(demo_sqlite.target.path), config)
    assert seen["rows"] == expected
    assert "peewee" in seen["opening_at_first_rows"]  # the services asked, as before
    assert seen["open_after_first_screen"] is True


def test_a_register_that_will_not_open_after_its_rows_is_explained(
    qtbot, sqlite_register, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A register of a newer program: its first screen is not read (the schema is
    not this program's), the store refuses it, and the registrar is told why with
    the usual choices (another register, a new one, quit); the window closes."""
    from desktop_app.services.session import close_register

    path = str(sqlite_register.target.path)
    close_register()
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO schema_version (version) VALUES (9999)")
    QSettings().remove("register")  # the whole register: read before opening
    told: list[str] = []
    quits: list[bool] = []
    monkeypatch.setattr(
        app_module, "open_failed", lambda exc, target: told.append(type(exc).__name__)
    )
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    before = _main_windows()
    assert app_module._show_before_opening(path) is True
    (window,) = [w for w in _main_windows() if all(w is not b for b in before)]
    assert window.isVisible() and window.register_view.model.rowCount() == 0
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told == ["NewerSchemaError"]
    qtbot.waitUntil(lambda: not isValid(window) or not window.isVisible(), timeout=5_000)
    assert quits == [True]


def _main_windows() -> list[MainWindow]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and isValid(w) and w.isVisible()
    ]


def test_a_window_asking_another_question_opens_the_register_first(
    qtbot, demo_sqlite, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's first question is not the one read early (as when a remembered
    filter reads back differently): the register is opened before it is asked."""
    from desktop_app.services.session import close_register
    from desktop_app.store.migration_files import latest_version
    from desktop_app.ui.register import view

    total = reg.total_count()
    path = str(demo_sqlite.target.path)
    close_register()
    QSettings().remove("register")
    monkeypatch.setattr(view, "take_head_start", lambda f, today: None)
    before = _main_windows()
    assert app_module._show_before_opening(path) is True
    (window,) = [w for w in _main_windows() if all(w is not b for b in before)]
    qtbot.addWidget(window)
    assert window.info.schema_version == latest_version()  # the opened register's
    qtbot.waitUntil(lambda: window.register_view.model.rowCount() == total, timeout=10_000)


def test_a_register_refused_while_the_window_is_made_is_never_shown(
    qtbot, sqlite_register, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.services.session import close_register
    from desktop_app.ui.register import view

    path = str(sqlite_register.target.path)
    close_register()
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO schema_version (version) VALUES (9999)")
    QSettings().remove("register")
    told: list[str] = []
    monkeypatch.setattr(view, "take_head_start", lambda f, today: None)
    monkeypatch.setattr(
        app_module, "open_failed", lambda exc, target: told.append(type(exc).__name__)
    )
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))
    before = _main_windows()
    assert app_module._show_before_opening(path) is False  # the registrar chose to quit
    assert told == ["NewerSchemaError"]
    assert [w for w in _main_windows() if all(w is not b for b in before)] == []
