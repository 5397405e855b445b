-- Avtalsregister on PostgreSQL: the group roles and their grants.
--
-- A database administrator runs this once per register schema (and again after
-- an upgrade), as the role that owns the register's tables (the one that ran
-- the migrations with `avtalsregister init`). Creating the group roles needs
-- CREATEROLE, so the owner is made with it (README step 1); a superuser may
-- run the script instead:
--
--     psql "postgresql://avtalsregister_owner@dbhost/avtalsregister" -v schema=public -f roles.sql
--
-- and then makes each person a login role that is a member of one group:
--
--     CREATE ROLE anna LOGIN PASSWORD '...' IN ROLE avtalsregister_registrar;
--
-- Three groups (issue 6; DOMAIN.md R10):
--   avtalsregister_reader     reads everything, writes nothing; records the
--                               documents it makes (exports) through
--                               avtalsregister_record_document (m0010)
--   avtalsregister_registrar  + entries, their counterparties and reviews,
--                               counterparties (import and export are entry
--                               writes and reads)
--   avtalsregister_admin      + decision bodies and their mandates, themes,
--                               settings
-- Nobody is granted UPDATE, DELETE or TRUNCATE on audit_event, nor DELETE on
-- entry or review; the migrations' triggers refuse those (TRUNCATE included)
-- even for the owner (R10). INSERT on audit_event (registrars) is limited by
-- row-level security (migration m0008): a client appends only register-wide
-- rows, or its description of a change it really made; documents, exports and
-- requests only through avtalsregister_record_document (m0010, m0013; readers
-- too); the
-- server's triggers write the rows of every change and stamp every row with
-- the server's clock and the database user.
--
-- The script is idempotent: run it again after a schema upgrade to grant on
-- new tables. `schema` is a psql variable (default: public).

\if :{?schema}
\else
\set schema public
\endif

-- Group roles (cluster-wide; created once). No psql variables inside DO.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'avtalsregister_reader') THEN
        CREATE ROLE avtalsregister_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'avtalsregister_registrar') THEN
        CREATE ROLE avtalsregister_registrar NOLOGIN IN ROLE avtalsregister_reader;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'avtalsregister_admin') THEN
        CREATE ROLE avtalsregister_admin NOLOGIN IN ROLE avtalsregister_registrar;
    END IF;
END $$;

-- Readers: see the schema and read every table (registrars and admins inherit),
-- and record the documents they make (an export is part of the history, R10)
-- through the audit mechanism only: EXECUTE on the document function (m0010),
-- which writes nothing but document rows; no INSERT on the audit table.
GRANT USAGE ON SCHEMA :"schema" TO avtalsregister_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA :"schema" TO avtalsregister_reader;
GRANT SELECT ON ALL SEQUENCES IN SCHEMA :"schema" TO avtalsregister_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA :"schema" GRANT SELECT ON TABLES TO avtalsregister_reader;
REVOKE INSERT ON :"schema".audit_event FROM avtalsregister_reader;
REVOKE USAGE ON SEQUENCE :"schema".audit_event_id_seq FROM avtalsregister_reader;
GRANT EXECUTE ON FUNCTION :"schema".avtalsregister_record_document(TEXT, BIGINT[], TEXT)
    TO avtalsregister_reader;

-- Registrars: entries, their counterparty links and reviews, counterparties,
-- and the program's description of those changes in the audit trail
-- (row-level security, m0008, lets only that through).
-- entry_counterparty links are replaced when an entry's counterparties
-- change, hence DELETE there and only there.
GRANT INSERT ON :"schema".audit_event TO avtalsregister_registrar;
GRANT INSERT, UPDATE ON :"schema".entry TO avtalsregister_registrar;
GRANT INSERT, UPDATE, DELETE ON :"schema".entry_counterparty TO avtalsregister_registrar;
GRANT INSERT ON :"schema".review TO avtalsregister_registrar;
GRANT INSERT, UPDATE ON :"schema".counterparty TO avtalsregister_registrar;
-- Secrecy assessments (m0006): recorded and removed (removed_at), never deleted.
GRANT INSERT, UPDATE ON :"schema".secrecy_mark TO avtalsregister_registrar;
-- Review cases (memo drafts, m0007): edited and closed, never deleted.
GRANT INSERT, UPDATE ON :"schema".memo_draft TO avtalsregister_registrar;
-- Findings summaries (m0009): derived from the entries, rewritten with them.
GRANT INSERT, UPDATE ON :"schema".entry_findings TO avtalsregister_registrar;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA :"schema" TO avtalsregister_registrar;

-- Administrators: also decision bodies (and their R4 mandates, replaced as a
-- set), themes and settings.
GRANT INSERT, UPDATE ON :"schema".decision_body TO avtalsregister_admin;
GRANT INSERT, UPDATE, DELETE ON :"schema".body_mandate TO avtalsregister_admin;
GRANT INSERT, UPDATE ON :"schema".theme TO avtalsregister_admin;
GRANT INSERT, UPDATE ON :"schema".setting TO avtalsregister_admin;
GRANT INSERT, UPDATE ON :"schema".body_meeting TO avtalsregister_admin;

-- Nobody rewrites the audit trail or deletes entries and reviews (R10).
REVOKE UPDATE, DELETE, TRUNCATE ON :"schema".audit_event FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON :"schema".audit_event
    FROM avtalsregister_reader, avtalsregister_registrar, avtalsregister_admin;
REVOKE DELETE, TRUNCATE ON :"schema".entry, :"schema".review
    FROM avtalsregister_reader, avtalsregister_registrar, avtalsregister_admin;

-- The TRUNCATE triggers that stood here are in the migrations since issue 12
-- (m0008), so every register has them whether this script ran or not.
