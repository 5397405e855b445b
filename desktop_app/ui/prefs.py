"""Per-user choices kept in QSettings: which register to open and the language.

Settings about the register itself (review lead time, organisation name)
live in the register (``services.catalog`` settings) so that every
registrar sharing it sees the same; these two belong to the person and the
computer.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

DATABASE_KEY = "database"
RECENT_KEY = "recent_databases"
RECENT_MAX = 6
LANGUAGE_KEY = "language"
LANGUAGES = ("system", "sv", "en")


def stored_database() -> str:
    return str(QSettings().value(DATABASE_KEY) or "")


def set_stored_database(value: str) -> None:
    settings = QSettings()
    settings.setValue(DATABASE_KEY, value)
    settings.sync()


def recent_databases() -> list[str]:
    """Registers opened before, newest first (File > Recent registers, the welcome)."""
    value = QSettings().value(RECENT_KEY) or []
    items = [value] if isinstance(value, str) else list(value)
    return [str(v) for v in items if str(v).strip()][:RECENT_MAX]


def add_recent_database(value: str) -> None:
    value = value.strip()
    if not value:
        return
    before = recent_databases()
    items = [value, *(v for v in before if v != value)][:RECENT_MAX]
    if items == before:
        return  # the same register as last time: no write (~10 ms of a start)
    settings = QSettings()
    settings.setValue(RECENT_KEY, items)
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
