"""Helpers shared by the sub-commands: options, numbers in range, output files.

Every failure a command can meet becomes one sentence and exit status 2
(``UsageError`` for a wrong option, ``OutputError`` for a file that cannot be
written); the argument parser's own complaints are one line too
(``cli.SwedishParser``).
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop_app.exports.output_errors import check_target
from desktop_app.services.session import RegisterInfo, open_register
from desktop_app.store.errors import StoreError

MAX_DAYS = 36_500  # --due-within: a hundred years is "all of them"
MAX_LEAD_DAYS = 3_650  # --lead-days: a reminder at most ten years ahead


class UsageError(StoreError):
    """A wrong option or combination of options, said in both languages (exit 2)."""


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


def int_in_range(low: int, high: int) -> Callable[[str], int]:
    """An argparse ``type``: a whole number from ``low`` to ``high``; else argparse's
    one-line error (exit 2) in the parser's language."""

    def parse(text: str) -> int:
        from . import parser_language

        try:
            value = int(text.strip())
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            if parser_language() == "en":
                raise argparse.ArgumentTypeError(
                    f"give a whole number from {low} to {high}, not {text!r}"
                )
            raise argparse.ArgumentTypeError(
                f"ange ett heltal från {low} till {high}, inte {text!r}"
            )
        return value

    parse.__name__ = "int"
    return parse


def output_file(args: argparse.Namespace, path: Path, suffixes: tuple[str, ...], what_sv: str,
                what_en: str) -> Path:  # fmt: skip
    """``path`` as a file this command can write, checked before any work is done:
    its ending (the first of ``suffixes`` is the one written by default), its
    folder (exists, writable) and that it is not itself a folder."""
    path = Path(path).expanduser()
    if path.is_dir():
        check_target(path)  # "... is a folder, not a file"
    if path.suffix.lower() not in suffixes:
        wanted = " eller ".join(suffixes)
        wanted_en = " or ".join(suffixes)
        example = path.with_suffix(suffixes[0]).name if path.name else f"fil{suffixes[0]}"
        raise UsageError(
            f"{what_sv} skrivs som {wanted}; {path.name or path} har en annan ändelse. Ange "
            f"till exempel {example}.",
            f"{what_en} is written as {wanted_en}; {path.name or path} has another ending. "
            f"Give for example {example}.",
        )
    return check_target(path)


def output_folder(path: Path) -> Path:
    """A folder to write several files into: new, or existing and writable; the folder
    it sits in must exist."""
    return check_target(path, folder_ok=True)


@contextlib.contextmanager
def nothing_half_written(*targets: Path, folder: Path | None = None) -> Iterator[None]:
    """A command that writes several files leaves none of its new ones when it fails.

    Each file is written whole or not at all (``exports.atomic``); this removes
    the complete ones a failing command made before the one that failed (the
    annual report's workbook before its PDF, the first memos of a folder)."""
    before = {p for p in targets if p.exists()}
    new_folder = folder is not None and not folder.exists()
    listed = set(folder.iterdir()) if folder is not None and folder.is_dir() else set()
    try:
        yield
    except BaseException:
        for path in targets:
            if path not in before:
                path.unlink(missing_ok=True)
        if folder is not None and folder.is_dir():
            for path in set(folder.iterdir()) - listed:
                if path.is_file():
                    path.unlink(missing_ok=True)
            if new_folder and not any(folder.iterdir()):
                folder.rmdir()
        raise
