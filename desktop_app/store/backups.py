"""Automatic rotating backups of a SQLite register, and the list of backups.

Once a day, when the program opens a SQLite register, a copy is made with
SQLite's backup API (consistent while in use, WAL included) into the user's
backup folder, and only the newest ``keep`` automatic copies of that
register are kept. A failed backup never stops the program from opening:
it is logged and tried again at the next start. A register on a network
path is refused before this is reached; a backup folder on a network path
is skipped (a slow share must not delay every start).

File names say what a backup is, so that ``avtalsregister maintenance
backups`` can list them and a person can pick one in Explorer:

* ``<register>.<hash>.auto-<YYYY-MM-DD>.sqlite3``: the daily copy;
* ``<register>.<hash>-schema<N>-<time>.sqlite3``: made before a schema
  migration (``-schema`` right after the name in copies of older programs);
  pruned like the daily copies: the newest ``keep`` of each register stay
  (at least one, also when daily copies are turned off);
* anything else ending in ``.sqlite3``: made by hand (``avtalsregister backup``).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import sqlite3
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import peewee

from desktop_app.paths import backup_dir
from desktop_app.store.database import is_network_path
from desktop_app.store.sqlite_paths import sqlite_uri

log = logging.getLogger(__name__)

KEEP_ENV = "AVTALSREGISTER_BACKUPS"  # how many daily copies to keep; 0 turns them off
DEFAULT_KEEP = 10

_AUTO = re.compile(
    r"^(?P<stem>.+)\.(?P<hash>[0-9a-f]{8})\.auto-(?P<day>\d{4}-\d{2}-\d{2})\.sqlite3$"
)
_SCHEMA = re.compile(
    r"^(?P<stem>.+?)(?:\.(?P<hash>[0-9a-f]{8}))?-schema(?P<version>\d+)-(?P<stamp>\d{8}T\d{6})"
    r"\.sqlite3$"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # "auto", "schema" or "manual"
    register: str  # the register's file name stem
    made_at: datetime
    size: int


def keep_count() -> int:
    try:
        return max(0, int(os.environ.get(KEEP_ENV, DEFAULT_KEEP)))
    except ValueError:
        return DEFAULT_KEEP


def register_key(path: Path) -> str:
    """Eight hex digits naming the register's folder, so two registers called
    avtalsregister.sqlite3 in different folders keep separate rotations."""
    return hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:8]


def auto_name(path: Path, day: date) -> str:
    return f"{path.stem}.{register_key(path)}.auto-{day.isoformat()}.sqlite3"


def schema_name(path: Path, version: int, when: datetime) -> str:
    """The copy made before migrating ``path`` from schema ``version``."""
    return f"{path.stem}.{register_key(path)}-schema{version}-{when:%Y%m%dT%H%M%S}.sqlite3"


def prune_schema_copies(
    register: Path, keep: int | None = None, folder: Path | None = None
) -> list[Path]:
    """Delete all but the newest ``keep`` pre-migration copies of ``register`` (the
    daily copies' number, ``AVTALSREGISTER_BACKUPS``; at least one: the copy made
    before the latest migration always stays). Copies of another register of the
    same name (another folder) and those of older programs (no hash) are left."""
    keep = max(1, keep_count() if keep is None else keep)
    folder = folder or backup_dir()
    key = register_key(register)
    mine = []
    for path in folder.glob(f"{glob_escape(register.stem)}.{key}-schema*.sqlite3"):
        match = _SCHEMA.match(path.name)
        if match and match["stem"] == register.stem and match["hash"] == key:
            mine.append((match["stamp"], int(match["version"]), path))
    return _keep_newest([path for _stamp, _version, path in sorted(mine)], keep)


def _keep_newest(oldest_first: list[Path], keep: int) -> list[Path]:
    """Remove all but the last ``keep`` of ``oldest_first``; returns the removed."""
    removed = oldest_first[: max(0, len(oldest_first) - keep)]
    for path in removed:
        try:
            path.unlink()
        except OSError as exc:
            log.warning("could not remove old backup %s: %s", path, exc)
    return removed


def copy_database(db: peewee.SqliteDatabase | sqlite3.Connection, dest: Path) -> Path:
    """A consistent copy made with the backup API; the file appears only when whole.

    The temporary name is unique, so two programs starting at once never write
    the same half file; ``os.replace`` makes the finished copy appear at once.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.stem}.", suffix=".part", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    source = db.connection() if isinstance(db, peewee.SqliteDatabase) else db
    try:
        target = sqlite3.connect(str(tmp))
        try:
            source.backup(target)
        finally:
            target.close()
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def checked_today(db: peewee.SqliteDatabase, today: date | None = None) -> bool:
    """True when today's automatic backup of this register exists.

    That backup was made right after the day's first integrity check, so later
    starts the same day may skip the check (it reads the whole file: ~0.3 s at
    100,000 entries, seconds from a cold cache). Damage that appears later in
    the day still surfaces as "malformed" on the first read of a bad page.
    """
    if keep_count() <= 0 or not isinstance(db, peewee.SqliteDatabase):
        return False
    try:
        folder = backup_dir()
        return (folder / auto_name(Path(db.database), today or date.today())).exists()
    except OSError:
        return False


