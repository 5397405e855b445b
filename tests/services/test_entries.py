"""Entry services on SQLite and PostgreSQL: writes, audit, locking, lifecycle."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import peewee
import pytest

from desktop_app.domain.dates import add_years
from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import Kind, ReviewOutcome, Scope, Status
from desktop_app.services import audit, catalog, entries
from desktop_app.services.errors import (
    ConflictError,
    DuplicateError,
    ServiceError,
    ValidationError,
)
from desktop_app.store.models import AuditEvent, Entry, database_proxy


def _ids() -> tuple[dict[str, int], dict[str, int]]:
    bodies = {b.short_name: b.id for b in catalog.list_bodies()}
    themes = {t.name_sv: t.id for t in catalog.list_themes()}
    return bodies, themes


def membership(**kw) -> EntryData:
    bodies, themes = _ids()
    cp = catalog.get_or_create_counterparty("Eurocities", "Belgien", "network")
    values = dict(
        kind=Kind.MEMBERSHIP,
        title="Medlemskap i Eurocities",
        case_number="KS 2009/0412",
        scope=Scope.CITY_WIDE,
        deciding_body_id=bodies["KF"],
        decision_date=date(2024, 5, 11),
        responsible_body_id=bodies["KS"],
        theme_id=themes["Smarta städer"],
        directions=5,
        review_interval_months=48,
        annual_cost=Decimal("285000"),
        cost_payer_body_id=bodies["KS"],
        counterparty_ids=(cp.id,),
        notes="Åtta arbetsgrupper.",
    )
    values.update(kw)
    return EntryData(**values)


def cooperation(**kw) -> EntryData:
    bodies, themes = _ids()
    values = dict(
        kind=Kind.COOPERATION,
        title="Samarbete med Łódź",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id=bodies["TN"],
        decision_date=date(2025, 1, 1),
        theme_id=themes["Transport och trafik"],
        mutual_benefit="Utbyte om Nollvisionen.",
        start_date=date(2025, 1, 1),
        end_date=date(2027, 12, 31),
        review_interval_months=None,
    )
    values.update(kw)
    return EntryData(**values)


def test_create_and_read_back(register) -> None:
    record = entries.create_entry(membership())
    again = entries.get_entry(record.id)
    assert again.data.title == "Medlemskap i Eurocities"
    assert again.data.annual_cost == Decimal("285000.00")
    assert again.next_review_date == date(2028, 5, 11)  # decision + 4 years (R3)
    assert again.version == 1
    assert again.created_by == "testare"
    assert [c.name for c in again.counterparties] == ["Eurocities"]
    changes = {e.field: e.new_value for e in audit.list_events(entry_id=record.id)}
    assert changes["title"] == "Medlemskap i Eurocities"
    assert changes["counterparties"] == "Eurocities"


def test_validation_error_writes_nothing(register) -> None:
    before = AuditEvent.select().count()
    with pytest.raises(ValidationError) as info:
        entries.create_entry(cooperation(mutual_benefit="", end_date=None))
    assert {f.code for f in info.value.findings} >= {"R2-BENEFIT", "R2-END"}
    assert "ömsesidiga nyttan" in info.value.message("sv")
    assert Entry.select().count() == 0
    assert AuditEvent.select().count() == before


def test_warnings_do_not_block(register) -> None:
    bodies, _ = _ids()
    record = entries.create_entry(membership(deciding_body_id=bodies["TN"]))  # R4 warning
    codes = {f.code for f in entries.findings_for(record.data)}
    assert "R4" in codes


def test_update_writes_one_audit_row_per_changed_field(register) -> None:
    record = entries.create_entry(membership())
    data = replace(record.data, title="Medlemskap i Eurocities (förnyat)", notes="Ny not.")
    updated = entries.update_entry(record.id, data, record.version)
    assert updated.version == 2
    events = [e for e in audit.list_events(entry_id=record.id) if e.action == "update"]
    assert {(e.field, e.old_value, e.new_value) for e in events} == {
        ("title", "Medlemskap i Eurocities", "Medlemskap i Eurocities (förnyat)"),
        ("notes", "Åtta arbetsgrupper.", "Ny not."),
    }
    assert all(e.os_user == "testare" for e in events)


def test_second_writer_with_stale_copy_gets_a_conflict(register, monkeypatch) -> None:
    record = entries.create_entry(membership())
    first = entries.get_entry(record.id)
    second = entries.get_entry(record.id)
    monkeypatch.setenv("AVTALSREGISTER_USER", "anna")
    from desktop_app.services import context

    context.os_user.cache_clear()
    try:
        entries.update_entry(first.id, replace(first.data, notes="Annas ändring"), first.version)
    finally:
        monkeypatch.setenv("AVTALSREGISTER_USER", "testare")
        context.os_user.cache_clear()
    with pytest.raises(ConflictError) as info:
        entries.update_entry(second.id, replace(second.data, title="Bertils titel"), second.version)
    assert info.value.changed_by == "anna"
    assert info.value.current_version == 2
    assert "anna" in info.value.message("sv")
    final = entries.get_entry(record.id)
    assert final.data.notes == "Annas ändring"  # the first edit is kept
    assert final.data.title == "Medlemskap i Eurocities"  # the second was not half-applied


def test_record_review_moves_the_next_review_on(register) -> None:
    bodies, _ = _ids()
    record = entries.create_entry(membership())
    reviewed = entries.record_review(
        record.id,
        entries.ReviewInput(
            ReviewOutcome.CONTINUE,
            date(2028, 3, 1),
            bodies["KF"],
            date(2028, 2, 29),
            "KS 2028/0100",
            "Fortsatt medlemskap.",
        ),
        record.version,
        today=date(2028, 3, 1),
    )
    assert reviewed.data.last_review_date == date(2028, 2, 29)
    assert reviewed.next_review_date == date(2032, 2, 29)  # leap day kept in a leap year
    assert [r.outcome for r in reviewed.reviews] == ["continue"]
    assert reviewed.reviews[0].deciding_body == "KF"
    actions = [e.action for e in audit.list_events(entry_id=record.id)]
    assert actions[0] == "create" and "review" in actions


def test_review_to_terminate_ends_the_entry(register) -> None:
    bodies, _ = _ids()
    record = entries.create_entry(membership())
    done = entries.record_review(
        record.id,
        entries.ReviewInput(
            ReviewOutcome.TERMINATE,
            date(2026, 1, 10),
            bodies["KF"],
            date(2026, 1, 10),
            "",
            "Nytta saknas.",
        ),
        record.version,
    )
    assert done.data.status == Status.TERMINATED
    assert done.terminated_date == date(2026, 1, 10)
    assert done.next_review_date is None


def test_terminate_archive_restore(register) -> None:
    bodies, _ = _ids()
    record = entries.create_entry(membership())
    with pytest.raises(ServiceError):
        entries.terminate_entry(record.id, date(2026, 1, 1), " ", bodies["KF"], record.version)
    ended = entries.terminate_entry(
        record.id, date(2026, 1, 1), "Avslutat.", bodies["KF"], record.version
    )
    assert ended.status() is Status.TERMINATED
    assert ended.next_review_date is None  # nothing left to review
    edited = entries.update_entry(
        ended.id, replace(ended.data, notes="Efter avslut."), ended.version
    )
    assert edited.next_review_date is None
    ended = edited
    archived = entries.archive_entry(ended.id, ended.version)
    assert archived.archived
    restored = entries.restore_entry(archived.id, archived.version)
    assert not restored.archived
    actions = [e.action for e in audit.list_events(entry_id=record.id)]
    assert actions.count("archive") == 1 and actions.count("restore") == 1


def test_nothing_can_be_hard_deleted(register) -> None:
    record = entries.create_entry(membership())
    with pytest.raises(peewee.DatabaseError), database_proxy.atomic():
        Entry.delete().where(Entry.id == record.id).execute()
    with pytest.raises(peewee.DatabaseError), database_proxy.atomic():
        AuditEvent.update(os_user="someone else").execute()
    with pytest.raises(peewee.DatabaseError), database_proxy.atomic():
        AuditEvent.delete().execute()
    assert Entry.select().count() == 1


def test_case_numbers_are_unique(register) -> None:
    entries.create_entry(membership())
    with pytest.raises(DuplicateError):
        entries.create_entry(membership(title="Något annat"))


def test_text_is_cleaned(register) -> None:
    record = entries.create_entry(membership(title="  Medlemskap\x00 i UBC  ", case_number=""))
    assert record.data.title == "Medlemskap i UBC"


def test_cooperation_dates_and_open_end(register) -> None:
    record = entries.create_entry(cooperation())
    assert record.next_review_date is None  # no interval: no review date
    soon = entries.create_entry(
        membership(
            case_number="KS 1", decision_date=add_years(date.today(), -4) + timedelta(days=10)
        )
    )
    assert soon.review_state().value == "due"


def test_document_is_recorded_in_history(register) -> None:
    record = entries.create_entry(membership())
    entries.record_document([record.id], "memo", "/tmp/memo.pdf", {"pages": 2})
    last = audit.list_events(entry_id=record.id)[-1]
    assert last.action == "document" and "memo.pdf" in last.details
