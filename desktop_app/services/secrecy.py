"""Secrecy assessments (OSL 15 kap. 1 §, utrikessekretess): marking entries and fields.

Every entry is an allmän handling; when a registrar has assessed that an
entry, or one of its fields, may be covered by secrecy, the assessment is
recorded here: the provision, the reason, who and when. Exports for a
request for public documents (``services.requests``) mask what is marked and
say so. Marking and unmarking are writes like any other: one transaction,
audited (actions ``secrecy_mark`` and ``secrecy_unmark``), never deleted (R10).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from desktop_app.store.models import Entry, SecrecyMark

from .context import current_actor, utcnow, write_transaction
from .errors import NotFoundError, ServiceError

DEFAULT_PROVISION = "OSL 15 kap. 1 §"
MASK_NOTE_SV = "Uppgifter har maskerats enligt {provisions}."
MASK_NOTE_EN = "Information has been masked under {provisions}."
WHOLE_ENTRY = ""  # the field of a mark on the whole entry


@functools.cache
def markable_fields() -> tuple[str, ...]:
    """The fields a mark may name: the entry's facts as the audit trail names them.

    Asked for when first needed: ``entry_reads`` brings the entry's dataclasses,
    which the window's first screen (it reads which entries are marked) does not
    need (issue 19)."""
    from .entry_reads import COLUMN_FIELDS

    return (*COLUMN_FIELDS, "document_links", "counterparties", "termination_reason")


MAX_REASON = 2000


@dataclass(frozen=True)
class Mark:
    id: int
    entry_id: int
    field: str  # "" = the whole entry
    provision: str
    reason: str
    marked_at: datetime
    marked_by: str

    @property
    def whole_entry(self) -> bool:
        return self.field == WHOLE_ENTRY


def mark(entry_id: int, field: str, reason: str, provision: str = DEFAULT_PROVISION) -> Mark:
    """Record a secrecy assessment of an entry (``field`` "") or one of its fields."""
    from . import audit  # with the first write (the start only reads)

    reason, provision = reason.strip(), provision.strip() or DEFAULT_PROVISION
    if field != WHOLE_ENTRY and field not in markable_fields():
        raise ServiceError(f"Okänt fält: {field}.", f"Unknown field: {field}.")
    if not reason:
        raise ServiceError(
            "Ange skälet till sekretessbedömningen.", "Give the reason for the secrecy assessment."
        )
    if len(reason) > MAX_REASON:
        raise ServiceError("Skälet är för långt.", "The reason is too long.")
    with write_transaction():
        if Entry.get_or_none(Entry.id == entry_id) is None:
            raise NotFoundError("Posten", entry_id)
        held = [m for m in active_marks([entry_id]).get(entry_id, []) if m.field == field]
        if held:
            return held[0]
        actor = current_actor()
        row = SecrecyMark.create(
            entry=entry_id,
            field=field,
            provision=provision,
            reason=reason,
            marked_at=utcnow(),
            marked_by=actor.name,
        )
        audit.record(
            "secrecy_mark",
            "entry",
            entry_id,
            entry_id=entry_id,
            details={"field": field or "*", "provision": provision, "reason": reason},
            actor=actor,
        )
    return _to_mark(row)


def unmark(mark_id: int, reason: str) -> None:
    """The assessment no longer holds: record who removed it, when and why."""
    from . import audit  # with the first write (the start only reads)

    reason = reason.strip()
    if not reason:
        raise ServiceError(
            "Ange varför markeringen tas bort.", "Give the reason for removing the mark."
        )
    with write_transaction():
        row = SecrecyMark.get_or_none(SecrecyMark.id == mark_id)
        if row is None or row.removed_at is not None:
            raise NotFoundError("Sekretessmarkeringen", mark_id)
        actor = current_actor()
        SecrecyMark.update(removed_at=utcnow(), removed_by=actor.name, removed_reason=reason).where(
            SecrecyMark.id == mark_id
        ).execute()
        audit.record(
            "secrecy_unmark",
            "entry",
            row.entry_id,
            entry_id=row.entry_id,
            details={"field": row.field or "*", "provision": row.provision, "reason": reason},
            actor=actor,
        )


def _to_mark(row: SecrecyMark) -> Mark:
    return Mark(
        row.id, row.entry_id, row.field, row.provision, row.reason, row.marked_at, row.marked_by
    )


def active_marks(entry_ids: Iterable[int] | None = None) -> dict[int, list[Mark]]:
    """The marks that hold, per entry (of every entry when ``entry_ids`` is None)."""
    result: dict[int, list[Mark]] = {}
    wanted = None if entry_ids is None else list(entry_ids)
    chunks = [None] if wanted is None else [wanted[i : i + 900] for i in range(0, len(wanted), 900)]
    for chunk in chunks:
        query = SecrecyMark.select().where(SecrecyMark.removed_at.is_null())
        if chunk is not None:
            query = query.where(SecrecyMark.entry.in_(chunk))
        for row in query.order_by(SecrecyMark.id):
            result.setdefault(row.entry_id, []).append(_to_mark(row))
    return result


def marked_entry_ids() -> set[int]:
    """Entries with a mark that holds (the register view shows them)."""
    q = SecrecyMark.select(SecrecyMark.entry).where(SecrecyMark.removed_at.is_null()).distinct()
    return {r[0] for r in q.tuples()}


# ---------------------------------------------------------------- PostgreSQL: masked readers

# Columns of ``entry`` that carry a field's content, by the field a mark names.
_ENTRY_COLUMNS = {
    "counterparties": ("counterparty_names", "counterparties_sort_key"),
    "title": ("title", "title_sort_key"),
    "contact_person": ("contact_person", "contact_person_sort_key"),
    "notes": ("notes", "notes_sort_key"),
    "cost_payer": ("cost_payer", "cost_payer_sort_key"),
}
_ALWAYS = {"id", "case_number", "case_number_sort_key", "case_number_key", "version", "kind"}


def masked_schema(schema: str) -> str:
    return f"{schema}_masked"


def reader_views_sql(schema: str) -> str:
    """SQL (run by the register's owner) that makes readers see marked fields masked.

    A schema ``<schema>_masked`` gets views named like the tables that hold an
    entry's facts (``entry``, ``review``, ``audit_event``, ``entry_counterparty``),
    which mask what a secrecy mark that holds names; readers lose SELECT on those
    tables and get it on the views, registrars keep the tables. A reader's login
    role then reads through the views with
    ``ALTER ROLE anna SET search_path = <schema>_masked, <schema>``: the database,
    not the program, withholds the contents. Run again after ``roles.sql``.
    """
    from desktop_app.store.models import Entry

    if not schema.replace("_", "").isalnum():
        raise ValueError(f"not a plain schema name: {schema!r}")
    base, masked = f'"{schema}"', f'"{masked_schema(schema)}"'

    def marked(fields: list[str], alias: str = "e.id") -> str:
        names = ", ".join(f"'{f}'" for f in [*fields, WHOLE_ENTRY])
        return (
            f"EXISTS (SELECT 1 FROM {base}.secrecy_mark m WHERE m.entry_id = {alias} "
            f"AND m.removed_at IS NULL AND m.field IN ({names}))"
        )

    columns = []
    for f in Entry._meta.sorted_fields:
        column = f.column_name
        if column in _ALWAYS:
            columns.append(f"e.{column}")
            continue
        owners = [n for n in markable_fields() if n == column]
        owners += [n for n, cols in _ENTRY_COLUMNS.items() if column in cols]
        if column == "search_text":  # holds every field's words: any mark hides it
            condition = (
                f"EXISTS (SELECT 1 FROM {base}.secrecy_mark m WHERE m.entry_id = e.id "
                "AND m.removed_at IS NULL)"
            )
        else:
            condition = marked(owners)
        empty = "''" if not f.null and f.field_type == "TEXT" else "NULL"
        if not f.null and f.field_type != "TEXT":
            columns.append(f"e.{column}")  # a required number or flag: not content
            continue
        columns.append(f"CASE WHEN {condition} THEN {empty} ELSE e.{column} END AS {column}")
    entry_view = f"SELECT {', '.join(columns)} FROM {base}.entry e"
    audit_view = _audit_view(base, marked([], "a.entry_id"))
    review_view = (
        f"SELECT r.id, r.entry_id, r.review_date, r.outcome, r.deciding_body_id, "
        f"r.decision_date, r.case_number, "
        f"CASE WHEN {marked([], 'r.entry_id')} THEN '' ELSE r.note END AS note, "
        f"r.created_at, r.created_by FROM {base}.review r"
    )
    links_view = (
        f"SELECT l.entry_id, l.counterparty_id, l.position FROM {base}.entry_counterparty l "
        f"WHERE NOT {marked(['counterparties'], 'l.entry_id')}"
    )
    tables = ("entry", "review", "audit_event", "entry_counterparty")
    views = (*tables, "schema_version")
    return "\n".join(
        [
            f"CREATE SCHEMA IF NOT EXISTS {masked};",
            f"CREATE OR REPLACE VIEW {masked}.entry AS {entry_view};",
            f"CREATE OR REPLACE VIEW {masked}.audit_event AS {audit_view};",
            f"CREATE OR REPLACE VIEW {masked}.review AS {review_view};",
            f"CREATE OR REPLACE VIEW {masked}.entry_counterparty AS {links_view};",
            # Opening a register makes sure schema_version exists, in the first schema of
            # the path: here it finds this view and leaves it (readers create nothing).
            f"CREATE OR REPLACE VIEW {masked}.schema_version AS SELECT * FROM {base}.schema_version;",
            f"GRANT USAGE ON SCHEMA {masked} TO avtalsregister_reader;",
            *(f"GRANT SELECT ON {masked}.{t} TO avtalsregister_reader;" for t in views),
            *(f"GRANT SELECT ON {base}.{t} TO avtalsregister_registrar;" for t in tables),
            *(f"REVOKE SELECT ON {base}.{t} FROM avtalsregister_reader;" for t in tables),
        ]
    )


def _audit_view(base: str, entry_marked: str) -> str:
    """The audit trail with marked values withheld, column for column from the model
    (so columns added by later migrations, such as the server's stamps, pass through).

    A program row's old/new value is masked when its field or the whole entry is
    marked; a server row (one per changed column, written by the trigger) of an entry
    with any mark is masked whole, since its column names are not the marks' field
    names. A masked row's hashes are withheld too: a hash of a short value could be
    matched against guesses.
    """
    from desktop_app.store.models import AuditEvent

    any_mark = (
        f"EXISTS (SELECT 1 FROM {base}.secrecy_mark m WHERE m.entry_id = a.entry_id "
        "AND m.removed_at IS NULL)"
    )
    server_masked = f"(a.source = 'server' AND {any_mark})"
    masked = f"a.entry_id IS NOT NULL AND ({_audit_marked(base)} OR {server_masked})"
    columns = []
    for f in AuditEvent._meta.sorted_fields:
        column = f.column_name
        if column in ("old_value", "new_value", "prev_hash", "row_hash"):
            columns.append(f"CASE WHEN {masked} THEN NULL ELSE a.{column} END AS {column}")
        elif column == "details":
            columns.append(
                f"CASE WHEN a.entry_id IS NOT NULL AND ({server_masked} OR ({entry_marked} "
                f"AND a.action NOT IN ('request', 'document'))) THEN '' ELSE a.details END "
                f"AS details"
            )
        else:
            columns.append(f"a.{column}")
    return f"SELECT {', '.join(columns)} FROM {base}.audit_event a"


def _audit_marked(base: str) -> str:
    """An audit row's old/new value is masked when its field, or the whole entry, is."""
    return (
        f"EXISTS (SELECT 1 FROM {base}.secrecy_mark m WHERE m.entry_id = a.entry_id "
        f"AND m.removed_at IS NULL AND (m.field = '' OR m.field = a.field))"
    )


def configure_masked_readers(schema: str = "public") -> None:
    """Run ``reader_views_sql`` (PostgreSQL; as the register's owner)."""
    from desktop_app.store.models import database_proxy

    with write_transaction():
        for statement in reader_views_sql(schema).split(";\n"):
            if statement.strip():
                database_proxy.execute_sql(statement.rstrip(";"))
