"""The program's version is pyproject.toml's (a constant, so the start needs no
importlib.metadata; issue 19), and an installed copy reports the same."""

from __future__ import annotations

import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import desktop_app

ROOT = Path(__file__).resolve().parents[1]


def test_version_is_the_projects() -> None:
    with open(ROOT / "pyproject.toml", "rb") as f:
        project = tomllib.load(f)["project"]
    assert desktop_app.__version__ == project["version"]
    try:
        installed = version("avtalsregister")
    except PackageNotFoundError:  # a checkout without install
        return
    assert installed == project["version"]
