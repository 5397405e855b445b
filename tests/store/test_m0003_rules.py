"""m0003 on the released v1 register: its data mapped to the rules' new fields.

The v1 demo fixture (SQLite file and PostgreSQL dump) is migrated and read
back: intervals in whole years become months, free-text payers are matched
to bodies or kept as written, the entry under the theme "Bistånd" becomes an
aid project, the draft loses its next review date, and the new tables refuse
deletes like the rest of the record (R10).
"""

from __future__ import annotations

import shutil
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import peewee
import pytest

from desktop_app.domain.invitations import InvitationData
from desktop_app.domain.kinds import ProjectKind
from desktop_app.services import checks, entries, invitations
from desktop_app.services.session import close_register, open_register
from desktop_app.store.models import (
    DecisionBody,
    Entry,
    FindingAssessment,
    InvitationLetter,
    database_proxy,
)
from tests.store.test_migrations_fixtures import (
    PG_FIXTURES,
    SQLITE_FIXTURES,
    _restore_pg_fixture,
)

V1_SQLITE = next(p for p in SQLITE_FIXTURES if p.name.startswith("schema_v1_"))
V1_PG = next(p for p in PG_FIXTURES if p.name.startswith("schema_v1_"))


@pytest.fixture(params=["sqlite", "postgres"])
def migrated_v1(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "sqlite":
        copy = tmp_path / "v1.sqlite3"
        shutil.copyfile(V1_SQLITE, copy)
        info = open_register(copy, create=False)
    else:
        url = request.getfixturevalue("postgres_schema_url")
        _restore_pg_fixture(url, V1_PG)
        info = open_register(url)
    yield info
    close_register()


def _entry(case_number: str) -> Entry:
    return Entry.get(Entry.case_number == case_number)


def _body(short: str) -> int:
    return DecisionBody.get(DecisionBody.short_name == short).id


def test_intervals_in_years_become_months(migrated_v1) -> None:
    assert migrated_v1.schema_before == 1
    assert _entry("KS 2009/0412").review_interval_months == 48
    assert _entry("KS 2019/0230").review_interval_months == 72  # UBC: six years
    assert _entry("T2014-00518").review_interval_months is None  # GrowSmarter: none
    # the next review date is what it was: 4 years = 48 months from the same anchor
    euro = entries.get_entry(_entry("KS 2009/0412").id)
    assert euro.next_review_date == euro.data.next_review()


def test_free_text_payers_are_matched_to_bodies_or_kept(migrated_v1) -> None:
    by_name = _entry("KS 2009/0412")  # "Kommunstyrelsen"
    assert by_name.cost_payer_body_id == _body("KS") and by_name.cost_payer == ""
    by_short = _entry("TN 2023/1005")  # "TN"
    assert by_short.cost_payer_body_id == _body("TN") and by_short.cost_payer == ""
    swedish = _entry("T2021-00412")  # "Miljö- och hälsoskyddsnämnden"
    assert swedish.cost_payer_body_id == _body("MHN")
    external = _entry("T2014-00518")  # "EU (Horisont 2020)": no body of the city
    assert external.cost_payer_body_id is None and external.cost_payer == "EU (Horisont 2020)"
    # the kept text is a finding to resolve, not lost
    codes = {
        c.finding.code
        for item in checks.iter_entry_checks()
        if item.entry_id == external.id
        for c in item.findings
    }
    assert "R6-PAYER-UNMATCHED" in codes


def test_aid_drafts_and_money(migrated_v1) -> None:
    aid = _entry("KS 2025/0310")  # theme "Bistånd" in v1
    assert aid.project_kind == ProjectKind.AID
    assert _entry("KS 2026/0999").next_review_date is None  # the draft: not decided
    assert _entry("KS 2011/1180").annual_cost == Decimal("1450000.00")
    assert _entry("KS 2011/1180").currency == "SEK"


def test_new_tables_are_records_too(migrated_v1) -> None:
    assert FindingAssessment.select().count() == 0
    assert InvitationLetter.select().count() == 0
    letter = invitations.create_letter(
        InvitationData(date(2026, 3, 2), "Delegation från Seoul", "Sydkorea")
    )
    FindingAssessment.create(
        object_type="invitation",
        object_id=letter.id,
        code="R9",
        fingerprint="x",
        reason="Skickat på KS uppdrag.",
        assessed_at=datetime(2026, 3, 3),
    )
    with pytest.raises(peewee.DatabaseError), database_proxy.atomic():
        database_proxy.execute_sql("DELETE FROM finding_assessment")
    with pytest.raises(peewee.DatabaseError), database_proxy.atomic():
        database_proxy.execute_sql("DELETE FROM invitation_letter")


def test_a_migrated_entry_is_checked_and_saved(migrated_v1) -> None:
    record = entries.get_entry(_entry("KS 2009/0412").id)
    saved = entries.update_entry(record.id, record.data, record.version)
    assert saved.data.review_interval_months == 48
    assert saved.data.cost_payer_body_id == _body("KS")


def test_a_step_that_landed_late_still_runs(tmp_path: Path, monkeypatch) -> None:
    """Steps are numbered per engineer and land on main in any order: a register
    made before a lower-numbered step landed gets that step when it arrives."""
    from desktop_app.paths import db_dir
    from desktop_app.store import migrate, migration_files

    folder = tmp_path / "db"
    shutil.copytree(db_dir(), folder)
    monkeypatch.setattr(migration_files, "db_dir", lambda: folder)
    path = tmp_path / "dev.sqlite3"
    open_register(path)
    close_register()
    (folder / "migrations" / "m0002_landed_late.py").write_text(
        "VERSION = 2\n\n\ndef upgrade(ctx):\n"
        "    ctx.execute_script('CREATE TABLE landed_late (id {pk});')\n"
    )
    info = open_register(path, create=False)
    try:
        assert 2 in migrate.applied_versions(database_proxy.obj)
        assert database_proxy.obj.table_exists("landed_late")
        assert info.schema_version == migrate.latest_version()
    finally:
        close_register()
