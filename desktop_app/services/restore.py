"""Putting a checked backup back in place of a SQLite register (R10: the one
replaced is kept beside it, and the restore is recorded in the audit trail).

The command line's ``restore`` and the window's File > Restore (which runs that
command) come here; ``store.restore`` copies the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.store import database as store_db
from desktop_app.store.migrate import latest_version

from .context import write_transaction
from .session import close_register, open_register


@dataclass(frozen=True)
class RestoreResult:
    """A restore as it was done and recorded (``restore_register``)."""

    source: Path
    kept: Path | None  # the replaced register, beside it
    rows_after_backup: int | None  # its audit rows written after the backup (kept only there)
    backup_schema: int

    def messages(self, lang: str = "sv") -> list[str]:
        """What the user is told, one sentence a line."""
        sv = lang != "en"
        lines = []
        if self.kept is not None:
            lines.append(
                f"Det nuvarande registret sparades som {self.kept}."
                if sv
                else f"The current register was kept as {self.kept}."
            )
        lines.append(
            f"Registret återställdes från {self.source}, och återställningen finns i dess historik."
            if sv
            else f"Register restored from {self.source}; the restore is in its history."
        )
        n = self.rows_after_backup
        if self.kept is not None and n:
            lines.append(
                f"{n} rader i historiken skrevs efter säkerhetskopian: de finns inte i det "
                f"återställda registret, bara i {self.kept.name}."
                if sv
                else f"{n} history rows were written after the backup: they are not in the "
                f"restored register, only in {self.kept.name}."
            )
        return lines


def restore_register(target: store_db.DatabaseTarget | str | None, source: Path) -> RestoreResult:
    """Replace a SQLite register with a checked backup, keep the replaced one beside
    it, and record the restore in the restored register (R10).

    The command line's ``restore`` and the window's File > Restore (which runs
    that command) both come here. The replaced register is kept as
    ``<name>.before-restore-<time>.sqlite3``: every audit row written after
    the backup is in it (counted in the result and said to the user), not lost.
    Refusals change nothing and say so.
    """
    from datetime import UTC, datetime

    from desktop_app.store.backups import check_backup_file
    from desktop_app.store.errors import StoreError
    from desktop_app.store.restore import restore_file

    from . import audit  # with the first write (the start only reads)

    if not isinstance(target, store_db.DatabaseTarget):
        target = store_db.resolve_target(target)
    if target.backend != "sqlite":
        raise StoreError(
            "Säkerhetskopiering av PostgreSQL görs med pg_dump av IT (se README).",
            "PostgreSQL registers are backed up with pg_dump by IT (see README).",
        )
    source = Path(source).expanduser()
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
    close_register()  # this process's own connection must not hold the file
    import sqlite3

    try:
        done = restore_file(current, source, datetime.now(UTC), store_db.BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise store_db.translate_error(exc, target) or StoreError(str(exc)) from exc
    result = RestoreResult(source, done.kept, done.rows_after_backup, version)
    open_register(target, create=False)
    with write_transaction():
        audit.record(
            "restore",
            "register",
            None,
            details={
                "source": str(source),
                "kept_as": str(done.kept or ""),
                "backup_schema": version,
                "rows_after_backup": done.rows_after_backup,
            },
        )
    return result
