"""Reading the register as the grid and the exports see it: filter, sort, page.

Filtering, sorting and counting happen in SQL; the grid asks for the ordered
ids once per query and then for rows by id, a screen at a time
(PERFORMANCE.md: the view asks for what is on screen).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from peewee import JOIN, DateField, DateTimeField, DecimalField, Expression, fn

from desktop_app.domain.kinds import ReviewState, Status
from desktop_app.store.models import DecisionBody, Entry, EntryCounterparty, EntryFindings, Theme

from . import register_settings
from . import search as searching
from .register_types import (  # noqa: F401 - the register's reads, as they were named here
    COLUMNS,
    FINDINGS_FILTERS,
    NEVER_EMPTY,
    SORT_COLUMN_NAMES,
    STATUS_FILTERS,
    RegisterFilter,
    RegisterRow,
    register_row,
)
from .search import LOOKUP, ROW_TEST, WALK, SearchPlan, plan_search

Deciding = DecisionBody.alias("deciding")
Responsible = DecisionBody.alias("responsible")
Payer = DecisionBody.alias("payer")
# R6: the paying body's short name; a payer not matched to a body shows as written.
PAYER = fn.COALESCE(Payer.short_name, Entry.cost_payer)

DATE_FIELDS = {
    "decision_date": Entry.decision_date,
    "start_date": Entry.start_date,
    "end_date": Entry.end_date,
    "next_review_date": Entry.next_review_date,
    "last_review_date": Entry.last_review_date,
}


# Sorting by a body or theme orders by that table's sort key (joined).
SORT_JOINS = {
    "deciding_body": (Deciding, Entry.deciding_body),
    "responsible_body": (Responsible, Entry.responsible_body),
    "theme": (Theme, Entry.theme),
}
# How the grid sorts by each column: the column (or key) it orders by, and the
# body or theme table it joins for it. Each has an index (archived, column, id)
# (migration m0004), so a sort reads an index in order; text columns order by
# their Swedish sort keys (domain.sort_keys), bodies and themes by theirs. The
# entry's own columns are named once, in register_types (the start's first
# screen reads them without peewee).
SORT_COLUMNS = {
    **{key: Entry._meta.columns[column] for key, column in SORT_COLUMN_NAMES.items()},
    **{key: foreign_key for key, (_table, foreign_key) in SORT_JOINS.items()},
}
SORT_KEYS = SORT_COLUMNS  # the sortable field names (RegisterRow fields)


def _live(today: date):
    """Draft or active and not past its end date."""
    return (Entry.status.in_([Status.DRAFT, Status.ACTIVE])) & (
        Entry.end_date.is_null() | (Entry.end_date >= today)
    )


def _status_condition(status: str, today: date, lead_days: int):
    if status == "draft":
        return Entry.status == Status.DRAFT
    if status == "active":
        return (Entry.status == Status.ACTIVE) & (
            Entry.end_date.is_null() | (Entry.end_date >= today)
        )
    if status == "expired":
        return (Entry.status == Status.ACTIVE) & (Entry.end_date < today)
    if status == "terminated":
        return Entry.status == Status.TERMINATED
    if status == "due":
        return _live(today) & Entry.next_review_date.between(
            today, today + timedelta(days=lead_days)
        )
    if status == "overdue":
        return _live(today) & (Entry.next_review_date < today)
    if status == "archived":
        return Entry.archived == True  # noqa: E712
    raise ValueError(f"unknown status filter {status!r}")


def _findings_condition(kind: str, today: date):
    """Entries whose stored findings summary has open errors, open warnings or assessed
    findings; R3-OVERDUE counts on the days of its window."""
    s = EntryFindings
    overdue = (s.overdue_from <= today) & (s.overdue_until.is_null() | (s.overdue_until >= today))
    if kind == "errors":
        held = s.has_error == True  # noqa: E712
    elif kind == "warnings":
        held = (s.has_warning == True) | (overdue & (s.overdue_assessed == False))  # noqa: E712
    elif kind == "assessed":
        held = (s.has_assessed == True) | (overdue & (s.overdue_assessed == True))  # noqa: E712
    else:
        raise ValueError(f"unknown findings filter {kind!r}")
    return Entry.id.in_(s.select(s.entry).where(held))


def _where(f: RegisterFilter, today: date, lead_days: int, search: Expression | None = None):
    conditions = []
    if f.ids is not None:
        conditions.append(Entry.id.in_(list(f.ids)) if f.ids else Entry.id < 0)
    if not f.include_archived and "archived" not in f.statuses:
        conditions.append(Entry.archived == False)  # noqa: E712
    if search is not None:
        conditions.append(search)
    if f.kinds:
        conditions.append(Entry.kind.in_(sorted(f.kinds)))
    if f.statuses:
        status_cond = None
        for status in sorted(f.statuses):
            cond = _status_condition(status, today, lead_days)
            status_cond = cond if status_cond is None else (status_cond | cond)
        conditions.append(status_cond)
    if f.deciding_body_id:
        conditions.append(Entry.deciding_body == f.deciding_body_id)
    if f.responsible_body_id:
        conditions.append(Entry.responsible_body == f.responsible_body_id)
    if f.theme_id:
        conditions.append(Entry.theme == f.theme_id)
    if f.directions:
        conditions.append(Entry.directions.bin_and(f.directions) != 0)
    if f.findings:
        conditions.append(_findings_condition(f.findings, today))
    column = DATE_FIELDS.get(f.date_field, Entry.next_review_date)
    if f.date_from:
        conditions.append(column >= f.date_from)
    if f.date_to:
        conditions.append(column <= f.date_to)
    if f.due_within_days is not None:
        conditions.append(
            _live(today) & (Entry.next_review_date <= today + timedelta(days=f.due_within_days))
        )
    result = None
    for condition in conditions:
        result = condition if result is None else (result & condition)
    return result


def _lead_days_for(f: RegisterFilter) -> int:
    """The lead time, read only when the filter asks for "due" (a query saved per keystroke)."""
    return register_settings.lead_days() if "due" in f.statuses else 0


def _ordered_parts(f: RegisterFilter, where, by_key: bool = False) -> list:
    """The queries whose results, one after the other, are ``f``'s ids in order.

    Empty values come last in both directions (an empty review date is not
    "the latest"). Rather than ``NULLS LAST``, which no index serves, the
    non-empty rows are read in index order and the empty ones after them,
    each in entry-number order: two index walks instead of a sort.

    ``by_key`` (the first screen): a sort by a body or theme is one query per
    body or theme in their order, each an index walk of ``(archived, column,
    id)``, read until the screen is full. PostgreSQL sorted every entry for the
    joined query (issue 19: 100-150 ms at 100,000 entries before the first row).
    """
    key = f.sort_key if f.sort_key in SORT_COLUMNS else "next_review_date"
    column = SORT_COLUMNS[key]
    desc = f.descending

    def direction(node):
        return node.desc() if desc else node.asc()

    def base(query):
        return query.where(where) if where is not None else query

    if key in SORT_JOINS and by_key:
        table, foreign_key = SORT_JOINS[key]
        keys = table.select(table.id).order_by(direction(table.sort_key), direction(table.id))
        parts = [
            base(Entry.select(Entry.id).where(foreign_key == key_id)).order_by(direction(Entry.id))
            for (key_id,) in keys.tuples()
        ]
        empty = base(Entry.select(Entry.id).where(column.is_null())).order_by(direction(Entry.id))
        return [*parts, empty]
    if key in SORT_JOINS:
        table, foreign_key = SORT_JOINS[key]
        filled = base(
            Entry.select(Entry.id).join_from(Entry, table, on=(foreign_key == table.id))
        ).order_by(direction(table.sort_key), direction(table.id), direction(Entry.id))
    else:
        filled = base(Entry.select(Entry.id))
        if key not in NEVER_EMPTY:
            filled = filled.where(column.is_null(False))
        filled = filled.order_by(direction(column), direction(Entry.id))
    if key in NEVER_EMPTY:
        return [filled]
    empty = base(Entry.select(Entry.id).where(column.is_null())).order_by(direction(Entry.id))
    return [filled, empty]


def _run(parts: list, limit: int | None) -> list[int]:
    db = Entry._meta.database
    ids: list[int] = []
    for query in parts:
        if limit is not None:
            if len(ids) >= limit:
                break
            query = query.limit(limit - len(ids))
        # One fetchall on the cursor: peewee's row iterator costs ~1 us a row, which at
        # 100,000 ids is most of a keystroke's budget (benchmarks/register_view.py).
        ids.extend(row[0] for row in db.execute(query).fetchall())
    return ids


def query_ids(
    f: RegisterFilter,
    today: date | None = None,
    limit: int | None = None,
    plan: SearchPlan | None = None,
) -> list[int]:
    """The ids of the entries that ``f`` selects, in its order (the first ``limit`` only).

    A search with many hits is written so that the sort's index drives and each
    hit is probed (``search.WALK``); one with few hits collects them and sorts
    (``search.LOOKUP``). ``plan``: a search plan made already (``query_first``).
    """
    today = today or date.today()
    plan = plan or plan_search(f.search)
    search = None
    if plan is not None:
        search = plan.condition(WALK if plan.dense else LOOKUP)
    where = _where(f, today, _lead_days_for(f), search)
    return _run(_ordered_parts(f, where), limit)


def _estimated_rows(where) -> float:
    """PostgreSQL: the planner's estimate of the entries ``where`` selects (planning
    only, about a millisecond)."""
    query = Entry.select(Entry.id)
    if where is not None:
        query = query.where(where)
    sql, params = query.sql()
    (row,) = Entry._meta.database.execute_sql("EXPLAIN (FORMAT JSON) " + sql, params).fetchone()
    plan = row if isinstance(row, list) else json.loads(row)
    return float(plan[0]["Plan"]["Plan Rows"])


def query_first(
    f: RegisterFilter, today: date | None = None, limit: int = 200
) -> tuple[list[int], bool, SearchPlan | None]:
    """The first ids of ``f`` in order, whether they are all, and the search plan.

    What the register view shows first, fast at any size: a sort reads its
    index up to ``limit`` ids; a common search term walks that index testing
    each row until ``limit`` are found; a rare one (few hits) is
    collected whole, and then the answer is every id, complete. When not
    complete, the rest follows with ``query_ids`` (pass the plan back).
    """
    today = today or date.today()
    plan = plan_search(f.search)
    if plan is not None and not plan.dense and not plan.postgres:
        ids = query_ids(f, today, plan=plan)
        return ids, True, plan
    search = plan.condition(ROW_TEST) if plan is not None else None
    where = _where(f, today, _lead_days_for(f), search)
    rare = searching.SPARSE_HITS
    if plan is not None and plan.postgres and _estimated_rows(where) <= 2 * rare:
        # PostgreSQL's planner walks the sort's index for a first screen, assuming the
        # hits are spread evenly along it; a rare term whose hits sit at its end (no
        # review date) read every row first: 570 ms at 300,000 (RESULTS.md). A term
        # it expects few hits of is probed on the trigram index instead: when its hits
        # are at most SPARSE_HITS (SQLite's "rare"), they are sorted and are the answer.
        hits = _run([Entry.select(Entry.id).where(where)], rare + 1)
        if len(hits) <= rare:
            ids = _run(_ordered_parts(f, Entry.id.in_(hits)), None) if hits else []
            return ids, True, plan
    ids = _run(_ordered_parts(f, where, by_key=True), limit + 1)
    return ids[:limit], len(ids) <= limit, plan


def count(f: RegisterFilter, today: date | None = None) -> int:
    today = today or date.today()
    query = Entry.select(fn.COUNT(Entry.id))
    plan = plan_search(f.search)
    where = _where(f, today, _lead_days_for(f), plan.condition() if plan else None)
    if where is not None:
        query = query.where(where)
    return query.scalar() or 0


def total_count(include_archived: bool = False) -> int:
    query = Entry.select(fn.COUNT(Entry.id))
    if not include_archived:
        query = query.where(Entry.archived == False)  # noqa: E712
    return query.scalar() or 0


_ROW_SELECT = (
    Entry.id,
    Entry.case_number,
    Entry.title,
    Entry.kind,
    Entry.counterparty_names,
    Entry.scope,
    Deciding.short_name,
    Entry.decision_date,
    Responsible.short_name,
    Entry.contact_person,
    Theme.name_sv,
    Entry.directions,
    Entry.start_date,
    Entry.end_date,
    Entry.review_interval_months,
    Entry.last_review_date,
    Entry.next_review_date,
    Entry.annual_cost,
    Entry.currency,
    PAYER,
    Entry.status,
    Entry.archived,
    Entry.notes,
    Entry.updated_at,
    Entry.updated_by,
    Entry.version,
)


# Columns whose stored form needs the field's converter (dates, times, amounts).
_ROW_CONVERTERS = tuple(
    (i, f.python_value)
    for i, f in enumerate(_ROW_SELECT)
    if isinstance(f, (DateField, DateTimeField, DecimalField))
)
_ROWS_SQL: dict[tuple[type, int], str] = {}


def _rows_sql(db, n: int) -> str:
    """The row query for ``n`` ids in this database's dialect, compiled once."""
    key = (type(getattr(db, "obj", None) or db), n)  # the proxy's database: its dialect
    sql = _ROWS_SQL.get(key)
    if sql is None:
        placeholder = list(range(-n, 0))
        query = (
            Entry.select(*_ROW_SELECT)
            .join_from(Entry, Deciding, JOIN.LEFT_OUTER, on=(Entry.deciding_body == Deciding.id))
            .join_from(
                Entry, Responsible, JOIN.LEFT_OUTER, on=(Entry.responsible_body == Responsible.id)
            )
            .join_from(Entry, Theme, JOIN.LEFT_OUTER, on=(Entry.theme == Theme.id))
            .join_from(Entry, Payer, JOIN.LEFT_OUTER, on=(Entry.cost_payer_body == Payer.id))
            .where(Entry.id.in_(placeholder))
        )
        sql, params = db.get_sql_context().sql(query).query()
        if params != placeholder:  # the ids must be the only parameters
            raise RuntimeError("unexpected parameters in the register row query")
        if len(_ROWS_SQL) > 128:
            _ROWS_SQL.clear()
        _ROWS_SQL[key] = sql
    return sql


