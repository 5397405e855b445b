"""Schema version 4: accent-forgiving search text, Swedish sort keys, one index per sort.

Issues 15 and 19. Entries get a Swedish sort key per text column the grid
sorts by (``*_sort_key``; bodies and themes one ``sort_key`` each), the
search text is rebuilt in its new form (accents folded for plain terms,
word starts, compact case numbers: ``domain/folding.py``), and every column
the grid sorts by gets an index ``(archived, column, id)``, so a header
click reads an index in order instead of sorting the table (300,000 entries
in well under the 300 ms target). ``(archived, status, next_review_date,
end_date)`` covers the status bar's overdue/due counts. Indexes it
supersedes are dropped.

PostgreSQL stores the keys with ``COLLATE "C"``: byte order, the order the
keys are made for, whatever the database's own collation.

The prepared values are computed with the program's own functions
(``domain.prepared``); a later change to the folding or the sort order needs
a migration step that calls ``refill`` again.
"""

VERSION = 4

ENTRY_KEYS = (
    "case_number_sort_key",
    "title_sort_key",
    "counterparties_sort_key",
    "contact_person_sort_key",
    "cost_payer_sort_key",
    "notes_sort_key",
)

# Column the grid sorts by -> the index that serves it: (archived, column, id).
SORT_INDEXES = {
    "entry_sort_id": "id",
    "entry_sort_case_number": "case_number_sort_key",
    "entry_sort_title": "title_sort_key",
    "entry_sort_kind": "kind",
    "entry_sort_counterparties": "counterparties_sort_key",
    "entry_sort_scope": "scope",
    "entry_sort_deciding": "deciding_body_id",
    "entry_sort_decision_date": "decision_date",
    "entry_sort_responsible": "responsible_body_id",
    "entry_sort_contact": "contact_person_sort_key",
    "entry_sort_theme": "theme_id",
    "entry_sort_directions": "directions",
    "entry_sort_start": "start_date",
    "entry_sort_end": "end_date",
    "entry_sort_interval": "review_interval_months",  # m0003: the interval in months
    "entry_sort_last_review": "last_review_date",
    "entry_sort_next_review": "next_review_date",
    "entry_sort_cost": "annual_cost",
    "entry_sort_currency": "currency",
    "entry_sort_payer": "cost_payer_sort_key",
    "entry_sort_status": "status",
    "entry_sort_notes": "notes_sort_key",
    "entry_sort_updated_at": "updated_at",
    "entry_sort_updated_by": "updated_by",
}

INDEXES = (
    *(
        f"CREATE INDEX {name} ON entry (archived, {column}" + (", id)" if column != "id" else ")")
        for name, column in SORT_INDEXES.items()
    ),
    # The status bar's counts (overdue, due) and the Reviews due page, index only.
    "CREATE INDEX entry_review_state ON entry (archived, status, next_review_date, end_date)",
    "CREATE INDEX decision_body_sort ON decision_body (sort_key, id)",
    "CREATE INDEX theme_sort ON theme (sort_key, id)",
)

# Superseded by the indexes above (each leads with archived, as every grid query does).
DROPPED = (
    "entry_title",
    "entry_next_review",
    "entry_kind",
    "entry_start",
    "entry_end",
    "entry_decision",
)


def _add_columns(ctx) -> None:
    text = "TEXT" if ctx.dialect == "sqlite" else 'TEXT COLLATE "C"'
    for column in ENTRY_KEYS:
        ctx.execute_script(f"ALTER TABLE entry ADD COLUMN {column} {text}")
    ctx.execute_script(f"ALTER TABLE decision_body ADD COLUMN sort_key {text}")
    ctx.execute_script(f"ALTER TABLE theme ADD COLUMN sort_key {text}")


def refill(ctx, chunk: int = 2000) -> int:
    """Compute every entry's prepared columns, and bodies' and themes' sort keys, anew."""
    from desktop_app.domain.prepared import PREPARED_COLUMNS, entry_prepared
    from desktop_app.domain.sort_keys import sort_key

    db = ctx.db
    mark = "?" if ctx.dialect == "sqlite" else "%s"
    for table, column in (("decision_body", "short_name"), ("theme", "name_sv")):
        rows = db.execute_sql(f"SELECT id, {column} FROM {table}").fetchall()
        db.cursor().executemany(
            f"UPDATE {table} SET sort_key = {mark} WHERE id = {mark}",
            [(sort_key(name), row_id) for row_id, name in rows],
        )
    columns = [c for c in PREPARED_COLUMNS if c != "counterparty_names"]
    update = f"UPDATE entry SET {', '.join(f'{c} = {mark}' for c in columns)} WHERE id = {mark}"
    trigger = _suspend_fts(ctx)
    done = 0
    last = 0
    while True:
        rows = db.execute_sql(
            # The payer as the grid shows it: the paying body (m0003), else the text.
            "SELECT e.id, e.case_number, e.title, e.counterparty_names, t.name_sv, e.notes, "
            "e.contact_person, COALESCE(p.short_name, e.cost_payer) FROM entry e "
            "LEFT JOIN theme t ON t.id = e.theme_id "
            "LEFT JOIN decision_body p ON p.id = e.cost_payer_body_id "
            f"WHERE e.id > {mark} ORDER BY e.id LIMIT {int(chunk)}",
            (last,),
        ).fetchall()
        if not rows:
            break
        values = []
        for entry_id, case, title, names, theme, notes, contact, payer in rows:
            prepared = entry_prepared(
                case, title, [names] if names else [], theme, notes, contact, payer
            )
            values.append((*(prepared[c] for c in columns), entry_id))
        db.cursor().executemany(update, values)
        done += len(rows)
        last = rows[-1][0]
    _restore_fts(ctx, trigger)
    return done


def _suspend_fts(ctx) -> str | None:
    """SQLite: the per-row FTS trigger off while every search text changes (one rebuild after)."""
    if ctx.dialect != "sqlite":
        return None
    row = ctx.db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'entry_fts_au'"
    ).fetchone()
    if row is None:
        return None
    ctx.db.execute_sql("DROP TRIGGER entry_fts_au")
    return row[0]


def _restore_fts(ctx, trigger: str | None) -> None:
    if ctx.dialect != "sqlite":
        return
    ctx.db.execute_sql("INSERT INTO entry_fts (entry_fts) VALUES ('rebuild')")
    if trigger:
        ctx.db.execute_sql(trigger)


def upgrade(ctx) -> None:
    _add_columns(ctx)
    refill(ctx)
    for name in DROPPED:
        ctx.execute_script(f"DROP INDEX IF EXISTS {name}")
    for statement in INDEXES:
        ctx.execute_script(statement)
    # The planner needs the new indexes' statistics to walk them in order (an empty
    # register has none worth keeping: statistics of no rows mislead it later).
    if ctx.db.execute_sql("SELECT COUNT(*) FROM entry").fetchone()[0]:
        ctx.execute_script(
            "ANALYZE" if ctx.dialect == "sqlite" else "ANALYZE entry, decision_body, theme"
        )
