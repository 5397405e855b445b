"""Where the program starts: the command line or the desktop window.

``avtalsregister`` (``main``) runs a sub-command when one is given and the
desktop program otherwise; ``avtalsregister-gui`` (``gui_main``) always starts
the desktop program. This module sits above both ``desktop_app.cli`` and
``desktop_app.ui``, which never import each other (an import-linter
contract in pyproject.toml). The argument parser is built once, here, and
the desktop program gets the parsed options; Qt's own options (``-style``...)
pass through to Qt.

A start without a sub-command (the desktop program, every morning) parses
with the program's own options only: the sub-commands' modules import the
services, which the window would otherwise wait for (issue 19). Anything that
may name a command, or asks for help, gets the whole parser, as before.
"""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    """The ``avtalsregister`` command (and ``python -m desktop_app``)."""
    gc.disable()  # until the desktop's first screen, or a command starts (_desktop)
    try:
        from desktop_app.cli import build_parser, run_command

        argv, parsed = _arguments(argv)
        if parsed is not None:
            return _desktop(*parsed)
        parser = build_parser(argv)
        args, rest = parser.parse_known_args(argv)
        if args.command is None:
            return _desktop(args, rest)
        if rest:
            parser.error("unrecognized arguments: " + " ".join(rest))
    finally:
        gc.enable()
    return run_command(args)


def gui_main(argv: list[str] | None = None) -> int:
    """The ``avtalsregister-gui`` program: the desktop window, whatever else is given."""
    gc.disable()  # see _desktop
    try:
        from desktop_app.cli import build_parser

        argv, parsed = _arguments(argv)
        if parsed is not None:
            return _desktop(*parsed)
        args, rest = build_parser(argv).parse_known_args(argv)
        return _desktop(args, rest)
    finally:
        gc.enable()


def _arguments(argv: list[str] | None):
    """The command line (``sys.argv`` unless given) and, when it names no command,
    the desktop's options (``_without_command``); a bundle's child process starts."""
    _frozen_children()
    argv = sys.argv[1:] if argv is None else argv
    return argv, _without_command(argv)


def _without_command(argv: list[str]):
    """The options and Qt's arguments when ``argv`` names no command and asks no
    help (the parser of the program's own options only); None otherwise."""
    from desktop_app.cli import build_parser

    if any(a in ("-h", "--help") or a.startswith("--h") for a in argv):
        return None
    args, rest = build_parser(argv, commands=False).parse_known_args(argv)
    if any(not a.startswith("-") for a in rest):  # a command (or a Qt option's value)
        return None
    return args, rest


def _frozen_children() -> None:
    """In the bundle, a child process (the import's workbook reader) starts here."""
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()


def _desktop(args, qt_args: list[str]) -> int:
    # No cyclic garbage collection until the first screen is painted
    # (ui.startup.after_first_screen turns it on again): the start creates
    # modules, classes and widgets that all stay, so the ~80 collections it
    # triggered found nothing and took 10-15 ms (issue 19). Objects freed by
    # their reference count are freed as always. ``main`` and ``gui_main``
    # pause it already while the command line's modules (peewee) are imported.
    gc.disable()
    try:
        return _start_desktop(args, qt_args)
    finally:
        gc.enable()  # a start that ended before its first screen (a dialog's Quit)


def _start_desktop(args, qt_args: list[str]) -> int:
    # What reads the first screen before the register is opened (issue 19:
    # services.first_screen, without peewee, the store's models or the services'
    # queries, which load once those rows are painted) before Qt's modules: once
    # PySide6 is imported, its import hook reads the source of every module
    # imported after it (its __feature__ support).
    from desktop_app.services import first_screen, register_info

    if args.database:  # a PostgreSQL register's driver too, when the command line names it
        first_screen.load_driver(register_info.target_of(args.database))
    from desktop_app.ui.app import run

    return run(args, qt_args)
