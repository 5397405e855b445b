"""The strategy's rules R2, R3, R5, R6 and plain validity, table-driven.

Each case quotes the strategy where it has words for it, or names the false
positive / false negative of the first version it guards against. R1 is in
``test_twin_cities``, R4 in ``test_mandates``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.entry import EntryData
from desktop_app.domain.findings import Severity
from desktop_app.domain.kinds import (
    DEFAULT_REVIEW_INTERVAL_MONTHS,
    REVIEW_INTERVAL_LIMIT_MONTHS,
    Kind,
    ProjectKind,
    Status,
)
from desktop_app.domain.rules import check_entry

from .rule_fixtures import COOPERATION, CTX, KS, MEMBERSHIP, SIDA, THEME_AID, TN, codes

ERR, WARN = Severity.ERROR, Severity.WARNING

# An aid project ("projekt av biståndskaraktär") wholly financed by Sida.
AID = replace(
    COOPERATION,
    title="Kommunalt partnerskap med Chișinău",
    project_kind=ProjectKind.AID,
    external_financiers="ICLD (Sida)",
    external_share=Decimal("100"),
    city_contribution=Decimal("0"),
    counterparty_ids=(SIDA,),
)


def test_clean_entries_have_no_findings() -> None:
    assert codes(MEMBERSHIP) == {}
    assert codes(COOPERATION) == {}
    assert codes(AID) == {}


CASES = [
    # R2: "Om ett samarbetsavtal ingås ska det avse ett konkret utbyte inom ett specifikt
    # tematiskt område med tydlig ömsesidig nytta för deltagande parter samt ha ett start-
    # och slutdatum."
    ("R2 theme", replace(COOPERATION, theme_id=None), "R2-THEME", ERR),
    ("R2 benefit", replace(COOPERATION, mutual_benefit="  "), "R2-BENEFIT", ERR),
    ("R2 start", replace(COOPERATION, start_date=None), "R2-START", ERR),
    ("R2 end", replace(COOPERATION, end_date=None), "R2-END", ERR),
    ("R2 end before start", replace(COOPERATION, end_date=date(2024, 12, 31)), "R2-ORDER", ERR),
    ("R2 end on start", replace(COOPERATION, end_date=date(2025, 1, 1)), "R2-ORDER", ERR),
    # R3: "... bör sådana avtal, liksom medlemskap i internationella organisationer och
    # nätverk, omprövas regelbundet (exempelvis vart fjärde år)."
    (
        "R3 five years is longer than four",
        replace(MEMBERSHIP, review_interval_months=60),
        "R3-LONG-INTERVAL",
        WARN,
    ),
    (
        "R3 one month over four years",
        replace(MEMBERSHIP, review_interval_months=REVIEW_INTERVAL_LIMIT_MONTHS + 1),
        "R3-LONG-INTERVAL",
        WARN,
    ),
    (
        "R3 a decision's own date more than four years on",
        replace(
            MEMBERSHIP,
            next_review_fixed=date(2029, 6, 1),
            next_review_reason="KF 2024-05-11: omprövas senast 2029-06-01",
        ),
        "R3-LONG-INTERVAL",
        WARN,
    ),
    ("R3 no interval", replace(MEMBERSHIP, review_interval_months=None), "R3-NO-INTERVAL", WARN),
    ("R3 overdue", replace(MEMBERSHIP, decision_date=date(2020, 5, 11)), "R3-OVERDUE", WARN),
    (
        "R3 letter of intent overdue",
        replace(
            MEMBERSHIP,
            kind=Kind.LETTER_OF_INTENT,
            deciding_body_id=KS,
            decision_date=date(2016, 9, 22),
        ),
        "R3-OVERDUE",
        WARN,
    ),
    (
        "R3 a date set by hand that has passed",
        replace(
            MEMBERSHIP,
            next_review_fixed=date(2026, 1, 31),
            next_review_reason="Beslut: omprövas senast 2026-01-31",
        ),
        "R3-OVERDUE",
        WARN,
    ),
    ("R3 no anchor", replace(MEMBERSHIP, decision_date=None), "R3-NO-DATE", WARN),
    (
        "R3 review due after the end date (first version: no warning)",
        replace(MEMBERSHIP, start_date=date(2024, 5, 11), end_date=date(2027, 12, 31)),
        "R3-AFTER-END",
        WARN,
    ),
    (
        "R3 a date set by hand needs its reason",
        replace(MEMBERSHIP, next_review_fixed=date(2027, 12, 2)),
        "R3-FIXED-REASON",
        ERR,
    ),
    # R5: "Staden kan engagera sig i projekt av biståndskaraktär då hela finansieringen
    # uppbärs av annan part, till exempel Sida."
    (
        "R5 partly city-funded, entered with cost 0 (first version: passed)",
        replace(AID, annual_cost=Decimal("0"), external_share=Decimal("80")),
        "R5",
        WARN,
    ),
    (
        "R5 the city's own contribution",
        replace(AID, city_contribution=Decimal("25000"), cost_payer_body_id=TN),
        "R5-CONTRIBUTION",
        WARN,
    ),
    (
        "R5 financing not entered: not shown to be external",
        replace(AID, external_share=None),
        "R5-FINANCING",
        WARN,
    ),
    ("R5 who finances it", replace(AID, external_financiers=""), "R5-FINANCIER", WARN),
    # R6: "Det internationella arbetet ... ska därmed rymmas inom given ekonomisk ram."
    ("R6 cost without payer", replace(MEMBERSHIP, cost_payer_body_id=None), "R6", WARN),
    (
        "R6 a payer written as text, not a body",
        replace(MEMBERSHIP, cost_payer_body_id=None, cost_payer="Stadsdelsnämnderna gemensamt"),
        "R6-PAYER-UNMATCHED",
        WARN,
    ),
    (
        "R6 the city's own contribution needs a payer too",
        replace(AID, city_contribution=Decimal("5000")),
        "R6",
        WARN,
    ),
    # validity
    ("no title", replace(MEMBERSHIP, title=" "), "REQ-TITLE", ERR),
    (
        "end before start (membership)",
        replace(MEMBERSHIP, start_date=date(2020, 1, 1), end_date=date(2019, 1, 1)),
        "DATE-ORDER",
        ERR,
    ),
    ("negative cost", replace(MEMBERSHIP, annual_cost=Decimal("-1")), "RANGE-COST", ERR),
    ("absurd interval", replace(MEMBERSHIP, review_interval_months=601), "RANGE-INTERVAL", ERR),
    ("share over 100 %", replace(AID, external_share=Decimal("120")), "RANGE-SHARE", ERR),
    ("currency not a code", replace(MEMBERSHIP, currency="kronor"), "REQ-CURRENCY", ERR),
]


@pytest.mark.parametrize(("name", "entry", "code", "severity"), CASES, ids=[c[0] for c in CASES])
def test_rule_cases(name: str, entry: EntryData, code: str, severity: Severity) -> None:
    found = codes(entry)
    assert found.get(code) is severity, found


ALLOWED = [
    # R3: the strategy's own four years, in months
    ("interval of exactly four years", replace(MEMBERSHIP, review_interval_months=48)),
    (
        "interval of 30 months",
        replace(MEMBERSHIP, review_interval_months=30, decision_date=date(2025, 1, 1)),
    ),
    (
        "a decision names its own earlier review date",
        replace(
            MEMBERSHIP,
            next_review_fixed=date(2027, 12, 2),
            next_review_reason="KF 2024-05-11: omprövas senast 2027-12-02",
        ),
    ),
    (
        "terminated membership needs no review",
        replace(MEMBERSHIP, decision_date=date(2010, 1, 1), status=Status.TERMINATED),
    ),
    (
        "a draft is never overdue (first version: flagged)",
        replace(MEMBERSHIP, decision_date=date(2016, 1, 1), status=Status.DRAFT),
    ),
    # R5: aid recognised from the project kind, never from words
    (
        "a fully Sida-funded project with its cost entered (first version: flagged)",
        replace(AID, annual_cost=Decimal("450000")),
    ),
    (
        "Utvecklingssamarbete in the title of an ordinary agreement",
        replace(COOPERATION, title="Utvecklingssamarbete om kollektivtrafik med Oslo"),
    ),
    (
        "First aid training (first version: flagged)",
        replace(COOPERATION, title="First aid training for tram drivers", theme_id=THEME_AID),
    ),
    (
        "Stadens sida på engelska (first version: flagged)",
        replace(COOPERATION, title="Stadens sida på engelska om Nollvisionen"),
    ),
    # R6: no cost, no payer needed
    ("no cost, no payer", replace(MEMBERSHIP, annual_cost=None, cost_payer_body_id=None)),
    ("cost 0, no payer", replace(MEMBERSHIP, annual_cost=Decimal(0), cost_payer_body_id=None)),
]


@pytest.mark.parametrize(("name", "entry"), ALLOWED, ids=[c[0] for c in ALLOWED])
def test_allowed_by_the_strategy(name: str, entry: EntryData) -> None:
    assert codes(entry) == {}


def test_a_municipal_partnership_programme_is_checked_as_aid() -> None:
    """The first version missed ICLD's partnerships: the project kind catches any name."""
    partly = replace(AID, title="ICLD kommunalt partnerskap", external_share=Decimal("90"))
    assert codes(partly).get("R5") is WARN


