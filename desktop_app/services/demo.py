"""The demo register: the source's real examples plus enough to show every
kind, status and rule finding. Dates are relative to today so that the demo
always has reviews due soon and overdue. Written through the services, so
the demo's history is real too.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from desktop_app.domain.dates import add_years
from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import (
    BodyKind,
    CounterpartyType,
    Direction,
    Kind,
    ReviewOutcome,
    Scope,
    Status,
)

from . import catalog, entries

P, M, C, INF = (
    Direction.PROFILING,
    Direction.MONITORING,
    Direction.COOPERATION,
    Direction.INFLUENCE,
)

EXTRA_BODIES = [
    catalog.BodyData(
        "KUN",
        "Kulturnämnden",
        BodyKind.COMMITTEE,
        "Culture Committee",
        "Kulturförvaltningen",
        "Maria Lindqvist",
        "Internationell samordnare",
        "maria.lindqvist@stockholm.se",
        "08-508 310 00",
    ),
    catalog.BodyData(
        "MHN",
        "Miljö- och hälsoskyddsnämnden",
        BodyKind.COMMITTEE,
        "Environment and Health Committee",
        "Miljöförvaltningen",
        "Erik Holm",
        "Strateg, internationella frågor",
        "erik.holm@stockholm.se",
        "08-508 280 00",
    ),
    catalog.BodyData(
        "UN",
        "Utbildningsnämnden",
        BodyKind.COMMITTEE,
        "Education Committee",
        "Utbildningsförvaltningen",
        "Sara Nyström",
        "EU-samordnare",
        "sara.nystrom@stockholm.se",
        "08-508 330 00",
    ),
    catalog.BodyData(
        "SVOA",
        "Stockholm Vatten och Avfall AB, styrelsen",
        BodyKind.COMPANY_BOARD,
        "Stockholm Water and Waste, board",
        "Stockholm Vatten och Avfall AB",
        "Johan Berg",
        "Internationell kontakt",
        "johan.berg@svoa.se",
        "08-522 120 00",
    ),
    catalog.BodyData(
        "SBR",
        "Stockholm Business Region AB, styrelsen",
        BodyKind.COMPANY_BOARD,
        "Stockholm Business Region, board",
        "Stockholm Business Region AB",
        "Lena Ek",
        "Head of International Relations",
        "lena.ek@stockholm.se",
        "08-508 280 90",
    ),
]

CONTACTS = {
    "TN": (
        "Karin Dhakal",
        "Utredare, internationella frågor",
        "karin.dhakal@stockholm.se",
        "08-508 261 85",
    ),
    "KS": ("Anders Wik", "Internationell chef", "anders.wik@stockholm.se", "08-508 290 00"),
}

COUNTERPARTIES = [
    ("Eurocities", "Belgien", CounterpartyType.NETWORK),
    (
        "Eurocities arbetsgrupp Smart city logistics and fleet management",
        "Belgien",
        CounterpartyType.NETWORK,
    ),
    ("GrowSmarter (Horisont 2020)", "EU", CounterpartyType.EU_PROJECT),
    ("Eccentric (CIVITAS)", "EU", CounterpartyType.EU_PROJECT),
    ("Stockholmsregionens Europaförening (SEF)", "Belgien", CounterpartyType.ORGANISATION),
    ("Köln", "Tyskland", CounterpartyType.CITY),
    ("Barcelona", "Spanien", CounterpartyType.CITY),
    ("Łódź", "Polen", CounterpartyType.CITY),
    ("Kraków", "Polen", CounterpartyType.CITY),
    ("Madrid", "Spanien", CounterpartyType.CITY),
    ("Turku", "Finland", CounterpartyType.CITY),
    ("ICLEI – Local Governments for Sustainability", "Tyskland", CounterpartyType.NETWORK),
    ("Covenant of Mayors for Climate & Energy", "EU", CounterpartyType.NETWORK),
    ("Union of the Baltic Cities (UBC)", "Polen", CounterpartyType.NETWORK),
    ("POLIS – Cities and Regions for Transport Innovation", "Belgien", CounterpartyType.NETWORK),
    ("Sankt Petersburg", "Ryssland", CounterpartyType.CITY),
    ("Sida", "Sverige", CounterpartyType.ORGANISATION),
    ("Tallinn", "Estland", CounterpartyType.CITY),
    ("Helsingfors", "Finland", CounterpartyType.CITY),
    ("Oslo", "Norge", CounterpartyType.CITY),
    ("Köpenhamn", "Danmark", CounterpartyType.CITY),
    ("Riga", "Lettland", CounterpartyType.CITY),
    ("Wien", "Österrike", CounterpartyType.CITY),
    ("C40 Cities", "Storbritannien", CounterpartyType.NETWORK),
    ("Nordiska ministerrådet", "Danmark", CounterpartyType.ORGANISATION),
]


def _years_ago(today: date, years: int, plus_days: int = 0) -> date:
    return add_years(today, -years) + timedelta(days=plus_days)


def build_demo(today: date | None = None, extra: int = 24, seed: int = 2016) -> int:
    """Fill an empty, seeded register with the demo. Returns entries created."""
    today = today or date.today()
    for body in EXTRA_BODIES:
        if catalog.body_by_short_name(body.short_name) is None:
            catalog.create_body(body)
    for short, (name, role, email, phone) in CONTACTS.items():
        body = catalog.body_by_short_name(short)
        if body and not body.contact_name:
            body.contact_name, body.contact_role = name, role
            body.contact_email, body.contact_phone = email, phone
            catalog.update_body(body.id, body, body.version)
    bodies = {b.short_name: b.id for b in catalog.list_bodies()}
    themes = {t.name_sv: t.id for t in catalog.list_themes()}
    cps = {
        name: catalog.get_or_create_counterparty(name, country, kind).id
        for name, country, kind in COUNTERPARTIES
    }
    created = 0

    def add(**kw) -> entries.EntryRecord:
        nonlocal created
        kw.setdefault("directions", int(M | C))
        data = EntryData(**kw)
        created += 1
        return entries.create_entry(data)

    # --- The source's own examples -------------------------------------------------
    euro = add(
        kind=Kind.MEMBERSHIP,
        case_number="KS 2009/0412",
        title="Medlemskap i Eurocities",
        scope=Scope.CITY_WIDE,
        deciding_body_id=bodies["KF"],
        decision_date=date(2009, 5, 11),
        responsible_body_id=bodies["KS"],
        contact_person="Anders Wik",
        theme_id=themes["Smarta städer"],
        directions=int(P | M | C | INF),
        mutual_benefit="Erfarenhetsutbyte och påverkan på EU:s stadspolitik.",
        start_date=date(2009, 7, 1),
        review_interval_years=4,
        annual_cost=Decimal("285000"),
        cost_payer="Kommunstyrelsen",
        counterparty_ids=(cps["Eurocities"],),
        notes="Stadens största nätverk; arbetsgrupper inom transport, miljö och kultur.",
        document_links=("https://eurocities.eu", r"\\stockholm.se\diarie\KS-2009-0412.pdf"),
    )
    euro = entries.record_review(
        euro.id,
        entries.ReviewInput(
            ReviewOutcome.CONTINUE,
            _years_ago(today, 4, 75),
            bodies["KF"],
            _years_ago(today, 4, 75),
            "KS 2022/0871",
            "Fortsatt medlemskap; tydlig nytta för påverkan i EU.",
        ),
        euro.version,
    )  # next review in 75 days: due soon
    add(
        kind=Kind.LETTER_OF_INTENT,
        case_number="T2016-01906",
        title="Deltagande i Eurocities arbetsgrupp Smart city logistics and fleet management",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id=bodies["TN"],
        decision_date=_years_ago(today, 4, -40),
        responsible_body_id=bodies["TN"],
        contact_person="Karin Dhakal",
        theme_id=themes["Transport och trafik"],
        directions=int(M | C),
        mutual_benefit="Trafikkontoret leder gruppen 2016.",
        start_date=date(2016, 1, 1),
        review_interval_years=4,
        counterparty_ids=(cps["Eurocities arbetsgrupp Smart city logistics and fleet management"],),
        notes="Trafikkontoret är ordförande för arbetsgruppen 2016.",
    )  # overdue by 40 days
    add(
        kind=Kind.COOPERATION,
        case_number="T2014-00518",
        title="GrowSmarter – smarta stadslösningar",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id=bodies["TN"],
        decision_date=date(2014, 11, 20),
        responsible_body_id=bodies["TN"],
        contact_person="Karin Dhakal",
        theme_id=themes["Smarta städer"],
        directions=int(M | C),
        mutual_benefit="Demonstration av smarta lösningar för energi och trafik med Köln "
        "och Barcelona.",
        start_date=date(2015, 1, 1),
        end_date=date(2019, 12, 31),
        review_interval_years=None,
        annual_cost=Decimal("0"),
        cost_payer="EU (Horisont 2020)",
        counterparty_ids=(cps["GrowSmarter (Horisont 2020)"], cps["Köln"], cps["Barcelona"]),
        notes="EU-projekt inom Horisont 2020; avslutat enligt plan.",
    )  # expired
    add(
        kind=Kind.COOPERATION,
        case_number="T2016-00233",
        title="Eccentric – hållbar mobilitet i förorter (CIVITAS)",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id=bodies["TN"],
        decision_date=date(2016, 6, 16),
        responsible_body_id=bodies["TN"],
        contact_person="Karin Dhakal",
        theme_id=themes["Transport och trafik"],
        directions=int(M | C),
        mutual_benefit="Test av mobilitetstjänster med Madrid och Turku.",
        start_date=date(2016, 9, 1),
        end_date=add_years(today, 1),
        review_interval_years=None,
        annual_cost=Decimal("120000"),
        cost_payer="Trafiknämnden",
        counterparty_ids=(cps["Eccentric (CIVITAS)"], cps["Madrid"], cps["Turku"]),
    )
    add(
        kind=Kind.MEMBERSHIP,
        case_number="KS 2011/1180",
        title="Medlemskap i Stockholmsregionens Europaförening (SEF)",
        scope=Scope.CITY_WIDE,
        deciding_body_id=bodies["KF"],
        decision_date=_years_ago(today, 4, 150),
        responsible_body_id=bodies["KS"],
        contact_person="Anders Wik",
        theme_id=themes["EU-frågor"],
        directions=int(M | INF),
        mutual_benefit="Bevakning och påverkan i Bryssel tillsammans med regionen.",
        start_date=date(2011, 1, 1),
        review_interval_years=4,
        annual_cost=Decimal("1450000"),
        cost_payer="Kommunstyrelsen",
        counterparty_ids=(cps["Stockholmsregionens Europaförening (SEF)"],),
    )  # due in 150 days
    # --- Rule findings the demo must show ---------------------------------------------
    add(
        kind=Kind.COOPERATION,
        case_number="KS 2026/0999",
        title="Vänortsavtal med Sankt Petersburg",
        scope=Scope.CITY_WIDE,
        deciding_body_id=bodies["KS"],
        decision_date=None,
        theme_id=themes["Kultur"],
        mutual_benefit="Kulturutbyte.",
        status=Status.DRAFT,
        start_date=today,
        end_date=add_years(today, 3),
        counterparty_ids=(cps["Sankt Petersburg"],),
        notes="Inkommen förfrågan. Strategin: staden tecknar inga vänortsavtal (R1).",
    )  # R1
    add(
        kind=Kind.MEMBERSHIP,
        case_number="T2021-00412",
        title="Medlemskap i ICLEI – Local Governments for Sustainability",
        scope=Scope.CITY_WIDE,
        deciding_body_id=bodies["TN"],
        decision_date=_years_ago(today, 2),
        responsible_body_id=bodies["MHN"],
        contact_person="Erik Holm",
        theme_id=themes["Klimat och miljö"],
        directions=int(M | C | INF),
        mutual_benefit="Klimatarbete i nätverk.",
        start_date=_years_ago(today, 2),
        review_interval_years=4,
        annual_cost=Decimal("95000"),
        cost_payer="Miljö- och hälsoskyddsnämnden",
        counterparty_ids=(cps["ICLEI – Local Governments for Sustainability"],),
        notes="Stadsövergripande medlemskap beslutat av nämnd: mandatet ligger hos KF (R4).",
    )  # R4
    add(
        kind=Kind.MEMBERSHIP,
        case_number="KS 2019/0230",
        title="Medlemskap i Union of the Baltic Cities (UBC)",
        scope=Scope.CITY_WIDE,
        deciding_body_id=bodies["KF"],
        decision_date=_years_ago(today, 3),
        responsible_body_id=bodies["KS"],
        theme_id=themes["Stadsutveckling"],
        directions=int(C | P),
        start_date=_years_ago(today, 3),
        review_interval_years=6,
        annual_cost=Decimal("60000"),
        cost_payer="Kommunstyrelsen",
        counterparty_ids=(cps["Union of the Baltic Cities (UBC)"],),
    )  # R3 long interval
    add(
        kind=Kind.LETTER_OF_INTENT,
        case_number="KS 2024/0144",
        title="Anslutning till Covenant of Mayors for Climate & Energy",
        scope=Scope.CITY_WIDE,
        deciding_body_id=bodies["IB"],
        decision_date=_years_ago(today, 2, 30),
        responsible_body_id=bodies["MHN"],
        theme_id=themes["Klimat och miljö"],
        directions=int(P | INF),
        start_date=_years_ago(today, 2, 30),
        review_interval_years=4,
        annual_cost=None,
        counterparty_ids=(cps["Covenant of Mayors for Climate & Energy"],),
        notes="Deklaration utan resursåtagande; beslut i internationella beredningen.",
    )
    add(
        kind=Kind.COOPERATION,
        case_number="T2025-00077",
        title="Samarbete om trafiksäkerhet med Łódź och Kraków",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id=bodies["TN"],
        decision_date=_years_ago(today, 1),
        responsible_body_id=bodies["TN"],
        contact_person="Karin Dhakal",
        theme_id=themes["Transport och trafik"],
        directions=int(C),
        mutual_benefit="Utbyte om Nollvisionen och säkra skolvägar.",
        start_date=_years_ago(today, 1),
        end_date=add_years(today, 2),
        review_interval_years=None,
        annual_cost=Decimal("40000"),
        cost_payer="Trafiknämnden",
        counterparty_ids=(cps["Łódź"], cps["Kraków"]),
    )
    add(
        kind=Kind.COOPERATION,
        case_number="KS 2025/0310",
        title="Biståndsprojekt om avfallshantering i Riga",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id=bodies["SVOA"],
        decision_date=_years_ago(today, 1),
        responsible_body_id=bodies["SVOA"],
        theme_id=themes["Bistånd"],
        directions=int(C),
        mutual_benefit="Kunskapsöverföring.",
        start_date=_years_ago(today, 1),
        end_date=add_years(today, 1),
        review_interval_years=None,
        annual_cost=Decimal("75000"),
        cost_payer="",
        counterparty_ids=(cps["Riga"], cps["Sida"]),
        notes="Delvis finansierat av Sida; resten bär bolaget (R5, R6).",
    )  # R5 + R6
    term = add(
        kind=Kind.MEMBERSHIP,
        case_number="KS 2012/0701",
        title="Medlemskap i POLIS",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id=bodies["TN"],
        decision_date=date(2012, 3, 1),
        responsible_body_id=bodies["TN"],
        theme_id=themes["Transport och trafik"],
        start_date=date(2012, 3, 1),
        review_interval_years=4,
        annual_cost=Decimal("30000"),
        cost_payer="Trafiknämnden",
        counterparty_ids=(cps["POLIS – Cities and Regions for Transport Innovation"],),
    )
    entries.terminate_entry(
        term.id, date(2020, 12, 31), "Överlappar Eurocities arbete.", bodies["TN"], term.version
    )
    old = add(
        kind=Kind.LETTER_OF_INTENT,
        case_number="KS 2008/0099",
        title="Avsiktsförklaring om kulturutbyte med Wien",
        scope=Scope.OPERATION_SPECIFIC,
        deciding_body_id=bodies["KUN"],
        decision_date=date(2008, 4, 1),
        responsible_body_id=bodies["KUN"],
        theme_id=themes["Kultur"],
        start_date=date(2008, 4, 1),
        end_date=date(2012, 4, 1),
        review_interval_years=4,
        counterparty_ids=(cps["Wien"],),
    )
    entries.archive_entry(old.id, old.version)

    # --- Further entries so the register has volume and every kind ---------------------
    rng = random.Random(seed)
    cities = [
        "Tallinn",
        "Helsingfors",
        "Oslo",
        "Köpenhamn",
        "Riga",
        "Turku",
        "Barcelona",
        "Madrid",
        "Köln",
        "Kraków",
        "Łódź",
    ]
    committee_codes = ["TN", "KUN", "MHN", "UN", "SVOA", "SBR"]
    theme_names = [t for t in themes if t != "Bistånd"]
    for n in range(extra):
        kind = rng.choice([Kind.COOPERATION, Kind.LETTER_OF_INTENT, Kind.MEMBERSHIP])
        body = rng.choice(committee_codes)
        city = rng.choice(cities)
        theme = rng.choice(theme_names)
        decided = today - timedelta(days=rng.randint(30, 365 * 5))
        kw: dict = dict(
            kind=kind,
            case_number=f"{body} {decided.year}/{1000 + n:04d}",
            scope=Scope.OPERATION_SPECIFIC,
            deciding_body_id=bodies[body],
            decision_date=decided,
            responsible_body_id=bodies[body],
            theme_id=themes[theme],
            directions=rng.choice([int(C), int(M | C), int(P | C), int(C | INF)]),
            start_date=decided,
            counterparty_ids=(cps[city],),
            contact_person=rng.choice(
                [
                    "Maria Lindqvist",
                    "Erik Holm",
                    "Sara Nyström",
                    "Johan Berg",
                    "Lena Ek",
                    "Karin Dhakal",
                ]
            ),
            annual_cost=Decimal(rng.choice([0, 15000, 25000, 50000, 80000])),
            cost_payer=f"{body}",
        )
        if kind == Kind.COOPERATION:
            kw.update(
                title=f"Samarbete med {city} om {theme.lower()}",
                mutual_benefit=f"Ömsesidigt utbyte av erfarenheter inom {theme.lower()}.",
                end_date=decided + timedelta(days=365 * rng.randint(1, 4)),
                review_interval_years=None,
            )
        elif kind == Kind.LETTER_OF_INTENT:
            kw.update(
                title=f"Avsiktsförklaring med {city} om {theme.lower()}", review_interval_years=4
            )
        else:
            kw.update(
                title=f"Medlemskap i nätverk för {theme.lower()} ({city})", review_interval_years=4
            )
        add(**kw)
    return created
