"""Schema version 8: on PostgreSQL the server keeps the audit trail honest (issue 12).

Before, the program wrote every audit row with a user, OS user and time of
its own choosing, and a registrar in psql could change an entry unseen or
insert backdated rows under another name. Now, on PostgreSQL:

- **The server stamps every audit row** (``avtalsregister_audit_stamp``,
  BEFORE INSERT): its id in the order rows are chained, the server's clock
  (UTC; the client statement's time, so the rows of one change share it), ``current_user`` and ``session_user``, the transaction id, and
  whether a table trigger (``server``) or a client (``program``) wrote it.
  The OS user is the client's claim, taken from the session setting
  ``avtalsregister.os_user`` that the program sets in each transaction.
- **Every change to an audited table is audited by the server**
  (``avtalsregister_audit_row``, AFTER INSERT/UPDATE/DELETE on the tables
  below): one row per changed column, or one row with the whole row for an
  insert or delete, whoever made it, psql included. Derived columns (search
  text, sort and unique keys, version, updated_at/_by) are left out: the
  program computes them from the audited ones.
- **A client may append only what it is allowed to claim** (row-level
  security on ``audit_event``): a document or register-wide row (export,
  import, seed), or the program's description of a change in a transaction
  that really changed an audited table (the server's rows of that
  transaction are there). Nobody may UPDATE or DELETE audit rows (m0001's
  trigger) or TRUNCATE them, entries or reviews (statement triggers, here
  since issue 12 rather than only in roles.sql).
- **A hash chain** links the rows: ``row_hash`` is SHA-256 over the previous
  row's hash and this row's fields (``services.audit.chain_text`` is the
  same rule in Python), so ``maintenance integrity`` finds a rewritten or
  removed row. Rows from before this step have no hash; the chain starts
  after them.

On SQLite the new columns exist but stay empty: a SQLite file's owner can
change anything with any tool, and there is no server to ask; the program
writes its rows as before (see db/postgres/README.md).
"""

VERSION = 8

COLUMNS = """
ALTER TABLE audit_event ADD COLUMN db_session_user TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_event ADD COLUMN source TEXT NOT NULL DEFAULT 'program';
ALTER TABLE audit_event ADD COLUMN txid BIGINT;
ALTER TABLE audit_event ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_event ADD COLUMN row_hash TEXT;
CREATE INDEX audit_txid ON audit_event (txid, source);
"""

# Audited tables and the derived columns left out of their trail.
AUDITED = {
    "entry": (
        "version",
        "updated_at",
        "updated_by",
        "search_text",
        "case_number_sort_key",
        "title_sort_key",
        "counterparties_sort_key",
        "contact_person_sort_key",
        "cost_payer_sort_key",
        "notes_sort_key",
        "case_number_key",
    ),
    "entry_counterparty": (),
    "review": (),
    "counterparty": ("version", "updated_at", "updated_by", "name_key"),
    "theme": ("version", "updated_at", "updated_by", "sort_key", "name_key"),
    "decision_body": ("version", "updated_at", "updated_by", "sort_key", "name_key"),
    "body_mandate": (),
    "setting": (),
    "finding_assessment": (),
    "invitation_letter": ("version", "updated_at", "updated_by"),
    "secrecy_mark": (),
}

