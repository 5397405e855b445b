"""A wheel built in a clean venv with the declared build requirement installs and
opens the user guide.

Two fresh venvs, nothing shared with the one running the tests:

1. the build venv gets the *lowest* release of each ``[build-system] requires``
   entry that pyproject.toml allows (``setuptools>=77`` -> 77.x) and builds the
   wheel without build isolation, from a copy of the files git knows, so a
   requirement that cannot build the project, or a file that exists only in
   a developer's folder, fails here;
2. the install venv gets the wheel and its dependencies, and Help > User guide
   (``WindowCommands.show_guide``) is called there, with Qt's URL handler
   catching what would open in the browser.

The newest setuptools is covered by tests/store/test_database.py, where pip
builds with its own isolation.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from .conftest import ROOT

pytestmark = pytest.mark.slow

OPEN_GUIDE = textwrap.dedent(
    """
    import json, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices
    import desktop_app
    from desktop_app.ui.app import make_application
    from desktop_app.ui.resources import install_translators
    from desktop_app.ui.window_commands import WindowCommands

    app = make_application([])
    install_translators(sys.argv[1])

    class Browser(QObject):
        opened = []

        @Slot(QUrl)
        def open(self, url):
            self.opened.append(url.toLocalFile())

    browser = Browser()
    QDesktopServices.setUrlHandler("file", browser, "open")
    WindowCommands.show_guide(None)  # Help > User guide (self is used only if none is found)
    print(json.dumps({"opened": Browser.opened, "package": os.path.dirname(desktop_app.__file__)}))
    """
)


def lowest_allowed(requirement: str) -> str:
    """``setuptools>=77,<85`` -> ``setuptools>=77,<85,<78``: the lowest major it allows."""
    req = Requirement(requirement)
    floors = [s.version for s in req.specifier if s.operator in (">=", "==", "~=")]
    if not floors:
        return requirement
    major = int(floors[0].split(".")[0])
    return f"{req.name}{req.specifier},<{major + 1}"


def _run(*args: str | Path, cwd: Path | None = None, timeout: int = 600) -> str:
    result = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=timeout, cwd=cwd
    )
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def _venv(path: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True, timeout=300)
    scripts = path / ("Scripts" if os.name == "nt" else "bin")
    return scripts / ("python.exe" if os.name == "nt" else "python")


def _source_copy(dest: Path) -> Path:
    """The files git tracks, plus new ones not ignored (a build from a clean clone)."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout to know which files are the project's")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return dest


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The python of a clean venv with the wheel installed."""
    root = tmp_path_factory.mktemp("wheel")
    build_requires = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "build-system"
    ]["requires"]
    builder = _venv(root / "build-venv")
    _run(builder, "-m", "pip", "install", "-q", *[lowest_allowed(r) for r in build_requires])
    source = _source_copy(root / "src")
    _run(
        builder,
        "-m",
        "pip",
        "wheel",
        "-q",
        "--no-build-isolation",
        "--no-deps",
        "-w",
        root / "dist",
        source,
    )
    (wheel,) = (root / "dist").glob("avtalsregister-*.whl")
    python = _venv(root / "install-venv")
    _run(python, "-m", "pip", "install", "-q", wheel)
    return python


def _open_guide(python: Path, lang: str, tmp_path: Path) -> tuple[Path, Path]:
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run(
        [str(python), "-c", OPEN_GUIDE, lang],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=tmp_path,  # not the checkout: only the installed copy can be found
    )
    assert result.returncode == 0, result.stderr[-3000:]
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(answer["opened"]) == 1, answer
    return Path(answer["opened"][0]), Path(answer["package"])


@pytest.mark.parametrize("lang, page", [("sv", "user-guide.html"), ("en", "user-guide.en.html")])
def test_help_user_guide_opens_the_installed_html(installed, tmp_path, lang, page) -> None:
    guide, package = _open_guide(installed, lang, tmp_path)
    assert guide == package / "_docs" / page
    assert "site-packages" in guide.parts and ROOT not in guide.parents
    html = guide.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    for target in re.findall(r'(?:src|href)="([^"#:]+)', html):  # pictures, other pages
        assert (guide.parent / target).is_file(), f"{page} links to {target}, not installed"


def test_the_wheel_carries_the_licence(installed) -> None:
    (dist_info,) = installed.parent.parent.glob("[Ll]ib/**/site-packages/avtalsregister-*")
    assert (dist_info / "licenses" / "LICENSE").read_text().startswith("MIT License")
    metadata = (dist_info / "METADATA").read_text(encoding="utf-8")
    assert "License-Expression: MIT" in metadata


def test_lowest_allowed() -> None:
    assert lowest_allowed("setuptools>=77,<85") in (
        "setuptools<85,>=77,<78",
        "setuptools>=77,<85,<78",
    )
    assert lowest_allowed("wheel") == "wheel"
