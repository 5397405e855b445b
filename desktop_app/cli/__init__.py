"""The command line: the argument parser and the sub-commands.

Sub-commands live in small modules (``core``, ``excel``, ``memos`` ...), each
with ``register(subparsers)``, imported plainly (a missing one is a broken
build, not an option); a handler gets the parsed arguments and returns the
exit code. Known failures (``StoreError``: a wrong option, a file that cannot
be written, a register that cannot be opened) print one sentence and exit 2,
with any detail from the OS or the driver after it; a file error no command
foresaw is said the same way. Nothing prints a traceback at a registrar.

The help and the parser's own complaints follow the language like the
messages do (Swedish by default, ``--lang en`` or an English system):
``help_sv`` holds the Swedish of every help text, and ``SwedishParser`` says a
wrong option in one line. The program starts in
``desktop_app.main``, which runs a sub-command here or the desktop window in
``desktop_app.ui``; this package never imports the UI.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import NoReturn

from desktop_app import __version__
from desktop_app.language import system_language
from desktop_app.store.errors import StoreError

COMMAND_MODULES = ("core", "check", "excel", "memos", "maintenance", "records")
_LANGUAGE = ["sv"]  # the language the parser is being built and used in


def parser_language() -> str:
    return _LANGUAGE[0]


def language_of(argv: list[str] | None) -> str:
    """``--lang`` from the command line, else the system's language."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for i, item in enumerate(argv):
        if item == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("sv", "en"):
            return argv[i + 1]
        if item.startswith("--lang=") and item[7:] in ("sv", "en"):
            return item[7:]
    return system_language()


class SwedishParser(argparse.ArgumentParser):
    """An argument parser whose complaints are one line in the user's language, exit 2."""

    def error(self, message: str) -> NoReturn:
        from .help_sv import argparse_error

        lang = parser_language()
        text = argparse_error(message) if lang == "sv" else message
        hint = (f"Se '{self.prog} --help'." if lang == "sv"
                else f"See '{self.prog} --help'.")  # fmt: skip
        word = "fel" if lang == "sv" else "error"
        self.exit(2, f"{self.prog}: {word}: {text}. {hint}\n")


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # noqa: ANN001
        if prefix is None and parser_language() == "sv":
            prefix = "användning: "
        super().add_usage(usage, actions, groups, prefix)


def build_parser(argv: list[str] | None = None, commands: bool = True) -> argparse.ArgumentParser:
    """The parser, its help in the language of ``argv`` (``--lang``) or the system.

    ``commands=False``: the program's own options only, without importing the
    sub-command modules (the desktop start, issue 19: they import the services)."""
    _LANGUAGE[0] = language_of(argv)
    parser = SwedishParser(
        prog="avtalsregister",
        formatter_class=_Formatter,
        description="Avtalsregister: register of the city's international agreements, "
        "letters of intent and memberships. Without a command the desktop program starts.",
    )
    parser.add_argument("--version", action="version", version=f"Avtalsregister {__version__}")
    parser.add_argument(
        "--database",
        "-d",
        metavar="PATH_OR_URL",
        help="SQLite file or postgresql:// URL (default: "
        "$AVTALSREGISTER_DATABASE, else the file in your data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=("sv", "en"),
        default=None,
        help="language of messages (default: the system's)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, open a temporary register, exit 0 (for installers)",
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        help="render each main view of the demo register to PNG and exit",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop_app.cli.{name}").register(sub)
    from .help_sv import parsers, translate_parser

    for each in parsers(parser):
        each.formatter_class = _Formatter
    if _LANGUAGE[0] == "sv":
        translate_parser(parser)
    return parser


_UNRAISABLE: list = []  # errors raised while the garbage collector closed something


def _keep_unraisable(unraisable) -> None:  # noqa: ANN001 - sys.UnraisableHookArgs
    """Hold cleanup errors back until the command's outcome is known.

    A write that failed (a full disk) leaves half-closed writers behind (openpyxl's
    zip and XML streams) whose cleanup repeats the failure the command has already
    said in one sentence; those echoes are dropped. After a command that succeeded
    they are printed as Python would have."""
    _UNRAISABLE.append(unraisable)


def _release_unraisable(ok: bool) -> None:
    held, _UNRAISABLE[:] = list(_UNRAISABLE), []
    if not ok:
        return
    for unraisable in held:
        sys.__unraisablehook__(unraisable)


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed sub-command; known failures print their message (exit 2)."""
    args.lang = args.lang or system_language()
    sys.unraisablehook = _keep_unraisable
    if getattr(args, "sub_database", None):
        args.database = args.sub_database
    try:
        code = int(args.handler(args) or 0)
        _release_unraisable(True)
        return code
    except StoreError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return 2
    except OSError as exc:  # a file no command foresaw: still one sentence
        from desktop_app.exports.output_errors import output_error

        target = exc.filename or getattr(args, "out", None) or "."
        print(output_error(exc, target).message(args.lang), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Avbrutet." if args.lang == "sv" else "Cancelled.", file=sys.stderr)
        return 130


def main(argv: list[str] | None = None) -> int:
    """A sub-command from ``argv`` (the entry point is ``desktop_app.main``, which also
    starts the desktop program when no command is given)."""
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("a command is needed (without one, run `avtalsregister`)")  # noqa
    return run_command(args)
