"""Per-user choices kept in QSettings: which register to open and the language.

Settings about the register itself (review lead time, organisation name)
live in the register (``services.catalog`` settings) so that every
registrar sharing it sees the same; these two belong to the person and the
computer.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

DATABASE_KEY = "database"
LANGUAGE_KEY = "language"
LANGUAGES = ("system", "sv", "en")


def stored_database() -> str:
    return str(QSettings().value(DATABASE_KEY) or "")


def set_stored_database(value: str) -> None:
    settings = QSettings()
    settings.setValue(DATABASE_KEY, value)
    settings.sync()


def stored_language() -> str:
    value = str(QSettings().value(LANGUAGE_KEY) or "system")
    return value if value in LANGUAGES else "system"


def set_stored_language(value: str) -> None:
    settings = QSettings()
    settings.setValue(LANGUAGE_KEY, value if value in LANGUAGES else "system")
    settings.sync()


def effective_language(cli_lang: str | None = None) -> str:
    """--lang for this run, else the stored choice, else the system's (Swedish if unsure)."""
    if cli_lang in ("sv", "en"):
        return cli_lang
    stored = stored_language()
    if stored in ("sv", "en"):
        return stored
    from desktop_app.language import system_language

    return system_language()
