"""Where the program starts: the command line or the desktop window.

``avtalsregister`` (``main``) runs a sub-command when one is given and the
desktop program otherwise; ``avtalsregister-gui`` (``gui_main``) always starts
the desktop program. This module sits above both ``desktop_app.cli`` and
``desktop_app.ui``, which never import each other (an import-linter
contract in pyproject.toml). The argument parser is built once, here, and
the desktop program gets the parsed options; Qt's own options (``-style``...)
pass through to Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """The ``avtalsregister`` command (and ``python -m desktop_app``)."""
    from desktop_app.cli import build_parser, run_command

    _frozen_children()
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args, rest = parser.parse_known_args(argv)
    if args.command is None:
        return _desktop(args, rest)
    if rest:
        parser.error("unrecognized arguments: " + " ".join(rest))
    return run_command(args)


def gui_main(argv: list[str] | None = None) -> int:
    """The ``avtalsregister-gui`` program: the desktop window, whatever else is given."""
    from desktop_app.cli import build_parser

    _frozen_children()
    argv = sys.argv[1:] if argv is None else argv
    args, rest = build_parser(argv).parse_known_args(argv)
    return _desktop(args, rest)


def _frozen_children() -> None:
    """In the bundle, a child process (the import's workbook reader) starts here."""
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()


def _desktop(args, qt_args: list[str]) -> int:
    from desktop_app.ui.app import run

    return run(args, qt_args)
