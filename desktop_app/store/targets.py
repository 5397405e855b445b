"""Where a register lives: a SQLite file or a PostgreSQL URL, as given.

Plain values without the database driver or peewee, so that the desktop's
first screen can read the register before they are loaded (issue 19,
``store.first_screen``); ``store.database`` opens them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlparse

from desktop_app.paths import default_database_path
from desktop_app.store.sqlite_paths import strip_long_prefix

ENV_VAR = "AVTALSREGISTER_DATABASE"


@dataclass(frozen=True)
class DatabaseTarget:
    """Where the register lives, parsed from a path or URL."""

    backend: str  # "sqlite" or "postgres"
    path: Path | None = None
    url: str | None = None

    @property
    def display(self) -> str:
        """A short description for the status bar (no password)."""
        if self.backend == "sqlite":
            return str(self.path)
        parsed = urlparse(self.url or "")
        host = parsed.hostname or "localhost"
        port = f":{parsed.port}" if parsed.port else ""
        user = f"{parsed.username}@" if parsed.username else ""
        return f"postgresql://{user}{host}{port}{parsed.path}"


def resolve_target(value: str | os.PathLike | None = None) -> DatabaseTarget:
    """``--database`` value, else $AVTALSREGISTER_DATABASE, else the default file."""
    raw = os.fspath(value) if value is not None else os.environ.get(ENV_VAR) or ""
    raw = raw.strip()
    if not raw:
        return DatabaseTarget("sqlite", path=default_database_path())
    if raw.startswith(("postgresql://", "postgres://")):
        return DatabaseTarget("postgres", url=raw)
    if raw.startswith("sqlite:///"):
        raw = raw[len("sqlite:///") :]
    # \\?\C:\... is a local path spelled for long names: SQLite gets the plain one.
    return DatabaseTarget("sqlite", path=Path(strip_long_prefix(raw)).expanduser())


def postgres_params(url: str) -> tuple[str, dict[str, object]]:
    """The database name and psycopg2's connection parameters of a postgresql:// URL."""
    parsed = urlparse(url)
    kwargs: dict[str, object] = dict(parse_qsl(parsed.query))
    if parsed.username:
        kwargs["user"] = unquote(parsed.username)
    if parsed.password:
        kwargs["password"] = unquote(parsed.password)
    if parsed.hostname:
        kwargs["host"] = parsed.hostname
    if parsed.port:
        kwargs["port"] = parsed.port
    kwargs.setdefault("connect_timeout", 10)
    kwargs.setdefault("application_name", "avtalsregister")
    return unquote(parsed.path.lstrip("/")) or "avtalsregister", kwargs
