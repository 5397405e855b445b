"""The user guide stays true: its pictures, links, menu names, paths and commands exist."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from desktop_app import APP_NAME, ORG_NAME
from desktop_app.cli import build_parser

from .conftest import ROOT

GUIDES = [ROOT / "docs/user-guide.md", ROOT / "docs/user-guide.en.md"]


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading (letters incl. å/ä/ö kept, punctuation dropped)."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_pictures_and_links_exist(guide):
    text = guide.read_text(encoding="utf-8")
    anchors = {_slug(h) for h in re.findall(r"^#+ (.+)$", text, re.M)}
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if target.startswith("#"):
            assert target[1:] in anchors, f"{guide.name}: no heading for {target}"
        elif not target.startswith(("http://", "https://")):
            assert (guide.parent / target).is_file(), f"{guide.name}: missing {target}"


def test_swedish_guide_answers_the_first_day():
    text = (ROOT / "docs/user-guide.md").read_text(encoding="utf-8")
    headings = " | ".join(re.findall(r"^## (.+)$", text, re.M))
    for topic in (
        "Installera",
        "Första start",
        "Hitta",
        "Lägga till",
        "Omprövning",
        "Exportera",
        "PM",
        "kalendern",
        "PostgreSQL",
        "Säkerhetskopior",
    ):
        assert topic in headings, topic
    pictures = re.findall(r"!\[[^\]]*\]\(screenshots/([^)]+)\)", text)
    assert len(pictures) >= 6


def test_paths_in_the_guide_are_the_programs():
    text = (ROOT / "docs/user-guide.md").read_text(encoding="utf-8")
    wxs = (ROOT / "packaging/windows/Package.wxs").read_text(encoding="utf-8")
    assert '<Directory Id="PerUserProgramsFolder" Name="Programs">' in wxs
    assert r"%LOCALAPPDATA%\Programs\Avtalsregister" in text
    # platformdirs on Windows: %LOCALAPPDATA%\<author>\<app>
    assert rf"%LOCALAPPDATA%\{ORG_NAME}\{APP_NAME}\avtalsregister.sqlite3" in text
    assert rf"%LOCALAPPDATA%\{ORG_NAME}\{APP_NAME}\backups" in text
    launcher = (ROOT / "packaging/launcher.py").read_text(encoding="utf-8")
    assert '"avtalsregister-gui.log"' in launcher and "avtalsregister-gui.log" in text


def test_commands_in_the_guide_exist():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    commands = set(sub.choices)
    text = (ROOT / "docs/user-guide.md").read_text(encoding="utf-8")
    quoted = re.findall(r"`avtalsregister ([a-z][a-z-]+)", text)
    assert quoted
    for name in quoted:
        assert name in commands, f"the guide mentions `avtalsregister {name}`"


def _swedish_labels() -> set[str]:
    labels = set()
    for ts in (ROOT / "resources/translations").glob("*_sv.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                labels.add(translation.text.replace("&", "").strip())
    return labels


def test_menu_paths_in_the_guide_are_the_programs_menus():
    labels = _swedish_labels()
    text = (ROOT / "docs/user-guide.md").read_text(encoding="utf-8")
    paths = re.findall(r"\*((?:Arkiv|Redigera|Visa|Hjälp) > [^*]+)\*", text)
    assert len(paths) >= 5
    for path in paths:
        for part in path.split(" > "):
            assert part.strip() in labels, f"menu item '{part}' (in '{path}') is not in the program"
