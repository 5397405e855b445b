"""The demo's findings: each of the strategy's findings once, on an entry where it is true.

A twin-city request (R1), a committee deciding a new city-wide organisation
membership and one ending a membership the City Council decided, an
administration "deciding" a continuation, a declaration of unknown cost
before the International Committee (R4), the City Council deciding a
network (a note), a six-year interval and a review after the end date (R3),
an aid project the city part-finances (R5), a payer kept as text (R6).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from desktop_app.domain.dates import add_months, add_years
from desktop_app.domain.kinds import Engagement, Kind, ProjectKind, ReviewOutcome, Scope, Status

from . import entries
from .demo_data import INF, C, Demo, M, P, case_number, years_ago


def add_findings(demo: Demo) -> None:
    """Each of the strategy's findings once, on an entry where it is true."""
    today = demo.today
    demo.add(
        kind=Kind.COOPERATION,
        case_number=case_number("KS", today, 999),
        title="Förfrågan om vänortsavtal från Busan",
        scope=Scope.CITY_WIDE,
        deciding_body_id="KS",
        theme_id="Kultur",
        mutual_benefit="Kulturutbyte.",
        status=Status.DRAFT,
        start_date=today,
        end_date=add_years(today, 3),
        review_interval_months=None,
        counterparty_ids=("Busan",),
        notes="Inkommen förfrågan; besvaras med hänvisning till strategin.",
    )  # R1 (a draft: never overdue)
    decided = years_ago(today, 2)
    demo.add(
        kind=Kind.MEMBERSHIP,
        case_number=case_number("TN", decided, 412),
        title="Medlemskap i ICLEI – Local Governments for Sustainability",
        scope=Scope.CITY_WIDE,
        deciding_body_id="TN",
        decision_date=decided,
        responsible_body_id="MHN",
        contact_person="Erik Holm",
        theme_id="Klimat och miljö",
        directions=int(M | C | INF),
        mutual_benefit="Klimatarbete i nätverk.",
        start_date=decided,
        annual_cost=Decimal("95000"),
        cost_payer_body_id="MHN",
        counterparty_ids=("ICLEI – Local Governments for Sustainability",),
    )  # R4: a new city-wide organisation membership is the City Council's
    decided = years_ago(today, 3)
    demo.add(
        kind=Kind.MEMBERSHIP,
        case_number=case_number("KF", decided, 230),
        title="Medlemskap i Union of the Baltic Cities (UBC)",
        scope=Scope.CITY_WIDE,
        deciding_body_id="KF",
        decision_date=decided,
        responsible_body_id="KS",
        theme_id="Stadsutveckling",
        directions=int(C | P),
        start_date=decided,
        review_interval_months=72,
        annual_cost=Decimal("60000"),
        cost_payer_body_id="KS",
        counterparty_ids=("Union of the Baltic Cities (UBC)",),
    )  # R3 six years; R4 note: KF decided a network KS may decide
    decided = years_ago(today, 2, 30)
    demo.add(
        kind=Kind.LETTER_OF_INTENT,
        case_number=case_number("IB", decided, 144),
        title="Anslutning till Covenant of Mayors for Climate & Energy",
        scope=Scope.CITY_WIDE,
        engagement=Engagement.DECLARATION,
        deciding_body_id="IB",
        decision_date=decided,
        responsible_body_id="MHN",
        theme_id="Klimat och miljö",
        directions=int(P | INF),
        start_date=decided,
        annual_cost=Decimal("0"),
        counterparty_ids=("Covenant of Mayors for Climate & Energy",),
        notes="Deklaration utan resursåtagande; beslut i internationella beredningen.",
    )
    decided = years_ago(today, 1, 20)
    demo.add(
        kind=Kind.LETTER_OF_INTENT,
        case_number=case_number("IB", decided, 512),
        title="Undertecknande av Green City Accord",
        scope=Scope.CITY_WIDE,
        engagement=Engagement.DECLARATION,
        deciding_body_id="IB",
        decision_date=decided,
        responsible_body_id="MHN",
        theme_id="Klimat och miljö",
        directions=int(P | INF),
        start_date=decided,
        counterparty_ids=("Europeiska kommissionen (Green City Accord)",),
    )  # R4: cost not entered, so not shown to be without resource burden
    decided = years_ago(today, 1)
    demo.add(
        kind=Kind.COOPERATION,
        case_number=case_number("TN", decided, 77),
        title="Samarbete om trafiksäkerhet med Łódź och Kraków",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id="TN",
        decision_date=decided,
        responsible_body_id="TN",
        contact_person="Karin Dhakal",
        theme_id="Transport och trafik",
        directions=int(C),
        mutual_benefit="Utbyte om Nollvisionen och säkra skolvägar.",
        start_date=decided,
        end_date=add_years(today, 2),
        review_interval_months=None,
        annual_cost=Decimal("40000"),
        cost_payer_body_id="TN",
        counterparty_ids=("Łódź", "Kraków"),
    )
    _aid_and_ends(demo)


