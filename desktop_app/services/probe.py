"""What is at a register location, looked at read-only before it is chosen
(Settings' connection test and the choice of a register): nothing is changed."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.store import database as store_db


@dataclass(frozen=True)
class Probe:
    """What is at a register location (the connection test); nothing is changed.

    ``state``: ``new_folder`` (neither the file nor its folder exist yet),
    ``new_file``, ``empty`` (a database without tables), ``foreign`` (a
    database that is not a register) or ``register`` (``entries`` entries).
    """

    state: str
    entries: int = 0


def probe(value: str | None) -> Probe:
    """Look at the register ``value`` names, read-only, with a connection of its own.

    Raises ``StoreError`` with a message when it cannot be reached or read.
    """
    target = store_db.resolve_target(value)
    try:
        if target.backend == "sqlite":
            return _probe_sqlite(target.path)
        return _probe_postgres(target.url or "")
    except Exception as exc:
        known = store_db.translate_error(exc, target)
        if known is not None and known is not exc:
            raise known from exc
        raise


def _probe_sqlite(path) -> Probe:
    import sqlite3

    if store_db.is_network_path(path):
        raise store_db.network_path_message(path)
    if not path.exists():
        return Probe("new_file" if path.parent.exists() else "new_folder")
    conn = sqlite3.connect(store_db.sqlite_uri(path, mode="ro"), uri=True, timeout=5)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "entry" not in tables:
            return Probe("foreign" if tables else "empty")
        return Probe("register", conn.execute("SELECT count(*) FROM entry").fetchone()[0])
    finally:
        conn.close()


def _probe_postgres(url: str) -> Probe:
    import psycopg2

    conn = psycopg2.connect(url, connect_timeout=8)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT to_regclass('entry') IS NOT NULL")
            if not cur.fetchone()[0]:
                return Probe("empty")
            cur.execute("SELECT count(*) FROM entry")
            return Probe("register", cur.fetchone()[0])
    finally:
        conn.close()
