"""Entries: create, update, review, terminate, archive, restore (the read is ``entry_reads``).

Every write: validate (rules), lock (BEGIN IMMEDIATE / version check), write,
audit, all in one transaction. A stale ``expected_version`` raises
``ConflictError`` naming who changed the entry and when; nothing is written.
"""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal

from desktop_app.domain.bodies import match_body
from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import Status
from desktop_app.domain.money import normalise_currency
from desktop_app.domain.prepared import entry_prepared
from desktop_app.domain.rules import Finding, RuleContext, check_entry, errors
from desktop_app.domain.unique_keys import entry_case_key
from desktop_app.store.errors import UniqueViolationError
from desktop_app.store.models import (
    Counterparty,
    DecisionBody,
    Entry,
    EntryCounterparty,
    Theme,
)

from . import audit, catalog
from .audit import Change
from .context import current_actor, retried, touch_entries, utcnow, write_transaction
from .entry_reads import (  # noqa: F401 - the entry's read side, used through this module
    _COLUMN_FIELDS,
    _MAINTAINED,
    COLUMN_FIELDS,
    EntryRecord,
    ReviewRecord,
    get_entry,
    list_reviews,
    review_facts,
    row_to_data,
)
from .entry_store import ReviewInput, guarded_update, load_for_write, reopen_changed
from .errors import DuplicateError, ServiceError, ValidationError


def findings_for(data: EntryData, ctx: RuleContext | None = None) -> list[Finding]:
    """The rule findings for data as it stands (for the editor's live view)."""
    return check_entry(data, ctx or catalog.rule_context())


def _clean_text(value: str) -> str:
    """Strip, drop NUL (PostgreSQL refuses it) and replace lone surrogates
    (no database can store them) with "?"."""
    if value.isascii():  # no surrogates to replace
        return value.replace("\x00", "").strip()
    return value.replace("\x00", "").encode("utf-8", "replace").decode("utf-8").strip()


_FIELD_NAMES = tuple(f.name for f in fields(EntryData))


def clean_data(data: EntryData) -> EntryData:
    """Normalise text (strip, no NUL) so odd input stores as what it shows.

    Changes ``data`` in place and returns it; cleaning twice changes nothing
    more (an import's preview cleans its new rows before checking them)."""
    for name in _FIELD_NAMES:
        value = getattr(data, name)
        if isinstance(value, str):
            setattr(data, name, _clean_text(value))
    data.continued = bool(data.continued)
    data.document_links = tuple(_clean_text(link) for link in data.document_links if link.strip())
    seen: list[int] = []
    for cp in data.counterparty_ids:
        if cp not in seen:
            seen.append(cp)
    data.counterparty_ids = tuple(seen)
    for name in ("annual_cost", "city_contribution", "external_share"):
        value = getattr(data, name)
        if value is not None:
            setattr(data, name, Decimal(value).quantize(Decimal("0.01")))
    data.currency = normalise_currency(data.currency)
    if data.cost_payer_body_id is not None:
        data.cost_payer = ""  # the body is the payer; text was only for an unmatched name
    return data


def _check_references(data: EntryData) -> None:
    def missing(model, ident) -> bool:
        return ident is not None and not model.select().where(model.id == ident).exists()

    problems = []
    if any(
        missing(DecisionBody, ident)
        for ident in (data.deciding_body_id, data.responsible_body_id, data.cost_payer_body_id)
    ):
        problems.append("organ")
    if missing(Theme, data.theme_id):
        problems.append("tema")
    if data.counterparty_ids:
        found = Counterparty.select().where(Counterparty.id.in_(data.counterparty_ids)).count()
        if found != len(data.counterparty_ids):
            problems.append("motpart")
    if problems:
        raise ServiceError(
            f"Posten hänvisar till {', '.join(problems)} som inte finns. Uppdatera (F5).",
            "The entry refers to a body, theme or counterparty that does not exist. Reload (F5).",
        )


