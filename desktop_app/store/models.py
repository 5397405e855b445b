"""Peewee models over the tables that db/migrations create.

The models never create tables (migrations do); they are the typed door to
rows for the services. Grids and exports read tuples, not model instances
(PERFORMANCE.md: instances cost 2-5x more at 100k rows).
"""

from __future__ import annotations

from peewee import (
    BigIntegerField,
    BooleanField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database_proxy = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Setting(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()


class SchemaVersion(BaseModel):
    version = IntegerField()
    applied_at = DateTimeField(null=True)

    class Meta:
        primary_key = False
        table_name = "schema_version"


class DecisionBody(BaseModel):
    name_sv = TextField()
    name_en = TextField(default="")
    short_name = TextField(unique=True)
    kind = TextField()
    organisation = TextField(default="")
    contact_name = TextField(default="")
    contact_role = TextField(default="")
    contact_email = TextField(default="")
    contact_phone = TextField(default="")
    active = BooleanField(default=True)
    version = IntegerField(default=1)
    updated_at = DateTimeField(null=True)
    updated_by = TextField(default="")
    sort_key = TextField(null=True)  # Swedish order of short_name (domain.sort_keys)
    name_key = TextField(null=True)  # short_name as compared, unique (domain.unique_keys)

    class Meta:
        table_name = "decision_body"


class BodyMandate(BaseModel):
    body = ForeignKeyField(DecisionBody, backref="mandates", column_name="body_id")
    kind = TextField()
    scope = TextField()
    requires_no_cost = BooleanField(default=False)

    class Meta:
        table_name = "body_mandate"


class Theme(BaseModel):
    name_sv = TextField(unique=True)
    name_en = TextField(default="")
    active = BooleanField(default=True)
    version = IntegerField(default=1)
    sort_key = TextField(null=True)  # Swedish order of name_sv (domain.sort_keys)
    name_key = TextField(null=True)  # name_sv as compared, unique (domain.unique_keys)
    updated_at = DateTimeField(null=True)
    updated_by = TextField(default="")


class Counterparty(BaseModel):
    name = TextField()
    country = TextField(default="")
    type = TextField(default="organisation")
    active = BooleanField(default=True)
    version = IntegerField(default=1)
    name_key = TextField(null=True)  # name and country as compared, unique
    updated_at = DateTimeField(null=True)
    updated_by = TextField(default="")


class Entry(BaseModel):
    kind = TextField()
    case_number = TextField(default="")
    case_number_key = TextField(null=True)  # unique (domain.unique_keys; m0005)
    title = TextField()
    scope = TextField()
    engagement = TextField(default="standard")
    continued = BooleanField(default=False)
    deciding_body = ForeignKeyField(
        DecisionBody, null=True, column_name="deciding_body_id", backref="+"
    )
    decision_date = DateField(null=True)
    responsible_body = ForeignKeyField(
        DecisionBody, null=True, column_name="responsible_body_id", backref="+"
    )
    contact_person = TextField(default="")
    theme = ForeignKeyField(Theme, null=True, column_name="theme_id", backref="+")
    directions = IntegerField(default=0)
    mutual_benefit = TextField(default="")
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    review_interval_months = IntegerField(null=True)  # v1's review_interval_years is unused
    last_review_date = DateField(null=True)
    next_review_date = DateField(null=True)  # fixed by a decision, or computed (R3)
    next_review_fixed = DateField(null=True)
    next_review_reason = TextField(default="")
    annual_cost = DecimalField(max_digits=14, decimal_places=2, null=True, auto_round=True)
    currency = TextField(default="SEK")
    cost_payer_body = ForeignKeyField(
        DecisionBody, null=True, column_name="cost_payer_body_id", backref="+"
    )
    cost_payer = TextField(default="")  # a payer as written, not (yet) matched to a body
    project_kind = TextField(default="not_a_project")
    external_financiers = TextField(default="")
    external_share = DecimalField(max_digits=5, decimal_places=2, null=True, auto_round=True)
    city_contribution = DecimalField(max_digits=14, decimal_places=2, null=True, auto_round=True)
    status = TextField(default="active")
    terminated_date = DateField(null=True)
    termination_reason = TextField(default="")
    terminated_by = ForeignKeyField(
        DecisionBody, null=True, column_name="terminated_by_id", backref="+"
    )
    archived = BooleanField(default=False)
    archived_at = DateTimeField(null=True)
    notes = TextField(default="")
    document_links = TextField(default="")  # one path or URL a line
    counterparty_names = TextField(default="")  # denormalised for the grid and sort
    search_text = TextField(default="")  # domain.folding; indexed by FTS5 / pg_trgm
    # Swedish sort keys (domain.prepared), one per text column the grid sorts by.
    case_number_sort_key = TextField(null=True)
    title_sort_key = TextField(null=True)
    counterparties_sort_key = TextField(null=True)
    contact_person_sort_key = TextField(null=True)
    cost_payer_sort_key = TextField(null=True)
    notes_sort_key = TextField(null=True)
    version = IntegerField(default=1)
    created_at = DateTimeField(null=True)
    created_by = TextField(default="")
    updated_at = DateTimeField(null=True)
    updated_by = TextField(default="")


class EntryCounterparty(BaseModel):
    entry = ForeignKeyField(Entry, column_name="entry_id", backref="counterparty_links")
    counterparty = ForeignKeyField(Counterparty, column_name="counterparty_id", backref="+")
    position = IntegerField(default=0)

    class Meta:
        table_name = "entry_counterparty"
        primary_key = CompositeKey("entry", "counterparty")


class Review(BaseModel):
    entry = ForeignKeyField(Entry, column_name="entry_id", backref="reviews")
    review_date = DateField()
    outcome = TextField()
    deciding_body = ForeignKeyField(
        DecisionBody, null=True, column_name="deciding_body_id", backref="+"
    )
    decision_date = DateField(null=True)
    case_number = TextField(default="")
    note = TextField(default="")
    created_at = DateTimeField(null=True)
    created_by = TextField(default="")


class EntryFindings(BaseModel):
    """Each entry's findings summary (domain.findings_summary), stored by the writes (m0009).

    Derived data, like the search text: not audited, rewritten whenever what
    the rules read changes; the register's findings filter reads it."""

    entry = ForeignKeyField(Entry, primary_key=True, column_name="entry_id", backref="+")
    errors = TextField(default="")
    warnings = TextField(default="")
    notes = TextField(default="")
    assessed = TextField(default="")
    has_error = BooleanField(default=False)
    has_warning = BooleanField(default=False)
    has_assessed = BooleanField(default=False)
    overdue_from = DateField(null=True)
    overdue_until = DateField(null=True)
    overdue_assessed = BooleanField(default=False)

    class Meta:
        table_name = "entry_findings"


class FindingAssessment(BaseModel):
    """A registrar's assessment of a warning (open while ``closed_at`` is null)."""

    object_type = TextField()  # "entry", "organisation" (R8), "invitation" (R9)
    object_id = IntegerField(null=True)
    object_key = TextField(default="")
    entry = ForeignKeyField(Entry, null=True, column_name="entry_id", backref="+")
    code = TextField()
    fingerprint = TextField()
    message = TextField(default="")
    reason = TextField()
    assessed_at = DateTimeField()
    assessed_by = TextField(default="")
    closed_at = DateTimeField(null=True)
    closed_by = TextField(default="")
    close_reason = TextField(default="")

    class Meta:
        table_name = "finding_assessment"


class InvitationLetter(BaseModel):
    """R9: an invitation letter to a visiting delegation."""

    letter_date = DateField()
    delegation = TextField()
    country = TextField(default="")
    body = ForeignKeyField(DecisionBody, null=True, column_name="body_id", backref="+")
    directions = IntegerField(default=0)
    justification = TextField(default="")
    decided_by = TextField(default="")
    case_number = TextField(default="")
    notes = TextField(default="")
    version = IntegerField(default=1)
    created_at = DateTimeField(null=True)
    created_by = TextField(default="")
    updated_at = DateTimeField(null=True)
    updated_by = TextField(default="")

    class Meta:
        table_name = "invitation_letter"


class MemoDraft(BaseModel):
    """A review case under way: the handläggare's text for an entry's memo (issue 16)."""

    entry = ForeignKeyField(Entry, column_name="entry_id", backref="+")
    variant = TextField(default="")
    proposal = TextField(default="")
    proposal_text = TextField(default="")
    summary = TextField(default="")
    preparation = TextField(default="")
    assessment = TextField(default="")
    officer = TextField(default="")
    officer_phone = TextField(default="")
    version = IntegerField(default=1)
    created_at = DateTimeField(null=True)
    created_by = TextField(default="")
    updated_at = DateTimeField(null=True)
    updated_by = TextField(default="")
    closed_at = DateTimeField(null=True)
    closed_by = TextField(default="")

    class Meta:
        table_name = "memo_draft"


class BodyMeeting(BaseModel):
    """A date in a deciding body's meeting plan (cancelled, never deleted)."""

    body = ForeignKeyField(DecisionBody, column_name="body_id", backref="+")
    meeting_date = DateField()
    note = TextField(default="")
    cancelled = BooleanField(default=False)
    created_at = DateTimeField(null=True)
    created_by = TextField(default="")

    class Meta:
        table_name = "body_meeting"


class AuditEvent(BaseModel):
    at = DateTimeField()
    os_user = TextField(default="")
    db_user = TextField(default="")
    action = TextField()
    object_type = TextField()
    object_id = IntegerField(null=True)
    entry_id = IntegerField(null=True)
    field = TextField(default="")
    old_value = TextField(null=True)
    new_value = TextField(null=True)
    details = TextField(default="")
    # m0008 (PostgreSQL; empty on SQLite): stamped by the server, see services.audit.
    db_session_user = TextField(default="")
    source = TextField(default="program")  # "program" (a client's row) or "server" (a trigger's)
    txid = BigIntegerField(null=True)
    prev_hash = TextField(null=True)
    row_hash = TextField(null=True)

    class Meta:
        table_name = "audit_event"


class SecrecyMark(BaseModel):
    """A secrecy assessment of an entry (``field`` empty) or of one field (m0006)."""

    entry = ForeignKeyField(Entry, column_name="entry_id", backref="+")
    field = TextField(default="")
    provision = TextField()
    reason = TextField()
    marked_at = DateTimeField()
    marked_by = TextField(default="")
    removed_at = DateTimeField(null=True)
    removed_by = TextField(default="")
    removed_reason = TextField(default="")

    class Meta:
        table_name = "secrecy_mark"


ALL_MODELS = (
    Setting,
    SchemaVersion,
    DecisionBody,
    BodyMandate,
    Theme,
    Counterparty,
    Entry,
    EntryCounterparty,
    Review,
    FindingAssessment,
    InvitationLetter,
    MemoDraft,
    BodyMeeting,
    AuditEvent,
    SecrecyMark,
)
