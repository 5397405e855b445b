"""The program's icon and translations, found wherever the program is installed.

Swedish is the default language; English is the source language of every
string, so "English" simply means installing no translator. Qt's own
``qtbase_sv.qm`` translates the standard buttons and dialogs (Yes/No,
Cancel, the file dialog); every ``resources/translations/*_sv.qm`` holds one
UI area's strings (each engineer's area has its own file).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon

from desktop_app.paths import resources_dir

_installed: list[QTranslator] = []  # translators must outlive their installation


def icon_path(suffix: str = "svg") -> Path:
    return resources_dir() / "icons" / f"avtalsregister.{suffix}"


def app_icon() -> QIcon:
    """The application icon (SVG for sharp scaling, PNG as fallback)."""
    icon = QIcon()
    for suffix in ("svg", "png"):
        path = icon_path(suffix)
        if path.exists():
            icon.addFile(str(path))
    return icon


def translation_files(lang: str) -> list[Path]:
    """The program's own .qm files for ``lang`` (for English, the source language, only
    the plural forms: "1 entry", not "1 entries")."""
    folder = resources_dir() / "translations"
    return sorted(folder.glob(f"*_{lang}.qm"))


def install_translators(lang: str) -> list[str]:
    """Set the locale and install Qt's and the program's translators; returns what loaded."""
    remove_translators()
    loaded: list[str] = []
    app = QCoreApplication.instance()
    candidates: list[tuple[str, str]] = []
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append((f"qtbase_{lang}", qt_dir))
    candidates += [(p.stem, str(p.parent)) for p in translation_files(lang)]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded


def remove_translators() -> None:
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
