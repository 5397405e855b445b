"""Peewee without the PostgreSQL driver until a PostgreSQL register is opened.

Peewee imports psycopg2 (and with it ssl) when it is imported, 25-60 ms of
every start, although most registers are SQLite files (issue 19). This
package's ``__init__`` imports peewee through ``import_peewee`` before any
other module of the program can: the PostgreSQL drivers are hidden from that
one import, and ``Psycopg2Adapter`` (the adapter ``RegisterPostgresqlDatabase``
uses, peewee's own extension point) imports psycopg2 when a PostgreSQL
register is opened. If psycopg2 was imported before peewee (a test, a tool),
peewee sees it as usual and the adapter works the same.
"""

from __future__ import annotations

import sys
from types import ModuleType

# The drivers peewee looks for at import that this program loads itself on use.
_HIDDEN = ("psycopg2", "psycopg2cffi", "psycopg")


class _HideDrivers:
    """For peewee's import only: the PostgreSQL drivers are not found.

    A meta path finder needs only ``find_spec``; ``importlib.abc`` is not
    imported for its base class (it brings importlib.resources, tempfile,
    shutil and random: ~5 ms of every start, issue 19)."""

    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in _HIDDEN:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def import_peewee() -> ModuleType:
    """Peewee, imported without the PostgreSQL drivers if nothing imported it yet."""
    if "peewee" in sys.modules or any(name in sys.modules for name in _HIDDEN):
        import peewee

        return peewee
    finder = _HideDrivers()
    sys.meta_path.insert(0, finder)
    try:
        import peewee
    finally:
        sys.meta_path.remove(finder)
    return peewee


peewee = import_peewee()

_uuid_registered = False


def psycopg2() -> ModuleType:
    """psycopg2, imported on first use, with peewee's UUID adapter registered
    (what peewee does at its own import when it finds the driver)."""
    global _uuid_registered
    import psycopg2 as driver
    import psycopg2.extras

    if not _uuid_registered:
        psycopg2.extras.register_uuid()
        _uuid_registered = True
    return driver


class Psycopg2Adapter(peewee.Psycopg2Adapter):
    """Peewee's psycopg2 adapter, with the driver imported when the first
    PostgreSQL database is made rather than when peewee is imported."""

    def __init__(self) -> None:
        driver = psycopg2()
        super().__init__()
        extensions = driver.extensions
        self.txn_idle = extensions.TRANSACTION_STATUS_IDLE
        self.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
        self.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
        self.json_type = self.jsonb_type = driver.extras.Json

    def check_driver(self) -> None:
        """The driver was imported in ``__init__`` (an ImportError said so there)."""

    def get_binary_type(self):
        return psycopg2().Binary

    def connect(self, db, **params):
        """peewee's ``Psycopg2Adapter.connect`` with the driver imported here."""
        driver = psycopg2()
        if db.database.startswith("postgresql://"):
            params.setdefault("dsn", db.database)
        else:
            params.setdefault("dbname", db.database)
        conn = driver.connect(**params)
        extensions = driver.extensions
        if db._register_unicode:
            extensions.register_type(extensions.UNICODE, conn)
            extensions.register_type(extensions.UNICODEARRAY, conn)
        if db._encoding:
            conn.set_client_encoding(db._encoding)
        return conn
