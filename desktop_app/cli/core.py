"""`init`, `check`, `backup`, `restore`: creating and checking a register."""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.services.session import is_empty, open_register
from desktop_app.store import database as store_db
from desktop_app.store.errors import FULL, LOCKED, READ_ONLY, StoreError, classify

from .common import add_database_argument, open_from_args, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "init",
        help="create the register (with the strategy's bodies)",
        description="Create the register database, seeded with the decision "
        "bodies of the strategy and their mandates (R4) and the themes.",
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help="fill a new register with the demo (Eurocities, GrowSmarter, ...)",
    )
    add_database_argument(p)
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser(
        "backup",
        help="copy the register to PATH",
        description="Copy a SQLite register with SQLite's backup API (safe "
        "while the program runs). For PostgreSQL use pg_dump.",
    )
    p.add_argument("path", type=Path, help="the backup file to write")
    add_database_argument(p)
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="replace the register with a backup",
        description="Replace the SQLite register with BACKUP. The current file "
        "is kept beside it as *.before-restore-<time>.",
    )
    p.add_argument("backup", type=Path, help="a backup made by 'avtalsregister backup'")
    add_database_argument(p)
    p.set_defaults(handler=cmd_restore)


def cmd_init(args: argparse.Namespace) -> int:
    info = open_register(args.database, create=True)
    where = info.display
    if info.created:
        print(say(args, f"Skapade registret {where}.", f"Created the register {where}."))
    else:
        print(
            say(
                args,
                f"Registret {where} finns redan (schema {info.schema_version}).",
                f"The register {where} exists (schema {info.schema_version}).",
            )
        )
    if args.demo:
        if not is_empty():
            print(
                say(
                    args,
                    "Registret har redan poster; demodata läggs inte till.",
                    "The register already has entries; no demo data added.",
                )
            )
            return 1
        from desktop_app.services.demo import build_demo  # heavy: imported when used

        count = build_demo()
        print(say(args, f"La till {count} demoposter.", f"Added {count} demo entries."))
    return 0


def _sqlite_target(args: argparse.Namespace) -> store_db.DatabaseTarget:
    target = store_db.resolve_target(args.database)
    if target.backend != "sqlite":
        raise StoreError(
            "Säkerhetskopiering av PostgreSQL görs med pg_dump av IT (se README).",
            "PostgreSQL registers are backed up with pg_dump by IT (see README).",
        )
    return target


def cmd_backup(args: argparse.Namespace) -> int:
    """A copy made with the backup API, checked before it is reported as done.

    The target is checked before anything is read (folder exists, is writable,
    the target is not a folder); a failure while writing is said about the
    backup file, never about the register, which is only read."""
    import errno

    from desktop_app.exports.output_errors import check_target, output_error

    target = _sqlite_target(args)
    dest = check_target(args.path)
    if dest.exists() and dest.resolve() == target.path.resolve():
        raise StoreError(
            "Säkerhetskopian kan inte skrivas över själva registret. Välj en annan fil.",
            "The backup cannot overwrite the register itself. Choose another file.",
        )
    open_from_args(args)
    from desktop_app.exports.atomic import atomic_target
    from desktop_app.services import reports
    from desktop_app.store.backups import check_backup_file, copy_database
    from desktop_app.store.models import database_proxy

    def record() -> None:  # a backup is a document of the register too (R10)
        reports.record_export("backup", str(dest), {})

    try:
        with atomic_target(dest, record=record) as tmp:
            try:
                copy_database(database_proxy.obj, tmp)
                check_backup_file(tmp)
            finally:  # reading the WAL-mode copy left its (empty) -wal and -shm
                for suffix in ("-wal", "-shm"):
                    Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    except OSError as exc:
        raise output_error(exc, dest) from exc
    except (sqlite3.Error, ValueError) as exc:
        kind = classify(exc)
        if kind == FULL:
            raise output_error(OSError(errno.ENOSPC, str(exc)), dest) from exc
        if kind in (READ_ONLY, "unavailable", "permission"):
            raise output_error(PermissionError(errno.EACCES, str(exc)), dest) from exc
        raise StoreError(
            f"Säkerhetskopian kunde inte skrivas till {dest}. Registret är orört. ({exc})",
            f"The backup could not be written to {dest}. The register is untouched. ({exc})",
        ) from exc
    print(say(args, f"Säkerhetskopian sparades i {dest}.", f"Backup written to {dest}."))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    try:
        return _restore(args)
    except OSError as exc:
        raise store_db.translate_error(exc) or StoreError(
            f"Återställningen avbröts: {exc}. Registret finns kvar som det var eller "
            "som *.before-restore-kopian bredvid det.",
            f"The restore stopped: {exc}. The register is as it was, or kept as the "
            "*.before-restore copy beside it.",
        ) from exc


