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


class UniqueViolationError(StoreError):
    """The database refused a twin (a unique index, issue 12): someone saved the same
    case number or name at the same moment. The services turn it into their own
    message naming the other record; this one is what is left when they cannot."""

    def __init__(self) -> None:
        super().__init__(
            "Någon annan sparade samma uppgift (diarienummer eller namn) samtidigt. "
            "Ingenting sparades. Uppdatera (F5) och försök igen.",
            "Someone else saved the same case number or name at the same moment. "
            "Nothing was saved. Reload (F5) and try again.",
        )


class BusyError(DatabaseLockedError):
    """PostgreSQL gave up one of two transactions that collided (serialization
    failure, deadlock) and retrying did not help."""

    def __init__(self) -> None:
        super().__init__(
            "Registret var upptaget av andra som sparade samtidigt. Ingenting sparades. "
            "Försök igen om en stund.",
            "The register was busy with others saving at the same moment. Nothing was "
            "saved. Try again in a moment.",
        )


# ---------------------------------------------------------------- classifying driver errors
#
# Known failures are recognised by the database's own codes, never by message
# text (which changes with the driver, its version and the server's locale):
# SQLite's (extended) result code, which Python 3.11's sqlite3 exceptions
# carry as ``sqlite_errorcode``, and PostgreSQL's SQLSTATE, which psycopg2's
# carry as ``pgcode``. The same idea as qutebrowser's ``misc/sql.py``: a
# known code is a message for the user, anything else is a bug report.

LOCKED = "locked"  # another writer holds the lock: wait and try again
READ_ONLY = "read_only"  # the file, its folder or the disk cannot be written
FULL = "full"  # no space left
CORRUPT = "corrupt"  # the file or an index is damaged
UNAVAILABLE = "unavailable"  # cannot open or reach the database
PERMISSION = "permission"  # the server refuses this role the change
DUPLICATE = "duplicate"  # a unique index refused a twin (someone saved it first)
RETRY = "retry"  # PostgreSQL cancelled one of two colliding transactions: run it again

# SQLite primary result codes (the low byte of an extended code).
_SQLITE = {
    3: PERMISSION,  # SQLITE_PERM
    5: LOCKED,  # SQLITE_BUSY (and BUSY_SNAPSHOT, BUSY_RECOVERY...)
    6: LOCKED,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY (and READONLY_DBMOVED, READONLY_DIRECTORY...)
    11: CORRUPT,  # SQLITE_CORRUPT
    13: FULL,  # SQLITE_FULL
    14: UNAVAILABLE,  # SQLITE_CANTOPEN
    23: PERMISSION,  # SQLITE_AUTH
    26: CORRUPT,  # SQLITE_NOTADB
}
SQLITE_IOERR = 10  # an I/O error: the caller looks whether the disk is full
# Extended codes looked at before the primary ones.
_SQLITE_EXTENDED = {
    1555: DUPLICATE,  # SQLITE_CONSTRAINT_PRIMARYKEY
    2067: DUPLICATE,  # SQLITE_CONSTRAINT_UNIQUE
}

# PostgreSQL SQLSTATE: whole codes first, then classes (the first two characters).
_SQLSTATE = {
    "42501": PERMISSION,  # insufficient_privilege
    "25006": PERMISSION,  # read_only_sql_transaction
    "40001": RETRY,  # serialization_failure
    "40P01": RETRY,  # deadlock_detected
    "23505": DUPLICATE,  # unique_violation
    "55P03": LOCKED,  # lock_not_available
    "53100": FULL,  # disk_full
    "XX001": CORRUPT,  # data_corrupted
    "XX002": CORRUPT,  # index_corrupted
    "3D000": UNAVAILABLE,  # invalid_catalog_name: no such database
    "57P01": UNAVAILABLE,  # admin_shutdown
    "57P02": UNAVAILABLE,  # crash_shutdown
    "57P03": UNAVAILABLE,  # cannot_connect_now
}
_SQLSTATE_CLASS = {
    "08": UNAVAILABLE,  # connection exception
    "28": UNAVAILABLE,  # invalid authorization (user or password)
    "53": FULL,  # insufficient resources
}


def driver_error(exc: BaseException) -> BaseException | None:
    """The DB-API exception under ``exc`` (peewee keeps it as ``orig``)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen or len(seen) > 20:
            continue
        seen.add(id(current))
        if _is_sqlite(current) or _is_psycopg(current):
            return current
        orig = getattr(current, "orig", None)
        if isinstance(orig, BaseException):
            todo.append(orig)
        todo.extend(a for a in current.args[:1] if isinstance(a, BaseException))
        todo.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    return None


def _is_sqlite(exc: BaseException) -> bool:
    return type(exc).__module__.startswith("sqlite3")


def _is_psycopg(exc: BaseException) -> bool:
    return type(exc).__module__.startswith("psycopg2")


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's extended result code of the failure under ``exc``, if any."""
    found = driver_error(exc)
    code = getattr(found, "sqlite_errorcode", None) if found is not None else None
    return code if isinstance(code, int) else None


def classify(exc: BaseException) -> str | None:
    """One of the kinds above for a known database failure, else None.

    A psycopg2 ``OperationalError`` without SQLSTATE is a failed connection
    (the server never answered: refused, unknown host, timeout).
    """
    found = driver_error(exc)
    if found is None:
        return None
    if _is_sqlite(found):
        code = getattr(found, "sqlite_errorcode", None)
        if not isinstance(code, int):
            return None
        return _SQLITE_EXTENDED.get(code) or _SQLITE.get(code & 0xFF)
    state = getattr(found, "pgcode", None)
    if state:
        return _SQLSTATE.get(state) or _SQLSTATE_CLASS.get(state[:2])
    if type(found).__name__ == "OperationalError":
        return UNAVAILABLE
    return None
