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
    return [f.code for f in dialog.findings]
