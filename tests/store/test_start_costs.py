"""What opening a register does not pay for (issue 19).

A SQLite register opens without the PostgreSQL driver (peewee is imported
without it, ``store.drivers``); a PostgreSQL register opened afterwards in
the same process loads it (without Python's ``ssl``) and works. A register already at the latest schema
opens without reading the migrations' modules; a pending one still runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.session import close_register, open_register
from desktop_app.store import migrate, migration_files
from tests.conftest import fresh_process, postgres_url

OPEN_BOTH = r"""
import json, sys
from desktop_app.services.session import close_register, open_register
seen = {}
info = open_register(sys.argv[1])
seen["sqlite_schema"] = info.schema_version
seen["driver_after_sqlite"] = "psycopg2" in sys.modules
seen["ssl_after_sqlite"] = "ssl" in sys.modules
close_register()
if len(sys.argv) > 2:
    from desktop_app.store.models import database_proxy
    info = open_register(sys.argv[2])
    seen["postgres_schema"] = info.schema_version
    seen["postgres_answer"] = database_proxy.execute_sql("SELECT 1").fetchone()[0]
    seen["driver_after_postgres"] = "psycopg2" in sys.modules
    seen["ssl_after_postgres"] = "ssl" in sys.modules
    close_register()
print(json.dumps(seen))
"""


def test_a_sqlite_register_opens_without_the_postgresql_driver(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    args = [str(tmp_path / "register.sqlite3")]
    if postgres_url():
        args.append(request.getfixturevalue("postgres_schema_url"))
    seen = fresh_process(OPEN_BOTH, *args)
    latest = migrate.latest_version()
    assert seen["sqlite_schema"] == latest
    assert seen["driver_after_sqlite"] is False
    assert seen["ssl_after_sqlite"] is False
    if len(args) > 1:  # the same process then opens a PostgreSQL register
        assert seen["postgres_schema"] == latest
        assert seen["postgres_answer"] == 1
        assert seen["driver_after_postgres"] is True
        assert seen["ssl_after_postgres"] is False  # psycopg2 without Python's ssl


def test_a_current_register_opens_without_reading_the_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(tmp_path / "register.sqlite3")
    open_register(path)  # a new register: every step runs (and is read)
    close_register()
    read: list[str] = []
    load = migration_files._load

    def counting(p: Path):
        read.append(p.name)
        return load(p)

    monkeypatch.setattr(migration_files, "_load", counting)
    info = open_register(path, create=False)
    try:
        assert info.schema_version == migrate.latest_version()
        assert read == []
    finally:
        close_register()


def test_a_step_whose_version_does_not_match_its_name_is_refused_before_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from desktop_app.paths import db_dir

    folder = tmp_path / "db"
    shutil.copytree(db_dir(), folder)
    latest = migrate.latest_version()
    step = folder / "migrations" / f"m{latest + 1:04d}_mislabelled.py"
    step.write_text(
        f"VERSION = {latest + 2}\n\n\ndef upgrade(ctx):\n    raise AssertionError('ran')\n"
    )
    monkeypatch.setattr(migration_files, "db_dir", lambda: folder)
    assert migrate.latest_version() == latest + 1  # known by its name
    path = str(tmp_path / "register.sqlite3")
    with pytest.raises(RuntimeError, match="does not match its name"):
        open_register(path)
    close_register()
