"""Schema version 1: the register, its vocabularies, reviews and audit trail.

Written as SQL (not as ``Model.create_table``) so that later changes to the
Python models can never change what this step did on a database created by an
earlier release. ``{pk}`` and friends are filled in per dialect by the runner.
"""

VERSION = 1

TABLES = """
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE decision_body (
    id {pk},
    name_sv TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    short_name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_role TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    active BOOLEAN NOT NULL DEFAULT {true},
    version INTEGER NOT NULL DEFAULT 1,
    updated_at {ts},
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE body_mandate (
    id {pk},
    body_id INTEGER NOT NULL REFERENCES decision_body (id),
    kind TEXT NOT NULL,
    scope TEXT NOT NULL,
    requires_no_cost BOOLEAN NOT NULL DEFAULT {false}
);
CREATE TABLE theme (
    id {pk},
    name_sv TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL DEFAULT '',
    active BOOLEAN NOT NULL DEFAULT {true},
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE counterparty (
    id {pk},
    name TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT 'organisation',
    active BOOLEAN NOT NULL DEFAULT {true},
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (name, country)
);
CREATE TABLE entry (
    id {pk},
    kind TEXT NOT NULL,
    case_number TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    scope TEXT NOT NULL,
    deciding_body_id INTEGER REFERENCES decision_body (id),
    decision_date DATE,
    responsible_body_id INTEGER REFERENCES decision_body (id),
    contact_person TEXT NOT NULL DEFAULT '',
    theme_id INTEGER REFERENCES theme (id),
    directions INTEGER NOT NULL DEFAULT 0,
    mutual_benefit TEXT NOT NULL DEFAULT '',
    start_date DATE,
    end_date DATE,
    review_interval_years INTEGER,
    last_review_date DATE,
    next_review_date DATE,
    annual_cost NUMERIC(14, 2),
    currency TEXT NOT NULL DEFAULT 'SEK',
    cost_payer TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active',
    terminated_date DATE,
    termination_reason TEXT NOT NULL DEFAULT '',
    terminated_by_id INTEGER REFERENCES decision_body (id),
    archived BOOLEAN NOT NULL DEFAULT {false},
    archived_at {ts},
    notes TEXT NOT NULL DEFAULT '',
    document_links TEXT NOT NULL DEFAULT '',
    counterparty_names TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {ts},
    created_by TEXT NOT NULL DEFAULT '',
    updated_at {ts},
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE entry_counterparty (
    entry_id INTEGER NOT NULL REFERENCES entry (id),
    counterparty_id INTEGER NOT NULL REFERENCES counterparty (id),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entry_id, counterparty_id)
);
CREATE TABLE review (
    id {pk},
    entry_id INTEGER NOT NULL REFERENCES entry (id),
    review_date DATE NOT NULL,
    outcome TEXT NOT NULL,
    deciding_body_id INTEGER REFERENCES decision_body (id),
    decision_date DATE,
    case_number TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at {ts},
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE audit_event (
    id {pk},
    at {ts} NOT NULL,
    os_user TEXT NOT NULL DEFAULT '',
    db_user TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id INTEGER,
    entry_id INTEGER,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT,
    details TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entry_case_number ON entry (case_number);
CREATE INDEX entry_title ON entry (title);
CREATE INDEX entry_next_review ON entry (archived, status, next_review_date);
CREATE INDEX entry_deciding_body ON entry (deciding_body_id);
CREATE INDEX entry_responsible_body ON entry (responsible_body_id);
CREATE INDEX entry_theme ON entry (theme_id);
CREATE INDEX entry_kind ON entry (kind);
CREATE INDEX entry_start ON entry (start_date);
CREATE INDEX entry_end ON entry (end_date);
CREATE INDEX entry_decision ON entry (decision_date);
CREATE INDEX entry_counterparty_cp ON entry_counterparty (counterparty_id);
CREATE INDEX review_entry ON review (entry_id);
CREATE INDEX audit_entry ON audit_event (entry_id, id);
CREATE INDEX audit_at ON audit_event (at);
CREATE INDEX body_mandate_body ON body_mandate (body_id);
"""

# R10 in the database itself: audit rows are append-only and entries are never
# hard-deleted, whatever program connects.
SQLITE_EXTRA = """
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit rows are append-only (R10)'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit rows are append-only (R10)'); END;
CREATE TRIGGER entry_no_delete BEFORE DELETE ON entry
BEGIN SELECT RAISE(ABORT, 'entries are archived, never deleted (R10)'); END;
CREATE TRIGGER review_no_delete BEFORE DELETE ON review
BEGIN SELECT RAISE(ABORT, 'reviews are never deleted (R10)'); END;
CREATE VIRTUAL TABLE entry_fts USING fts5(
    search_text, content='entry', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER entry_fts_ai AFTER INSERT ON entry BEGIN
    INSERT INTO entry_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER entry_fts_au AFTER UPDATE OF search_text ON entry BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    INSERT INTO entry_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
"""

# (psycopg2 formats statements: a literal percent sign is written %%.)
POSTGRES_EXTRA = """
CREATE FUNCTION avtalsregister_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%% on %% is not allowed (R10)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION avtalsregister_refuse();
CREATE TRIGGER entry_no_delete BEFORE DELETE ON entry
    FOR EACH ROW EXECUTE FUNCTION avtalsregister_refuse();
CREATE TRIGGER review_no_delete BEFORE DELETE ON review
    FOR EACH ROW EXECUTE FUNCTION avtalsregister_refuse();
"""

# Optional: fast substring search on PostgreSQL. Needs the pg_trgm extension,
# which a database administrator may have to create; without it search still
# works (a sequential LIKE scan), only slower on very large registers.
POSTGRES_OPTIONAL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public",
    "CREATE INDEX entry_search_trgm ON entry USING gin (search_text public.gin_trgm_ops)",
]


def upgrade(ctx) -> None:
    ctx.execute_script(TABLES)
    if ctx.dialect == "sqlite":
        ctx.execute_script(SQLITE_EXTRA)
    else:
        ctx.execute_script(POSTGRES_EXTRA)
        for statement in POSTGRES_OPTIONAL:
            ctx.try_execute(statement)
