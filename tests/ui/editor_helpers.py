"""Helpers for the editor's tests: find demo rows, fill the form like a user."""

from __future__ import annotations

from desktop_app.services import catalog
from desktop_app.store.models import Entry


def entry_id(title_part: str) -> int:
    row = Entry.select(Entry.id).where(Entry.title.contains(title_part)).order_by(Entry.id).first()
    assert row is not None, title_part
    return row.id


def body_id(short_name: str) -> int:
    body = catalog.body_by_short_name(short_name)
    assert body is not None, short_name
    return body.id


def theme_id(name: str) -> int:
    return next(t.id for t in catalog.list_themes() if t.name_sv == name)


def choose(combo, value) -> None:
    """Pick the item whose data is ``value`` as a user would (setCurrentIndex)."""
    index = combo.findData(str(value)) if isinstance(value, str) else combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def codes(dialog) -> list[str]:
    return [c.finding.code for c in dialog.findings]


def save(dialog) -> bool:
    """Press Save as a user does and wait for the write to end; True when stored.

    Saving is an operation on the runner: the dialog's ``save()`` only starts it.
    """
    from .conftest import wait_idle

    started = dialog.save()
    wait_idle()
    if not started:
        return False
    ok = getattr(dialog, "last_save_ok", None)  # the editor; the small dialogs keep ``saved``
    return bool(ok) if ok is not None else dialog.saved is not None


def then_wait(action) -> None:
    """Run ``action()`` (a button, a menu) and wait for the writes it started."""
    from .conftest import wait_idle

    action()
    wait_idle()
