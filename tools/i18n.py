"""Keep the Swedish translations complete: extract, fill, build and check.

Each UI area has its own Qt Linguist file ``resources/translations/<area>_sv.ts``
so that engineers working in parallel never edit the same file; the program
loads every ``*_sv.qm`` in that folder. English is the source language.

Usage::

    python tools/i18n.py update <area> <files or dirs...>   # pyside6-lupdate -> <area>_sv.ts
    python tools/i18n.py fill <area> <mapping.json>         # English -> Swedish
    python tools/i18n.py plurals                            # English %n forms -> <area>_en.ts
    python tools/i18n.py release                            # every *_sv.ts, *_en.ts -> .qm
    python tools/i18n.py check                              # exit 1 if anything is untranslated

``fill`` takes a JSON object mapping the English source text to its Swedish
translation (for a plural message, ``%n`` forms: a list of two strings, the
singular and the plural; a plain string is used for both). A key may also be
written ``"Context|source"`` to translate one context only. Filled messages
lose ``type="unfinished"``.

English needs a file too, for plurals only: ``tr("%n entries", "", n)`` says
"1 entries" unless a translator gives the singular. ``plurals`` extracts every
area's ``%n`` messages (``lupdate -pluralonly``) into ``<area>_en.ts`` and fills
the forms it can derive ("error(s)" -> error / errors; "entries" -> entry);
``check`` lists any it could not.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGE = "sv_SE"
SOURCE_LANGUAGE = "en"
_SKIPPED_TYPES = {"obsolete", "vanished"}


def _tool(name: str) -> str:
    """The pyside6 tool beside this Python first (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def ts_path(area: str) -> Path:
    return TRANSLATIONS / f"{area}_sv.ts"


def _python_files(paths: list[str]) -> list[str]:
    files: list[str] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_absolute():
            path = (Path.cwd() / path).resolve()
        if path.is_dir():
            files.extend(str(p) for p in sorted(path.rglob("*.py")))
        elif path.exists():
            files.append(str(path))
        else:
            raise SystemExit(f"no such file or folder: {raw}")
    return files


def update(area: str, paths: list[str]) -> int:
    """Extract tr() strings into the area's .ts, keeping existing translations."""
    files = _python_files(paths)
    if not files:
        raise SystemExit("no .py files given")
    target = ts_path(area)
    target.parent.mkdir(parents=True, exist_ok=True)
    cmd = [
        _tool("pyside6-lupdate"),
        *files,
        "-no-obsolete",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        LANGUAGE,
        "-ts",
        str(target),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        return result.returncode
    _normalise_header(target)
    return 0


def _normalise_header(path: Path) -> None:
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", LANGUAGE)
    root.set("sourcelanguage", SOURCE_LANGUAGE)
    _write(tree, path)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def fill(area: str, mapping_file: str) -> int:
    """Set translations from a JSON mapping; report sources the mapping lacks."""
    path = ts_path(area)
    if not path.exists():
        raise SystemExit(f"{path} does not exist; run `update {area} ...` first")
    mapping: dict[str, str | list[str]] = json.loads(Path(mapping_file).read_text("utf-8"))
    tree = ET.parse(path)
    filled = 0
    for context, message in _messages(tree.getroot()):
        source = message.findtext("source") or ""
        value = mapping.get(f"{context}|{source}", mapping.get(source))
        if value is None:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in _SKIPPED_TYPES:
            continue
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        translation.attrib.pop("type", None)
        filled += 1
    _write(tree, path)
    print(f"{path.name}: {filled} messages filled")
    missing = _untranslated(path)
    for context, source in missing:
        print(f"  still untranslated: [{context}] {source!r}")
    return 0


def _untranslated(path: Path) -> list[tuple[str, str]]:
    tree = ET.parse(path)
    missing: list[tuple[str, str]] = []
    for context, message in _messages(tree.getroot()):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is not None and translation.get("type") in _SKIPPED_TYPES:
            continue
        if translation is None or translation.get("type") == "unfinished":
            missing.append((context, source))
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if not forms or not all(f.strip() for f in forms):
                missing.append((context, source))
        elif not (translation.text or "").strip():
            missing.append((context, source))
    return missing


_SINGULAR = {
    "entries": "entry",
    "days": "day",
    "reviews": "review",
    "memos": "memo",
    "errors": "error",
    "warnings": "warning",
    "notes": "note",
    "years": "year",
    "months": "month",
    "letters": "letter",
    "rows": "row",
    "files": "file",
    "bodies": "body",
    "themes": "theme",
    "counterparties": "counterparty",
    "were": "was",
    "are": "is",
    "have": "has",
}


def english_forms(source: str) -> list[str]:
    """Singular and plural of an English ``%n`` message."""
    if "(s)" in source or "(es)" in source:
        one = source.replace("(es)", "").replace("(s)", "")
        return [one, source.replace("(es)", "es").replace("(s)", "s")]
    words = source.split(" ")
    one = [_SINGULAR.get(w.rstrip(".?!:,"), w.rstrip(".?!:,")) + w[len(w.rstrip(".?!:,")) :]
           for w in words]  # fmt: skip
    return [" ".join(one), source]


def plurals() -> int:
    """Every area's %n messages into <area>_en.ts, with the English forms filled in."""
    for sv in sorted(TRANSLATIONS.glob("*_sv.ts")):
        area = sv.name.removesuffix("_sv.ts")
        names = {loc.get("filename") for loc in ET.parse(sv).getroot().iter("location")}
        files = sorted(str((sv.parent / n).resolve()) for n in names if n)
        files = [f for f in files if Path(f).exists()]
        if not files:
            continue
        target = TRANSLATIONS / f"{area}_en.ts"
        cmd = [_tool("pyside6-lupdate"), *files, "-pluralonly", "-no-obsolete",
               "-source-language", SOURCE_LANGUAGE, "-target-language", "en_GB",
               "-ts", str(target)]  # fmt: skip
        result = subprocess.run(cmd, capture_output=True, text=True)
        if result.returncode != 0:
            sys.stderr.write(result.stderr)
            return result.returncode
        tree = ET.parse(target)
        root = tree.getroot()
        root.set("language", "en_GB")
        root.set("sourcelanguage", SOURCE_LANGUAGE)
        messages = 0
        for _context, message in _messages(root):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _SKIPPED_TYPES:
                continue
            messages += 1
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if forms and all(f.strip() for f in forms):
                continue
            for child in list(translation):
                translation.remove(child)
            for form in english_forms(message.findtext("source") or ""):
                ET.SubElement(translation, "numerusform").text = form
            translation.attrib.pop("type", None)
        if messages:
            _write(tree, target)
            print(f"{target.name}: {messages} plural messages")
        else:
            target.unlink()
    return 0


def release() -> int:
    """Build every *_sv.ts and *_en.ts into its .qm (the .qm files are committed and shipped)."""
    status = 0
    for ts in sorted([*TRANSLATIONS.glob("*_sv.ts"), *TRANSLATIONS.glob("*_en.ts")]):
        qm = ts.with_suffix(".qm")
        result = subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], capture_output=True, text=True
        )
        sys.stdout.write(result.stdout)
        sys.stderr.write(result.stderr)
        status = status or result.returncode
    return status


