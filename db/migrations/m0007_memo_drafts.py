"""Schema version 7: review cases (memo drafts) and the deciding bodies' meeting plans (issue 16).

- ``memo_draft``: the handläggare's own text for an entry's memo (a
  tjänsteutlåtande): what it proposes (variant, proposal and its wording),
  Sammanfattning, Ärendets beredning, Förvaltningens bedömning, the
  handläggare. An entry has at most one open draft (its review case under
  way); a finished case is closed, never deleted (R10).
- ``body_meeting``: the dates a deciding body meets; a memo must be ready
  the body's papers-days (a setting) before the meeting it must reach. A
  date taken off the plan is cancelled, not deleted.
"""

VERSION = 7

TABLES = """
CREATE TABLE memo_draft (
    id {pk},
    entry_id INTEGER NOT NULL REFERENCES entry (id),
    variant TEXT NOT NULL DEFAULT '',
    proposal TEXT NOT NULL DEFAULT '',
    proposal_text TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    preparation TEXT NOT NULL DEFAULT '',
    assessment TEXT NOT NULL DEFAULT '',
    officer TEXT NOT NULL DEFAULT '',
    officer_phone TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {ts},
    created_by TEXT NOT NULL DEFAULT '',
    updated_at {ts},
    updated_by TEXT NOT NULL DEFAULT '',
    closed_at {ts},
    closed_by TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX memo_draft_open ON memo_draft (entry_id) WHERE closed_at IS NULL;
CREATE INDEX memo_draft_entry ON memo_draft (entry_id);
CREATE TABLE body_meeting (
    id {pk},
    body_id INTEGER NOT NULL REFERENCES decision_body (id),
    meeting_date DATE NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    cancelled BOOLEAN NOT NULL DEFAULT {false},
    created_at {ts},
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX body_meeting_date ON body_meeting (body_id, meeting_date);
"""

SQLITE_EXTRA = """
CREATE TRIGGER memo_draft_no_delete BEFORE DELETE ON memo_draft
BEGIN SELECT RAISE(ABORT, 'memo drafts are never deleted (R10)'); END;
CREATE TRIGGER body_meeting_no_delete BEFORE DELETE ON body_meeting
BEGIN SELECT RAISE(ABORT, 'meeting dates are cancelled, never deleted (R10)'); END;
"""

POSTGRES_EXTRA = """
CREATE TRIGGER memo_draft_no_delete BEFORE DELETE ON memo_draft
    FOR EACH ROW EXECUTE FUNCTION avtalsregister_refuse();
CREATE TRIGGER body_meeting_no_delete BEFORE DELETE ON body_meeting
    FOR EACH ROW EXECUTE FUNCTION avtalsregister_refuse();
"""


def upgrade(ctx) -> None:
    ctx.execute_script(TABLES)
    ctx.execute_script(SQLITE_EXTRA if ctx.dialect == "sqlite" else POSTGRES_EXTRA)
