"""The demo register's vocabularies (bodies, counterparties, extra entries, letters)
and ``Demo``, which writes entries through the services with names for ids.

Kept apart from ``demo.py`` and ``demo_findings.py``, which say what the demo holds. Names are real where the source names them (Eurocities and its
working group, GrowSmarter, Eccentric, SEF) and plausible elsewhere; case
numbers follow each body's own series ("KS 2024/0144" for the City Executive
Board and what it prepares for the Council, "T2024-00412" for the Traffic
Committee, "SVOA-2025-031" for a company), in the year of the decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.domain.dates import add_years
from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import BodyKind, CounterpartyType, Direction, Kind

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
    # No international contact person yet: the demo's R8 finding.
    catalog.BodyData(
        "UN",
        "Utbildningsnämnden",
        BodyKind.COMMITTEE,
        "Education Committee",
        "Utbildningsförvaltningen",
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

# Each body's case number series: (prefix, separator style).
SERIES = {
    "KF": "KS {y}/{n:04d}",
    "KS": "KS {y}/{n:04d}",
    "IB": "KS {y}/{n:04d}",
    "SLK": "KS {y}/{n:04d}",  # the office registers in the City Executive Board's diary
    "TN": "T{y}-{n:05d}",
    "KUN": "KUF {y}/{n:04d}",
    "MHN": "MHF {y}/{n:04d}",
    "UN": "UTF {y}/{n:04d}",
    "SVOA": "SVOA-{y}-{n:03d}",
    "SBR": "SBR {y}/{n:03d}",
}


def case_number(body: str, decided: date, n: int) -> str:
    """A case number in ``body``'s series for a decision taken on ``decided``."""
    return SERIES[body].format(y=decided.year, n=n)


NET, ORG, CITY, EU = (
    CounterpartyType.NETWORK,
    CounterpartyType.ORGANISATION,
    CounterpartyType.CITY,
    CounterpartyType.EU_PROJECT,
)

COUNTERPARTIES = [
    ("Eurocities", "Belgien", NET),
    ("Eurocities arbetsgrupp Smart city logistics and fleet management", "Belgien", NET),
    ("GrowSmarter (Horisont 2020)", "EU", EU),
    ("Eccentric (CIVITAS)", "EU", EU),
    ("Stockholmsregionens Europaförening (SEF)", "Belgien", ORG),
    ("ICLEI – Local Governments for Sustainability", "Tyskland", ORG),
    ("Covenant of Mayors for Climate & Energy", "EU", NET),
    ("Europeiska kommissionen (Green City Accord)", "EU", ORG),
    ("Union of the Baltic Cities (UBC)", "Polen", NET),
    ("POLIS – Cities and Regions for Transport Innovation", "Belgien", NET),
    ("Energy Cities", "Frankrike", ORG),
    ("C40 Cities", "Storbritannien", NET),
    ("CIVITAS Forum Network", "EU", NET),
    ("Procura+ (ICLEI:s nätverk för hållbar upphandling)", "Tyskland", NET),
    ("Culture Action Europe", "Belgien", ORG),
    ("International Water Association (IWA)", "Storbritannien", ORG),
    ("International Association of Educating Cities (IAEC)", "Spanien", ORG),
    ("European Business and Innovation Centre Network (EBN)", "Belgien", NET),
    ("ICLD – Internationellt centrum för lokal demokrati", "Sverige", ORG),
    ("Köln", "Tyskland", CITY),
    ("Barcelona", "Spanien", CITY),
    ("Łódź", "Polen", CITY),
    ("Kraków", "Polen", CITY),
    ("Madrid", "Spanien", CITY),
    ("Turku", "Finland", CITY),
    ("Tallinn", "Estland", CITY),
    ("Helsingfors", "Finland", CITY),
    ("Oslo", "Norge", CITY),
    ("Köpenhamn", "Danmark", CITY),
    ("Riga", "Lettland", CITY),
    ("Wien", "Österrike", CITY),
    ("Busan", "Sydkorea", CITY),
    ("Chișinău", "Moldavien", CITY),
    ("Lviv", "Ukraina", CITY),
]


@dataclass(frozen=True)
class Extra:
    """One of the register's everyday entries: clean unless its dates make a review due."""

    body: str
    kind: str
    title: str
    counterparty: str
    theme: str
    directions: int
    benefit: str = ""
    cost: int | None = None
    currency: str = "SEK"
    scope_city_wide: bool = False
    continued: bool = False