def _restore(args: argparse.Namespace) -> int:
    """Copy a checked backup INTO the register with the backup API.

    Writing through SQLite (not replacing the file) keeps WAL consistent and
    is safe even if the program is open elsewhere: it waits for the write
    lock, and other connections see the restored register. The register as
    it was is first kept beside it as *.before-restore-<time>.
    """
    from desktop_app.store.backups import check_backup_file, copy_database
    from desktop_app.store.migrate import latest_version

    target = _sqlite_target(args)
    source = args.backup.expanduser()
    current = target.path
    try:
        version = check_backup_file(source)
    except ValueError as exc:
        raise StoreError(
            f"{source} är ingen hel säkerhetskopia av ett register ({exc}). Ingenting ändrades.",
            f"{source} is not a sound register backup ({exc}). Nothing was changed.",
        ) from exc
    if version > latest_version():
        raise StoreError(
            f"{source} är gjord av en nyare version av programmet (schema {version}). "
            "Uppdatera programmet först. Ingenting ändrades.",
            f"{source} was made by a newer program (schema {version}). Update the "
            "program first. Nothing was changed.",
        )
    if current.exists() and source.resolve() == current.resolve():
        raise StoreError(
            "Säkerhetskopian är själva registret. Ingenting ändrades.",
            "The backup is the register itself. Nothing was changed.",
        )
    current.parent.mkdir(parents=True, exist_ok=True)
    if current.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        keep = current.with_name(f"{current.stem}.before-restore-{stamp}{current.suffix}")
        try:
            with contextlib.closing(sqlite3.connect(str(current))) as old:
                copy_database(old, keep)
        except sqlite3.Error:
            # A damaged register cannot be read through SQLite: keep its bytes.
            shutil.copyfile(current, keep)
            for suffix in ("-wal", "-shm"):
                if Path(f"{current}{suffix}").exists():
                    shutil.copyfile(f"{current}{suffix}", f"{keep}{suffix}")
        print(
            say(
                args,
                f"Det nuvarande registret sparades som {keep}.",
                f"The current register was kept as {keep}.",
            )
        )
    try:
        with (
            contextlib.closing(
                sqlite3.connect(store_db.sqlite_uri(source, mode="ro"), uri=True)
            ) as src,
            contextlib.closing(
                sqlite3.connect(str(current), timeout=store_db.BUSY_TIMEOUT_MS / 1000)
            ) as dst,
        ):
            src.backup(dst)
    except sqlite3.Error as exc:
        if classify(exc) in (LOCKED, FULL, READ_ONLY):  # by SQLite's code, not its words
            raise store_db.translate_error(exc, target) or StoreError(str(exc)) from exc
        # A damaged register cannot be written through SQLite: replace the file.
        tmp = current.with_name(current.name + ".restoring")
        shutil.copyfile(source, tmp)
        for suffix in ("-wal", "-shm"):
            Path(f"{current}{suffix}").unlink(missing_ok=True)
        tmp.replace(current)
    open_register(target, create=False)
    print(say(args, f"Registret återställdes från {source}.", f"Register restored from {source}."))
    return 0
