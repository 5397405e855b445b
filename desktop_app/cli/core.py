"""`init`, `check`, `backup`, `restore`: creating and checking a register."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.domain.rules import errors
from desktop_app.services import entries
from desktop_app.services.demo import build_demo
from desktop_app.services.session import is_empty, open_register
from desktop_app.store import database as store_db
from desktop_app.store.errors import StoreError

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
        "check",
        help="list the rule findings per entry (exit 1 on errors)",
        description="List the strategy's rule findings (R1-R6) for every entry "
        "that is not archived. Exit status 1 if any entry has errors.",
    )
    p.add_argument("--errors-only", action="store_true", help="show only errors")
    add_database_argument(p)
    p.set_defaults(handler=cmd_check)

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
        count = build_demo()
        print(say(args, f"La till {count} demoposter.", f"Added {count} demo entries."))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    open_from_args(args)
    results = entries.all_findings()
    error_count = warning_count = 0
    for entry_id, case_number, title, findings in results:
        shown = [f for f in findings if f.is_error or not args.errors_only]
        if not shown:
            continue
        print(f"{case_number or '#' + str(entry_id)}  {title}")
        for f in shown:
            kind = say(args, "FEL", "ERROR") if f.is_error else say(args, "varning", "warning")
            print(f"    {kind:8} {f.code:18} {f.message(args.lang)}")
        error_count += len(errors(findings))
        warning_count += len(findings) - len(errors(findings))
    print(
        say(
            args,
            f"{len(results)} poster med anmärkningar: {error_count} fel, "
            f"{warning_count} varningar.",
            f"{len(results)} entries with findings: {error_count} errors, "
            f"{warning_count} warnings.",
        )
    )
    return 1 if error_count else 0


def _sqlite_target(args: argparse.Namespace) -> store_db.DatabaseTarget:
    target = store_db.resolve_target(args.database)
    if target.backend != "sqlite":
        raise StoreError(
            "Säkerhetskopiering av PostgreSQL görs med pg_dump av IT (se README).",
            "PostgreSQL registers are backed up with pg_dump by IT (see README).",
        )
    return target


def cmd_backup(args: argparse.Namespace) -> int:
    _sqlite_target(args)
    open_from_args(args)
    from desktop_app.store.models import database_proxy

    dest = store_db.sqlite_backup(database_proxy.obj, args.path.expanduser())
    print(say(args, f"Säkerhetskopian sparades i {dest}.", f"Backup written to {dest}."))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    target = _sqlite_target(args)
    source = args.backup.expanduser()
    try:
        check = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.execute("SELECT MAX(version) FROM schema_version").fetchone()
        check.close()
    except sqlite3.Error:
        ok = False
    if not ok:
        raise StoreError(
            f"{source} är ingen hel säkerhetskopia av ett register. Ingenting ändrades.",
            f"{source} is not a sound register backup. Nothing was changed.",
        )
    current = target.path
    if current.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        keep = current.with_name(f"{current.stem}.before-restore-{stamp}{current.suffix}")
        src = sqlite3.connect(str(current))
        dst = sqlite3.connect(str(keep))
        src.backup(dst)
        src.close()
        dst.close()
        print(
            say(
                args,
                f"Det nuvarande registret sparades som {keep}.",
                f"The current register was kept as {keep}.",
            )
        )
    tmp = current.with_name(current.name + ".restoring")
    shutil.copyfile(source, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(current) + suffix).unlink(missing_ok=True)
    tmp.replace(current)
    open_register(target, create=False)
    print(say(args, f"Registret återställdes från {source}.", f"Register restored from {source}."))
    return 0
