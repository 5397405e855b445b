"""Copying a checked backup into a SQLite register, keeping the replaced one
beside it with the audit rows written after the backup (``services.restore``
records the restore and tells the user)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.store.backups import copy_database
from desktop_app.store.errors import FULL, LOCKED, READ_ONLY, classify
from desktop_app.store.sqlite_paths import sqlite_uri


@dataclass(frozen=True)
class RestoredFile:
    """What ``restore_file`` did: where the replaced register is kept, and how many of
    its audit rows were written after the backup (they are in ``kept`` only)."""

    kept: Path | None
    rows_after_backup: int | None  # None: the replaced register could not be read


def kept_name(register: Path, when: datetime) -> Path:
    """``<register>.before-restore-<UTC time>.sqlite3`` beside the register."""
    stamp = when.strftime("%Y%m%dT%H%M%S")
    return register.with_name(f"{register.stem}.before-restore-{stamp}{register.suffix}")


def _newest_audit_id(con: sqlite3.Connection) -> int:
    return int(con.execute("SELECT coalesce(max(id), 0) FROM audit_event").fetchone()[0])


def restore_file(
    register: Path, source: Path, when: datetime, busy_timeout_s: float
) -> RestoredFile:
    """Copy the checked backup ``source`` INTO ``register`` with the backup API.

    Writing through SQLite (not replacing the file) keeps WAL consistent and
    is safe even if the program is open elsewhere: it waits for the write
    lock, and other connections see the restored register. The register as it
    was is first kept beside it (``kept_name``), with every audit row written
    after the backup (counted here: rows newer than the backup's newest).
    Raises ``sqlite3.Error`` when the register is locked, full or read-only.
    """
    kept: Path | None = None
    later: int | None = None
    register.parent.mkdir(parents=True, exist_ok=True)
    if register.exists():
        kept = kept_name(register, when)
        try:
            with contextlib.closing(sqlite3.connect(str(register))) as old:
                copy_database(old, kept)
        except sqlite3.Error:
            # A damaged register cannot be read through SQLite: keep its bytes.
            shutil.copyfile(register, kept)
            for suffix in ("-wal", "-shm"):
                if Path(f"{register}{suffix}").exists():
                    shutil.copyfile(f"{register}{suffix}", f"{kept}{suffix}")
        try:
            with (
                contextlib.closing(sqlite3.connect(sqlite_uri(source, mode="ro"), uri=True)) as b,
                contextlib.closing(sqlite3.connect(sqlite_uri(kept, mode="ro"), uri=True)) as k,
            ):
                later = int(
                    k.execute(
                        "SELECT count(*) FROM audit_event WHERE id > ?", (_newest_audit_id(b),)
                    ).fetchone()[0]
                )
        except sqlite3.Error:
            later = None
    with (
        contextlib.closing(sqlite3.connect(sqlite_uri(source, mode="ro"), uri=True)) as src,
        contextlib.closing(sqlite3.connect(str(register), timeout=busy_timeout_s)) as dst,
    ):
        try:
            src.backup(dst)
        except sqlite3.Error as exc:
            if classify(exc) in (LOCKED, FULL, READ_ONLY):  # by SQLite's code, not its words
                raise
            damaged = True
        else:
            damaged = False
    if damaged:  # a damaged register cannot be written through SQLite: replace the file
        tmp = register.with_name(register.name + ".restoring")
        shutil.copyfile(source, tmp)
        for suffix in ("-wal", "-shm"):
            Path(f"{register}{suffix}").unlink(missing_ok=True)
        tmp.replace(register)
    return RestoredFile(kept, later)
