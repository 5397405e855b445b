"""Prepared search text and the search condition, per backend.

Each entry keeps ``search_text``: case number, title, counterparties, theme
and notes, NFC-normalised and case-folded in Python (SQLite's LIKE folds
only ASCII, so "Å" would not find "å"). SQLite indexes it with an FTS5
trigram table, PostgreSQL with pg_trgm; both answer substring queries of
three or more characters from the index. Shorter terms fall back to LIKE.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from peewee import SQL, Expression, Select

from desktop_app.store.models import Counterparty, Entry, EntryCounterparty, Theme

from .context import is_postgres


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text or "").casefold()


def build_search_text(
    case_number: str, title: str, counterparties: Iterable[str], theme: str, notes: str
) -> str:
    parts = [case_number, title, " | ".join(counterparties), theme, notes]
    return fold(" | ".join(p for p in parts if p))


def _fts_quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def search_condition(text: str) -> Expression | None:
    """A WHERE condition matching entries whose search text holds every term."""
    terms = [t for t in fold(text).split() if t]
    if not terms:
        return None
    conditions: list[Expression] = []
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    if is_postgres():
        short_terms = terms  # pg_trgm serves LIKE '%term%' directly
        long_terms = []
    if long_terms:
        match = " AND ".join(_fts_quote(t) for t in long_terms)
        conditions.append(
            Entry.id.in_(SQL("(SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?)", [match]))
        )
    for term in short_terms:
        conditions.append(Entry.search_text.contains(term))
    result = conditions[0]
    for condition in conditions[1:]:
        result = result & condition
    return result


def counterparty_names_for(entry_ids: Iterable[int]) -> dict[int, list[str]]:
    ids = list(entry_ids)
    names: dict[int, list[str]] = {i: [] for i in ids}
    if not ids:
        return names
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        q = (
            EntryCounterparty.select(EntryCounterparty.entry, Counterparty.name)
            .join(Counterparty)
            .where(EntryCounterparty.entry.in_(chunk))
            .order_by(EntryCounterparty.entry, EntryCounterparty.position)
            .tuples()
        )
        for entry_id, name in q:
            names[entry_id].append(name)
    return names


def refresh_search_text(entry_ids: Select | Iterable[int]) -> int:
    """Recompute counterparty names and search text of the given entries."""
    ids = [
        r[0] if isinstance(r, tuple) else r
        for r in (entry_ids.tuples() if isinstance(entry_ids, Select) else entry_ids)
    ]
    if not ids:
        return 0
    names = counterparty_names_for(ids)
    themes = dict(Theme.select(Theme.id, Theme.name_sv).tuples())
    rows = (
        Entry.select(Entry.id, Entry.case_number, Entry.title, Entry.theme, Entry.notes)
        .where(Entry.id.in_(ids))
        .tuples()
    )
    for entry_id, case_number, title, theme_id, notes in list(rows):
        cps = names.get(entry_id, [])
        Entry.update(
            counterparty_names="; ".join(cps),
            search_text=build_search_text(case_number, title, cps, themes.get(theme_id, ""), notes),
        ).where(Entry.id == entry_id).execute()
    return len(ids)