def _check_case_number(data: EntryData, exclude_id: int | None) -> None:
    """A case number is one entry's (compared as ``domain.folding.case_number_key``
    does: "KS 2016/01234" is "ks 2016/1234"); the unique index on
    ``case_number_key`` holds it when two registrars save at once."""
    key = entry_case_key(data.case_number)
    if key is None:
        return
    q = Entry.select(Entry.id, Entry.title).where(
        (Entry.case_number_key == key) | (Entry.case_number == data.case_number)
    )
    if exclude_id is not None:
        q = q.where(Entry.id != exclude_id)
    other = q.first()
    if other is not None:
        raise DuplicateError(
            f"Diarienumret {data.case_number} används redan av post {other.id} "
            f"({other.title}). Kontrollera numret.",
            f"Case number {data.case_number} is already used by entry {other.id} "
            f"({other.title}). Check the number.",
        )


def _match_payer(data: EntryData, ctx: RuleContext) -> None:
    """R6: a payer given as text that names a body becomes that body; other text stays."""
    if data.cost_payer_body_id is None and data.cost_payer:
        body = match_body(data.cost_payer, ctx.bodies.values())
        if body is not None:
            data.cost_payer_body_id, data.cost_payer = body.id, ""


def _validate(data: EntryData, ctx: RuleContext | None) -> list[Finding]:
    findings = check_entry(data, ctx or catalog.rule_context())
    if errors(findings):
        raise ValidationError(findings)
    return findings


def stored_next_review(data: EntryData):
    """The next review date as stored: none for a draft (not decided yet) or a
    terminated entry (over), so neither can be due or overdue (R3)."""
    if data.status in (Status.TERMINATED, Status.DRAFT):
        return None
    return data.next_review()


def payer_name(data: EntryData, short_names: dict[int, str] | None = None) -> str:
    """What the grid shows and sorts by as payer: the body's short name, else the text."""
    if data.cost_payer_body_id is None:
        return data.cost_payer
    if short_names is not None:
        return short_names.get(data.cost_payer_body_id, "")
    row = DecisionBody.get_or_none(DecisionBody.id == data.cost_payer_body_id)
    return row.short_name if row else ""


def _columns(data: EntryData, cp_names: list[str], theme_name: str) -> dict:
    values = {name: getattr(data, name) for name in _COLUMN_FIELDS}
    values["document_links"] = "\n".join(data.document_links)
    values["next_review_date"] = stored_next_review(data)
    values.update(
        entry_prepared(
            data.case_number,
            data.title,
            cp_names,
            theme_name,
            data.notes,
            data.contact_person,
            payer_name(data),
        )
    )
    return values


def _cp_names(ids: tuple[int, ...]) -> list[str]:
    if not ids:
        return []
    names = dict(
        Counterparty.select(Counterparty.id, Counterparty.name)
        .where(Counterparty.id.in_(ids))
        .tuples()
    )
    return [names[i] for i in ids if i in names]


def _theme_name(theme_id: int | None) -> str:
    if theme_id is None:
        return ""
    row = Theme.get_or_none(Theme.id == theme_id)
    return row.name_sv if row else ""


def _write_counterparties(entry_id: int, ids: tuple[int, ...]) -> None:
    EntryCounterparty.delete().where(EntryCounterparty.entry == entry_id).execute()
    if ids:
        EntryCounterparty.insert_many(
            [{"entry": entry_id, "counterparty": cp, "position": i} for i, cp in enumerate(ids)]
        ).execute()


def _refused_twin(data: EntryData, exclude_id: int | None, exc: UniqueViolationError):
    """The unique index refused the case number: say which entry has it, as the check
    does (the other registrar's entry is committed now, so it is found)."""
    _check_case_number(data, exclude_id)
    return exc


@retried
def create_entry(
    data: EntryData, *, ctx: RuleContext | None = None, audit_details: dict | None = None
) -> EntryRecord:
    """Store a new entry; warnings are allowed, errors raise ValidationError."""
    try:
        return _create_entry(data, ctx=ctx, audit_details=audit_details)
    except UniqueViolationError as exc:
        raise _refused_twin(data, None, exc) from exc


