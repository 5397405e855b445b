"""PostgreSQL helpers for the reliability tests: schema of a test URL, login roles."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from urllib.parse import parse_qs, unquote, urlparse, urlunparse

import psycopg2


def schema_of(url: str) -> str:
    """The test schema named in the URL's ``options=-c search_path=...``."""
    options = parse_qs(urlparse(url).query).get("options", [""])[0]
    path = unquote(options).split("search_path=", 1)[1]
    return path.split(",", 1)[0].strip()


def as_user(url: str, user: str) -> str:
    """The same database and schema, connecting as ``user``."""
    parsed = urlparse(url)
    host = parsed.hostname or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return urlunparse(parsed._replace(netloc=f"{user}@{host}{port}"))


def admin_execute(url: str, sql: str, params: tuple = ()) -> list[tuple]:
    """Run SQL as the URL's (superuser) role in autocommit; return any rows."""
    conn = psycopg2.connect(base_url(url))
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(sql, params or None)
            return cur.fetchall() if cur.description else []
    finally:
        conn.close()


def base_url(url: str) -> str:
    """The URL without query (psycopg2 takes libpq options, not ours)."""
    return urlunparse(urlparse(url)._replace(query=""))


@contextlib.contextmanager
def login_roles(url: str, **groups: str) -> Iterator[dict[str, str]]:
    """Create login roles (name -> group role) for one test; drop them afterwards.

    Yields name -> the URL to connect as that role. Names are unique per test
    so that parallel runs never collide.
    """
    tag = uuid.uuid4().hex[:8]
    created: dict[str, str] = {}
    try:
        for name, group in groups.items():
            role = f"ar_{tag}_{name}"
            admin_execute(url, f"CREATE ROLE {role} LOGIN IN ROLE {group}")
            created[name] = role
        yield {name: as_user(url, role) for name, role in created.items()}
    finally:
        from desktop_app.services.session import close_register

        close_register()
        for role in created.values():
            admin_execute(url, f"DROP OWNED BY {role}; DROP ROLE IF EXISTS {role}")
