"""What goes into the bundle, computed from the source tree.

The spec (packaging/avtalsregister.spec) uses these functions, and so do the
tests in tests/packaging, which is why they live in a module of their own and
not inside the spec: the list that is tested is the list that is built.
"""

from __future__ import annotations

import json
from pathlib import Path

# Folders beside the package that the program reads at run time, found
# through desktop_app.paths.db_dir() and resources_dir().
DATA_ROOTS = ("db", "resources")
# The user guide, opened by Help > User guide from <bundle>/docs/ (beside
# resources/), with the screenshots it shows.
GUIDE_PATTERNS = ("docs/user-guide*.md", "docs/screenshots/*.png")
# Not needed at run time: package markers, caches, translation sources (the
# program loads the compiled .qm).
SKIP_NAMES = frozenset({"__init__.py"})
SKIP_SUFFIXES = frozenset({".pyc", ".ts"})
# Qt's own Swedish texts (standard buttons, file dialogs, ...).
QT_TRANSLATIONS = ("qtbase_sv.qm", "qt_sv.qm")
# Modules the bundle can do without (large, or test tools).
EXCLUDES = (
    "tkinter",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtTest",
    "PySide6.QtSql",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    "psycopg",
    "psycopg2cffi",
    "pytest",
    "hypothesis",
    "IPython",
    "matplotlib",
    "numpy",
)
# Imported by peewee inside try/except (the shared PostgreSQL register).
DRIVER_IMPORTS = ("psycopg2", "psycopg2.extensions", "psycopg2.extras")


def data_files(root: Path) -> list[str]:
    """Every run-time file under db/ and resources/, and the user guide, as POSIX paths."""
    files = []
    for top in DATA_ROOTS:
        for path in sorted((root / top).rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            if path.name in SKIP_NAMES or path.suffix in SKIP_SUFFIXES:
                continue
            files.append(path.relative_to(root).as_posix())
    for pattern in GUIDE_PATTERNS:
        files += sorted(p.relative_to(root).as_posix() for p in root.glob(pattern))
    return files


def package_modules(root: Path) -> list[str]:
    """Every module of the desktop_app package, from the source files.

    PyInstaller only follows plain imports; the sub-commands
    (``importlib.import_module(f"desktop_app.cli.{name}")``) and everything
    the UI imports inside functions would be missed. Listing the whole
    package is the complete answer. ``__main__`` is left out: importing it
    runs the program.
    """
    modules = []
    for path in sorted((root / "desktop_app").rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts.pop()
        modules.append(".".join(parts))
    return modules


def translation_sources(root: Path) -> list[str]:
    """The ``*_sv.ts`` files; each must have its ``.qm`` in the bundle."""
    return sorted(p.name for p in (root / "resources" / "translations").glob("*_sv.ts"))


def write_manifest(
    root: Path, version: str, target: Path, generated: list[str] | None = None
) -> Path:
    """The list packaging/bundle_check.py checks the built bundle against.

    ``generated`` names files made at build time (the HTML user guide), as
    bundle paths like ``docs/user-guide.html``.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    manifest = {
        "version": version,
        "modules": package_modules(root),
        "files": data_files(root),
        "ts_files": translation_sources(root),
        "generated": sorted(generated or []),
    }
    target.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return target
