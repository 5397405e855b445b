"""Schema version 5: what the domain says is unique, the database keeps unique (issue 12).

Two registrars saving at once on PostgreSQL each passed the service's
"already used?" check before either had committed, and both rows were
stored. Now a unique index backs every such check:

- ``entry.case_number_key``: the case number compared as one
  (``domain.folding.case_number_key``: no spaces, folded, serial without
  leading zeros); empty case numbers have none (NULL, never unique).
- ``theme.name_key``, ``decision_body.name_key`` (its short name) and
  ``counterparty.name_key`` (name and country): names as the vocabularies
  compare them (``domain.folding.fold``).

A register may already hold twins (the check was not atomic): the oldest
row keeps the key, later twins get none and stay as they are, so nothing
is refused that opened before; a twin that changes its number or name is
checked like any other row.

Themes and counterparties also get ``updated_at``/``updated_by``, so a
registrar whose save lost the race is told who saved first and when.
"""

VERSION = 5

COLUMNS = """
ALTER TABLE entry ADD COLUMN case_number_key TEXT;
ALTER TABLE theme ADD COLUMN name_key TEXT;
ALTER TABLE theme ADD COLUMN updated_at {ts};
ALTER TABLE theme ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE counterparty ADD COLUMN name_key TEXT;
ALTER TABLE counterparty ADD COLUMN updated_at {ts};
ALTER TABLE counterparty ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE decision_body ADD COLUMN name_key TEXT;
"""

INDEXES = """
CREATE UNIQUE INDEX entry_case_number_key ON entry (case_number_key);
CREATE UNIQUE INDEX theme_name_key ON theme (name_key);
CREATE UNIQUE INDEX counterparty_name_key ON counterparty (name_key);
CREATE UNIQUE INDEX decision_body_name_key ON decision_body (name_key);
"""


def _fill(ctx, table: str, columns: str, key) -> None:
    """Each row's key, oldest row first; a later twin keeps NULL."""
    db = ctx.db
    mark = "?" if ctx.dialect == "sqlite" else "%s"
    seen: set[str] = set()
    values = []
    for row_id, *texts in db.execute_sql(f"SELECT id, {columns} FROM {table} ORDER BY id"):
        value = key(*texts)
        if not value or value in seen:
            continue
        seen.add(value)
        values.append((value, row_id))
    column = "case_number_key" if table == "entry" else "name_key"
    db.cursor().executemany(f"UPDATE {table} SET {column} = {mark} WHERE id = {mark}", values)


def upgrade(ctx) -> None:
    from desktop_app.domain.unique_keys import counterparty_key, entry_case_key, name_key

    ctx.execute_script(COLUMNS)
    _fill(ctx, "entry", "case_number", entry_case_key)
    _fill(ctx, "theme", "name_sv", name_key)
    _fill(ctx, "decision_body", "short_name", name_key)
    _fill(ctx, "counterparty", "name, country", counterparty_key)
    ctx.execute_script(INDEXES)
