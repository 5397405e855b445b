"""Self-check of a built bundle: are all its files and modules really inside?

A PyInstaller bundle that lacks a migration, a translation or a lazily
imported module still starts; it fails later, on a registrar's desk, when
that part is first used. ``avtalsregister --bundle-check`` (handled by
``packaging/launcher.py``) runs this inside the built bundle so that the build
fails instead.

What it compares against is ``bundle_manifest.json``, written by the spec at
build time from the *source tree*: every module of the ``desktop_app``
package, every file under ``db/`` and ``resources/``, every ``*_sv.ts`` (each
needs its ``.qm``) and the project version. The files are looked up through
``desktop_app.paths``, the same functions the program uses, so a bundle
layout that the program cannot find fails here too.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

MANIFEST_NAME = "bundle_manifest.json"


def _manifest_path() -> Path:
    root = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent))
    return root / "packaging" / MANIFEST_NAME


def _check_files(manifest: dict, problems: list[str], report: list[str]) -> None:
    from desktop_app import paths

    roots = {"db": paths.db_dir(), "resources": paths.resources_dir(), "docs": paths.docs_dir()}
    if paths.user_guide() is None:
        problems.append("Help > User guide finds no HTML guide (desktop_app.paths.user_guide)")
    report.append(f"db/ at {roots['db']}")
    report.append(f"resources/ at {roots['resources']}")
    for relative in manifest["files"] + manifest.get("generated", []):
        top, _, rest = relative.partition("/")
        if not (roots[top] / rest).is_file():
            problems.append(f"missing file {relative}")
    minimum = {
        "db/migrations/m*.py": 1,
        "db/seed/*.json": 1,
        "db/postgres/*.sql": 1,
        "resources/fonts/*.ttf": 1,
        "docs/user-guide.md": 1,
    }
    for pattern, least in minimum.items():
        top, _, rest = pattern.partition("/")
        found = sorted(p.name for p in roots[top].glob(rest))
        report.append(f"{pattern}: {len(found)} ({', '.join(found)})")
        if len(found) < least:
            problems.append(f"{pattern}: {len(found)} files, expected at least {least}")
    for page in sorted(roots["docs"].glob("*.html")):
        for target in re.findall(r'(?:src|href)="([^"#:]+)"', page.read_text(encoding="utf-8")):
            if not (page.parent / target).exists():
                problems.append(f"{page.name} links to {target}, which is not in the bundle")
    translations = roots["resources"] / "translations"
    for ts_name in manifest["ts_files"]:
        qm = translations / ts_name.replace(".ts", ".qm")
        if not qm.is_file():
            problems.append(f"translation {ts_name} has no {qm.name} in the bundle")
    qms = sorted(p.name for p in translations.glob("*_sv.qm"))
    report.append(f"resources/translations/*_sv.qm: {len(qms)} ({', '.join(qms)})")


def _check_migrations(problems: list[str], report: list[str]) -> None:
    from desktop_app.store.migrate import available_migrations

    try:
        migrations = available_migrations()
        for migration in migrations:
            migration.upgrade  # noqa: B018 - its module read, as a migrating start does
    except Exception as exc:  # noqa: BLE001 - any failure here is the finding
        problems.append(f"migrations do not load: {exc!r}")
        return
    report.append(f"migrations load: {', '.join(m.name for m in migrations)}")


def _check_modules(manifest: dict, problems: list[str], report: list[str]) -> None:
    failed = 0
    for name in manifest["modules"]:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - a missing hidden import shows up here
            failed += 1
            problems.append(f"module {name} does not import: {exc!r}")
    report.append(f"modules import: {len(manifest['modules']) - failed}/{len(manifest['modules'])}")
    try:
        # The store imports psycopg2 when a PostgreSQL register is opened
        # (store.drivers), not with peewee: its adapter must find the driver.
        from desktop_app.store.pg_adapter import Psycopg2Adapter

        Psycopg2Adapter()
        report.append("PostgreSQL driver: psycopg2 available to the store's adapter")
    except ImportError as exc:
        problems.append(f"PostgreSQL driver missing: {exc!r}")


def _check_qt(problems: list[str], report: list[str]) -> None:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qm = qt_translations / "qtbase_sv.qm"
    if not qm.is_file():
        problems.append(f"Qt's Swedish translation missing: {qm}")
        return
    translator = QTranslator()
    if not translator.load(str(qm)):
        problems.append(f"Qt's Swedish translation does not load: {qm}")
        return
    report.append(f"Qt translations: {qm}")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    names = sorted(p.name for p in plugins.iterdir()) if plugins.is_dir() else []
    report.append(f"Qt platform plugins: {', '.join(names) or 'none'}")
    if not names:
        problems.append(f"no Qt platform plugins in {plugins}")


def run_bundle_check() -> int:
    """Print what the bundle holds; return 1 and list the problems if anything is missing."""
    manifest = json.loads(_manifest_path().read_text(encoding="utf-8"))
    problems: list[str] = []
    report: list[str] = []
    from desktop_app import __version__

    report.append(f"version {__version__} (built as {manifest['version']})")
    if __version__ != manifest["version"]:
        problems.append(f"version {__version__} differs from pyproject's {manifest['version']}")
    _check_files(manifest, problems, report)
    _check_migrations(problems, report)
    _check_modules(manifest, problems, report)
    _check_qt(problems, report)
    for line in report:
        print(f"  {line}")
    if problems:
        print(f"bundle check FAILED ({len(problems)} problems):", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print("bundle check ok")
    return 0
