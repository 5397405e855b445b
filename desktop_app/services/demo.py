"""The demo register: the source's real examples plus a plausible city's everyday entries.

Read against the source (a 2016 consultation answer by the Traffic
Committee): Eurocities and its working group on smart city logistics, the EU
projects GrowSmarter and Eccentric, Stockholmsregionens Europaförening. Every
fact is consistent: a decision precedes the start, a case number belongs to
the deciding body's series and the decision's year, an aid project is with a
partner outside the EU. Each of the strategy's findings appears once, on an
entry where it is true (``check`` on the demo lists nothing a registrar would
dispute), and one warning is shown as assessed. Dates are relative to today
so that reviews are always due soon and overdue. Written through the
services, so the demo's history is real too.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from desktop_app.domain.invitations import InvitationData
from desktop_app.domain.kinds import (
    Kind,
    ProjectKind,
    ReviewOutcome,
    Scope,
)

from . import assessments, catalog, entries, invitations, memos
from .demo_data import EXTRAS, INF, LETTERS, C, Demo, M, P, case_number, years_ago
from .demo_findings import add_findings


def build_demo(today: date | None = None, extra: int = len(EXTRAS), seed: int = 2016) -> int:
    """Fill an empty, seeded register with the demo. Returns entries created."""
    demo = Demo(today or date.today())
    _source_examples(demo)
    add_findings(demo)
    _extras(demo, extra, random.Random(seed))
    _letters(demo)
    _memo_settings()
    return demo.created


def _memo_settings() -> None:
    """Who signs the memos (the source's förvaltningschef signs the Traffic Office's)."""
    signers = {
        "TN": memos.BodyMemoSettings("Stab", "Jonas Eliasson", "Eva Nordin", papers_days=21),
        "KS": memos.BodyMemoSettings(
            "Avdelningen för internationella frågor",
            "Malin Ekström",
            "Anders Wik",
            "Stadsdirektör",
            papers_days=28,
        ),
        "MHN": memos.BodyMemoSettings("Miljöanalys", "Gunnar Söderholm", "Lisa Ahl"),
    }
    for short, settings in signers.items():
        body = catalog.body_by_short_name(short)
        if body is not None:
            memos.save_body_memo_settings(body.id, settings)


def _source_examples(demo: Demo) -> None:
    """What the source names: Eurocities, its working group, GrowSmarter, Eccentric, SEF."""
    today = demo.today
    euro = demo.add(
        kind=Kind.MEMBERSHIP,
        case_number="KS 2009/0412",
        title="Medlemskap i Eurocities",
        scope=Scope.CITY_WIDE,
        deciding_body_id="KS",  # a city-wide network: the City Executive Board (R4)
        decision_date=date(2009, 5, 11),
        responsible_body_id="KS",
        contact_person="Anders Wik",
        theme_id="Smarta städer",
        directions=int(P | M | C | INF),
        mutual_benefit="Erfarenhetsutbyte och påverkan på EU:s stadspolitik.",
        start_date=date(2009, 7, 1),
        annual_cost=Decimal("285000"),
        cost_payer_body_id="KS",
        counterparty_ids=("Eurocities",),
        notes="Stadens största nätverk; arbetsgrupper inom transport, miljö och kultur.",
        document_links=("https://eurocities.eu", r"\\stockholm.se\diarie\KS-2009-0412.pdf"),
    )
    demo.review(
        euro,
        ReviewOutcome.CONTINUE,
        "KS",
        years_ago(today, 4, 75),
        871,
        "Fortsatt deltagande; tydlig nytta för påverkan i EU.",
    )  # next review in 75 days: due soon
    decided = years_ago(today, 4, -40)
    demo.add(
        kind=Kind.LETTER_OF_INTENT,
        case_number=case_number("TN", decided, 2117),
        title="Deltagande i Eurocities arbetsgrupp Smart city logistics and fleet management",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id="TN",
        decision_date=decided,
        responsible_body_id="TN",
        contact_person="Karin Dhakal",
        theme_id="Transport och trafik",
        directions=int(M | C),
        mutual_benefit="Stadslogistik och fordonsflottor: metoder och data delas i gruppen.",
        start_date=decided,
        annual_cost=Decimal("0"),
        counterparty_ids=("Eurocities arbetsgrupp Smart city logistics and fleet management",),
        notes="Trafikkontoret var ordförande i arbetsgruppen 2016 (se T2016-01906).",
    )  # overdue by 40 days (R3)
    growsmarter = demo.add(
        kind=Kind.COOPERATION,
        case_number="T2014-00518",
        title="GrowSmarter – smarta stadslösningar",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id="TN",
        decision_date=date(2014, 11, 20),
        responsible_body_id="TN",
        contact_person="Karin Dhakal",
        theme_id="Smarta städer",
        directions=int(M | C),
        mutual_benefit="Demonstration av smarta lösningar för energi och trafik med Köln "
        "och Barcelona.",
        start_date=date(2015, 1, 1),
        end_date=date(2019, 12, 31),
        review_interval_months=None,
        annual_cost=Decimal("0"),
        project_kind=ProjectKind.EU,
        external_financiers="EU (Horisont 2020)",
        external_share=Decimal("100"),
        city_contribution=Decimal("0"),
        counterparty_ids=("GrowSmarter (Horisont 2020)", "Köln", "Barcelona"),
        notes="Fyrtornsstäder: Stockholm, Köln och Barcelona. Partnerstäder i projektet: "
        "Valletta, Porto, Lissabon, Graz, Suceava, Cork och Helsingfors. Avslutat enligt plan.",
    )
    _assess_partner_cities(growsmarter)
    demo.add(
        kind=Kind.COOPERATION,
        case_number="T2016-00233",
        title="Eccentric – hållbar mobilitet i förorter (CIVITAS)",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id="TN",
        decision_date=date(2016, 6, 16),
        responsible_body_id="TN",
        contact_person="Karin Dhakal",
        theme_id="Transport och trafik",
        directions=int(M | C),
        mutual_benefit="Test av mobilitetstjänster med Madrid och Turku.",
        start_date=date(2016, 9, 1),
        end_date=date(2020, 8, 31),
        review_interval_months=None,
        annual_cost=Decimal("150000"),
        cost_payer_body_id="TN",
        project_kind=ProjectKind.EU,
        external_financiers="EU (Horisont 2020, CIVITAS)",
        external_share=Decimal("80"),
        counterparty_ids=("Eccentric (CIVITAS)", "Madrid", "Turku"),
    )
    sef = demo.add(
        kind=Kind.MEMBERSHIP,
        case_number="KS 2010/1180",
        title="Medlemskap i Stockholmsregionens Europaförening (SEF)",
        scope=Scope.CITY_WIDE,
        deciding_body_id="KF",
        decision_date=date(2010, 11, 22),
        responsible_body_id="KS",
        contact_person="Anders Wik",
        theme_id="EU-frågor",
        directions=int(M | INF),
        mutual_benefit="Bevakning och påverkan i Bryssel tillsammans med regionen.",
        start_date=date(2011, 1, 1),
        annual_cost=Decimal("1450000"),
        cost_payer_body_id="KS",
        counterparty_ids=("Stockholmsregionens Europaförening (SEF)",),
        notes="Samordnas av stadsledningskontoret.",
    )
    demo.review(
        sef,
        ReviewOutcome.CONTINUE,
        "KS",
        years_ago(today, 4, 150),
        1204,
        "Fortsatt medlemskap; kommunstyrelsen beslutar om fortsättning.",
    )  # due in 150 days


def _assess_partner_cities(record: entries.EntryRecord) -> None:
    """ "Partnerstäder" in an EU project are no twin cities: the demo's assessed warning."""
    for checked in assessments.entry_findings(record.data, record.id, catalog.rule_context()):
        if checked.finding.code == "R1":
            assessments.assess_entry_finding(
                record.id,
                "R1",
                checked.fingerprint,
                "Inte ett vänortsavtal: partnerstäder (följestäder) i EU-projektet GrowSmarter.",
            )


