"""Errors the store raises with a message meant for the registrar.

Each says what happened and what to do next; the UI shows ``user_message``
in a dialog, the CLI prints it. Anything else escaping the store is a bug.
"""

from __future__ import annotations


class StoreError(Exception):
    """A known problem with the database, explained for the user."""

    def __init__(self, user_message: str, user_message_en: str | None = None) -> None:
        super().__init__(user_message_en or user_message)
        self.user_message = user_message
        self.user_message_en = user_message_en or user_message

    def message(self, lang: str = "sv") -> str:
        return self.user_message_en if lang == "en" else self.user_message


class NetworkPathError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class DatabaseUnavailableError(StoreError):
    pass


class RegisterClosedError(DatabaseUnavailableError):
    """Something asked for a connection after the register was closed.

    The window and the smoke test stop their background work before they close
    the register; this is what a straggler gets instead of silently reopening
    (and, for SQLite, recreating) the file.
    """

    def __init__(self) -> None:
        super().__init__(
            "Registret är stängt. Öppna det igen för att fortsätta.",
            "The register is closed. Open it again to continue.",
        )


class DatabaseLockedError(StoreError):
    pass


class ReadOnlyDatabaseError(StoreError):
    pass


class DiskFullError(StoreError):
    pass


class CorruptDatabaseError(StoreError):
    pass
