"""Peewee's psycopg2 adapter with the driver imported on use (``store.drivers``)."""

from __future__ import annotations

import peewee

from desktop_app.store.drivers import psycopg2


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
