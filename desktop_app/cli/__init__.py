"""The command line: the argument parser and the sub-commands.

Sub-commands live in small modules (``core``, ``excel``, ``memos`` ...), each
with ``register(subparsers)``, imported plainly (a missing one is a broken
build, not an option); a handler gets the parsed arguments and returns the
exit code. Known failures (``StoreError``) print their message for the user
and exit 2; nothing prints a traceback at a registrar. The program starts in
``desktop_app.main``, which runs a sub-command here or the desktop window in
``desktop_app.ui``; this package never imports the UI.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from desktop_app import __version__
from desktop_app.language import system_language
from desktop_app.store.errors import StoreError

COMMAND_MODULES = ("core", "check", "excel", "memos", "maintenance", "records")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="avtalsregister",
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop_app.cli.{name}").register(sub)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed sub-command; known failures print their message (exit 2)."""
    args.lang = args.lang or system_language()
    if getattr(args, "sub_database", None):
        args.database = args.sub_database
    try:
        return int(args.handler(args) or 0)
    except StoreError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Avbrutet." if args.lang == "sv" else "Cancelled.", file=sys.stderr)
        return 130


def main(argv: list[str] | None = None) -> int:
    """A sub-command from ``argv`` (the entry point is ``desktop_app.main``, which also
    starts the desktop program when no command is given)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("a command is needed (without one, run `avtalsregister`)")
    return run_command(args)
