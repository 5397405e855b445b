"""Schema version 9: each entry's findings summary, for the register's findings filter (issue 15).

The full rule check of 100,000 entries takes minutes, so the list's filter
"med fel / med varningar / bedömda" reads what the writes store instead:
``entry_findings`` holds one row per entry with the codes of its open
errors, warnings and notes, the assessed ones, and the window of days in
which R3 finds its review overdue (``domain.findings_summary``). Partial
indexes hold just the entries each filter choice looks for.

Derived data (like the search text): not audited, never shown as history.
This step only makes the table; the program fills it for every entry right
after migrating (``services.finding_summaries.fill_missing``, with the
program's own rules), and each write keeps it up to date.
"""

VERSION = 9

TABLE = """
CREATE TABLE entry_findings (
    entry_id INTEGER PRIMARY KEY REFERENCES entry (id),
    errors TEXT NOT NULL DEFAULT '',
    warnings TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    assessed TEXT NOT NULL DEFAULT '',
    has_error BOOLEAN NOT NULL DEFAULT {false},
    has_warning BOOLEAN NOT NULL DEFAULT {false},
    has_assessed BOOLEAN NOT NULL DEFAULT {false},
    overdue_from DATE,
    overdue_until DATE,
    overdue_assessed BOOLEAN NOT NULL DEFAULT {false}
);
CREATE INDEX entry_findings_error ON entry_findings (entry_id) WHERE has_error = {true};
CREATE INDEX entry_findings_warning ON entry_findings (entry_id) WHERE has_warning = {true};
CREATE INDEX entry_findings_assessed ON entry_findings (entry_id) WHERE has_assessed = {true};
CREATE INDEX entry_findings_overdue ON entry_findings (overdue_from, entry_id)
    WHERE overdue_from IS NOT NULL;
"""

# Registrars write entries, so they write their summaries (admins inherit:
# a body's rename rewrites the summaries of its entries).
POSTGRES_GRANTS = """
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'avtalsregister_registrar') THEN
        GRANT SELECT, INSERT, UPDATE ON entry_findings TO avtalsregister_registrar;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'avtalsregister_reader') THEN
        GRANT SELECT ON entry_findings TO avtalsregister_reader;
    END IF;
END $$;
"""


def upgrade(ctx) -> None:
    ctx.execute_script(TABLE)
    if ctx.dialect == "postgres":
        ctx.execute_script(POSTGRES_GRANTS)
