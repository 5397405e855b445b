"""The schema's steps as files in ``db/migrations`` (``mNNNN_name.py``), and the latest.

Without peewee: the desktop's first screen compares a register's version with
``latest_version`` before the store is loaded (issue 19, ``store.first_screen``);
``store.migrate`` runs the steps.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from desktop_app.paths import db_dir

if TYPE_CHECKING:
    from desktop_app.store.migrate import MigrationContext

_NAME = re.compile(r"^m(\d{4})_\w+\.py$")


@dataclass
class Migration:
    """A step of ``db/migrations``; its module is read when the step runs (a start
    whose register is current reads none: issue 19, ~20 ms of every start)."""

    version: int
    name: str
    path: Path

    @cached_property
    def upgrade(self) -> Callable[[MigrationContext], None]:
        module = _load(self.path)
        if self.version != module.VERSION:
            raise RuntimeError(
                f"{self.path.name}: VERSION {module.VERSION} does not match its name"
            )
        return module.upgrade


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"avtalsregister_migration_{path.stem}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def available_migrations() -> list[Migration]:
    """The steps in ``db/migrations``, by their file names (``m0007_name.py``)."""
    found = []
    for path in sorted((db_dir() / "migrations").glob("m*.py")):
        match = _NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path.stem, path))
    return found


def latest_version() -> int:
    return max((m.version for m in available_migrations()), default=0)