# The text a row's hash is taken over; services.audit.chain_text is the same rule.
# Each part is "-" for NULL, else its length in characters, ":" and the text.
POSTGRES_FUNCTIONS = """
CREATE FUNCTION avtalsregister_hash_part(value TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '-' ELSE length(value)::text || ':' || value END
$$;
CREATE FUNCTION avtalsregister_audit_hash(prev TEXT, r audit_event) RETURNS TEXT
LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(
        avtalsregister_hash_part(prev)
        || avtalsregister_hash_part(r.id::text)
        || avtalsregister_hash_part(to_char(r.at, 'YYYY-MM-DD"T"HH24:MI:SS.US'))
        || avtalsregister_hash_part(r.os_user)
        || avtalsregister_hash_part(r.db_user)
        || avtalsregister_hash_part(r.db_session_user)
        || avtalsregister_hash_part(r.action)
        || avtalsregister_hash_part(r.object_type)
        || avtalsregister_hash_part(r.object_id::text)
        || avtalsregister_hash_part(r.entry_id::text)
        || avtalsregister_hash_part(r.field)
        || avtalsregister_hash_part(r.old_value)
        || avtalsregister_hash_part(r.new_value)
        || avtalsregister_hash_part(r.details)
        || avtalsregister_hash_part(r.source)
        || avtalsregister_hash_part(r.txid::text),
        'UTF8')), 'hex')
$$;
CREATE FUNCTION avtalsregister_audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    prev_at timestamp;
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'audit rows are written in READ COMMITTED transactions only'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    -- One writer of the chain at a time, until its transaction ends; the id is
    -- drawn under the lock so that ids follow the chain.
    PERFORM pg_advisory_xact_lock(TG_RELID::bigint);
    NEW.id := nextval('{sequence}');
    SELECT a.row_hash, a.at INTO NEW.prev_hash, prev_at FROM audit_event a
        WHERE a.row_hash IS NOT NULL ORDER BY a.id DESC LIMIT 1;
    -- The client statement's time (rows of one change share it, as a version),
    -- never before the row chained before it (ids and times rise together).
    NEW.at := greatest(statement_timestamp() AT TIME ZONE 'UTC', prev_at);
    NEW.db_user := current_user;
    NEW.db_session_user := session_user;
    NEW.os_user := coalesce(
        nullif(current_setting('avtalsregister.os_user', true), ''), NEW.os_user, '');
    NEW.source := CASE WHEN pg_trigger_depth() > 1 THEN 'server' ELSE 'program' END;
    NEW.txid := txid_current();
    NEW.row_hash := avtalsregister_audit_hash(NEW.prev_hash, NEW);
    RETURN NEW;
END $$;
CREATE FUNCTION avtalsregister_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    skipped text[] := coalesce(TG_ARGV, '{}'::text[]);
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    whole jsonb := coalesce(new_row, old_row);
    v_object bigint := (whole ->> 'id')::bigint;
    v_entry bigint := CASE WHEN TG_TABLE_NAME = 'entry' THEN (whole ->> 'id')::bigint
                           ELSE (whole ->> 'entry_id')::bigint END;
    reason text := coalesce(current_setting('avtalsregister.reason', true), '');
    extra jsonb := '{}'::jsonb;
    v_details text;
    k text;
BEGIN
    IF reason <> '' THEN
        extra := extra || jsonb_build_object('reason', reason);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NOT whole ? 'id' THEN  -- a row without an id is named by the whole row
            extra := extra || jsonb_build_object('row', whole - skipped);
        END IF;
        v_details := CASE WHEN extra = '{}'::jsonb THEN '' ELSE extra::text END;
        FOR k IN SELECT key FROM jsonb_each(new_row)
                 WHERE NOT (key = ANY (skipped))
                   AND new_row -> key IS DISTINCT FROM old_row -> key
                 ORDER BY key LOOP
            INSERT INTO audit_event (at, action, object_type, object_id, entry_id,
                                     field, old_value, new_value, details)
            VALUES (now(), 'update', TG_TABLE_NAME, v_object, v_entry,
                    k, old_row ->> k, new_row ->> k, v_details);
        END LOOP;
    ELSE
        extra := extra || jsonb_build_object('row', whole - skipped);
        INSERT INTO audit_event (at, action, object_type, object_id, entry_id, field, details)
        VALUES (now(), CASE TG_OP WHEN 'INSERT' THEN 'create' ELSE 'delete' END,
                TG_TABLE_NAME, v_object, v_entry, '', extra::text);
    END IF;
    RETURN NULL;
END $$;
"""

POSTGRES_TRIGGERS = """
CREATE TRIGGER audit_event_stamp BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION avtalsregister_audit_stamp();
DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event;
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION avtalsregister_refuse();
DROP TRIGGER IF EXISTS entry_no_truncate ON entry;
CREATE TRIGGER entry_no_truncate BEFORE TRUNCATE ON entry
    FOR EACH STATEMENT EXECUTE FUNCTION avtalsregister_refuse();
DROP TRIGGER IF EXISTS review_no_truncate ON review;
CREATE TRIGGER review_no_truncate BEFORE TRUNCATE ON review
    FOR EACH STATEMENT EXECUTE FUNCTION avtalsregister_refuse();
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_event_read ON audit_event FOR SELECT USING (true);
CREATE POLICY audit_event_append ON audit_event FOR INSERT WITH CHECK (
    source = 'server'
    OR object_type = 'register'
    OR action = 'document'
    OR EXISTS (SELECT 1 FROM audit_event s
               WHERE s.txid = txid_current() AND s.source = 'server')
);
"""


def _postgres(ctx) -> None:
    db = ctx.db
    schema = db.execute_sql("SELECT current_schema()").fetchone()[0]
    sequence = db.execute_sql("SELECT pg_get_serial_sequence('audit_event', 'id')").fetchone()[0]
    ctx.execute_script(POSTGRES_FUNCTIONS.replace("{sequence}", sequence))
    # The functions find the register's tables in its own schema whatever the
    # caller's search_path is, and never a caller's temporary table (pg_temp last).
    path = f'"{schema}", pg_catalog, pg_temp'
    for signature in (
        "avtalsregister_hash_part(text)",
        "avtalsregister_audit_hash(text, audit_event)",
        "avtalsregister_audit_stamp()",
        "avtalsregister_audit_row()",
    ):
        db.execute_sql(f"ALTER FUNCTION {signature} SET search_path = {path}")
    ctx.execute_script(POSTGRES_TRIGGERS)
    for table, derived in AUDITED.items():
        args = ", ".join(f"'{column}'" for column in derived)
        db.execute_sql(
            f"CREATE TRIGGER {table}_audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION avtalsregister_audit_row({args})"
        )


def upgrade(ctx) -> None:
    ctx.execute_script(COLUMNS)
    if ctx.dialect == "postgres":
        _postgres(ctx)
