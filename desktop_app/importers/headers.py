"""Finding the header row and mapping columns to the register's fields.

Registers kept by hand put a title, a date or a logo above the header and
name the columns in many ways ("Dnr", "Diarienr", "Ärendenummer"...). The
header row is the row (among the first 30) whose cells match the most known
column names; names are compared case- and diacritics-insensitively with
punctuation and parenthesised remarks removed. Mappings a user confirms are
remembered by the header's signature, so next year's file from the same
office maps itself.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

IGNORE = ""  # mapping target for a column that is not imported

# Field -> names seen in registers (Swedish and English; normalised on use).
ALIASES: dict[str, tuple[str, ...]] = {
    "case_number": (
        "diarienummer",
        "dnr",
        "diarienr",
        "diarie nr",
        "diarie",
        "ärendenummer",
        "ärende nr",
        "ärendenr",
        "case number",
        "case no",
        "reference",
        "ref",
        "registration number",
    ),
    "title": (
        "titel",
        "benämning",
        "avtal",
        "avtalets namn",
        "namn",
        "rubrik",
        "beskrivning",
        "title",
        "name",
        "agreement",
    ),
    "counterparties": (
        "motpart",
        "motparter",
        "motpart er",
        "organisation",
        "nätverk",
        "part",
        "parter",
        "samarbetspart",
        "samarbetsparter",
        "partner",
        "counterparty",
        "counterparties",
        "partners",
        "organisation network",
    ),
    "kind": ("avtalstyp", "typ", "typ av avtal", "kategori", "kind", "type", "category"),
    "scope": ("omfattning", "nivå", "scope", "level"),
    "deciding_body": (
        "beslutande organ",
        "beslutsfattare",
        "beslutat av",
        "beslutsorgan",
        "beslut av",
        "deciding body",
        "decided by",
        "decision body",
    ),
    "decision_date": (
        "beslutsdatum",
        "beslutad",
        "datum för beslut",
        "beslut datum",
        "decision date",
        "decided",
    ),
    "responsible_body": (
        "ansvarig nämnd",
        "ansvarig förvaltning",
        "ansvarig",
        "ansvarig nämnd bolag",
        "ansvarig nämnd eller bolag",
        "ansvarigt organ",
        "responsible committee",
        "responsible",
        "responsible body",
    ),
    "contact_person": ("kontaktperson", "kontakt", "handläggare", "contact person", "contact"),
    "theme": ("tema", "tematiskt område", "område", "sakområde", "theme", "thematic area", "area"),
    "directions": (
        "inriktning",
        "inriktningar",
        "strategisk inriktning",
        "syfte",
        "direction",
        "directions",
        "strategic direction",
    ),
    "mutual_benefit": ("ömsesidig nytta", "nytta", "mervärde", "mutual benefit", "benefit"),
    "start_date": (
        "startdatum",
        "start",
        "från",
        "fr o m",
        "from",
        "giltig från",
        "start date",
        "valid from",
    ),
    "end_date": (
        "slutdatum",
        "slut",
        "till",
        "t o m",
        "tom",
        "giltig till",
        "upphör",
        "end date",
        "end",
        "to",
        "valid until",
    ),
    "review_interval_months": (
        "omprövningsintervall",
        "omprövningsintervall (år)",
        "omprövningsintervall (månader)",
        "intervall",
        "omprövning år",
        "omprövas vart",
        "review interval",
        "interval",
    ),
    "last_review_date": (
        "senaste omprövning",
        "senast omprövad",
        "omprövad",
        "last review",
        "last reviewed",
    ),
    "next_review_date": (
        "nästa omprövning",
        "omprövas",
        "omprövning",
        "ompröva senast",
        "next review",
        "review date",
        "review due",
    ),
    "annual_cost": (
        "årlig kostnad",
        "årskostnad",
        "avgift",
        "årsavgift",
        "kostnad",
        "kostnad per år",
        "kostnad år",
        "avgift per år",
        "årlig avgift",
        "medlemsavgift",
        "annual cost",
        "cost",
        "fee",
        "annual fee",
    ),
    "currency": ("valuta", "currency"),
    # the country of the counterparties named in the row (those without their own)
    "counterparty_country": ("land", "country", "motpartens land", "motpart land", "nation"),
    "cost_payer": (
        "betalas av",
        "betalare",
        "finansiär",
        "finansiering",
        "kostnadsbärare",
        "paid by",
        "payer",
    ),
    "engagement": ("ärendet avser", "avser", "ärendetyp", "concerns", "matter"),
    "continued": ("fortsatt åtagande", "fortsatt", "continued"),
    "next_review_reason": (
        "skäl för omprövningsdatum",
        "skäl omprövningsdatum",
        "reason for the review date",
    ),
    "project_kind": ("projekttyp", "typ av projekt", "project kind", "project type"),
    "external_financiers": (
        "extern finansiär",
        "externa finansiärer",
        "external financier",
        "external financiers",
    ),
    "external_share": ("extern andel", "andel extern finansiering", "external share"),
    "city_contribution": (
        "stadens egen insats",
        "egen insats",
        "egen finansiering",
        "city s own contribution",
        "own contribution",
    ),
    "status": ("status", "läge", "state"),
    # read only to tell whether the file's entry is older than the register's
    "last_changed": ("senast ändrad", "ändrad", "last changed", "changed", "uppdaterad"),
    "notes": (
        "anteckningar",
        "anteckning",
        "kommentar",
        "kommentarer",
        "övrigt",
        "noteringar",
        "notes",
        "note",
        "comments",
        "remarks",
    ),
    "document_links": (
        "dokument",
        "länk",
        "länkar",
        "dokumentlänk",
        "avtalsdokument",
        "documents",
        "document",
        "link",
        "links",
    ),
    IGNORE: (
        "id",
        "omprövningsläge",
        "review state",
        "avförd",
        "arkiverad",  # the Swedish header before "avförd" (issue 17)
        "archived",
        "ändrad av",
        "changed by",
        "version",
        "nr",
        "#",
    ),
}

FIELDS: tuple[str, ...] = tuple(k for k in ALIASES if k)
REQUIRED = ("title",)
HEADER_SCAN_ROWS = 30


def normalise(text: object) -> str:
    """Lower case, no diacritics, no punctuation or parenthesised remarks."""
    return _normalise(str(text or ""))


@lru_cache(maxsize=65536)
def _normalise(s: str) -> str:
    """Cached: an import normalises the same bodies, kinds and themes 100,000 times."""
    s = re.sub(r"\(.*?\)", " ", s)
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[^0-9a-z#]+", " ", s)
    return " ".join(s.split())


_LOOKUP: dict[str, str] = {}
for _field, _names in ALIASES.items():
    for _name in _names:
        _LOOKUP.setdefault(normalise(_name), _field)
for _field in FIELDS:
    _LOOKUP.setdefault(normalise(_field.replace("_", " ")), _field)


# Units and currencies a header may carry after its name ("Kostnad, kr", "Avgift SEK").
_UNIT_WORDS = re.compile(r"(?:\s+(?:i\s+)?(?:kr|kronor|sek|eur|euro|usd|gbp|nok|dkk|tkr|mkr|msek|"
                         r"tsek|ksek))+$")  # fmt: skip


def guess_field(header: object) -> str | None:
    """The field a header names, ``IGNORE`` for known non-fields, ``None`` if unknown."""
    key = normalise(header)
    if not key:
        return None
    found = _LOOKUP.get(key)
    if found is None:
        bare = _UNIT_WORDS.sub("", key)
        if bare != key and _LOOKUP.get(bare) in ("annual_cost", "city_contribution"):
            found = _LOOKUP[bare]
    return found


_HEADER_UNIT = re.compile(
    r"(?<![A-Za-zÅÄÖåäö])(tkr|tsek|ksek|mkr|msek|kr|kronor|sek|eur|euro|€|usd|\$|gbp|£|nok|dkk)"
    r"(?![A-Za-zÅÄÖåäö])",
    re.IGNORECASE,
)
_UNITS = {
    "tkr": ("SEK", 1000), "tsek": ("SEK", 1000), "ksek": ("SEK", 1000),
    "mkr": ("SEK", 1_000_000), "msek": ("SEK", 1_000_000),
    "kr": ("SEK", 1), "kronor": ("SEK", 1), "sek": ("SEK", 1),
    "eur": ("EUR", 1), "euro": ("EUR", 1), "€": ("EUR", 1), "usd": ("USD", 1), "$": ("USD", 1),
    "gbp": ("GBP", 1), "£": ("GBP", 1), "nok": ("NOK", 1), "dkk": ("DKK", 1),
}  # fmt: skip


def header_unit(header: object) -> tuple[str, int] | None:
    """(currency, multiplier) an amount column's header states: "Avgift (tkr)" is
    ("SEK", 1000), "Kostnad, EUR" ("EUR", 1); None when it states none."""
    m = _HEADER_UNIT.search(str(header or ""))
    return _UNITS[m[1].casefold()] if m else None


def detect_header(rows: Sequence[tuple[int, list]]) -> int:
    """Index (into ``rows``) of the header: the row naming the most known fields."""
    best, best_score = 0, -1
    for index, (_, row) in enumerate(rows[:HEADER_SCAN_ROWS]):
        fields = {guess_field(v) for v in row if isinstance(v, str)}
        fields.discard(None)
        score = len(fields)
        if score > best_score:
            best, best_score = index, score
    return best


def guess_mapping(headers: Sequence[object]) -> list[str | None]:
    """A field (or IGNORE, or None when unknown) per column; no field twice."""
    used: set[str] = set()
    result: list[str | None] = []
    for header in headers:
        field = guess_field(header)
        if field and field in used:
            field = IGNORE
        if field:
            used.add(field)
        result.append(field)
    return result


def signature(headers: Sequence[object]) -> str:
    """A stable key for a header row, to remember its mapping."""
    text = "\x1f".join(normalise(h) for h in headers)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def apply_overrides(
    headers: Sequence[object], mapping: list[str | None], overrides: dict[str, str]
) -> list[str | None]:
    """``{"Kolumnrubrik": "field"}`` overrides (header compared normalised)."""
    wanted = {normalise(k): v for k, v in overrides.items()}
    result = list(mapping)
    for i, header in enumerate(headers):
        target = wanted.get(normalise(header))
        if target is None:
            continue
        if target not in FIELDS and target not in (IGNORE, "ignore", "-"):
            raise ValueError(target)
        target = "" if target in ("ignore", "-") else target
        for j, other in enumerate(result):
            if target and other == target and j != i:
                result[j] = IGNORE
        result[i] = target
    return result


def mappings_file() -> Path:
    from desktop_app.paths import user_data_path

    return user_data_path() / "import_mappings.json"


def forget(sig: str, path: Path | None = None) -> bool:
    """Forget the mapping remembered for a header; whether there was one."""
    path = path or mappings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(data, dict) or sig not in data:
        return False
    del data[sig]
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return True


def load_remembered(sig: str, path: Path | None = None) -> list[str | None] | None:
    path = path or mappings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get(sig) if isinstance(data, dict) else None
    if isinstance(value, list) and all(v is None or isinstance(v, str) for v in value):
        return value
    return None


def remember(sig: str, mapping: list[str | None], path: Path | None = None) -> None:
    path = path or mappings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data[sig] = mapping
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
