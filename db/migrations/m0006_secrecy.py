"""Schema version 6: secrecy assessments of entries and fields (issue 17).

International relations fall under utrikessekretess (OSL 15 kap. 1 §). A
registrar who has assessed that an entry, or one of its fields, may be
covered by secrecy records that assessment: the provision, the reason, who
and when. Exports for a request for public documents mask what is marked
and say so. A mark is removed by recording who removed it, when and why
(``removed_at``); it is never deleted (R10), and both are in the audit trail.

``field`` names the entry's field as the audit trail names it
(``counterparties``, ``notes`` ...); an empty field marks the whole entry.
"""

VERSION = 6

TABLES = """
CREATE TABLE secrecy_mark (
    id {pk},
    entry_id INTEGER NOT NULL REFERENCES entry (id),
    field TEXT NOT NULL DEFAULT '',
    provision TEXT NOT NULL,
    reason TEXT NOT NULL,
    marked_at {ts} NOT NULL,
    marked_by TEXT NOT NULL DEFAULT '',
    removed_at {ts},
    removed_by TEXT NOT NULL DEFAULT '',
    removed_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX secrecy_mark_entry ON secrecy_mark (entry_id, removed_at);
"""

SQLITE_EXTRA = """
CREATE TRIGGER secrecy_mark_no_delete BEFORE DELETE ON secrecy_mark
BEGIN SELECT RAISE(ABORT, 'secrecy assessments are never deleted (R10)'); END;
"""

POSTGRES_EXTRA = """
CREATE TRIGGER secrecy_mark_no_delete BEFORE DELETE ON secrecy_mark
    FOR EACH ROW EXECUTE FUNCTION avtalsregister_refuse();
"""


def upgrade(ctx) -> None:
    ctx.execute_script(TABLES)
    ctx.execute_script(SQLITE_EXTRA if ctx.dialect == "sqlite" else POSTGRES_EXTRA)
