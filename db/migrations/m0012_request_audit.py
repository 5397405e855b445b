"""Schema version 12: a request for public documents is recorded like a document (issue 12).

Handing out documents on a request (``request-export``) writes a ``request``
row per entry handed out (or one for the whole register). On PostgreSQL a
registrar's or reader's direct INSERT of such a row describes no change, so
row-level security refused it, after the files were written. Now the
document function of m0010 records ``request`` rows too (the caller's login
role named by the stamp, as for documents), and the program records a
request in the transaction that puts its files in place.
"""

VERSION = 12

POSTGRES = """
CREATE OR REPLACE FUNCTION avtalsregister_record_document(
    p_action TEXT, p_entry_ids BIGINT[], p_details TEXT)
RETURNS INTEGER LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_entry bigint;
    v_count integer := 0;
BEGIN
    IF p_action IS NULL OR p_action NOT IN ('export', 'document', 'request') THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'only documents are recorded here (export, document, request), not '
                      || coalesce(p_action, 'NULL');
    END IF;
    PERFORM p_details::jsonb;  -- the details are JSON, as the program writes them
    PERFORM set_config('avtalsregister.via', 'document', true);
    IF p_action = 'export' OR (p_action = 'request' AND cardinality(p_entry_ids) IS NULL) THEN
        INSERT INTO audit_event (at, action, object_type, field, details)
        VALUES (now(), p_action, 'register', '', p_details);
        v_count := 1;
    ELSE
        FOREACH v_entry IN ARRAY coalesce(p_entry_ids, '{}'::bigint[]) LOOP
            INSERT INTO audit_event (at, action, object_type, object_id, entry_id, field,
                                     details)
            VALUES (now(), p_action, 'entry', v_entry, v_entry, '', p_details);
            v_count := v_count + 1;
        END LOOP;
    END IF;
    PERFORM set_config('avtalsregister.via', '', true);
    RETURN v_count;
END $$;
"""


def upgrade(ctx) -> None:
    if ctx.dialect != "postgres":
        return
    ctx.execute_script(POSTGRES)
    # CREATE OR REPLACE resets the function's settings (its grants stay).
    schema = ctx.db.execute_sql("SELECT current_schema()").fetchone()[0]
    ctx.db.execute_sql(
        "ALTER FUNCTION avtalsregister_record_document(TEXT, BIGINT[], TEXT) "
        f'SET search_path = "{schema}", pg_catalog, pg_temp'
    )
