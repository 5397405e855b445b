"""Opening a register: connect, check, migrate, seed a new one.

``open_register`` is what the GUI, the CLI and the tests call first. It binds
the models to the database and returns what the status bar needs to say.
"""

from __future__ import annotations

import peewee

from desktop_app.domain.sort_keys import sort_key
from desktop_app.domain.unique_keys import name_key
from desktop_app.store import database as store_db
from desktop_app.store.errors import CorruptDatabaseError
from desktop_app.store.migrate import current_version, latest_version, lock_schema, migrate
from desktop_app.store.models import DecisionBody, Entry, Theme, database_proxy
from desktop_app.store.seed import seed_bodies, seed_themes
from desktop_app.store.temp_files import sweep_sheet_files

from .context import current_actor, on_touched_entries, utcnow, write_transaction
from .register_info import DATABASE_ENV as DATABASE_ENV  # for the CLI and the UI
from .register_info import RegisterInfo


def _settle_findings(entry_ids: set[int]) -> None:
    """Store the findings summaries of the entries a write touched, before it commits.

    ``finding_summaries`` and the rules it runs are imported by the first write
    that touches an entry, not by opening the register: the desktop's first
    screen only reads (issue 19: ~5 ms of every start, with the rules).
    """
    from . import finding_summaries

    finding_summaries.settle(entry_ids)


on_touched_entries(_settle_findings)  # every write, in every process that opens a register


def open_register(
    target: store_db.DatabaseTarget | str | None = None,
    *,
    create: bool = True,
    defer_check: bool = False,
    defer_summaries: bool = False,
) -> RegisterInfo:
    """Connect to a register, bring its schema up to date and seed a new one.

    ``defer_check``: the day's integrity check (and the daily backup that
    follows it) is left to ``check_and_backup``, which the window runs in the
    background once it is shown (issue 19: the check reads the whole file,
    0.3 s to seconds at 100,000 entries); the result says ``check_due``. A
    register that needs a migration is checked first all the same.

    ``defer_summaries``: the findings summaries of an upgraded register's
    entries (about a minute at 100,000 entries) are left to
    ``finding_summaries.fill_missing``, which the window runs in the background.
    """
    if not isinstance(target, store_db.DatabaseTarget):
        target = store_db.resolve_target(target)
    sweep_sheet_files()  # register data a killed export left in the user's folder
    if target.backend == "sqlite" and store_db.is_network_path(target.path):
        raise store_db.network_path_message(target.path)
    if target.backend == "sqlite" and not create and not target.path.exists():
        from desktop_app.store.errors import DatabaseUnavailableError

        raise DatabaseUnavailableError(
            f"Registret {target.path} finns inte. Skapa det med 'avtalsregister init'.",
            f"The register {target.path} does not exist. Create it with 'avtalsregister init'.",
        )
    db = store_db.connect(target)
    check_due = False
    try:
        if target.backend == "sqlite":
            from desktop_app.store.backups import checked_today

            if not checked_today(db):  # once a day, before the day's backup
                check_due = defer_check and current_version(db) == latest_version()
                if not check_due:
                    quick_check(db)
        before, after = migrate(db, then=_seed_if_new)
        if before == 0:
            check_due = False
        if not DecisionBody.select().exists():
            # Migrated but not seeded: by an older program killed before its seed,
            # or by programs opening it at once whose last step another one ran.
            seed_new_register()
        if after > before > 0 and not defer_summaries:
            # A register from an older program: its entries' findings summaries
            # (m0009) are made with this program's rules (seconds per thousand).
            from . import finding_summaries

            finding_summaries.fill_missing()
        if before > 0 and target.backend == "sqlite" and not check_due:
            from desktop_app.store.backups import daily_backup

            daily_backup(db)  # once a day, rotating; never stops the start
    except peewee.PeeweeException as exc:
        known = store_db.translate_error(exc, target)
        if known is not None:
            raise known from exc
        raise
    return RegisterInfo(target, before, after, before == 0, check_due)


def check_and_backup() -> None:
    """The day's integrity check of the open SQLite register, then its daily backup:
    what ``open_register(defer_check=True)`` left for later. A damaged file raises
    ``CorruptDatabaseError`` (and is not backed up over a good copy)."""
    db = database_proxy.obj
    if not isinstance(db, peewee.SqliteDatabase):
        return
    from desktop_app.store.backups import daily_backup

    try:
        quick_check(db)
    except peewee.PeeweeException as exc:
        known = store_db.translate_error(exc, store_db.resolve_target(db.database))
        if known is not None:
            raise known from exc
        raise
    daily_backup(db)


def quick_check(db: peewee.Database) -> None:
    """SQLite's quick integrity check at start; a damaged file is refused."""
    result = db.execute_sql("PRAGMA quick_check").fetchone()
    if result and result[0] != "ok":
        raise CorruptDatabaseError(
            "Registerfilen är skadad (integritetskontrollen misslyckades). Återställ den "
            "senaste säkerhetskopian med 'avtalsregister restore' eller kontakta IT.",
            "The register file is damaged (the integrity check failed). Restore the latest "
            "backup with 'avtalsregister restore' or contact IT.",
        )


def _seed_if_new(version_before: int) -> None:
    if version_before == 0:
        seed_new_register()


def seed_new_register() -> None:
    """The strategy's bodies (R4 mandates follow from their kinds) and the themes.

    Idempotent and safe when several programs open the register at once: the
    register's migration lock is held while it looks and writes."""
    from . import audit  # with the first write (the start only reads)

    with write_transaction():
        lock_schema(database_proxy.obj)
        if DecisionBody.select().exists():
            return
        actor = current_actor()
        now = utcnow()
        for body in seed_bodies():
            DecisionBody.create(
                short_name=body["short_name"],
                name_sv=body["name_sv"],
                name_en=body.get("name_en", ""),
                kind=body["kind"],
                organisation=body.get("organisation", ""),
                sort_key=sort_key(body["short_name"]),
                name_key=name_key(body["short_name"]),
                updated_at=now,
                updated_by=actor.name,
            )
        for theme in seed_themes():
            Theme.create(
                name_sv=theme["name_sv"],
                name_en=theme.get("name_en", ""),
                sort_key=sort_key(theme["name_sv"]),
                name_key=name_key(theme["name_sv"]),
                updated_at=now,
                updated_by=actor.name,
            )
        audit.record("seed", "register", None, details={"schema": latest_version()}, actor=actor)


def is_empty() -> bool:
    return not Entry.select().exists()


def release_thread_connection() -> None:
    """Close the calling thread's connection (peewee keeps one per thread):
    background workers call it when they finish so none is left open. The
    register stays open for the other threads."""
    if database_proxy.obj is not None and not database_proxy.is_closed():
        database_proxy.close()


def close_register() -> None:
    """Close the register for good: no thread may reconnect to it afterwards.

    Callers stop their background work first (the main window waits for its
    workers); a straggler gets ``RegisterClosedError`` instead of reopening
    the file. ``open_register`` binds a fresh database, so opening again works.
    """
    if database_proxy.obj is not None:
        store_db.close_for_good(database_proxy.obj)


def describe_target(value: str | None) -> str:
    """What a --database value or stored choice points at, for a message (no password)."""
    return store_db.resolve_target(value).display


def analyze() -> None:
    """Refresh the planner's statistics (after big imports)."""
    database_proxy.execute_sql("ANALYZE")
