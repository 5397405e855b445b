"""`init`, `check`, `backup`, `restore`: creating and checking a register."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from desktop_app.services.session import is_empty, open_register
from desktop_app.store import database as store_db
from desktop_app.store.errors import FULL, READ_ONLY, StoreError, classify

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
        "is kept beside it as *.before-restore-<time>, with the history written "
        "after the backup; the restore is recorded in the restored register.",
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
    """``services.restore.restore_register``: the window's File > Restore runs this
    command, so both restore through the same service (checks, the replaced
    register kept beside it, the restore recorded in the restored register)."""
    from desktop_app.services.restore import restore_register

    target = _sqlite_target(args)
    result = restore_register(target, args.backup)
    for line in result.messages("en" if args.lang == "en" else "sv"):
        print(line)
    return 0
