"""Schema version 10: every document is recorded through one audited door (issue 12).

An export, an annual report, a memo, a calendar, a rejected-rows report or a
backup is part of the register's history (R10), and a reader may make them.
Before, a reader recorded them with a direct INSERT into ``audit_event``
(row-level security let a document row through). Now, on PostgreSQL:

- ``avtalsregister_record_document(action, entry_ids, details)`` writes the
  rows: one ``export`` row for the register (no entries) or one ``document``
  row per entry. It runs as its owner (``SECURITY DEFINER``), so a reader
  needs EXECUTE on it (``roles.sql``), not INSERT on the audit table; the
  function accepts only those two actions and JSON details, so it records a
  document and nothing else.
- The stamp (m0008) names the one who called it: inside the function
  ``current_user`` is the function's owner, so a row written there gets
  ``session_user`` (the login role that called) as its database user; the
  function says so with the setting ``avtalsregister.via`` while it runs. Everything
  else the stamp does is unchanged (the server's clock, the chain).

On SQLite the program writes the same rows itself (``services.audit.record_document``).
"""

VERSION = 10

POSTGRES = """
CREATE OR REPLACE FUNCTION avtalsregister_audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    prev_at timestamp;
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'audit rows are written in READ COMMITTED transactions only'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    PERFORM pg_advisory_xact_lock(TG_RELID::bigint);
    NEW.id := nextval('{sequence}');
    SELECT a.row_hash, a.at INTO NEW.prev_hash, prev_at FROM audit_event a
        WHERE a.row_hash IS NOT NULL ORDER BY a.id DESC LIMIT 1;
    NEW.at := greatest(statement_timestamp() AT TIME ZONE 'UTC', prev_at);
    -- A document recorded through avtalsregister_record_document runs as the
    -- function's owner: the one who called it is the session's login role.
    NEW.db_user := CASE WHEN current_setting('avtalsregister.via', true) = 'document'
                        THEN session_user ELSE current_user END;
    NEW.db_session_user := session_user;
    NEW.os_user := coalesce(
        nullif(current_setting('avtalsregister.os_user', true), ''), NEW.os_user, '');
    NEW.source := CASE WHEN pg_trigger_depth() > 1 THEN 'server' ELSE 'program' END;
    NEW.txid := txid_current();
    NEW.row_hash := avtalsregister_audit_hash(NEW.prev_hash, NEW);
    RETURN NEW;
END $$;
CREATE FUNCTION avtalsregister_record_document(p_action TEXT, p_entry_ids BIGINT[], p_details TEXT)
RETURNS INTEGER LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_entry bigint;
    v_count integer := 0;
BEGIN
    IF p_action IS NULL OR p_action NOT IN ('export', 'document') THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'only documents are recorded here (export, document), not '
                      || coalesce(p_action, 'NULL');
    END IF;
    PERFORM p_details::jsonb;  -- the details are JSON, as the program writes them
    -- Only while this function runs (the stamp reads it: the caller is session_user).
    PERFORM set_config('avtalsregister.via', 'document', true);
    IF p_action = 'export' THEN
        INSERT INTO audit_event (at, action, object_type, field, details)
        VALUES (now(), 'export', 'register', '', p_details);
        v_count := 1;
    ELSE
        FOREACH v_entry IN ARRAY coalesce(p_entry_ids, '{}'::bigint[]) LOOP
            INSERT INTO audit_event (at, action, object_type, object_id, entry_id, field,
                                     details)
            VALUES (now(), 'document', 'entry', v_entry, v_entry, '', p_details);
            v_count := v_count + 1;
        END LOOP;
    END IF;
    PERFORM set_config('avtalsregister.via', '', true);
    RETURN v_count;
END $$;
REVOKE ALL ON FUNCTION avtalsregister_record_document(TEXT, BIGINT[], TEXT) FROM PUBLIC;
"""


def upgrade(ctx) -> None:
    if ctx.dialect != "postgres":
        return
    db = ctx.db
    schema = db.execute_sql("SELECT current_schema()").fetchone()[0]
    sequence = db.execute_sql("SELECT pg_get_serial_sequence('audit_event', 'id')").fetchone()[0]
    ctx.execute_script(POSTGRES.replace("{sequence}", sequence))
    path = f'"{schema}", pg_catalog, pg_temp'
    db.execute_sql(f"ALTER FUNCTION avtalsregister_audit_stamp() SET search_path = {path}")
    db.execute_sql(
        "ALTER FUNCTION avtalsregister_record_document(TEXT, BIGINT[], TEXT) "
        f"SET search_path = {path}"
    )
