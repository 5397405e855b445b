"""Settings stored in the register itself, shared by all its users: how many days
before its review date (R3) an entry counts as due, and the organisation's name
on the documents.

The user's own choices (language, window, filters) live in ``ui.prefs``.
"""

from __future__ import annotations

from desktop_app.domain.dates import lead_days_setting
from desktop_app.domain.kinds import DEFAULT_LEAD_DAYS
from desktop_app.store.models import Setting

from .context import lock_row, retried, write_transaction
from .errors import ConflictError

SETTING_DEFAULTS = {
    "lead_days": str(DEFAULT_LEAD_DAYS),
    "organisation_name": "Stockholms stad",
}


def get_setting(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else SETTING_DEFAULTS.get(key, "")


@retried
def set_setting(key: str, value: str) -> None:
    """Store a setting; the last of two registrars saving at once wins, and the
    audit row of each names the value it really replaced (the row is locked)."""
    from . import audit  # with the first write (the start only reads)

    with write_transaction():
        old = lock_row(Setting.select().where(Setting.key == key)).first()
        if old is None:
            # Another registrar may create the same key at this moment: the
            # primary key lets one in; the other updates the row it made.
            inserted = (
                Setting.insert(key=key, value=value).on_conflict_ignore().as_rowcount().execute()
            )
            if inserted != 1:
                old = lock_row(Setting.select().where(Setting.key == key)).first()
        if old and old.value == value:
            return
        if old:
            updated = (
                Setting.update(value=value)
                .where((Setting.key == key) & (Setting.value == old.value))
                .execute()
            )
            if updated != 1:  # cannot happen under the lock; never audit what was not stored
                raise ConflictError("setting", 0, 0, 0, "", None)
        audit.record(
            "update",
            "setting",
            None,
            changes=[audit.Change(key, old.value if old else None, value)],
        )


def lead_days() -> int:
    """How many days before its review date an entry counts as due (R3)."""
    row = Setting.get_or_none(Setting.key == "lead_days")
    return lead_days_setting(row.value if row else None)