def _create_entry(
    data: EntryData, *, ctx: RuleContext | None, audit_details: dict | None
) -> EntryRecord:
    data = clean_data(data)
    data.last_review_date = None
    ctx = ctx or catalog.rule_context()
    _match_payer(data, ctx)
    _validate(data, ctx)
    with write_transaction():
        _check_references(data)
        _check_case_number(data, None)
        actor = current_actor()
        now = utcnow()
        cp_names = _cp_names(data.counterparty_ids)
        row = Entry.create(
            **_columns(data, cp_names, _theme_name(data.theme_id)),
            case_number_key=entry_case_key(data.case_number),
            version=1,
            created_at=now,
            created_by=actor.name,
            updated_at=now,
            updated_by=actor.name,
        )
        _write_counterparties(row.id, data.counterparty_ids)
        touch_entries([row.id])
        changes = [
            Change(name, None, getattr(data, name))
            for name in [*_COLUMN_FIELDS, "document_links"]
            if name != "last_review_date"
            and getattr(data, name) not in (None, "", ())
            and getattr(data, name) is not False
        ]
        changes.append(Change("counterparties", None, "; ".join(cp_names)))
        audit.record(
            "create",
            "entry",
            row.id,
            entry_id=row.id,
            changes=changes,
            details=audit_details,
            actor=actor,
        )
    return get_entry(row.id)


@retried
def update_entry(
    entry_id: int,
    data: EntryData,
    expected_version: int,
    *,
    ctx: RuleContext | None = None,
    audit_details: dict | None = None,
) -> EntryRecord:
    """Save edited facts. Status changes to terminated go through terminate_entry."""
    try:
        return _update_entry(entry_id, data, expected_version, ctx=ctx, audit_details=audit_details)
    except UniqueViolationError as exc:
        raise _refused_twin(data, entry_id, exc) from exc


def _update_entry(
    entry_id: int,
    data: EntryData,
    expected_version: int,
    *,
    ctx: RuleContext | None,
    audit_details: dict | None,
) -> EntryRecord:
    data = clean_data(data)
    ctx = ctx or catalog.rule_context()
    _match_payer(data, ctx)
    with write_transaction():
        row = load_for_write(entry_id, expected_version)
        old = get_entry(entry_id)
        data.last_review_date = row.last_review_date  # kept by record_review only
        for name in _MAINTAINED:  # R4 checks the reviews and the termination too
            setattr(data, name, getattr(old.data, name))
        if data.status == Status.TERMINATED and old.data.status != Status.TERMINATED:
            raise ServiceError(
                "Använd Avsluta för att avsluta en post (datum, skäl och organ krävs).",
                "Use Terminate to end an entry (date, reason and body are required).",
            )
        _validate(data, ctx)
        _check_references(data)
        _check_case_number(data, entry_id)
        actor = current_actor()
        cp_names = _cp_names(data.counterparty_ids)
        values = _columns(data, cp_names, _theme_name(data.theme_id))
        if data.case_number != old.data.case_number:  # an old twin keeps its (no) key
            values["case_number_key"] = entry_case_key(data.case_number)
        changes = [
            Change(name, getattr(old.data, name), getattr(data, name))
            for name in [*_COLUMN_FIELDS, "document_links"]
            if getattr(old.data, name) != getattr(data, name)
        ]
        if old.data.counterparty_ids != data.counterparty_ids:
            changes.append(
                Change(
                    "counterparties",
                    "; ".join(c.name for c in old.counterparties),
                    "; ".join(cp_names),
                )
            )
            _write_counterparties(entry_id, data.counterparty_ids)
        if old.next_review_date != values["next_review_date"]:
            changes.append(
                Change("next_review_date", old.next_review_date, values["next_review_date"])
            )
        guarded_update(entry_id, expected_version, values, actor.name)
        if changes:
            audit.record(
                "update",
                "entry",
                entry_id,
                entry_id=entry_id,
                changes=changes,
                details=audit_details,
                actor=actor,
            )
        reopen_changed(entry_id, ctx, actor)
    return get_entry(entry_id)


# The lifecycle lives in its own module; imported last, as it builds on the above.
from .entry_lifecycle import (  # noqa: E402
    archive_entry,
    record_document,
    record_review,
    restore_entry,
    set_archived,
    terminate_entry,
)

__all__ = [
    "COLUMN_FIELDS",
    "EntryRecord",
    "ReviewInput",
    "ReviewRecord",
    "archive_entry",
    "create_entry",
    "findings_for",
    "get_entry",
    "list_reviews",
    "payer_name",
    "record_document",
    "record_review",
    "restore_entry",
    "review_facts",
    "row_to_data",
    "set_archived",
    "stored_next_review",
    "terminate_entry",
    "update_entry",
]
