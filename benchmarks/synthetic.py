"""A synthetic register of N entries for the benchmarks (issue 8), built fast and cached.

The register is created the way the program creates one
(``services.session.open_register``: schema, triggers, seed), then filled
with raw ``executemany`` in one transaction: bodies with their R4 mandates,
a few thousand counterparties that entries share, and N entries with Swedish
titles, themes, notes of a few hundred characters, every kind and status,
and review dates spread around today so that "due" and "overdue" exist.
``search_text``, ``counterparty_names``, the sort keys and the findings
summaries come from the program's own functions; the FTS index is rebuilt once
and ``ANALYZE`` run, as after a big import. The finished file is cached under ``build/bench/`` keyed by N,
seed and ``GENERATOR_VERSION`` (bump it when the data changes).

    python -m benchmarks.synthetic [--n 100000] [--rebuild]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop_app.domain.dates import add_years
from desktop_app.domain.prepared import PREPARED_COLUMNS
from desktop_app.domain.sort_keys import sort_key

GENERATOR_VERSION = 6  # 6: findings summaries (m0009); 5: months, mandates by body kind
ROOT = Path(__file__).resolve().parents[1]
CACHE_DIR = ROOT / "build" / "bench"

# (city, country in Swedish): Swedish and European, diacritics on purpose.
CITIES = [
    ("Göteborg", "Sverige"),
    ("Malmö", "Sverige"),
    ("Uppsala", "Sverige"),
    ("Västerås", "Sverige"),
    ("Örebro", "Sverige"),
    ("Linköping", "Sverige"),
    ("Norrköping", "Sverige"),
    ("Jönköping", "Sverige"),
    ("Umeå", "Sverige"),
    ("Luleå", "Sverige"),
    ("Borås", "Sverige"),
    ("Gävle", "Sverige"),
    ("Łódź", "Polen"),
    ("Kraków", "Polen"),
    ("Gdańsk", "Polen"),
    ("Wrocław", "Polen"),
    ("Poznań", "Polen"),
    ("Szczecin", "Polen"),
    ("Warszawa", "Polen"),
    ("Köln", "Tyskland"),
    ("München", "Tyskland"),
    ("Düsseldorf", "Tyskland"),
    ("Hamburg", "Tyskland"),
    ("Bremen", "Tyskland"),
    ("Lübeck", "Tyskland"),
    ("Nürnberg", "Tyskland"),
    ("Berlin", "Tyskland"),
    ("Kiel", "Tyskland"),
    ("Barcelona", "Spanien"),
    ("Madrid", "Spanien"),
    ("Málaga", "Spanien"),
    ("A Coruña", "Spanien"),
    ("Córdoba", "Spanien"),
    ("València", "Spanien"),
    ("Turku", "Finland"),
    ("Helsingfors", "Finland"),
    ("Tammerfors", "Finland"),
    ("Jyväskylä", "Finland"),
    ("Uleåborg", "Finland"),
    ("Esbo", "Finland"),
    ("Tallinn", "Estland"),
    ("Tartu", "Estland"),
    ("Pärnu", "Estland"),
    ("Riga", "Lettland"),
    ("Liepāja", "Lettland"),
    ("Jūrmala", "Lettland"),
    ("Vilnius", "Litauen"),
    ("Kaunas", "Litauen"),
    ("Klaipėda", "Litauen"),
    ("Oslo", "Norge"),
    ("Bergen", "Norge"),
    ("Tromsø", "Norge"),
    ("Ålesund", "Norge"),
    ("Köpenhamn", "Danmark"),
    ("Århus", "Danmark"),
    ("Odense", "Danmark"),
    ("Aalborg", "Danmark"),
    ("Reykjavík", "Island"),
    ("Akureyri", "Island"),
    ("Wien", "Österrike"),
    ("Graz", "Österrike"),
    ("Linz", "Österrike"),
    ("Zürich", "Schweiz"),
    ("Genève", "Schweiz"),
    ("Amsterdam", "Nederländerna"),
    ("Rotterdam", "Nederländerna"),
    ("Utrecht", "Nederländerna"),
    ("Gent", "Belgien"),
    ("Bryssel", "Belgien"),
    ("Liège", "Belgien"),
    ("Lyon", "Frankrike"),
    ("Besançon", "Frankrike"),
    ("Nîmes", "Frankrike"),
    ("Orléans", "Frankrike"),
    ("Grenoble", "Frankrike"),
    ("Porto", "Portugal"),
    ("Lisboa", "Portugal"),
    ("Brno", "Tjeckien"),
    ("Plzeň", "Tjeckien"),
    ("České Budějovice", "Tjeckien"),
    ("Bratislava", "Slovakien"),
    ("Košice", "Slovakien"),
    ("Ljubljana", "Slovenien"),
    ("Zagreb", "Kroatien"),
    ("Split", "Kroatien"),
    ("Timișoara", "Rumänien"),
    ("Cluj-Napoca", "Rumänien"),
    ("Iași", "Rumänien"),
    ("Debrecen", "Ungern"),
    ("Pécs", "Ungern"),
    ("Győr", "Ungern"),
    ("Thessaloniki", "Grekland"),
    ("Bologna", "Italien"),
    ("Torino", "Italien"),
    ("Milano", "Italien"),
    ("Cork", "Irland"),
    ("Galway", "Irland"),
    ("Edinburgh", "Storbritannien"),
    ("Manchester", "Storbritannien"),
    ("Kyiv", "Ukraina"),
    ("Lviv", "Ukraina"),
    ("İzmir", "Turkiet"),
    ("Sankt Petersburg", "Ryssland"),
    ("Tbilisi", "Georgien"),
]

NETWORKS = [
    ("Eurocities", "Belgien", "network"),
    ("Eurocities arbetsgrupp Smart city logistics and fleet management", "Belgien", "network"),
    ("ICLEI – Local Governments for Sustainability", "Tyskland", "network"),
    ("Union of the Baltic Cities (UBC)", "Polen", "network"),
    ("POLIS – Cities and Regions for Transport Innovation", "Belgien", "network"),
    ("C40 Cities", "Storbritannien", "network"),
    ("Covenant of Mayors for Climate & Energy", "EU", "network"),
    ("Stockholmsregionens Europaförening (SEF)", "Belgien", "organisation"),
    ("GrowSmarter (Horisont 2020)", "EU", "eu_project"),
    ("Eccentric (CIVITAS)", "EU", "eu_project"),
    ("Nordiska ministerrådet", "Danmark", "organisation"),
    ("Sida", "Sverige", "organisation"),
    ("Council of European Municipalities and Regions (CEMR)", "Belgien", "network"),
    ("Energy Cities", "Frankrike", "network"),
    ("Baltic Sea States Subregional Co-operation (BSSSC)", "Polen", "network"),
    ("Strong Cities Network", "Storbritannien", "network"),
    ("Open & Agile Smart Cities (OASC)", "Belgien", "network"),
    ("Climate Alliance – Klima-Bündnis", "Tyskland", "network"),
    ("Mayors for Peace", "Japan", "network"),
    ("European Cities Against Drugs (ECAD)", "Sverige", "network"),
]

PROJECT_WORDS = (
    "CIVITAS",
    "Interreg",
    "Horisont Europa",
    "LIFE",
    "Urbact",
    "Erasmus+",
    "Creative Europe",
)
PROJECT_NAMES = (
    "SmartHubs",
    "CleanPort",
    "GreenMobility",
    "CircularCity",
    "HeatWise",
    "SafeStreets",
    "DigiTwin",
    "CityLoops",
    "BlueWater",
    "SkillsBridge",
    "OpenData4All",
    "CultureNet",
    "NetZeroNorth",
    "BalticBike",
    "FoodShift",
    "AirQ",
    "ResilientCoast",
    "YouthLab",
)
CITY_PARTIES = (
    "{c} stad",
    "{c} kommun",
    "Region kring {c}",
    "{c} universitet",
    "{c} handelskammare",
    "{c} hamn",
    "{c} kollektivtrafik",
    "{c} energibolag",
    "{c} stadsbibliotek",
    "{c} miljöförvaltning",
    "{c} kulturförvaltning",
    "{c} näringslivsbolag",
    "{c} brandkår",
    "{c} vatten och avlopp",
    "{c} bostadsbolag",
    "{c} skolförvaltning",
    "{c} trafikverk",
    "{c} konsthall",
    "{c} Science Park",
    "{c} Chamber of Commerce",
)

EXTRA_BODIES = [
    ("KUN", "Kulturnämnden", "committee", "Kulturförvaltningen"),
    ("MHN", "Miljö- och hälsoskyddsnämnden", "committee", "Miljöförvaltningen"),
    ("UN", "Utbildningsnämnden", "committee", "Utbildningsförvaltningen"),
    ("SBN", "Stadsbyggnadsnämnden", "committee", "Stadsbyggnadskontoret"),
    ("IFN", "Idrottsnämnden", "committee", "Idrottsförvaltningen"),
    ("SN", "Socialnämnden", "committee", "Socialförvaltningen"),
    ("ÄN", "Äldrenämnden", "committee", "Äldreförvaltningen"),
    ("AMN", "Arbetsmarknadsnämnden", "committee", "Arbetsmarknadsförvaltningen"),
    ("FN", "Fastighetsnämnden", "committee", "Fastighetskontoret"),
    ("EXN", "Exploateringsnämnden", "committee", "Exploateringskontoret"),
    ("SVOA", "Stockholm Vatten och Avfall AB, styrelsen", "company_board", "SVOA"),
    ("SBR", "Stockholm Business Region AB, styrelsen", "company_board", "SBR"),
    ("SHAB", "Stockholms Hamn AB, styrelsen", "company_board", "Stockholms Hamnar"),
    ("SEAB", "Stockholm Exergi AB, styrelsen", "company_board", "Stockholm Exergi"),
    ("SSBO", "Stockholms Stadshus AB, styrelsen", "company_board", "Stadshus AB"),
]

FIRST = (
    "Anna",
    "Erik",
    "Sara",
    "Johan",
    "Maria",
    "Karin",
    "Lars",
    "Eva",
    "Anders",
    "Lena",
    "Per",
    "Åsa",
    "Björn",
    "Märta",
    "Göran",
    "Ingrid",
    "Mikael",
    "Sofia",
    "Jörgen",
    "Elin",
    "Fatima",
    "Ahmed",
    "Zeynep",
    "Aleksandra",
    "Tomasz",
    "Katarzyna",
    "Jussi",
    "Aino",
)
LAST = (
    "Lind",
    "Berg",
    "Öberg",
    "Nyström",
    "Holm",
    "Ek",
    "Wik",
    "Lindqvist",
    "Johansson",
    "Karlsson",
    "Andersson",
    "Åström",
    "Söderberg",
    "Dhakal",
    "Nowak",
    "Kowalczyk",
    "Virtanen",
    "Håkansson",
    "Björklund",
    "Engström",
    "Fältskog",
    "Yılmaz",
    "Hussein",
)
SUBJECTS = (
    "trafiksäkerhet",
    "hållbar stadslogistik",
    "cykelinfrastruktur",
    "klimatanpassning",
    "fjärrvärme och energieffektivisering",
    "digital förvaltning",
    "öppna data",
    "kulturutbyte för unga",
    "lärarutbyte",
    "integration av nyanlända",
    "äldreomsorg",
    "vatten och avlopp",
    "cirkulär ekonomi",
    "avfallshantering",
    "hamnsamarbete",
    "turism och besöksnäring",
    "innovation och näringsliv",
    "krisberedskap",
    "demokrati och medborgardialog",
    "bostadsförsörjning",
    "luftkvalitet",
    "kollektivtrafik",
    "elektrifiering av transporter",
    "stadsplanering",
    "idrott och folkhälsa",
    "biblioteksutveckling",
    "smart city-lösningar",
)
TITLE_COOP = (
    "Samarbete med {p} om {s}",
    "Samarbetsavtal {p} – {s}",
    "Utbytesprogram med {p} inom {s}",
    "Projektsamverkan med {p}: {s}",
)
TITLE_LOI = (
    "Avsiktsförklaring med {p} om {s}",
    "Intentionsavtal med {p} om {s}",
    "Deltagande i initiativet {p} om {s}",
    "Undertecknande av deklaration om {s} ({p})",
)
TITLE_MEMBER = (
    "Medlemskap i {p}",
    "Medlemskap i {p}, arbetsgrupp {s}",
    "Deltagande i {p} – nätverk för {s}",
)
SENTENCES = (
    "Avtalet följs upp årligen av förvaltningen och rapporteras till nämnden.",
    "Kostnaden ryms inom nämndens ordinarie budget för internationellt arbete.",
    "Kontaktpersonen rapporterar till internationella beredningen två gånger per år.",
    "Samarbetet omfattar studiebesök, gemensamma workshops och erfarenhetsutbyte om {s}.",
    "Ömsesidig nytta: båda parter får tillgång till metoder och data om {s}.",
    "Beslutet fattades efter remiss till berörda förvaltningar och bolag.",
    "Vid omprövningen ska nyttan för stadens verksamheter särskilt bedömas.",
    "Resor sker i första hand med tåg enligt stadens miljöpolicy.",
    "Dokumentation finns i diariet; signerat original förvaras i arkivet.",
    "Partnern {p} leder arbetsgruppen under perioden.",
    "Finansiering från EU täcker 70 procent av kostnaderna; resten står förvaltningen för.",
    "Avtalet kan sägas upp med sex månaders varsel av vardera parten.",
    "Förlängning diskuteras inför nästa omprövning; se även tidigare beslut i ärendet.",
    "Stadsledningskontoret ger strategiskt stöd men har inget eget mandat.",
)
PAYERS = ("", "Kommunstyrelsen", "Trafiknämnden", "Kulturnämnden", "Stadsledningskontoret",
          "Förvaltningen", "EU-medel", "Sida")  # fmt: skip
CASE_PREFIX = ("KS", "TN", "KUN", "MHN", "UN", "SBN", "KF", "SN", "FN")


def cache_path(n: int, seed: int = 2016) -> Path:
    """The cached file: keyed by N, seed, generator and schema version (a register built
    before a new migration would be missing its columns and indexes)."""
    from desktop_app.store.migrate import latest_version

    return (
        CACHE_DIR / f"register-n{n}-s{seed}-v{GENERATOR_VERSION}-schema{latest_version()}.sqlite3"
    )


def ensure(n: int, seed: int = 2016, rebuild: bool = False, quiet: bool = False) -> Path:
    """The cached register of ``n`` entries, built first if missing (or ``rebuild``)."""
    path = cache_path(n, seed)
    if path.exists() and not rebuild:
        return path
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    started = time.perf_counter()
    older = None if rebuild else _older_schema(n, seed)
    if older is not None:  # a new migration landed: migrate a copy, as a user's register
        _migrate_copy(older, tmp)
    else:
        build(tmp, n, seed)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, path)
    if not quiet:
        print(f"built {n} entries in {time.perf_counter() - started:.1f} s -> {path}")
    return path


def _older_schema(n: int, seed: int) -> Path | None:
    """The newest cached register of the same data made before the latest migration."""
    import re

    pattern = re.compile(rf"register-n{n}-s{seed}-v{GENERATOR_VERSION}-schema(\d+)\.sqlite3$")
    found = [
        (int(m.group(1)), p)
        for p in CACHE_DIR.glob(f"register-n{n}-s{seed}-v{GENERATOR_VERSION}-schema*.sqlite3")
        if (m := pattern.search(p.name))
    ]
    return max(found)[1] if found else None


def _migrate_copy(older: Path, tmp: Path) -> None:
    """A copy of ``older`` brought to the latest schema by the program's migrations
    (minutes instead of a 300,000-entry rebuild's half hour on a busy machine)."""
    import sqlite3

    from desktop_app.services.session import close_register
    from desktop_app.store import database as store_db
    from desktop_app.store.migrate import migrate

    source = sqlite3.connect(older)
    target = sqlite3.connect(tmp)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    db = store_db.connect(store_db.resolve_target(str(tmp)))
    migrate(db, backup=False)  # no backup copy of a scratch file in the user's folder
    db.execute_sql("ANALYZE")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_register()
    older.unlink(missing_ok=True)  # superseded; 1 GB at 300,000 entries
    for suffix in ("-wal", "-shm"):
        Path(str(older) + suffix).unlink(missing_ok=True)


def working_copy(path: Path, name: str) -> Path:
    """A scratch copy of a cached register for figures that write (the cache stays clean)."""
    import shutil

    target = path.with_name(f"work-{name}-{path.name}")
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(path, target)
    return target


def _counterparties(rnd: random.Random) -> list[tuple[str, str, str]]:
    """A few thousand counterparties: cities, their organisations, networks, EU projects."""
    out = list(NETWORKS)
    for city, country in CITIES:
        out.append((city, country, "city"))
        for pattern in CITY_PARTIES:
            kind = "region" if pattern.startswith("Region") else "organisation"
            out.append((pattern.format(c=city), country, kind))
    for project in PROJECT_NAMES:
        for programme in PROJECT_WORDS:
            out.append((f"{project} ({programme})", "EU", "eu_project"))
    return out


def build(path: Path, n: int, seed: int = 2016, today: date | None = None) -> None:
    """Create a fresh register at ``path`` with ``n`` synthetic entries."""
    from desktop_app.services.session import close_register, open_register
    from desktop_app.store.models import database_proxy

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    open_register(str(path))
    db = database_proxy.obj
    conn = db.connection()
    rnd = random.Random(seed)
    today = today or date.today()
    now = datetime.now().replace(microsecond=0).isoformat(sep=" ")
    cur = conn.cursor()
    cur.execute("BEGIN IMMEDIATE")
    try:
        for short, name, kind, org in EXTRA_BODIES:
            cur.execute(
                "INSERT INTO decision_body (name_sv, short_name, kind, organisation, "
                "contact_name, sort_key, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'bench')",
                (
                    name,
                    short,
                    kind,
                    org,
                    f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                    sort_key(short),
                    now,
                ),  # fmt: skip
            )
        bodies = cur.execute("SELECT id, kind FROM decision_body").fetchall()
        mandated = _mandate_table(bodies)
        themes = cur.execute("SELECT id, name_sv FROM theme").fetchall()
        parties = _counterparties(rnd)
        cur.executemany("INSERT INTO counterparty (name, country, type) VALUES (?, ?, ?)", parties)
        cp_rows = cur.execute("SELECT id, name, type FROM counterparty").fetchall()
        cities = [r for r in cp_rows if r[2] in ("city", "organisation", "region")]
        networks = [r for r in cp_rows if r[2] in ("network", "eu_project")]
        entries, links = _entries(n, rnd, today, now, bodies, mandated, themes, cities, networks)
        # The per-row FTS trigger would index every row twice (now and at the
        # rebuild): drop it for the bulk insert and put the same SQL back.
        trigger_sql = cur.execute(
            "SELECT sql FROM sqlite_master WHERE type='trigger' AND name='entry_fts_ai'"
        ).fetchone()[0]
        cur.execute("DROP TRIGGER entry_fts_ai")
        cur.executemany(ENTRY_INSERT, entries)
        cur.executemany(
            "INSERT INTO entry_counterparty (entry_id, counterparty_id, position) VALUES (?, ?, ?)",
            links,
        )
        cur.execute(trigger_sql)
        cur.execute("INSERT INTO entry_fts(entry_fts) VALUES('rebuild')")
        cur.execute(
            "INSERT INTO setting (key, value) VALUES ('bench_generator', ?)",
            (f"v{GENERATOR_VERSION} n={n} seed={seed} today={today.isoformat()}",),
        )
        cur.execute("COMMIT")
    except BaseException:
        cur.execute("ROLLBACK")
        raise
    # Each entry's findings summary, as the program's writes keep them (the window
    # would otherwise make them in the background while it is being measured).
    from desktop_app.services.finding_summaries import fill_missing

    fill_missing()
    cur.execute("ANALYZE")
    cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    close_register()


ENTRY_COLUMNS = (
    "id", "kind", "case_number", "title", "scope", "deciding_body_id", "decision_date",
    "responsible_body_id", "contact_person", "theme_id", "directions", "mutual_benefit",
    "start_date", "end_date", "review_interval_months", "last_review_date", "next_review_date",
    "annual_cost", "currency", "cost_payer", "status", "terminated_date", "archived",
    "archived_at", "notes", "document_links", *PREPARED_COLUMNS, "version",
    "created_at", "created_by", "updated_at", "updated_by",
)  # fmt: skip
ENTRY_INSERT = (
    f"INSERT INTO entry ({', '.join(ENTRY_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in ENTRY_COLUMNS)})"
)


def _mandate_table(bodies) -> dict[tuple[str, str], list[int]]:
    """(kind, scope) -> bodies that usually decide it (R4 by body kind, domain.mandates)."""
    by_kind: dict[str, list[int]] = {}
    for body_id, body_kind in bodies:
        by_kind.setdefault(body_kind, []).append(body_id)
    own = by_kind.get("committee", []) + by_kind.get("company_board", [])
    return {
        ("membership", "city_wide"): by_kind.get("city_council", []),
        ("letter_of_intent", "city_wide"): by_kind.get("city_executive_board", []),
        ("cooperation", "city_wide"): by_kind.get("city_executive_board", []),
        ("membership", "operation_specific"): own,
        ("letter_of_intent", "operation_specific"): own,
        ("cooperation", "operation_specific"): own,
    }


def _entries(n, rnd, today, now, bodies, mandated, themes, cities, networks):
    """The entry tuples (ENTRY_COLUMNS order) and the entry_counterparty links."""
    from desktop_app.domain.prepared import entry_prepared

    body_ids = [b[0] for b in bodies]
    committees = [b[0] for b in bodies if b[1] in ("committee", "company_board")]
    names = [f"{f} {last}" for f in FIRST for last in LAST]
    entries = []
    links = []
    serial: dict[str, int] = {}
    rand = rnd.random
    choice = rnd.choice
    for entry_id in range(1, n + 1):
        r = rand()
        kind = "cooperation" if r < 0.45 else ("letter_of_intent" if r < 0.7 else "membership")
        scope = "city_wide" if rand() < 0.3 else "operation_specific"
        if kind == "cooperation":
            parties = [choice(cities)]
            if rand() < 0.3:
                parties.append(choice(cities))
        else:
            parties = [choice(networks)]
            if rand() < 0.15:
                parties.append(choice(cities))
        if len(parties) == 2 and parties[0][0] == parties[1][0]:
            parties.pop()
        party_names = [p[1] for p in parties]
        subject = choice(SUBJECTS)
        template = choice(
            TITLE_COOP if kind == "cooperation" else TITLE_LOI if kind == "letter_of_intent"
            else TITLE_MEMBER
        )  # fmt: skip
        title = template.format(p=party_names[0], s=subject)
        year = rnd.randint(2004, today.year)
        prefix = choice(CASE_PREFIX)
        # Case numbers are unique, as in a real diary: a running number per series.
        stem = f"{prefix} {year}/" if rand() < 0.7 else f"{prefix[0]}{year}-"
        serial[stem] = serial.get(stem, 0) + rnd.randint(1, 4)
        case = f"{stem}{serial[stem]:04d}" if stem.endswith("/") else f"{stem}{serial[stem]:05d}"
        # Mostly the body with the mandate (R4); some wrong on purpose (flagged).
        allowed = mandated.get((kind, scope))
        deciding = choice(allowed) if allowed and rand() < 0.92 else choice(body_ids)
        responsible = choice(committees)
        start = today - timedelta(days=rnd.randint(-200, 6500))
        decision = start - timedelta(days=rnd.randint(10, 120))
        end = interval = last = nxt = None
        if kind == "cooperation":
            end = add_years(start, rnd.choice((1, 2, 3, 4, 5)))
        else:
            interval = 4 if rand() < 0.85 else choice((2, 3, 5, 6))
            if rand() < 0.6 and start < today - timedelta(days=400):
                last = today - timedelta(days=rnd.randint(30, 365 * interval + 600))
                last = max(last, start + timedelta(days=60))
            nxt = add_years(last or start, interval)
            if rand() < 0.1:
                end = add_years(start, rnd.randint(4, 12))
        r = rand()
        status = "draft" if r < 0.04 else ("terminated" if r < 0.12 else "active")
        terminated = None
        if status == "terminated":
            terminated = min(today, start + timedelta(days=rnd.randint(100, 2000)))
        archived = 1 if rand() < 0.03 else 0
        cost_roll = rand()
        cost = (
            None if cost_roll < 0.35 else 0 if cost_roll < 0.5
            else rnd.randrange(5_000, 900_000, 500)
        )  # fmt: skip
        notes = " ".join(
            choice(SENTENCES).format(s=subject, p=party_names[0]) for _ in range(rnd.randint(2, 5))
        )
        theme_id, theme_name = choice(themes)
        contact = choice(names)
        currency = "SEK" if rand() < 0.9 else "EUR"
        payer = choice(PAYERS) if cost else ""
        prepared = entry_prepared(case, title, party_names, theme_name, notes, contact, payer)
        entries.append(
            (
                entry_id,
                kind,
                case,
                title,
                scope,
                deciding,
                decision.isoformat(),
                responsible,
                contact,
                theme_id,
                rnd.randint(1, 15),
                f"Ömsesidig nytta inom {subject}." if kind == "cooperation" else "",
                start.isoformat(),
                end.isoformat() if end else None,
                interval * 12 if interval else None,
                last.isoformat() if last else None,
                nxt.isoformat() if nxt and status == "active" else None,
                cost,
                currency,
                payer,
                status,
                terminated.isoformat() if terminated else None,
                archived,
                now if archived else None,
                notes,
                f"\\\\stadshuset\\diarie\\{case.replace('/', '-').replace(' ', '-')}.pdf",
                *(prepared[c] for c in PREPARED_COLUMNS),
                1,
                now,
                "bench",
                now,
                "bench",
            )
        )
        for position, party in enumerate(parties):
            links.append((entry_id, party[0], position))
    return entries, links


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the cached synthetic register.")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2016)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    print(ensure(args.n, args.seed, rebuild=args.rebuild))
    return 0


if __name__ == "__main__":
    sys.exit(main())
