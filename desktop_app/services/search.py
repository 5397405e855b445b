"""The search condition per backend, and keeping the prepared columns current.

Each entry keeps ``search_text`` (``domain.folding``: case-folded, accents
forgiven for plain terms, a word start before every word, compact case
numbers) and its Swedish sort keys (``domain.prepared``). SQLite indexes the
search text with an FTS5 trigram table, PostgreSQL with pg_trgm; every term
becomes a pattern of at least three characters (one or two letters match
the start of a word), so every search is answered from the index:

* SQLite: ``entry_fts MATCH`` with each pattern as a quoted phrase;
* PostgreSQL: ``search_text LIKE '%pattern%'`` (escaped), which pg_trgm
  serves; not ``ILIKE``: the text is folded already, and ILIKE makes
  PostgreSQL fold every row again (issue 19: "g" 1.25-1.76 s against
  0.22-0.29 s).

Deciding and responsible bodies are matched by joining, not by copying their
names into every entry: the bodies' names and short names are matched here in
Python (a few dozen rows, the same rule as the SQL), and a term that names a
body also matches the entries that body decided or is responsible for. A
renamed body is found by its new name at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from peewee import JOIN, SQL, Expression, NodeList, Select, Value, fn

from desktop_app.domain import folding
from desktop_app.domain.prepared import PREPARED_COLUMNS, entry_prepared
from desktop_app.store.models import Counterparty, DecisionBody, Entry, EntryCounterparty, Theme

from .context import is_postgres

Payer = DecisionBody.alias("payer")

fold = folding.fold  # names are compared folded across the services and the UI


# A term whose hits the FTS index counts up to this many is "sparse": collect its
# hits and sort them. Beyond it, walking the sort's index and testing each row
# finds a first screen sooner than collecting every hit (issue 19).
SPARSE_HITS = 5000

# How a search condition is written (SearchPlan.condition):
LOOKUP = "lookup"  # id IN (the hits): the hits drive, then a sort (few hits)
WALK = "walk"  # +id IN (the hits): the sort's index drives, hits probed (many hits)
ROW_TEST = "row-test"  # each row's text tested: the index drives until LIMIT is full


def _fts_quote(pattern: str) -> str:
    return '"' + pattern.replace('"', '""') + '"'


def _like_escape(pattern: str) -> str:
    """A LIKE pattern matching ``pattern`` anywhere, ``\\`` escaping (ESCAPE on SQLite)."""
    escaped = pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def body_search_texts() -> list[tuple[int, str]]:
    """Each body's id and prepared text of its short name and Swedish name."""
    rows = DecisionBody.select(DecisionBody.id, DecisionBody.short_name, DecisionBody.name_sv)
    return [
        (body_id, folding.build_search_text((short, name)))
        for body_id, short, name in rows.tuples()
    ]