def rows_by_ids(
    ids: Sequence[int], today: date | None = None, lead_days: int | None = None
) -> dict[int, RegisterRow]:
    """Rows for the given ids (any order); missing ids are simply absent."""
    today = today or date.today()
    lead = register_settings.lead_days() if lead_days is None else lead_days
    result: dict[int, RegisterRow] = {}
    db = Entry._meta.database
    for start in range(0, len(ids), 900):
        chunk = list(ids[start : start + 900])
        if not chunk:
            continue
        # One fetchall and the fields' own converters: peewee's row iterator and
        # compiling the joined query each time cost more than the rows themselves
        # (a screen of 27 rows: 1.7 -> 0.6 ms; 200 rows: 8.4 -> 5.2 ms CPU).
        for raw in db.execute_sql(_rows_sql(db, len(chunk)), chunk).fetchall():
            r = list(raw)
            for i, convert in _ROW_CONVERTERS:
                if r[i] is not None:
                    r[i] = convert(r[i])
            result[r[0]] = register_row(r, today, lead)
    return result


def rows(f: RegisterFilter, today: date | None = None) -> Iterable[RegisterRow]:
    """All rows of a filter in order, fetched a page at a time (for exports)."""
    ids = query_ids(f, today)
    lead = register_settings.lead_days()
    for start in range(0, len(ids), 2000):
        chunk = ids[start : start + 2000]
        by_id = rows_by_ids(chunk, today, lead)
        for entry_id in chunk:
            if entry_id in by_id:
                yield by_id[entry_id]


