"""`maintenance`: backups, the full integrity check, the register's safety report.

For IT and the register's administrator: what `avtalsregister` keeps to
protect the register (issue 6), in one place.
"""

from __future__ import annotations

import argparse
import json

import peewee

from desktop_app.store import database as store_db
from desktop_app.store.errors import CorruptDatabaseError

from .common import add_database_argument, open_from_args, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "maintenance",
        help="backups, integrity check, reliability report",
        description="Maintenance of the register: list the automatic backups, run "
        "SQLite's full integrity check, report the register's safety state.",
    )
    commands = p.add_subparsers(dest="maintenance_command", metavar="TASK", required=True)

    q = commands.add_parser(
        "backups",
        help="list the backups of the register, newest first",
        description="List the automatic daily backups, the copies made before schema "
        "upgrades and hand-made backups in the backup folder.",
    )
    q.add_argument("--all", action="store_true", help="list backups of every register")
    add_database_argument(q)
    q.set_defaults(handler=cmd_backups)

    q = commands.add_parser(
        "integrity",
        help="full integrity and foreign-key check (exit 2 if damaged)",
        description="Run SQLite's full PRAGMA integrity_check and foreign_key_check "
        "(slower than the quick check made at every start).",
    )
    add_database_argument(q)
    q.set_defaults(handler=cmd_integrity)

    q = commands.add_parser(
        "reliability-report",
        help="the register's safety state (backend, schema, backups, rights)",
        description="What protects this register: backend and schema version, "
        "integrity, journal mode, automatic backups, what the current user may do.",
    )
    q.add_argument("--json", action="store_true", help="print JSON")
    add_database_argument(q)
    q.set_defaults(handler=cmd_reliability_report)


def cmd_backups(args: argparse.Namespace) -> int:
    from desktop_app.paths import backup_dir
    from desktop_app.store.backups import list_backups

    target = store_db.resolve_target(args.database)
    register = None if args.all or target.backend != "sqlite" else target.path
    found = list_backups(register=register)
    kinds = {
        "auto": say(args, "daglig", "daily"),
        "schema": say(args, "före uppgradering", "before upgrade"),
        "manual": say(args, "manuell", "manual"),
    }
    for b in found:
        size = f"{b.size / 1024:,.0f} kB"
        print(f"{b.made_at:%Y-%m-%d %H:%M}  {kinds[b.kind]:18} {size:>10}  {b.path}")
    print(
        say(
            args,
            f"Antal säkerhetskopior: {len(found)} (i {backup_dir()}).",
            f"Backups: {len(found)} (in {backup_dir()}).",
        )
    )
    return 0


def full_check(db: peewee.Database) -> list[str]:
    """Problems found by SQLite's full integrity and foreign-key checks ([] if sound)."""
    problems = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
    problems = [p for p in problems if p != "ok"]
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid}: missing {parent}")
    return problems


def cmd_integrity(args: argparse.Namespace) -> int:
    info = open_from_args(args)
    from desktop_app.services.audit import verify_chain
    from desktop_app.store.models import database_proxy

    if info.backend == "sqlite":
        problems = full_check(database_proxy.obj)
        if problems:
            for problem in problems[:50]:
                print(problem)
            raise CorruptDatabaseError(
                f"Registret {info.display} är skadat ({len(problems)} fel). Återställ den "
                "senaste säkerhetskopian: 'avtalsregister maintenance backups' visar dem, "
                "'avtalsregister restore FIL' återställer.",
                f"The register {info.display} is damaged ({len(problems)} problems). Restore "
                "the latest backup: 'avtalsregister maintenance backups' lists them, "
                "'avtalsregister restore FILE' restores one.",
            )
    else:
        print(
            say(
                args,
                "PostgreSQL kontrollerar sina data själv; granskningsloggens kedja kontrolleras.",
                "PostgreSQL checks its own data; the audit trail's chain is checked.",
            )
        )
    chain = verify_chain()
    if not chain.sound:
        for problem in chain.problems:
            print(problem)
        raise CorruptDatabaseError(
            f"Granskningsloggen i {info.display} har ändrats eller fått rader borttagna "
            f"({len(chain.problems)} fel). Det kan bara databasens ägare eller en "
            "superanvändare göra: kontakta IT och jämför med en säkerhetskopia.",
            f"The audit trail in {info.display} was changed or had rows removed "
            f"({len(chain.problems)} problems). Only the database's owner or a superuser "
            "can do that: contact IT and compare with a backup.",
        )
    if chain.chained:
        print(
            say(
                args,
                f"Granskningsloggens kedja: {chain.chained} rader, senaste {chain.head}.",
                f"Audit chain: {chain.chained} rows, newest {chain.head}.",
            )
        )
    print(say(args, f"Registret {info.display} är helt.", f"The register {info.display} is sound."))
    return 0


def reliability_report() -> dict:
    """The safety state of the open register, as plain data."""
    from desktop_app.services import permissions
    from desktop_app.store.backups import keep_count, list_backups
    from desktop_app.store.migrate import current_version, latest_version
    from desktop_app.store.models import AuditEvent, Entry, database_proxy

    db = database_proxy.obj
    caps = permissions.capabilities()
    report: dict = {
        "backend": "sqlite" if isinstance(db, peewee.SqliteDatabase) else "postgres",
        "schema_version": current_version(db),
        "program_schema_version": latest_version(),
        "entries": Entry.select().count(),
        "audit_rows": AuditEvent.select().count(),
        "can_read": caps.can_read,
        "can_write_entries": caps.can_write_entries,
        "can_admin": caps.can_admin,
        "role": caps.role,
    }
    if report["backend"] == "sqlite":
        from pathlib import Path

        path = Path(db.database)
        backups = list_backups(register=path)
        report |= {
            "journal_mode": db.execute_sql("PRAGMA journal_mode").fetchone()[0],
            "integrity": full_check(db) or "ok",
            "backups": len(backups),
            "backups_kept": keep_count(),
            "latest_backup": backups[0].made_at.isoformat(timespec="seconds") if backups else None,
        }
    return report


def cmd_reliability_report(args: argparse.Namespace) -> int:
    open_from_args(args)
    report = reliability_report()
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    for key, value in report.items():
        print(f"{key:24} {value}")
    return 0 if report.get("integrity", "ok") == "ok" else 1