@dataclass(frozen=True)
class SearchPlan:
    """What was typed, as folded terms, the bodies each names, and how dense its hits are."""

    terms: tuple[str, ...]
    bodies: dict[str, list[int]]
    postgres: bool
    dense: bool  # SQLite: more than SPARSE_HITS hits, or a body named (PostgreSQL: unused)

    def _fts_in(self, patterns: list[str], body_ids: list[int]) -> SQL:
        sql = "(SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?"
        params: list = [" AND ".join(_fts_quote(p) for p in patterns)]
        if body_ids:
            marks = ", ".join("?" for _ in body_ids)
            sql += (
                f" UNION SELECT id FROM entry WHERE deciding_body_id IN ({marks})"
                f" UNION SELECT id FROM entry WHERE responsible_body_id IN ({marks})"
            )
            params += body_ids + body_ids
        return SQL(sql + ")", params)

    def _row_test(self, term: str) -> Expression:
        pattern = _like_escape(folding.term_pattern(term))
        if self.postgres:
            condition = Expression(Entry.search_text, "LIKE", pattern)
        else:
            condition = NodeList(
                (Entry.search_text, SQL("LIKE"), Value(pattern), SQL("ESCAPE '\\'"))
            )
        body_ids = self.bodies[term]
        if body_ids:
            condition = (
                condition | Entry.deciding_body.in_(body_ids) | Entry.responsible_body.in_(body_ids)
            )
        return condition

    def condition(self, form: str = LOOKUP) -> Expression:
        """The WHERE condition for every term, written in ``form`` (PostgreSQL: LIKE always)."""
        conditions: list = []
        if self.postgres or form == ROW_TEST:
            conditions = [self._row_test(t) for t in self.terms]
        else:
            column = NodeList((SQL("+"), Entry.id)) if form == WALK else Entry.id
            plain = [folding.term_pattern(t) for t in self.terms if not self.bodies[t]]
            if plain:  # one MATCH for every term that names no body
                conditions.append(column.in_(self._fts_in(plain, [])))
            for term in self.terms:
                if self.bodies[term]:
                    pattern = folding.term_pattern(term)
                    conditions.append(column.in_(self._fts_in([pattern], self.bodies[term])))
        result = conditions[0]
        for condition in conditions[1:]:
            result = result & condition
        return result


def plan_search(text: str) -> SearchPlan | None:
    """How to search for ``text`` (None when nothing was typed).

    On SQLite the FTS index is asked for at most ``SPARSE_HITS + 1`` hits
    (well under a millisecond) to learn whether the term is rare or common.
    """
    terms = tuple(folding.search_terms(text))
    if not terms:
        return None
    bodies = body_search_texts()
    named = {t: [i for i, body in bodies if folding.matches(body, t)] for t in terms}
    postgres = is_postgres()
    dense = False
    if not postgres:
        if any(named.values()):
            dense = True
        else:
            match = " AND ".join(_fts_quote(folding.term_pattern(t)) for t in terms)
            found = Entry._meta.database.execute_sql(
                "SELECT COUNT(*) FROM (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ? "
                f"LIMIT {SPARSE_HITS + 1})",
                (match,),
            ).fetchone()[0]
            dense = found > SPARSE_HITS
    return SearchPlan(terms, named, postgres, dense)


def search_condition(text: str) -> Expression | None:
    """A WHERE condition: entries matching every typed term (in their text or their bodies)."""
    plan = plan_search(text)
    return plan.condition() if plan else None


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
    """Recompute the prepared columns (names, search text, sort keys) of the given entries.

    Called when something an entry shows by name is renamed (a counterparty,
    a theme, the short name of a paying body: the payer's sort key); other
    body names are joined, so renaming a body needs no other refresh.
    """
    ids = [
        r[0] if isinstance(r, tuple) else r
        for r in (entry_ids.tuples() if isinstance(entry_ids, Select) else entry_ids)
    ]
    if not ids:
        return 0
    names = counterparty_names_for(ids)
    themes = dict(Theme.select(Theme.id, Theme.name_sv).tuples())
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = (
            Entry.select(
                Entry.id,
                Entry.case_number,
                Entry.title,
                Entry.theme,
                Entry.notes,
                Entry.contact_person,
                fn.COALESCE(Payer.short_name, Entry.cost_payer),  # the payer as the grid shows it
            )
            .join(Payer, JOIN.LEFT_OUTER, on=(Entry.cost_payer_body == Payer.id))
            .where(Entry.id.in_(chunk))
            .tuples()
        )
        for entry_id, case_number, title, theme_id, notes, contact, payer in list(rows):
            prepared = entry_prepared(
                case_number,
                title,
                names.get(entry_id, []),
                themes.get(theme_id, ""),
                notes,
                contact,
                payer,
            )
            Entry.update({getattr(Entry, c): prepared[c] for c in PREPARED_COLUMNS}).where(
                Entry.id == entry_id
            ).execute()
    return len(ids)