def entries_with_counterparty(counterparty_id: int) -> list[int]:
    q = EntryCounterparty.select(EntryCounterparty.entry).where(
        EntryCounterparty.counterparty == counterparty_id
    )
    return [r[0] for r in q.tuples()]


def review_state_counts(today: date | None = None) -> dict[str, int]:
    today = today or date.today()
    lead = register_settings.lead_days()
    live = _live(today) & (Entry.archived == False)  # noqa: E712
    overdue = Entry.select(fn.COUNT(Entry.id)).where(live & (Entry.next_review_date < today))
    due = Entry.select(fn.COUNT(Entry.id)).where(
        live & Entry.next_review_date.between(today, today + timedelta(days=lead))
    )
    return {
        ReviewState.OVERDUE.value: overdue.scalar() or 0,
        ReviewState.DUE.value: due.scalar() or 0,
    }


def where_statuses(statuses: Iterable[str], today: date, lead_days: int):
    """The rows the grid's status filter ``statuses`` selects, as a condition for other reads.

    The one definition of "due", "overdue" and "live" (draft, active) for reads
    that want other columns than ids (the Reviews due page's index): archived
    entries left out unless asked for, exactly as ``query_ids`` does.
    """
    return _where(RegisterFilter(statuses=frozenset(statuses)), today, lead_days)