def check() -> int:
    """Exit 1 when any *_sv.ts or *_en.ts has an unfinished or empty translation."""
    bad = 0
    for ts in sorted([*TRANSLATIONS.glob("*_sv.ts"), *TRANSLATIONS.glob("*_en.ts")]):
        missing = _untranslated(ts)
        for context, source in missing:
            print(f"{ts.name}: [{context}] {source!r}")
        bad += len(missing)
    if bad:
        print(f"{bad} untranslated messages")
        return 1
    print("all translations complete")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_update = sub.add_parser("update", help="extract tr() strings into <area>_sv.ts")
    p_update.add_argument("area")
    p_update.add_argument("paths", nargs="+")
    p_fill = sub.add_parser("fill", help="set translations from a JSON mapping")
    p_fill.add_argument("area")
    p_fill.add_argument("mapping")
    sub.add_parser("plurals", help="English %%n forms into <area>_en.ts")
    sub.add_parser("release", help="build every *_sv.ts and *_en.ts into .qm")
    sub.add_parser("check", help="exit 1 if any translation is missing")
    args = parser.parse_args(argv)
    if args.command == "update":
        return update(args.area, args.paths)
    if args.command == "fill":
        return fill(args.area, args.mapping)
    if args.command == "release":
        return release()
    if args.command == "plurals":
        return plurals()
    return check()


if __name__ == "__main__":
    sys.exit(main())
