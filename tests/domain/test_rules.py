"""The strategy's rules, table-driven, with cases taken from its wording."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.entry import BodyInfo, EntryData
from desktop_app.domain.kinds import BodyKind, Kind, Scope, Status
from desktop_app.domain.mandates import default_mandates
from desktop_app.domain.rules import RuleContext, Severity, check_entry

TODAY = date(2026, 11, 27)
KF, KS, IB, TN, SLK = 1, 2, 3, 4, 5
BODIES = {
    KF: BodyInfo(
        KF,
        "KF",
        "Kommunfullmäktige",
        BodyKind.CITY_COUNCIL,
        default_mandates(BodyKind.CITY_COUNCIL),
    ),
    KS: BodyInfo(
        KS,
        "KS",
        "Kommunstyrelsen",
        BodyKind.CITY_EXECUTIVE_BOARD,
        default_mandates(BodyKind.CITY_EXECUTIVE_BOARD),
    ),
    IB: BodyInfo(
        IB,
        "IB",
        "Internationella beredningen",
        BodyKind.INTERNATIONAL_COMMITTEE,
        default_mandates(BodyKind.INTERNATIONAL_COMMITTEE),
    ),
    TN: BodyInfo(
        TN, "TN", "Trafiknämnden", BodyKind.COMMITTEE, default_mandates(BodyKind.COMMITTEE)
    ),
    SLK: BodyInfo(SLK, "SLK", "Stadsledningskontoret", BodyKind.OFFICE, ()),
}
THEME_TRAFFIC, THEME_AID = 10, 11
CTX = RuleContext(
    today=TODAY,
    bodies=BODIES,
    counterparty_names={100: "Eurocities", 101: "Twin City Network", 102: "Sida"},
    theme_names={THEME_TRAFFIC: "Transport och trafik", THEME_AID: "Bistånd"},
)

# A clean membership: city-wide, decided by the City Council, reviewed in time.
MEMBERSHIP = EntryData(
    kind=Kind.MEMBERSHIP,
    title="Medlemskap i Eurocities",
    case_number="KS 2009/0412",
    scope=Scope.CITY_WIDE,
    deciding_body_id=KF,
    decision_date=date(2024, 5, 11),
    review_interval_years=4,
    counterparty_ids=(100,),
)
# A clean cooperation agreement: concrete, themed, mutual benefit, start and end.
COOPERATION = EntryData(
    kind=Kind.COOPERATION,
    title="Samarbete om trafiksäkerhet med Łódź",
    scope=Scope.OPERATION_SPECIFIC,
    deciding_body_id=TN,
    decision_date=date(2025, 1, 1),
    theme_id=THEME_TRAFFIC,
    mutual_benefit="Utbyte om Nollvisionen.",
    start_date=date(2025, 1, 1),
    end_date=date(2027, 12, 31),
    review_interval_years=None,
)


def codes(entry: EntryData) -> dict[str, Severity]:
    return {f.code: f.severity for f in check_entry(entry, CTX)}


def test_clean_entries_have_no_findings() -> None:
    assert codes(MEMBERSHIP) == {}
    assert codes(COOPERATION) == {}


CASES = [
    # R1: "Staden har inga utsedda vänorter och tecknar inga vänortsavtal."
    (
        "R1 title",
        replace(COOPERATION, title="Vänortsavtal med Sankt Petersburg"),
        "R1",
        Severity.WARNING,
    ),
    (
        "R1 English",
        replace(COOPERATION, title="Sister city agreement with Riga"),
        "R1",
        Severity.WARNING,
    ),
    ("R1 counterparty", replace(MEMBERSHIP, counterparty_ids=(101,)), "R1", Severity.WARNING),
    # R2: "konkret utbyte inom ett specifikt tematiskt område ... tydlig ömsesidig nytta"
    ("R2 theme", replace(COOPERATION, theme_id=None), "R2-THEME", Severity.ERROR),
    ("R2 benefit", replace(COOPERATION, mutual_benefit="  "), "R2-BENEFIT", Severity.ERROR),
    ("R2 start", replace(COOPERATION, start_date=None), "R2-START", Severity.ERROR),
    ("R2 end", replace(COOPERATION, end_date=None), "R2-END", Severity.ERROR),
    (
        "R2 end before start",
        replace(COOPERATION, end_date=date(2024, 12, 31)),
        "R2-ORDER",
        Severity.ERROR,
    ),
    (
        "R2 end on start",
        replace(COOPERATION, end_date=date(2025, 1, 1)),
        "R2-ORDER",
        Severity.ERROR,
    ),
    # R3: "omprövas regelbundet, till exempel vart fjärde år"
    (
        "R3 long interval",
        replace(MEMBERSHIP, review_interval_years=6),
        "R3-LONG-INTERVAL",
        Severity.WARNING,
    ),
    (
        "R3 no interval",
        replace(MEMBERSHIP, review_interval_years=None),
        "R3-NO-INTERVAL",
        Severity.WARNING,
    ),
    (
        "R3 overdue",
        replace(MEMBERSHIP, decision_date=date(2020, 5, 11)),
        "R3-OVERDUE",
        Severity.WARNING,
    ),
    (
        "R3 letter of intent overdue",
        replace(
            MEMBERSHIP,
            kind=Kind.LETTER_OF_INTENT,
            deciding_body_id=KS,
            decision_date=date(2016, 9, 22),
        ),
        "R3-OVERDUE",
        Severity.WARNING,
    ),
    ("R3 no anchor", replace(MEMBERSHIP, decision_date=None), "R3-NO-DATE", Severity.WARNING),
    # R4: mandates
    (
        "R4 committee decides city-wide membership",
        replace(MEMBERSHIP, deciding_body_id=TN),
        "R4",
        Severity.WARNING,
    ),
    (
        "R4 KS decides new city-wide membership",
        replace(MEMBERSHIP, deciding_body_id=KS),
        "R4",
        Severity.WARNING,
    ),
    (
        "R4 IB declaration with a cost",
        replace(
            MEMBERSHIP,
            kind=Kind.LETTER_OF_INTENT,
            deciding_body_id=IB,
            annual_cost=Decimal("5000"),
            cost_payer="KS",
        ),
        "R4",
        Severity.WARNING,
    ),
    (
        "R4 office has no mandate",
        replace(COOPERATION, deciding_body_id=SLK),
        "R4",
        Severity.WARNING,
    ),
    (
        "R4 committee on city-wide cooperation",
        replace(COOPERATION, scope=Scope.CITY_WIDE),
        "R4",
        Severity.WARNING,
    ),
    ("R4 no body", replace(MEMBERSHIP, deciding_body_id=None), "R4-NO-BODY", Severity.WARNING),
    # R5: "bistånd endast om hela finansieringen kommer från annan part"
    (
        "R5 aid with city cost",
        replace(COOPERATION, theme_id=THEME_AID, annual_cost=Decimal("1000"), cost_payer="TN"),
        "R5",
        Severity.WARNING,
    ),
    # R6: within budget: record who pays
    (
        "R6 cost without payer",
        replace(MEMBERSHIP, annual_cost=Decimal("285000")),
        "R6",
        Severity.WARNING,
    ),
    # validity
    ("no title", replace(MEMBERSHIP, title=" "), "REQ-TITLE", Severity.ERROR),
    (
        "end before start (membership)",
        replace(MEMBERSHIP, start_date=date(2020, 1, 1), end_date=date(2019, 1, 1)),
        "DATE-ORDER",
        Severity.ERROR,
    ),
    (
        "negative cost",
        replace(MEMBERSHIP, annual_cost=Decimal("-1"), cost_payer="KS"),
        "RANGE-COST",
        Severity.ERROR,
    ),
    (
        "absurd interval",
        replace(MEMBERSHIP, review_interval_years=99),
        "RANGE-INTERVAL",
        Severity.ERROR,
    ),
]


@pytest.mark.parametrize(("name", "entry", "code", "severity"), CASES, ids=[c[0] for c in CASES])
def test_rule_cases(name: str, entry: EntryData, code: str, severity: Severity) -> None:
    found = codes(entry)
    assert found.get(code) is severity, found


ALLOWED = [
    # R4 mandates the strategy gives
    (
        "KS on city-wide network letter",
        replace(MEMBERSHIP, kind=Kind.LETTER_OF_INTENT, deciding_body_id=KS),
    ),
    (
        "IB declaration without cost",
        replace(MEMBERSHIP, kind=Kind.LETTER_OF_INTENT, deciding_body_id=IB),
    ),
    (
        "committee on operation-specific membership",
        replace(MEMBERSHIP, scope=Scope.OPERATION_SPECIFIC, deciding_body_id=TN),
    ),
    (
        "aid wholly financed by Sida",
        replace(COOPERATION, theme_id=THEME_AID, counterparty_ids=(102,), annual_cost=None),
    ),
    ("interval of exactly four years", replace(MEMBERSHIP, review_interval_years=4)),
    (
        "terminated membership needs no review",
        replace(MEMBERSHIP, decision_date=date(2010, 1, 1), status=Status.TERMINATED),
    ),
]


@pytest.mark.parametrize(("name", "entry"), ALLOWED, ids=[c[0] for c in ALLOWED])
def test_allowed_by_the_strategy(name: str, entry: EntryData) -> None:
    assert codes(entry) == {}


def test_r2_applies_only_to_cooperation_agreements() -> None:
    letter = replace(MEMBERSHIP, kind=Kind.LETTER_OF_INTENT, deciding_body_id=KS)
    assert not any(c.startswith("R2") for c in codes(letter))


def test_every_finding_has_both_languages_and_a_field() -> None:
    for _name, entry, _code, _sev in CASES:
        for finding in check_entry(entry, CTX):
            assert finding.message("sv") and finding.message("en") and finding.field
            assert finding.message("sv") != finding.message("en")


def test_errors_come_first() -> None:
    entry = replace(COOPERATION, title="Vänortsavtal", theme_id=None)
    findings = check_entry(entry, CTX)
    assert findings[0].severity is Severity.ERROR
    assert findings[-1].code == "R1"
