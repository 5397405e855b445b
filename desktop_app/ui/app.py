"""Starting the desktop program: options, language, the register, the main window.

``run(args)`` is what ``avtalsregister`` (without a sub-command) and
``avtalsregister-gui`` call through ``desktop_app.main``, which parsed the
options (this package never imports the command line). Which register opens: ``--database``, else the
user's stored choice (Settings), else ``$AVTALSREGISTER_DATABASE``, else the
default file in the user's data folder. A new user with none of these gets
the welcome dialog. A register that cannot be opened is explained in a
dialog offering another one, a new one or quitting - never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME, ORG_NAME
from desktop_app.paths import default_database_path
from desktop_app.services.errors import StoreError

from . import prefs
from .errors import driver_line, error_text
from .pyside_fix import keep_none_alive
from .resources import app_icon, install_translators


def make_application(argv: list[str] | None = None, icon: bool = True) -> QApplication:
    """The QApplication (reused if one exists, as under pytest-qt).

    ``icon=False`` leaves the window icon to the caller: the desktop start sets it
    after the first screen (``ui.startup``), since reading the SVG loads Qt's SVG
    icon engine, 2-4 ms measured here that the first rows need not wait for."""
    keep_none_alive()  # PySide6 6.12 on Python 3.11, see ui.pyside_fix
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *(argv or [])])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    if icon:
        set_icon()
    return app  # type: ignore[return-value]


def configured_database(cli_value: str | None) -> str | None:
    """--database, else the stored choice, else $AVTALSREGISTER_DATABASE; None if none."""
    from desktop_app.services.register_info import DATABASE_ENV

    for value in (cli_value, prefs.stored_database(), os.environ.get(DATABASE_ENV)):
        if value and value.strip():
            return value.strip()
    return None


def is_first_run(cli_value: str | None) -> bool:
    return configured_database(cli_value) is None and not default_database_path().exists()


def run(args: argparse.Namespace, qt_args: list[str] | None = None) -> int:
    """The desktop program with the options ``desktop_app.main`` parsed; the exit code.

    ``args`` holds ``database``, ``lang``, ``smoke_test`` and ``screenshots``;
    ``qt_args`` are left for Qt (``-style``, ``-platform``...).
    """
    app = make_application(qt_args or [], icon=False)  # after the first screen
    lang = prefs.effective_language(args.lang)
    install_translators(lang)
    if args.smoke_test or args.screenshots:
        set_icon()
    if args.smoke_test:
        return smoke_test(app)
    if args.screenshots:
        from .screenshots import render_screenshots

        paths = render_screenshots(Path(args.screenshots))
        print("\n".join(str(p) for p in paths))
        return 0

    shown = _show_before_opening(args.database)
    if shown is None:
        info = open_at_start(args.database)
        if info is None:
            return 0
        _show(info)
    elif not shown:
        return 0  # the register did not open and the registrar chose to quit
    return app.exec()


def _show(info) -> None:
    """The main window of an open register, its first screen asked for first."""
    from .register.head_start import start_first_screen

    start_first_screen()  # its query runs while the window's modules load and it is built
    from .main_window import MainWindow

    window = MainWindow(info, complete_after_paint=True)  # menus' actions after the rows
    window.show()
    from .startup import after_first_screen

    after_first_screen(window, info.check_due, then=set_icon)


def _show_before_opening(cli_value: str | None) -> bool | None:
    """The usual start (issue 19): the register's first screen is read without the
    services while the window is built (``services.first_screen``), and the register
    opened once those rows are painted (``_open_shown``). None when this start is
    not one for it (a first start, the demo, a new file, a filter or search
    remembered): then the register is opened first, as always. True: a window is
    shown; False: the register did not open and the registrar chose to quit."""
    if is_first_run(cli_value):
        return None
    value = configured_database(cli_value) or str(default_database_path())
    from desktop_app.services.first_screen import load_driver
    from desktop_app.services.register_info import RegisterInfo, target_of

    target = target_of(value)
    if target.backend == "sqlite" and (
        target.path is None or target.path.name == DEMO_NAME or not target.path.is_file()
    ):
        return None
    from .register.head_start import open_later, start_first_screen

    if not start_first_screen(target, before=lambda: load_driver(target)):
        return None
    from .main_window import MainWindow

    # Handed over before the window is made: a first question of the window other
    # than the remembered filter opens the register at once (register.head_start).
    opening: dict = {}
    open_later(lambda: _open_shown(opening, value))
    # The schema's versions are the opened register's (``_open_shown``); the window
    # reads only where the register is until then.
    window = MainWindow(RegisterInfo(target, 0, 0, False), complete_after_paint=True)
    opening["window"] = window
    if "info" in opening:  # opened while the window was made
        window.info = opening["info"]
    if opening.get("failed"):  # said already; never shown
        window.close()
        return not opening.get("quit")
    window.show()
    from .startup import after_first_screen

    # Its first screen is painted once the register is open: the day's check is
    # due or not by then.
    after_first_screen(window, lambda: window.info.check_due, then=set_icon)
    return True


def _open_shown(opening: dict, value: str) -> bool:
    """Open the register whose first screen ``opening["window"]`` shows (not there
    yet while the window is made), as ``open_at_start`` does; whether it opened.
    One that does not is explained with the same choices (another register, a new
    one, quit) and the window closed; ``opening`` notes what happened."""
    from desktop_app.services.session import open_register

    window = opening.get("window")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        info = open_register(value, defer_check=True, defer_summaries=True)  # ui.startup
    except StoreError as exc:
        QApplication.restoreOverrideCursor()
        opening["failed"] = True
        chosen = open_failed(exc, value)
        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(chosen is None)
        try:
            if window is not None:
                window.close()
            info = _open_chosen(chosen) if chosen is not None else None
            if info is not None:
                _show(info)
        finally:
            app.setQuitOnLastWindowClosed(quits)
        if info is None:
            opening["quit"] = True
            app.quit()
        return False
    QApplication.restoreOverrideCursor()
    prefs.add_recent_database(value)
    opening["info"] = info
    if window is not None:
        window.info = info
    return True


def set_icon() -> None:
    """The program's icon on its windows, once (see ``make_application``)."""
    app = QApplication.instance()
    if app is not None and app.windowIcon().isNull():
        app.setWindowIcon(app_icon())  # type: ignore[attr-defined]


