"""Schema version 3: the strategy's rules, right (issue 14).

- R3 in months: ``review_interval_months`` (v1's whole years x 12), a next
  review date set by a decision with its reason. A draft has no next review
  stored (it is not decided yet, so it cannot be overdue).
- R4: what a decision concerns beyond the kind (a declaration or initiative,
  a conference or event abroad) and whether it continues an earlier one.
- R5: structured financing: project kind, external financiers and share,
  the city's own contribution. v1 entries with the theme "Bistånd" become
  aid projects (the theme was the only structured sign v1 had).
- R6: the payer is a decision body. v1's free-text payer is matched to a
  body by short name, name or administration; matched text is cleared (the
  body says the same), unmatched text is kept and shown as a finding.
- Assessed findings and the log of invitation letters (R9): new tables,
  never deleted (R10).

``review_interval_years`` stays in the table, unused, so that nothing that
reads a v1 register by name breaks; the program reads months only.
"""

VERSION = 3

COLUMNS = """
ALTER TABLE entry ADD COLUMN engagement TEXT NOT NULL DEFAULT 'standard';
ALTER TABLE entry ADD COLUMN continued BOOLEAN NOT NULL DEFAULT {false};
ALTER TABLE entry ADD COLUMN review_interval_months INTEGER;
ALTER TABLE entry ADD COLUMN next_review_fixed DATE;
ALTER TABLE entry ADD COLUMN next_review_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE entry ADD COLUMN cost_payer_body_id INTEGER REFERENCES decision_body (id);
ALTER TABLE entry ADD COLUMN project_kind TEXT NOT NULL DEFAULT 'not_a_project';
ALTER TABLE entry ADD COLUMN external_financiers TEXT NOT NULL DEFAULT '';
ALTER TABLE entry ADD COLUMN external_share NUMERIC(5, 2);
ALTER TABLE entry ADD COLUMN city_contribution NUMERIC(14, 2);
CREATE INDEX entry_cost_payer_body ON entry (cost_payer_body_id);
"""

DATA = """
UPDATE entry SET review_interval_months = review_interval_years * 12
    WHERE review_interval_years IS NOT NULL AND review_interval_years > 0;
UPDATE entry SET next_review_date = NULL WHERE status = 'draft';
UPDATE entry SET project_kind = 'aid_project'
    WHERE theme_id IN (SELECT id FROM theme WHERE name_sv IN ('Bistånd', 'Utvecklingssamarbete'));
UPDATE entry SET cost_payer_body_id = (
    SELECT MIN(b.id) FROM decision_body b
    WHERE lower(b.short_name) = lower(trim(entry.cost_payer))
       OR lower(b.name_sv) = lower(trim(entry.cost_payer))
       OR (b.name_en <> '' AND lower(b.name_en) = lower(trim(entry.cost_payer)))
) WHERE trim(cost_payer) <> '';
UPDATE entry SET cost_payer_body_id = (
    SELECT MIN(b.id) FROM decision_body b
    WHERE b.organisation <> '' AND lower(b.organisation) = lower(trim(entry.cost_payer))
      AND b.kind IN ('city_executive_board', 'committee', 'company_board')
) WHERE trim(cost_payer) <> '' AND cost_payer_body_id IS NULL;
UPDATE entry SET cost_payer = '' WHERE cost_payer_body_id IS NOT NULL;
"""

TABLES = """
CREATE TABLE finding_assessment (
    id {pk},
    object_type TEXT NOT NULL,
    object_id INTEGER,
    object_key TEXT NOT NULL DEFAULT '',
    entry_id INTEGER REFERENCES entry (id),
    code TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL,
    assessed_at {ts} NOT NULL,
    assessed_by TEXT NOT NULL DEFAULT '',
    closed_at {ts},
    closed_by TEXT NOT NULL DEFAULT '',
    close_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX finding_assessment_object ON finding_assessment (object_type, object_id, object_key);
CREATE INDEX finding_assessment_entry ON finding_assessment (entry_id);
CREATE TABLE invitation_letter (
    id {pk},
    letter_date DATE NOT NULL,
    delegation TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    body_id INTEGER REFERENCES decision_body (id),
    directions INTEGER NOT NULL DEFAULT 0,
    justification TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL DEFAULT '',
    case_number TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {ts},
    created_by TEXT NOT NULL DEFAULT '',
    updated_at {ts},
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX invitation_letter_date ON invitation_letter (letter_date);
"""

# R10: assessments and letters are records too; they are closed or edited, never deleted.
SQLITE_EXTRA = """
CREATE TRIGGER finding_assessment_no_delete BEFORE DELETE ON finding_assessment
BEGIN SELECT RAISE(ABORT, 'assessments are never deleted (R10)'); END;
CREATE TRIGGER invitation_letter_no_delete BEFORE DELETE ON invitation_letter
BEGIN SELECT RAISE(ABORT, 'invitation letters are never deleted (R10)'); END;
"""

POSTGRES_EXTRA = """
CREATE TRIGGER finding_assessment_no_delete BEFORE DELETE ON finding_assessment
    FOR EACH ROW EXECUTE FUNCTION avtalsregister_refuse();
CREATE TRIGGER invitation_letter_no_delete BEFORE DELETE ON invitation_letter
    FOR EACH ROW EXECUTE FUNCTION avtalsregister_refuse();
"""


def upgrade(ctx) -> None:
    ctx.execute_script(COLUMNS)
    ctx.execute_script(DATA)
    ctx.execute_script(TABLES)
    ctx.execute_script(SQLITE_EXTRA if ctx.dialect == "sqlite" else POSTGRES_EXTRA)