def _extras(demo: Demo, count: int, rng: random.Random) -> None:
    """The register's everyday entries; dates vary, facts stay consistent."""
    today = demo.today
    for n in range(count):
        x = EXTRAS[n % len(EXTRAS)]
        decided = today - timedelta(days=rng.randint(60, 365 * 4 + 300))
        kw: dict = dict(
            kind=x.kind,
            title=x.title if n < len(EXTRAS) else f"{x.title} ({decided.year})",
            case_number=case_number(x.body, decided, 1000 + n),
            scope=Scope.CITY_WIDE if x.scope_city_wide else Scope.OPERATION_SPECIFIC,
            deciding_body_id=x.body,
            decision_date=decided,
            responsible_body_id=x.body,
            theme_id=x.theme,
            directions=x.directions,
            start_date=decided + timedelta(days=rng.randint(0, 60)),
            counterparty_ids=(x.counterparty,),
            continued=x.continued,
            currency=x.currency,
        )
        if x.cost is not None:
            kw["annual_cost"] = Decimal(x.cost)
            if x.cost:
                kw["cost_payer_body_id"] = x.body
        if x.kind == Kind.COOPERATION:
            kw.update(
                mutual_benefit=x.benefit,
                end_date=kw["start_date"] + timedelta(days=365 * rng.randint(2, 4)),
                review_interval_months=None,
            )
        demo.add(**kw)


def _letters(demo: Demo) -> None:
    for letter in LETTERS:
        invitations.create_letter(
            InvitationData(
                demo.today - timedelta(days=letter.days_ago),
                letter.delegation,
                letter.country,
                demo.bodies[letter.body],
                letter.directions,
                letter.justification,
                letter.decided_by,
            )
        )


__all__ = ["build_demo"]
