"""Opening databases: targets, network paths, installed data files."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop_app.paths import db_dir, resources_dir
from desktop_app.services.session import open_register
from desktop_app.store.database import is_network_path, resolve_target
from desktop_app.store.errors import NetworkPathError
from desktop_app.store.migrate import split_statements

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "path",
    [
        r"\\server\share\register.sqlite3",
        "//server/share/register.sqlite3",
        r"\\?\UNC\server\share\r.sqlite3",
    ],
)
def test_unc_paths_are_network_paths(path: str) -> None:
    assert is_network_path(Path(path))


def test_local_paths_are_not(tmp_path: Path) -> None:
    assert not is_network_path(tmp_path / "register.sqlite3")


def test_sqlite_on_a_network_share_is_refused_naming_postgresql() -> None:
    with pytest.raises(NetworkPathError) as info:
        open_register(r"\\server\share\register.sqlite3")
    assert "PostgreSQL" in info.value.message("sv") and "PostgreSQL" in info.value.message("en")


def test_targets(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("AVTALSREGISTER_DATABASE", raising=False)
    default = resolve_target(None)
    assert default.backend == "sqlite" and default.path.name == "avtalsregister.sqlite3"
    monkeypatch.setenv("AVTALSREGISTER_DATABASE", str(tmp_path / "x.sqlite3"))
    assert resolve_target(None).path == tmp_path / "x.sqlite3"
    pg = resolve_target("postgresql://anna:secret@db.stad.local:5433/avtal")
    assert pg.backend == "postgres"
    assert pg.display == "postgresql://anna@db.stad.local:5433/avtal"  # no password shown


def test_sqlite_settings(sqlite_register) -> None:
    from desktop_app.store.models import database_proxy

    assert database_proxy.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database_proxy.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database_proxy.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_reopening_is_idempotent(sqlite_url: str) -> None:
    first = open_register(sqlite_url)
    second = open_register(sqlite_url)
    assert first.created and not second.created
    assert second.schema_before == second.schema_version == first.schema_version


def test_split_statements_keeps_trigger_bodies_and_dollar_blocks() -> None:
    sqlite_script = "CREATE TABLE a (x);\nCREATE TRIGGER t BEFORE DELETE ON a BEGIN SELECT 1; END;"
    assert len(split_statements(sqlite_script, "sqlite")) == 2
    pg_script = "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\nSELECT 2;"
    assert len(split_statements(pg_script, "postgres")) == 2


def test_data_folders_are_found() -> None:
    assert (db_dir() / "migrations" / "m0001_initial.py").is_file()
    assert (db_dir() / "seed" / "bodies.json").is_file()
    assert (resources_dir() / "fonts" / "DejaVuSans.ttf").is_file()


def test_wheel_ships_db_and_resources(tmp_path: Path) -> None:
    """`pip install .` must carry db/ and resources/ (found at run time)."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("avtalsregister-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "desktop_app/_db/migrations/m0001_initial.py" in names
    assert "desktop_app/_db/seed/bodies.json" in names
    assert "desktop_app/_db/seed/themes.json" in names
    assert "desktop_app/_resources/fonts/DejaVuSans.ttf" in names
    # every package of the source tree, and every data file, is in the wheel
    for init in (ROOT / "desktop_app").rglob("__init__.py"):
        assert init.relative_to(ROOT).as_posix() in names, f"{init} missing from the wheel"
    for folder, installed in (("db", "desktop_app/_db"), ("resources", "desktop_app/_resources")):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                rel = path.relative_to(ROOT / folder).as_posix()
                assert f"{installed}/{rel}" in names, f"{folder}/{rel} missing from the wheel"


def test_integrity_check_runs_once_a_day_before_the_backup(sqlite_url: str, monkeypatch) -> None:
    """The quick check reads the whole file, so only the day's first start pays it."""
    from desktop_app.services import session
    from desktop_app.store.backups import wait_for_backups

    calls: list[int] = []
    real = session.quick_check
    monkeypatch.setattr(session, "quick_check", lambda db: calls.append(1) or real(db))
    open_register(sqlite_url)  # new: checked, seeded, no backup of an empty register yet
    open_register(sqlite_url)  # existing: checked, then today's backup made
    wait_for_backups()
    open_register(sqlite_url)  # today's backup exists: the check was done today
    assert len(calls) == 2
