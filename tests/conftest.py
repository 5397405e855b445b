"""Shared fixtures: a real register on SQLite and (when configured) PostgreSQL.

``register`` is parametrised over both backends: every store and service test
that uses it runs twice. PostgreSQL runs when AVTALSREGISTER_TEST_POSTGRES
holds a URL (``.ci/run`` sets it) and is skipped with the reason otherwise.
Each PostgreSQL test gets its own schema, dropped afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

PG_ENV = "AVTALSREGISTER_TEST_POSTGRES"


def fresh_process(script: str, *args: str, env: dict[str, str] | None = None) -> dict:
    """Run ``script`` in a new Python (nothing of the tests imported) with ``args``;
    the JSON object it printed last. Fails with its error output if it failed."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def pytest_configure(config: pytest.Config) -> None:
    """The PySide workaround, once for the whole test session, as the program applies
    it once where it creates its application (``ui.app.make_application``)."""
    from desktop_app.ui.pyside_fix import keep_none_alive

    keep_none_alive()


@pytest.fixture(autouse=True, scope="session")
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Never touch the real user's data folder, settings or database."""
    home = tmp_path_factory.mktemp("home")
    old = {
        k: os.environ.get(k)
        for k in (
            "XDG_DATA_HOME",
            "XDG_CONFIG_HOME",
            "AVTALSREGISTER_DATABASE",
            "AVTALSREGISTER_USER",
            "AVTALSREGISTER_LANG",
            "WIN_PD_OVERRIDE_LOCAL_APPDATA",
            "WIN_PD_OVERRIDE_APPDATA",
        )
    }
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    # platformdirs on Windows asks the shell, not XDG_*; these override it, so the
    # tests never write into the runner's real %LOCALAPPDATA%\Avtalsregister.
    os.environ["WIN_PD_OVERRIDE_LOCAL_APPDATA"] = str(home / "localappdata")
    os.environ["WIN_PD_OVERRIDE_APPDATA"] = str(home / "appdata")
    os.environ.pop("AVTALSREGISTER_DATABASE", None)
    os.environ["AVTALSREGISTER_USER"] = "testare"
    os.environ["AVTALSREGISTER_LANG"] = "sv"
    yield
    for key, value in old.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``@pytest.mark.posix("why")`` is skipped on Windows, ``@pytest.mark.windows("why")``
    everywhere else, each with its reason (the Windows CI job runs the suite too)."""
    for item in items:
        for name, runs_here in (
            ("posix", sys.platform != "win32"),
            ("windows", sys.platform == "win32"),
        ):
            mark = item.get_closest_marker(name)
            if mark is None:
                continue
            if not mark.args:
                raise pytest.UsageError(f"{item.nodeid}: @pytest.mark.{name} needs a reason")
            if not runs_here:
                item.add_marker(pytest.mark.skip(reason=f"{name} only: {mark.args[0]}"))


def postgres_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def _pg_admin_execute(url: str, sql: str) -> None:
    import psycopg2

    conn = psycopg2.connect(url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
    finally:
        conn.close()


def _with_search_path(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-c search_path={schema},public')}"


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "register.sqlite3")


@pytest.fixture
def postgres_schema_url() -> Iterator[str]:
    url = postgres_url()
    if not url:
        pytest.skip(f"PostgreSQL not configured: set {PG_ENV} to a postgresql:// URL")
    schema = "t_" + uuid.uuid4().hex[:12]
    _pg_admin_execute(url, f"CREATE SCHEMA {schema}")
    try:
        yield _with_search_path(url, schema)
    finally:
        from desktop_app.services.session import close_register

        close_register()
        _pg_admin_execute(url, f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> str:
    """A URL/path for an empty database on each backend."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("postgres_schema_url")


@pytest.fixture
def register(database_url: str):
    """A new, seeded register on each backend; models bound to it."""
    from desktop_app.services.session import close_register, open_register

    info = open_register(database_url)
    yield info
    close_register()


@pytest.fixture
def sqlite_register(sqlite_url: str):
    from desktop_app.services.session import close_register, open_register

    info = open_register(sqlite_url)
    yield info
    close_register()


@pytest.fixture
def demo_register(register):
    from desktop_app.services.demo import build_demo

    build_demo()
    return register
