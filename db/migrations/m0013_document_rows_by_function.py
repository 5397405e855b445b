"""Schema version 13: a document row is written by the document function only (issue 12).

Since m0010 and m0012 the program records every document, export and
request through ``avtalsregister_record_document``, for registrars and
readers alike. The row-level security policy of m0008 still let a
registrar INSERT a ``document`` row directly (in psql: a document that was
never made, against any entry). The policy no longer admits them: a client's
own INSERT appends only register-wide rows, or its description of a change
the server saw it make in the same transaction.
"""

VERSION = 13

POSTGRES = """
DROP POLICY IF EXISTS audit_event_append ON audit_event;
CREATE POLICY audit_event_append ON audit_event FOR INSERT WITH CHECK (
    source = 'server'
    OR (object_type = 'register' AND action NOT IN ('export', 'document', 'request'))
    OR EXISTS (SELECT 1 FROM audit_event s
               WHERE s.txid = txid_current() AND s.source = 'server')
);
"""


def upgrade(ctx) -> None:
    if ctx.dialect != "postgres":
        return
    ctx.execute_script(POSTGRES)
