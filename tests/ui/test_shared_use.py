"""Shared use in the window: another registrar's change appears by itself, and
a reader gets a read-only window (issue 6)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from desktop_app.services import entries, permissions
from desktop_app.services.session import close_register, open_register
from desktop_app.ui.main_window import MainWindow

from ..reliability.pg import admin_execute, login_roles, schema_of

OTHER_REGISTRAR = textwrap.dedent(
    """
    import sys
    from desktop_app.domain.entry import EntryData
    from desktop_app.services import entries
    from desktop_app.services.session import open_register
    open_register(sys.argv[1])
    entries.create_entry(EntryData(kind="membership", title="Medlemskap i Eurotowns",
                                   scope="city_wide", review_interval_months=48))
    """
)


def _other_process_adds_an_entry(url: str) -> None:
    env = dict(os.environ, AVTALSREGISTER_USER="bertil")
    subprocess.run(
        [sys.executable, "-c", OTHER_REGISTRAR, url],
        check=True,
        env=env,
        timeout=120,
        capture_output=True,
    )


def test_another_registrars_entry_appears_without_f5(qtbot, database_url: str) -> None:
    info = open_register(database_url)
    window = MainWindow(info, persist=False)
    qtbot.addWidget(window)
    window.show()
    model = window.register_view.model
    qtbot.waitUntil(lambda: not window.register_view.is_busy())
    before = model.rowCount()
    with qtbot.waitSignal(window.shared.polled, timeout=10_000) as polled:
        window.refresh_if_changed()  # what the timer does every 15 s, on the runner
    assert polled.args == [False]  # nothing changed yet

    _other_process_adds_an_entry(database_url)

    with qtbot.waitSignal(window.shared.polled, timeout=10_000) as polled:
        window.refresh_if_changed()
    assert polled.args == [True]
    qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=10_000)
    titles = {model.register_row(r).title for r in range(model.rowCount())}
    assert "Medlemskap i Eurotowns" in titles
    window.close()
    close_register()


def test_a_reader_gets_a_read_only_window(qtbot, postgres_schema_url: str) -> None:
    open_register(postgres_schema_url)
    entries.create_entry(entries.EntryData(kind="membership", title="Medlemskap i Eurocities"))
    close_register()
    admin_execute(postgres_schema_url, permissions.roles_script(schema_of(postgres_schema_url)))
    with login_roles(postgres_schema_url, reader="avtalsregister_reader") as urls:
        info = open_register(urls["reader"])
        window = MainWindow(info, persist=False)
        qtbot.addWidget(window)
        assert window.read_only
        assert (
            "read only" in window.windowTitle()
            or "skrivskydd" in window.windowTitle()
            or "läs" in window.windowTitle()
        )
        for action in window.actions.writing_actions():
            assert not action.isEnabled()
            assert "behörighet" in action.toolTip() or "read" in action.toolTip()
        window.register_view.table.selectRow(0)
        window.entry_actions.update()
        assert not window.actions.archive.isEnabled()
        assert window.actions.open_entry.isEnabled()  # reading is fine
        qtbot.waitUntil(lambda: not window.register_view.is_busy())
        window.close()
        qtbot.wait(200)  # queued results arrive while the reader's role still exists
        close_register()


def test_a_registrar_window_is_not_read_only(qtbot, demo_sqlite) -> None:
    window = MainWindow(demo_sqlite, persist=False)
    qtbot.addWidget(window)
    assert not window.read_only and window.actions.new_entry.isEnabled()
    window.close()


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__])