def test_the_strategy_default_is_every_four_years() -> None:
    assert DEFAULT_REVIEW_INTERVAL_MONTHS == 48
    assert EntryData().review_interval_months == 48
    entry = replace(MEMBERSHIP, decision_date=date(2024, 5, 11))
    assert entry.next_review() == date(2028, 5, 11)


def test_the_r3_threshold_is_four_years() -> None:
    """Four years passes, anything longer warns: a threshold of five would let 49-60 pass."""
    assert "R3-LONG-INTERVAL" not in codes(replace(MEMBERSHIP, review_interval_months=48))
    for months in (49, 54, 60):
        assert "R3-LONG-INTERVAL" in codes(replace(MEMBERSHIP, review_interval_months=months))


def test_long_interval_message_is_in_years_when_whole() -> None:
    finding = next(
        f
        for f in check_entry(replace(MEMBERSHIP, review_interval_months=72), CTX)
        if f.code == "R3-LONG-INTERVAL"
    )
    assert "6 år" in finding.message_sv and "6 years" in finding.message_en


def test_r2_applies_only_to_cooperation_agreements() -> None:
    letter = replace(MEMBERSHIP, kind=Kind.LETTER_OF_INTENT, deciding_body_id=KS)
    assert not any(c.startswith("R2") for c in codes(letter))


def test_every_finding_has_both_languages_and_a_field() -> None:
    for _name, entry, _code, _sev in CASES:
        for finding in check_entry(entry, CTX):
            assert finding.message("sv") and finding.message("en") and finding.field
            assert finding.message("sv") != finding.message("en")


def test_errors_come_first_then_warnings_then_notes() -> None:
    entry = replace(COOPERATION, title="Vänortsavtal", theme_id=None, deciding_body_id=1)
    findings = check_entry(entry, CTX)
    ranks = [f.rank for f in findings]
    assert ranks == sorted(ranks) and findings[0].severity is ERR
    assert findings[-1].severity is Severity.NOTE