def daily_backup(
    db: peewee.SqliteDatabase,
    *,
    keep: int | None = None,
    today: date | None = None,
    folder: Path | None = None,
    background: bool = True,
) -> Path | None:
    """Today's automatic copy of the register, unless there is one; then rotate.

    The copy is made on a thread with its own connection (WAL lets the
    program read and write meanwhile), so a 300 MB register does not delay
    the start; Python waits for the thread before the process ends, and a
    copy cut short (power loss) leaves only a hidden ``.part`` file that the
    next start removes. Returns the backup's path when one was started,
    else None.
    """
    keep = keep_count() if keep is None else keep
    if keep <= 0 or not isinstance(db, peewee.SqliteDatabase) or db.database == ":memory:":
        return None
    register = Path(db.database)
    today = today or date.today()
    try:
        folder = folder or backup_dir()
        if is_network_path(folder):
            log.warning("backup folder %s is on a network path; no automatic backup", folder)
            return None
        remove_stale_parts(folder)
        dest = folder / auto_name(register, today)
        if dest.exists():
            return None
    except OSError as exc:
        log.warning("automatic backup of %s failed: %s", register, exc)
        return None
    if not background:
        return _make_backup(register, dest, keep, folder)
    thread = threading.Thread(
        target=_make_backup, args=(register, dest, keep, folder), name="avtalsregister-backup"
    )
    with _lock:
        _threads.append(thread)
    thread.start()
    return dest


_threads: list[threading.Thread] = []
_lock = threading.Lock()


def wait_for_backups(timeout: float | None = None) -> None:
    """Block until automatic backups started by this process are done."""
    with _lock:
        running = list(_threads)
    for thread in running:
        thread.join(timeout)
    with _lock:
        _threads[:] = [t for t in _threads if t.is_alive()]


def _make_backup(register: Path, dest: Path, keep: int, folder: Path) -> Path | None:
    try:
        with contextlib.closing(sqlite3.connect(str(register), timeout=30)) as con:
            copy_database(con, dest)
    except (OSError, sqlite3.Error) as exc:
        log.warning("automatic backup of %s failed: %s", register, exc)
        return None
    prune(register, keep, folder)
    return dest


def remove_stale_parts(folder: Path, older_than: float = 3600) -> list[Path]:
    """Hidden ``.part`` files of copies that never finished (older than an hour)."""
    removed = []
    cutoff = time.time() - older_than
    for part in folder.glob(".*.part"):
        try:
            if part.stat().st_mtime < cutoff:
                part.unlink()
                removed.append(part)
        except OSError:
            continue
    return removed


def prune(register: Path, keep: int, folder: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` automatic copies of ``register``."""
    folder = folder or backup_dir()
    prefix = f"{register.stem}.{register_key(register)}.auto-"
    mine = sorted(p for p in folder.glob(f"{glob_escape(prefix)}*.sqlite3") if _AUTO.match(p.name))
    return _keep_newest(mine, keep)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def list_backups(folder: Path | None = None, register: Path | None = None) -> list[BackupInfo]:
    """Every backup in the folder, newest first; only ``register``'s when given."""
    folder = folder or backup_dir()
    found = []
    for path in folder.glob("*.sqlite3"):
        stat = path.stat()
        made = datetime.fromtimestamp(stat.st_mtime)
        if match := _AUTO.match(path.name):
            kind, stem = "auto", match["stem"]
            if register is not None and match["hash"] != register_key(register):
                continue
        elif match := _SCHEMA.match(path.name):
            kind, stem = "schema", match["stem"]
            made = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S")
            if register is not None and match["hash"] not in (None, register_key(register)):
                continue
        else:
            kind, stem = "manual", path.stem
        if register is not None and stem != register.stem:
            continue
        found.append(BackupInfo(path, kind, stem, made, stat.st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def check_backup_file(path: Path) -> int:
    """The schema version of a sound register copy; raises ValueError otherwise.

    Opens read-only: a file that is not a register (or is damaged) is never
    touched.
    """
    if not path.is_file():
        raise ValueError(f"{path} does not exist")
    try:
        con = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
        try:
            if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise ValueError("integrity check failed")
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not {"schema_version", "entry", "audit_event"} <= tables:
                raise ValueError("not an Avtalsregister database")
            version = con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise ValueError(str(exc)) from exc
    if not version:
        raise ValueError("no schema version")
    return int(version)
