"""Bodies, themes, counterparties and settings: seeded, edited, never deleted."""

from __future__ import annotations

import pytest

from desktop_app.domain.kinds import BodyKind
from desktop_app.domain.mandates import Holder, Matter
from desktop_app.services import audit, catalog, register, register_settings
from desktop_app.services.errors import ConflictError, DuplicateError, ValidationError
from desktop_app.services.register import RegisterFilter


def test_new_register_is_seeded_with_the_strategys_bodies(register) -> None:
    bodies = {b.short_name: b for b in catalog.list_bodies()}
    assert {"KF", "KS", "IB", "TN", "SLK"} <= set(bodies)
    kf = bodies["KF"]
    assert kf.name_sv == "Kommunfullmäktige" and kf.kind == BodyKind.CITY_COUNCIL
    # R4 follows from the kind: KF new city-wide organisation memberships, IB events and
    # declarations without resource burden, an administration nothing.
    assert [m.holders[0] for m in kf.mandates] == [Holder.CITY_COUNCIL]
    assert {m.matters for m in bodies["IB"].mandates} == {
        frozenset({Matter.EVENT}),
        frozenset({Matter.DECLARATION}),
    }
    assert bodies["SLK"].mandates == []
    assert len(catalog.list_themes()) >= 10


def test_create_body_with_its_kinds_mandates_and_contact(register) -> None:
    body = catalog.create_body(
        catalog.BodyData(
            "KUN",
            "Kulturnämnden",
            BodyKind.COMMITTEE,
            contact_name="Maria Lindqvist",
            contact_email="maria.lindqvist@stockholm.se",
        )
    )
    assert body.mandates and all(Holder.CONCERNED in m.holders for m in body.mandates)
    assert body.contact_name == "Maria Lindqvist"
    with pytest.raises(DuplicateError):
        catalog.create_body(catalog.BodyData("kun", "Annan", BodyKind.COMMITTEE))
    with pytest.raises(ValidationError):
        catalog.create_body(catalog.BodyData("", "", "nonsense"))


def test_body_update_is_locked_and_audited(register) -> None:
    tn = catalog.body_by_short_name("TN")
    stale = catalog.body_by_short_name("TN")
    tn.contact_name = "Karin Dhakal"
    updated = catalog.update_body(tn.id, tn, tn.version)
    assert updated.contact_name == "Karin Dhakal" and updated.version == tn.version + 1
    stale.contact_role = "Utredare"
    with pytest.raises(ConflictError):
        catalog.update_body(stale.id, stale, stale.version)
    deactivated = catalog.set_body_active(tn.id, False, updated.version)
    assert not deactivated.active
    assert any(e.field == "contact_name" for e in audit.list_events(action="update"))


def test_renaming_a_counterparty_refreshes_search(demo_register) -> None:
    cp = catalog.find_counterparty("Turku")
    assert register.query_ids(RegisterFilter(search="åbo")) == []
    catalog.update_counterparty(cp.id, "Åbo (Turku)", cp.country, cp.type, True, cp.version)
    assert register.query_ids(RegisterFilter(search="åbo"))


def test_themes_can_be_renamed_and_deactivated_not_deleted(demo_register) -> None:
    theme = next(t for t in catalog.list_themes() if t.name_sv == "EU-frågor")
    assert theme.in_use >= 1
    renamed = catalog.update_theme(theme.id, "EU och Europa", "EU affairs", False, theme.version)
    assert not renamed.active
    assert register.query_ids(RegisterFilter(search="eu och europa"))
    with pytest.raises(DuplicateError):
        catalog.create_theme("Kultur")


def test_settings_are_stored_and_audited(register) -> None:
    assert register_settings.lead_days() == 180
    register_settings.set_setting("lead_days", "90")
    assert register_settings.lead_days() == 90
    assert register_settings.get_setting("organisation_name") == "Stockholms stad"
    events = audit.list_events(action="update")
    assert events[-1].field == "lead_days" and events[-1].new_value == "90"


def test_names_match_whatever_the_case_of_any_letter(register) -> None:
    lodz = catalog.create_counterparty("Łódź", "Polen", "city")
    assert catalog.find_counterparty("łódź").id == lodz.id
    assert catalog.get_or_create_counterparty("ŁÓDŹ", "polen", "city").id == lodz.id
    with pytest.raises(DuplicateError):
        catalog.create_counterparty("łódź", "Polen")
    catalog.create_theme("Östersjön")
    with pytest.raises(DuplicateError):
        catalog.create_theme("östersjön")
    assert catalog.body_by_short_name("kf").short_name == "KF"


def test_audit_newest_first(register) -> None:
    catalog.create_theme("Ett")
    catalog.create_theme("Två")
    newest = audit.list_events(newest_first=True, limit=1)[0]
    oldest = audit.list_events(limit=1)[0]
    assert newest.id > oldest.id and newest.new_value in ("Två", None)