EXTRAS = [
    Extra("TN", Kind.COOPERATION, "Samarbete med Oslo om utsläppsfria zoner", "Oslo",
          "Transport och trafik", int(M | C), "Erfarenheter av nollutsläppszoner i innerstaden.",
          25000),
    Extra("TN", Kind.COOPERATION, "Samarbete med Helsingfors om vintercykling", "Helsingfors",
          "Transport och trafik", int(C), "Vinterväghållning av cykelbanor, mätningar.", 15000),
    Extra("TN", Kind.MEMBERSHIP, "Fortsatt deltagande i CIVITAS Forum Network",
          "CIVITAS Forum Network", "Transport och trafik", int(M | C), cost=0, continued=True),
    Extra("KUN", Kind.COOPERATION, "Samarbete med Köpenhamn om folkbibliotek", "Köpenhamn",
          "Kultur", int(C), "Utbyte om meröppna bibliotek.", 20000),
    Extra("KUN", Kind.LETTER_OF_INTENT, "Avsiktsförklaring med Riga om kulturarv", "Riga",
          "Kultur", int(P | C), cost=0),
    Extra("MHN", Kind.COOPERATION, "Samarbete med Riga om luftkvalitet", "Riga",
          "Klimat och miljö", int(M | C), "Gemensamma mätmetoder för partiklar.", 30000),
    Extra("MHN", Kind.COOPERATION, "Samarbete med Łódź om klimatanpassning", "Łódź",
          "Klimat och miljö", int(C), "Skyfallsplanering och gröna ytor.", 20000),
    Extra("MHN", Kind.MEMBERSHIP, "Medlemskap i Procura+",
          "Procura+ (ICLEI:s nätverk för hållbar upphandling)", "Klimat och miljö",
          int(M | C), cost=3000, currency="EUR"),
    Extra("UN", Kind.COOPERATION, "Samarbete med Tallinn om digitalt lärande", "Tallinn",
          "Utbildning", int(C), "Lärarutbyte om digitala läromedel.", 40000),
    Extra("UN", Kind.LETTER_OF_INTENT, "Avsiktsförklaring med Turku om yrkesutbildning", "Turku",
          "Utbildning", int(C), cost=0),
    Extra("UN", Kind.MEMBERSHIP, "Medlemskap i International Association of Educating Cities",
          "International Association of Educating Cities (IAEC)", "Utbildning",
          int(M | C), cost=800, currency="EUR"),
    Extra("SVOA", Kind.COOPERATION, "Samarbete med Helsingfors om biogas", "Helsingfors",
          "Energi", int(C), "Uppgradering av biogas från avloppsslam.", 50000),
    Extra("SVOA", Kind.MEMBERSHIP, "Medlemskap i International Water Association",
          "International Water Association (IWA)", "Klimat och miljö", int(M),
          cost=2400, currency="EUR"),
    Extra("SBR", Kind.LETTER_OF_INTENT, "Avsiktsförklaring med Barcelona om start-up-utbyte",
          "Barcelona", "Näringsliv och innovation", int(P | C), cost=0),
    Extra("SBR", Kind.MEMBERSHIP, "Medlemskap i EBN",
          "European Business and Innovation Centre Network (EBN)",
          "Näringsliv och innovation", int(P | M), cost=4500, currency="EUR"),
    Extra("KS", Kind.LETTER_OF_INTENT,
          "Avsiktsförklaring om nordiskt huvudstadssamarbete med Oslo", "Oslo",
          "Stadsutveckling", int(M | C), cost=0, scope_city_wide=True),
]  # fmt: skip


@dataclass(frozen=True)
class Letter:
    """R9: an invitation letter to a visiting delegation (days before today)."""

    days_ago: int
    delegation: str
    country: str
    body: str
    directions: int
    justification: str
    decided_by: str


LETTERS = [
    Letter(
        40,
        "Seoul Metropolitan Government, transportavdelningen",
        "Sydkorea",
        "TN",
        int(M | C),
        "Studiebesök om trängselskatt och kollektivtrafik; särskilt prioriterat för "
        "trafikkontorets arbete med framkomlighet.",
        "Jonas Eliasson, förvaltningschef",
    ),
    Letter(
        120,
        "Kyiv City State Administration",
        "Ukraina",
        "KS",
        int(C | INF),
        "Stöd till återuppbyggnad; prioriterat av kommunstyrelsen och i linje med "
        "inriktningen samverkan.",
        "Anders Wik, internationell chef",
    ),
    # Without a justification: the demo's R9 finding.
    Letter(10, "Delegation från Nairobi County", "Kenya", "MHN", 0, "", "Erik Holm"),
]


def years_ago(today: date, years: int, plus_days: int = 0) -> date:
    return add_years(today, -years) + timedelta(days=plus_days)


class Demo:
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
