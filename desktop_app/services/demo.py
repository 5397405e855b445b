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

from desktop_app.domain.dates import add_months, add_years
from desktop_app.domain.entry import EntryData
from desktop_app.domain.invitations import InvitationData
from desktop_app.domain.kinds import (
    Engagement,
    Kind,
    ProjectKind,
    ReviewOutcome,
    Scope,
    Status,
)

from . import assessments, catalog, entries, invitations
from .demo_data import (
    CONTACTS,
    COUNTERPARTIES,
    EXTRA_BODIES,
    EXTRAS,
    INF,
    LETTERS,
    C,
    M,
    P,
    case_number,
)


def _years_ago(today: date, years: int, plus_days: int = 0) -> date:
    return add_years(today, -years) + timedelta(days=plus_days)


class _Demo:
    """Ids of the register's bodies, themes and counterparties, and a counter."""

    def __init__(self, today: date) -> None:
        self.today = today
        for body in EXTRA_BODIES:
            if catalog.body_by_short_name(body.short_name) is None:
                catalog.create_body(body)
        for short, (name, role, email, phone) in CONTACTS.items():
            body = catalog.body_by_short_name(short)
            if body and not body.contact_name:
                body.contact_name, body.contact_role = name, role
                body.contact_email, body.contact_phone = email, phone
                catalog.update_body(body.id, body, body.version)
        self.bodies = {b.short_name: b.id for b in catalog.list_bodies()}
        self.themes = {t.name_sv: t.id for t in catalog.list_themes()}
        self.cps = {
            name: catalog.get_or_create_counterparty(name, country, kind).id
            for name, country, kind in COUNTERPARTIES
        }
        self.created = 0

    def add(self, **kw) -> entries.EntryRecord:
        kw.setdefault("directions", int(M | C))
        for key in ("deciding_body_id", "responsible_body_id", "cost_payer_body_id"):
            if isinstance(kw.get(key), str):
                kw[key] = self.bodies[kw[key]]
        if isinstance(kw.get("theme_id"), str):
            kw["theme_id"] = self.themes[kw["theme_id"]]
        kw["counterparty_ids"] = tuple(self.cps[c] for c in kw.get("counterparty_ids", ()))
        self.created += 1
        return entries.create_entry(EntryData(**kw))

    def review(self, record, outcome, body: str, when: date, number: int, note: str):
        return entries.record_review(
            record.id,
            entries.ReviewInput(
                outcome, when, self.bodies[body], when, case_number(body, when, number), note
            ),
            record.version,
            today=self.today,
        )


def build_demo(today: date | None = None, extra: int = len(EXTRAS), seed: int = 2016) -> int:
    """Fill an empty, seeded register with the demo. Returns entries created."""
    demo = _Demo(today or date.today())
    _source_examples(demo)
    _findings(demo)
    _extras(demo, extra, random.Random(seed))
    _letters(demo)
    return demo.created


def _source_examples(demo: _Demo) -> None:
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
        _years_ago(today, 4, 75),
        871,
        "Fortsatt deltagande; tydlig nytta för påverkan i EU.",
    )  # next review in 75 days: due soon
    decided = _years_ago(today, 4, -40)
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
        _years_ago(today, 4, 150),
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


def _findings(demo: _Demo) -> None:
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
    decided = _years_ago(today, 2)
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
    decided = _years_ago(today, 3)
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
    decided = _years_ago(today, 2, 30)
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
    decided = _years_ago(today, 1, 20)
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
    decided = _years_ago(today, 1)
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


def _aid_and_ends(demo: _Demo) -> None:
    """R5 (aid), R4 on a termination and a review, R3 after the end, R6 as written."""
    today = demo.today
    decided = _years_ago(today, 1, 45)
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
    decided = _years_ago(today, 3)
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
    decided = _years_ago(today, 5)
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
        _years_ago(today, 1, 10),
        702,
        "Fortsätter enligt tjänsteutlåtande.",
    )  # R4: an administration "decided" the continuation
    decided = _years_ago(today, 1, 60)
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
    decided = _years_ago(today, 2, 100)
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


def _extras(demo: _Demo, count: int, rng: random.Random) -> None:
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


def _letters(demo: _Demo) -> None:
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