def open_at_start(cli_value: str | None):
    """Open the register to work on (welcome dialog, error dialogs); None means quit."""
    if is_first_run(cli_value):
        target = welcome()
        return None if target is None else _open_chosen(target)
    return _open_loop(configured_database(cli_value) or str(default_database_path()), False)


def _open_chosen(target: str):
    """Open a register picked in a dialog (and remember it); None means quit."""
    return _open_loop(target, True)


def _open_loop(target: str, chosen: bool):
    """Open ``target``, offering another (or quitting) while one does not open."""
    from desktop_app.services.session import open_register

    while True:
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                info = open_register(target, defer_check=True, defer_summaries=True)  # ui.startup
                if Path(target).name == DEMO_NAME and target == demo_path() and _is_empty():
                    from desktop_app.services.demo import build_demo

                    build_demo()
            finally:
                QApplication.restoreOverrideCursor()
        except StoreError as exc:
            target = open_failed(exc, target)
            if target is None:
                return None
            chosen = True
            continue
        if chosen:
            prefs.set_stored_database(target)
        prefs.add_recent_database(target)
        return info


DEMO_NAME = "demo.sqlite3"  # the file name of ui.dialogs.first_run.demo_database_path


def demo_path() -> str:
    from .dialogs.first_run import demo_database_path

    return demo_database_path()


def _is_empty() -> bool:
    from desktop_app.services.session import is_empty

    return is_empty()


def welcome() -> str | None:
    from .dialogs.first_run import FirstRunDialog

    set_icon()
    dialog = FirstRunDialog()
    if not dialog.exec() or not dialog.choice:
        return None
    return dialog.database


def open_failed(exc: StoreError, target: str) -> str | None:
    """Explain why the register did not open; another register to try, or None to quit."""
    # Qt's dialog classes here and below only when asked for: each costs the start
    # its Python enum types (issue 19).
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    set_icon()
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("App", "Avtalsregister"))
    box.setText(QCoreApplication.translate("App", "The register could not be opened."))
    from desktop_app.services.session import describe_target

    said = driver_line(exc)  # the server's own words, after the program's sentence
    text = error_text(exc) + (f"\n{said}" if said else "")
    box.setInformativeText(f"{text}\n\n{describe_target(target)}")
    other = box.addButton(
        QCoreApplication.translate("App", "Choose &another…"), QMessageBox.ButtonRole.AcceptRole
    )
    new = box.addButton(
        QCoreApplication.translate("App", "Create a &new register…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("App", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(other)
    box.exec()
    clicked = box.clickedButton()
    if clicked is other:
        return choose_database(target)
    if clicked is new:
        path, _ = QFileDialog.getSaveFileName(
            None,
            QCoreApplication.translate("App", "New register file"),
            str(default_database_path().with_name("avtalsregister-ny.sqlite3")),
            QCoreApplication.translate("App", "Avtalsregister (*.sqlite3)"),
        )
        return path or None
    del quit_button
    return None


def choose_database(current: str) -> str | None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

    from .dialogs.database_choice import DatabaseChooser

    dialog = QDialog()
    dialog.setWindowTitle(QCoreApplication.translate("App", "Choose a register"))
    chooser = DatabaseChooser(current, dialog)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(chooser)
    layout.addWidget(buttons)
    dialog.resize(560, dialog.sizeHint().height())
    if not dialog.exec():
        return None
    return chooser.value() or str(default_database_path())


def smoke_test(app: QApplication) -> int:
    """Open a temporary demo register, build the window, close it: installers run this."""
    from desktop_app.services.demo import build_demo
    from desktop_app.services.session import close_register, open_register

    from .main_window import MainWindow
    from .runner import runner
    from .sections import SECTIONS

    with tempfile.TemporaryDirectory(prefix="avtalsregister-smoke-") as folder:
        info = open_register(str(Path(folder) / "smoke.sqlite3"))
        build_demo()
        window = MainWindow(info, persist=False)
        window.show()
        for section in SECTIONS:
            window.show_section(section.key)
            runner().wait_idle()  # each page's reads, as a user would wait for them
        window.show_section("register")
        runner().wait_idle()
        shown = window.register_view.model.rowCount()
        window.close()  # stops and waits for all background work (closeEvent)
        app.processEvents()  # late results of stopped jobs are ignored, start nothing
        close_register()
    if shown <= 0:
        print("smoke test failed: the register showed no entries", file=sys.stderr)
        return 1
    print("smoke test ok")
    return 0
