"""The `avtalsregister` command: the GUI without a sub-command, the CLI with one.

Sub-commands live in small modules (``core``, ``excel``, ``memos`` ...), each
with ``register(subparsers)``; a handler gets the parsed arguments and
returns the exit code. Known failures (``StoreError``) print their message
for the user and exit 2; nothing prints a traceback at a registrar.
"""

from __future__ import annotations

import argparse
import importlib
import locale
import os
import sys

from desktop_app import __version__
from desktop_app.store.errors import StoreError

COMMAND_MODULES = ("core", "excel", "memos", "maintenance")


def system_language() -> str:
    """'sv' on a Swedish system (and by default), 'en' when the system says English."""
    for var in ("AVTALSREGISTER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "sv"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "en" if code.lower().startswith("en") else "sv"


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
        try:
            module = importlib.import_module(f"desktop_app.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"desktop_app.cli.{name}":
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.lang = args.lang or system_language()
    if getattr(args, "sub_database", None):
        args.database = args.sub_database
    if args.command is None:
        return gui_main(argv)
    try:
        return int(args.handler(args) or 0)
    except StoreError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Avbrutet." if args.lang == "sv" else "Cancelled.", file=sys.stderr)
        return 130


def gui_main(argv: list[str] | None = None) -> int:
    """The desktop program (entry point of `avtalsregister-gui`)."""
    try:
        from desktop_app.ui.app import run
    except ImportError as exc:  # pragma: no cover - only without the ui package
        print(f"The desktop program is not available: {exc}", file=sys.stderr)
        return 1
    return run(sys.argv[1:] if argv is None else argv)
