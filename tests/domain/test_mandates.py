"""R4, sentence by sentence: each case quotes the strategy's sentence it tests.

The sentences are in the source text (``shared/seed``, "Arbetssätt och
ansvarsfördelning"); ``test_every_mandate_quotes_the_source`` checks that the
mandate table cites them word for word. A case is (the sentence, what
happens, the entry, the expected R4 finding or None). Warnings mean the body
lacks the mandate; a note means a body above the one with the mandate
decided (an unusual route, not a breach).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.entry import ReviewFact
from desktop_app.domain.findings import Severity
from desktop_app.domain.kinds import Engagement, Kind, ProjectKind, ReviewOutcome, Scope, Status
from desktop_app.domain.mandates import MANDATES, Holder, rules_held_by
from desktop_app.domain.rules import check_entry

from .rule_fixtures import (
    COVENANT,
    CTX,
    EUROCITIES,
    GROWSMARTER,
    IB,
    KF,
    KOLN,
    KS,
    KUN,
    MEMBERSHIP,
    SLK,
    SVOA,
    TK,
    TN,
    WORKSHOP,
)

# The source text (shared/seed/000_994270147909560f.txt), kept with the tests.
SEED = Path(__file__).resolve().parents[1] / "fixtures" / "strategy_T2016-01906.txt"

S_NETWORK = (
    "Frågor som rör deltagande i stadsövergripande internationella nätverk beslutas av "
    "kommunstyrelsen."
)
S_NEW_ORGANISATION = (
    "Nya medlemskap i stadsövergripande internationella organisationer ska kommunfullmäktige "
    "besluta om."
)
S_EVENTS = (
    "Beredningen fattar beslut om deltagande i konferenser och andra evenemang utomlands på "
    "uppdrag av kommunstyrelsen"
)
S_DECLARATIONS = (
    "samt medverkan i internationella deklarationer och initiativ som inte medför ökad "
    "resursbörda för staden."
)
S_OWN_ORGANISATIONS = (
    "Nämnder och bolagsstyrelser beslutar om medlemskap och deltagande i verksamhetsspecifika "
    "internationella organisationer och nätverk och i EU-projekt."
)
S_CITY_WIDE = (
    "Det är kommunstyrelsen som beslutar om stadens uppfattning i stadsövergripande frågor."
)
S_OWN_OPERATION = (
    "Nämnder och bolagsstyrelser ansvarar för att tillämpa styrdokumenten för stadens "
    "internationella arbete i den egna verksamheten."
)
SENTENCES = (
    S_NETWORK,
    S_NEW_ORGANISATION,
    S_EVENTS,
    S_DECLARATIONS,
    S_OWN_ORGANISATIONS,
    S_CITY_WIDE,
    S_OWN_OPERATION,
)

WARN, NOTE = Severity.WARNING, Severity.NOTE

NETWORK_MEMBERSHIP = replace(
    MEMBERSHIP, title="Medlemskap i Eurocities", counterparty_ids=(EUROCITIES,), deciding_body_id=KS
)
DECLARATION = replace(
    MEMBERSHIP,
    kind=Kind.LETTER_OF_INTENT,
    title="Anslutning till Covenant of Mayors",
    engagement=Engagement.DECLARATION,
    counterparty_ids=(COVENANT,),
    deciding_body_id=IB,
    annual_cost=Decimal("0"),
    cost_payer_body_id=None,
)
EVENT = replace(
    DECLARATION,
    title="Deltagande i Eurocities årsmöte i Rotterdam",
    engagement=Engagement.EVENT,
    counterparty_ids=(EUROCITIES,),
    annual_cost=Decimal("40000"),
    cost_payer_body_id=KS,
)
OWN_MEMBERSHIP = replace(
    MEMBERSHIP,
    title="Medlemskap i POLIS",
    scope=Scope.OPERATION_SPECIFIC,
    counterparty_ids=(EUROCITIES,),
    deciding_body_id=TN,
    responsible_body_id=TN,
    cost_payer_body_id=TN,
)
EU_PROJECT = replace(
    MEMBERSHIP,
    kind=Kind.COOPERATION,
    title="GrowSmarter",
    scope=Scope.OPERATION_SPECIFIC,
    counterparty_ids=(GROWSMARTER, KOLN),
    deciding_body_id=TN,
    responsible_body_id=TN,
    theme_id=10,
    mutual_benefit="Smarta lösningar.",
    start_date=date(2025, 1, 1),
    end_date=date(2027, 12, 31),
    review_interval_months=None,
    cost_payer_body_id=TN,
)
AGREEMENT = replace(EU_PROJECT, title="Samarbete med Köln om cykeltrafik", counterparty_ids=(KOLN,))
CITY_WIDE_AGREEMENT = replace(AGREEMENT, scope=Scope.CITY_WIDE, deciding_body_id=KS)

CASES = [
    # --- Participation in city-wide networks: the City Executive Board
    (S_NETWORK, "KS decides a city-wide network membership", NETWORK_MEMBERSHIP, None),
    (
        S_NETWORK,
        "a committee decides a city-wide network membership",
        replace(NETWORK_MEMBERSHIP, deciding_body_id=TN),
        ("R4", WARN),
    ),
    (
        S_NETWORK,
        "the City Council decides it: a route, not a breach",
        replace(NETWORK_MEMBERSHIP, deciding_body_id=KF),
        ("R4-ROUTE", NOTE),
    ),
    (
        S_NETWORK,
        "the International Committee is not above KS",
        replace(NETWORK_MEMBERSHIP, deciding_body_id=IB),
        ("R4", WARN),
    ),
    # --- New memberships of city-wide organisations: the City Council
    (S_NEW_ORGANISATION, "KF decides a new city-wide organisation membership", MEMBERSHIP, None),
    (
        S_NEW_ORGANISATION,
        "KS decides a new organisation membership",
        replace(MEMBERSHIP, deciding_body_id=KS),
        ("R4", WARN),
    ),
    (
        S_NEW_ORGANISATION,
        "a committee decides a new organisation membership",
        replace(MEMBERSHIP, deciding_body_id=TN),
        ("R4", WARN),
    ),
    (
        S_NEW_ORGANISATION,
        "only new ones: KS decides to continue one",
        replace(MEMBERSHIP, deciding_body_id=KS, continued=True),
        None,
    ),
    (
        S_NEW_ORGANISATION,
        "counterparty type unknown: KS is asked for the type, not accused",
        replace(MEMBERSHIP, deciding_body_id=KS, counterparty_ids=(WORKSHOP,)),
        ("R4-CP-TYPE", WARN),
    ),
    (
        S_NEW_ORGANISATION,
        "a committee ends a KF membership",
        replace(
            MEMBERSHIP,
            status=Status.TERMINATED,
            terminated_date=date(2026, 1, 1),
            terminated_by_id=TN,
        ),
        ("R4-TERMINATION", WARN),
    ),
    (
        S_NEW_ORGANISATION,
        "KF ends its own membership",
        replace(
            MEMBERSHIP,
            status=Status.TERMINATED,
            terminated_date=date(2026, 1, 1),
            terminated_by_id=KF,
        ),
        None,
    ),
    (
        S_NEW_ORGANISATION,
        "a review ending it by a committee",
        replace(
            MEMBERSHIP,
            reviews=(ReviewFact(date(2026, 5, 1), ReviewOutcome.TERMINATE, TN),),
        ),
        ("R4-REVIEW", WARN),
    ),
    # --- Conferences and events abroad: the International Committee for KS
    (S_EVENTS, "IB decides a conference abroad", EVENT, None),
    (
        S_EVENTS,
        "KS decides it itself: a route",
        replace(EVENT, deciding_body_id=KS),
        ("R4-ROUTE", NOTE),
    ),
    (
        S_EVENTS,
        "a committee decides a conference abroad",
        replace(EVENT, deciding_body_id=TN),
        ("R4", WARN),
    ),
    # --- Declarations and initiatives without resource burden: the International Committee
    (S_DECLARATIONS, "IB decides a declaration known to cost nothing", DECLARATION, None),
    (
        S_DECLARATIONS,
        "unknown cost is not 'without burden'",
        replace(DECLARATION, annual_cost=None),
        ("R4-BURDEN-UNKNOWN", WARN),
    ),
    (
        S_DECLARATIONS,
        "a declaration with a cost is not IB's",
        replace(DECLARATION, annual_cost=Decimal("5000"), cost_payer_body_id=KS),
        ("R4", WARN),
    ),
    (
        S_DECLARATIONS,
        "a cost wholly paid by another party is no burden",
        replace(
            DECLARATION,
            annual_cost=Decimal("5000"),
            external_share=Decimal("100"),
            city_contribution=Decimal("0"),
        ),
        None,
    ),
    (
        S_DECLARATIONS,
        "the city's own contribution is a burden",
        replace(DECLARATION, city_contribution=Decimal("20000"), cost_payer_body_id=KS),
        ("R4", WARN),
    ),
    # --- Operation-specific organisations and networks, EU projects: the body concerned
    (S_OWN_ORGANISATIONS, "TN decides its own network membership", OWN_MEMBERSHIP, None),
    (
        S_OWN_ORGANISATIONS,
        "a company board decides its own membership",
        replace(OWN_MEMBERSHIP, deciding_body_id=SVOA, responsible_body_id=SVOA),
        None,
    ),
    (
        S_OWN_ORGANISATIONS,
        "another committee decides TN's membership",
        replace(OWN_MEMBERSHIP, deciding_body_id=KUN),
        ("R4", WARN),
    ),
    (S_OWN_ORGANISATIONS, "TN decides the EU project it runs", EU_PROJECT, None),
    (
        S_OWN_ORGANISATIONS,
        "an EU project decided by one committee, run by another",
        replace(EU_PROJECT, responsible_body_id=KUN),
        ("R4", WARN),
    ),
    (
        S_OWN_ORGANISATIONS,
        "an EU project marked by its project kind, not its counterparty",
        replace(
            EU_PROJECT,
            counterparty_ids=(KOLN,),
            project_kind=ProjectKind.EU,
            responsible_body_id=KUN,
        ),
        ("R4", WARN),
    ),
    (
        S_OWN_ORGANISATIONS,
        "TN decides for its own administration (Trafikkontoret)",
        replace(EU_PROJECT, responsible_body_id=TK),
        None,
    ),
    (
        S_OWN_ORGANISATIONS,
        "KS decides for its own office (Stadsledningskontoret)",
        replace(EU_PROJECT, deciding_body_id=KS, responsible_body_id=SLK),
        None,
    ),
    (
        S_OWN_ORGANISATIONS,
        "an administration decides nothing itself",
        replace(EU_PROJECT, deciding_body_id=SLK, responsible_body_id=SLK),
        ("R4", WARN),
    ),
    (
        S_OWN_ORGANISATIONS,
        "no responsible body: which committee is concerned cannot be told",
        replace(OWN_MEMBERSHIP, responsible_body_id=None),
        ("R4-NO-RESPONSIBLE", WARN),
    ),
    (
        S_OWN_ORGANISATIONS,
        "the City Council decides an EU project: a route",
        replace(EU_PROJECT, deciding_body_id=KF),
        ("R4-ROUTE", NOTE),
    ),
    (
        S_OWN_ORGANISATIONS,
        "a continuation decided by an administration",
        replace(
            OWN_MEMBERSHIP,
            reviews=(ReviewFact(date(2026, 3, 1), ReviewOutcome.CONTINUE, TK),),
        ),
        ("R4-REVIEW", WARN),
    ),
    (
        S_OWN_ORGANISATIONS,
        "a continuation decided by the committee concerned",
        replace(
            OWN_MEMBERSHIP,
            reviews=(ReviewFact(date(2026, 3, 1), ReviewOutcome.CONTINUE, TN),),
        ),
        None,
    ),
    # --- City-wide questions: the City Executive Board
    (S_CITY_WIDE, "KS decides a city-wide cooperation agreement", CITY_WIDE_AGREEMENT, None),
    (
        S_CITY_WIDE,
        "a committee decides a city-wide agreement",
        replace(CITY_WIDE_AGREEMENT, deciding_body_id=TN),
        ("R4", WARN),
    ),
    (
        S_CITY_WIDE,
        "KS decides a declaration that costs something",
        replace(
            DECLARATION, deciding_body_id=KS, annual_cost=Decimal("5000"), cost_payer_body_id=KS
        ),
        None,
    ),
    (
        S_CITY_WIDE,
        "KS decides to continue a KF membership",
        replace(MEMBERSHIP, reviews=(ReviewFact(date(2026, 3, 1), ReviewOutcome.CONTINUE, KS),)),
        None,
    ),
    # --- Each committee's own operation
    (S_OWN_OPERATION, "TN decides its own cooperation agreement", AGREEMENT, None),
    (
        S_OWN_OPERATION,
        "KS decides a committee's own agreement",
        replace(AGREEMENT, deciding_body_id=KS),
        ("R4", WARN),
    ),
]


def _r4(entry) -> dict[str, Severity]:
    return {f.code: f.severity for f in check_entry(entry, CTX) if f.code.startswith("R4")}


@pytest.mark.parametrize(
    ("sentence", "name", "entry", "expected"), CASES, ids=[c[1] for c in CASES]
)
def test_mandate_case(sentence: str, name: str, entry, expected) -> None:
    found = _r4(entry)
    if expected is None:
        assert found == {}, f"«{sentence}» {name}: {found}"
    else:
        code, severity = expected
        assert found == {code: severity}, f"«{sentence}» {name}: {found}"


def _normalised(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    return text.replace("EU- ", "EU-").replace("EU - ", "EU-")


def test_every_sentence_has_cases_and_is_in_the_source() -> None:
    source = _normalised(SEED.read_text(encoding="utf-8"))
    for sentence in SENTENCES:
        assert _normalised(sentence).rstrip(".") in source, sentence
        assert any(c[0] == sentence for c in CASES), sentence


def test_every_mandate_quotes_the_source() -> None:
    source = _normalised(SEED.read_text(encoding="utf-8"))
    for rule in MANDATES:
        assert rule.source_sv.strip(" .[…]")
        for part in rule.source_sv.split("[…]"):
            part = part.strip(" .")
            assert part in source, part


def test_the_warning_quotes_the_sentence_in_both_languages() -> None:
    finding = next(
        f for f in check_entry(replace(MEMBERSHIP, deciding_body_id=TN), CTX) if f.code == "R4"
    )
    assert S_NEW_ORGANISATION in finding.message_sv
    assert "Trafiknämnden (TN)" in finding.message_sv
    assert "City Council" in finding.message_en


def test_a_route_says_it_is_no_breach() -> None:
    finding = next(f for f in check_entry(replace(NETWORK_MEMBERSHIP, deciding_body_id=KF), CTX))
    assert finding.severity is Severity.NOTE
    assert "inget mandatfel" in finding.message_sv


def test_what_each_kind_of_body_holds() -> None:
    assert [r.source_sv for r in rules_held_by("city_council")] == [S_NEW_ORGANISATION]
    held = {r.source_sv for r in rules_held_by("city_executive_board")}
    assert S_NETWORK in held and S_CITY_WIDE in held
    assert rules_held_by("office") == []
    assert all(Holder.CONCERNED in r.holders for r in rules_held_by("committee"))
