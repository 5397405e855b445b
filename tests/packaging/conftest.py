"""Helpers for the packaging tests: load packaging/*.py by path.

packaging/ is deliberately not a Python package (``import packaging`` is the
PyPI library pytest itself uses), so its modules are loaded from their files.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(relative: str) -> ModuleType:
    """Import ``packaging/<relative>`` under its file name (cached in sys.modules)."""
    path = PACKAGING / relative
    name = f"_packaging_{path.stem}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def contents() -> ModuleType:
    return load("bundle_contents.py")


@pytest.fixture(scope="session")
def version_info() -> ModuleType:
    return load("version_info.py")


@pytest.fixture(scope="session")
def make_fragment() -> ModuleType:
    return load("windows/make_fragment.py")


@pytest.fixture(scope="session")
def launcher() -> ModuleType:
    return load("launcher.py")
