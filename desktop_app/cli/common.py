"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse

from desktop_app.services.session import RegisterInfo, open_register


def add_database_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        "-d",
        dest="sub_database",
        metavar="PATH_OR_URL",
        help="SQLite file or postgresql:// URL",
    )


def open_from_args(args: argparse.Namespace, *, create: bool = False) -> RegisterInfo:
    return open_register(args.database, create=create)


def say(args: argparse.Namespace, sv: str, en: str) -> str:
    return en if args.lang == "en" else sv