def _aid_and_ends(demo: Demo) -> None:
    """R5 (aid), R4 on a termination and a review, R3 after the end, R6 as written."""
    today = demo.today
    decided = years_ago(today, 1, 45)
    aid = dict(
        kind=Kind.COOPERATION,
        scope=Scope.OPERATION_SPECIFIC,
        decision_date=decided,
        theme_id="Bistånd",
        directions=int(C),
        start_date=decided,
        end_date=add_years(decided, 3),
        review_interval_months=None,
        project_kind=ProjectKind.AID,
        external_financiers="ICLD (Sida)",
    )
    demo.add(
        **aid,
        case_number=case_number("SVOA", decided, 31),
        title="Kommunalt partnerskap om avfallshantering med Chișinău (ICLD)",
        deciding_body_id="SVOA",
        responsible_body_id="SVOA",
        mutual_benefit="Kunskapsöverföring om insamling och sortering; metodstöd tillbaka.",
        annual_cost=Decimal("300000"),
        external_share=Decimal("80"),
        city_contribution=Decimal("60000"),
        cost_payer_body_id="SVOA",
        counterparty_ids=("Chișinău", "ICLD – Internationellt centrum för lokal demokrati"),
        notes="ICLD står för 80 %; bolaget bär resten med egen personal.",
    )  # R5: an aid project the city pays part of
    demo.add(
        **aid,
        case_number=case_number("TN", decided, 318),
        title="Kommunalt partnerskap om kollektivtrafik med Lviv (ICLD)",
        deciding_body_id="TN",
        responsible_body_id="TN",
        mutual_benefit="Planering av kollektivtrafik under återuppbyggnad; erfarenhetsutbyte.",
        annual_cost=Decimal("250000"),
        external_share=Decimal("100"),
        city_contribution=Decimal("0"),
        counterparty_ids=("Lviv", "ICLD – Internationellt centrum för lokal demokrati"),
    )  # wholly financed by ICLD: in order
    polis = demo.add(
        kind=Kind.MEMBERSHIP,
        case_number="T2012-00231",
        title="Medlemskap i POLIS",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id="TN",
        decision_date=date(2012, 3, 1),
        responsible_body_id="TN",
        theme_id="Transport och trafik",
        start_date=date(2012, 3, 1),
        annual_cost=Decimal("30000"),
        cost_payer_body_id="TN",
        counterparty_ids=("POLIS – Cities and Regions for Transport Innovation",),
    )
    entries.terminate_entry(
        polis.id, date(2020, 12, 31), "Överlappar Eurocities arbete.", demo.bodies["TN"],
        polis.version,
    )  # fmt: skip
    energy = demo.add(
        kind=Kind.MEMBERSHIP,
        case_number="KS 2012/0655",
        title="Medlemskap i Energy Cities",
        scope=Scope.CITY_WIDE,
        deciding_body_id="KF",
        decision_date=date(2012, 6, 11),
        responsible_body_id="MHN",
        theme_id="Energi",
        start_date=date(2012, 7, 1),
        annual_cost=Decimal("45000"),
        cost_payer_body_id="MHN",
        counterparty_ids=("Energy Cities",),
    )
    entries.terminate_entry(
        energy.id,
        date(2021, 12, 31),
        "Arbetet förs vidare inom ICLEI.",
        demo.bodies["MHN"],
        energy.version,
    )  # fmt: skip  R4: a committee ended a membership the City Council decided
    old = demo.add(
        kind=Kind.LETTER_OF_INTENT,
        case_number="KUF 2008/0099",
        title="Avsiktsförklaring om kulturutbyte med Wien",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id="KUN",
        decision_date=date(2008, 4, 1),
        responsible_body_id="KUN",
        theme_id="Kultur",
        start_date=date(2008, 4, 1),
        end_date=date(2012, 4, 1),
        counterparty_ids=("Wien",),
    )
    entries.archive_entry(old.id, old.version)
    decided = years_ago(today, 3)
    demo.add(
        kind=Kind.LETTER_OF_INTENT,
        case_number=case_number("KS", decided, 388),
        title="Avsiktsförklaring med Helsingfors om stadsutveckling",
        scope=Scope.CITY_WIDE,
        deciding_body_id="KS",
        decision_date=decided,
        responsible_body_id="KS",
        theme_id="Stadsutveckling",
        start_date=decided,
        end_date=today + timedelta(days=180),
        annual_cost=Decimal("0"),
        counterparty_ids=("Helsingfors",),
    )  # R3: the next review falls after the end date
    decided = years_ago(today, 5)
    tallinn = demo.add(
        kind=Kind.LETTER_OF_INTENT,
        case_number=case_number("KS", decided, 611),
        title="Avsiktsförklaring med Tallinn om digital förvaltning",
        scope=Scope.CITY_WIDE,
        deciding_body_id="KS",
        decision_date=decided,
        responsible_body_id="KS",
        theme_id="Digitalisering",
        start_date=decided,
        annual_cost=Decimal("0"),
        counterparty_ids=("Tallinn",),
    )
    demo.review(
        tallinn,
        ReviewOutcome.CONTINUE,
        "SLK",
        years_ago(today, 1, 10),
        702,
        "Fortsätter enligt tjänsteutlåtande.",
    )  # R4: an administration "decided" the continuation
    decided = years_ago(today, 1, 60)
    demo.add(
        kind=Kind.MEMBERSHIP,
        case_number=case_number("KS", decided, 1322),
        title="Medlemskap i C40 Cities",
        scope=Scope.CITY_WIDE,
        deciding_body_id="KS",
        decision_date=decided,
        responsible_body_id="KS",
        contact_person="Anders Wik",
        theme_id="Klimat och miljö",
        directions=int(P | INF),
        start_date=decided,
        next_review_fixed=add_months(decided, 36),
        next_review_reason=f"KS {decided.isoformat()}: medlemskapet omprövas senast "
        f"{add_months(decided, 36).isoformat()}.",
        annual_cost=Decimal("0"),
        counterparty_ids=("C40 Cities",),
    )  # a review date set by the decision itself
    decided = years_ago(today, 2, 100)
    demo.add(
        kind=Kind.MEMBERSHIP,
        case_number=case_number("KUN", decided, 218),
        title="Medlemskap i Culture Action Europe",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id="KUN",
        decision_date=decided,
        responsible_body_id="KUN",
        contact_person="Maria Lindqvist",
        theme_id="Kultur",
        directions=int(M | INF),
        start_date=decided,
        annual_cost=Decimal("1500"),
        currency="EUR",
        cost_payer="Kulturförvaltningens verksamhetsbudget",
        counterparty_ids=("Culture Action Europe",),
        notes="Uppgifterna kom från förvaltningens egen förteckning.",
    )  # R6: the payer as written in an old list, not a body
