"""README's command table names every command and exactly the flags each one takes."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from desktop_app.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"
COMMON = {"-h", "--help", "--database", "-d"}  # every command takes them (said above the table)


def _table() -> dict[str, set[str]]:
    """command -> the flags its row names (a row may name several commands: backup/restore)."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## The command line", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, set[str]] = {}
    for line in section.splitlines():
        if not line.startswith("| `avtalsregister "):
            continue
        usage = line.split(" | ", 1)[0]
        flags = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[a-z])\b", usage))
        for command in re.findall(r"`avtalsregister ([a-z-]+)|` / `([a-z-]+)", usage):
            name = command[0] or command[1]
            rows.setdefault(name, set()).update(flags)
    return rows


def _parser_options() -> dict[str, list[set[str]]]:
    """command -> its options, each as the set of its spellings (--verbose/-v)."""
    parser = build_parser(["--lang", "en"])
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {
        name: [set(a.option_strings) for a in command._actions
               if a.option_strings and not set(a.option_strings) & COMMON]
        for name, command in sub.choices.items()
    }  # fmt: skip


def test_every_command_is_in_the_table_with_exactly_its_flags():
    table, parsers = _table(), _parser_options()
    top = {"init", "backup", "restore", "check", "export", "annual-report", "import", "memos",
           "calendar", "maintenance", "request-export", "secrecy", "archive-package"}  # fmt: skip
    assert set(parsers) == top  # a new command must be added here and to the table
    missing = top - set(table)
    assert not missing, f"commands missing from README's table: {missing}"
    for name in sorted(top):
        named = table[name] - COMMON
        spellings = set().union(*parsers[name]) if parsers[name] else set()
        assert named <= spellings, f"{name}: README names {named - spellings}, not an option"
        lacking = [sorted(o) for o in parsers[name] if not o & named]
        assert not lacking, f"{name}: README's table lacks {lacking}"
