"""Counterparties and document links as registrars list them in one cell.

Counterparties are split on ";" and new lines; a comma splits only when
neither is present, and a part that is a country name ("Köln, Tyskland")
becomes the country of the part before it. A country in parentheses
("Łódź (Polen)") is the counterparty's country; other parentheses
("Stockholmsregionens Europaförening (SEF)") stay part of the name.
"""

from __future__ import annotations

import functools
import re

from .headers import normalise


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    from .values import text

    return text(value)


COUNTRIES = {
    normalise(c)
    for c in [
        "Sverige",
        "Sweden",
        "Norge",
        "Norway",
        "Danmark",
        "Denmark",
        "Finland",
        "Island",
        "Iceland",
        "Estland",
        "Estonia",
        "Lettland",
        "Latvia",
        "Litauen",
        "Lithuania",
        "Polen",
        "Poland",
        "Tyskland",
        "Germany",
        "Nederländerna",
        "Netherlands",
        "Holland",
        "Belgien",
        "Belgium",
        "Luxemburg",
        "Luxembourg",
        "Frankrike",
        "France",
        "Spanien",
        "Spain",
        "Portugal",
        "Italien",
        "Italy",
        "Österrike",
        "Austria",
        "Schweiz",
        "Switzerland",
        "Tjeckien",
        "Czechia",
        "Slovakien",
        "Slovakia",
        "Ungern",
        "Hungary",
        "Slovenien",
        "Slovenia",
        "Kroatien",
        "Croatia",
        "Grekland",
        "Greece",
        "Irland",
        "Ireland",
        "Storbritannien",
        "UK",
        "England",
        "Skottland",
        "Scotland",
        "Rumänien",
        "Romania",
        "Bulgarien",
        "Bulgaria",
        "Ukraina",
        "Ukraine",
        "Moldavien",
        "Moldova",
        "Georgien",
        "Georgia",
        "Sydkorea",
        "South Korea",
        "Ryssland",
        "Russia",
        "Turkiet",
        "Turkey",
        "Malta",
        "Cypern",
        "Cyprus",
        "Kina",
        "China",
        "Japan",
        "Indien",
        "India",
        "USA",
        "Kanada",
        "Canada",
        "Brasilien",
        "Brazil",
        "Sydafrika",
        "Kenya",
        "Tanzania",
        "EU",
        "Europa",
    ]
} | {"united kingdom", "united states", "south africa", "sydkorea", "south korea"}


def split_counterparties(value: object) -> list[tuple[str, str]]:
    """(name, country) pairs from a cell; see the module docstring for the rule."""
    if is_blank(value):
        return []
    return list(_split_text(_text(value)))


@functools.lru_cache(maxsize=4096)  # a register names the same counterparties again and again
def _split_text(raw: str) -> tuple[tuple[str, str], ...]:
    parts = re.split(r"[;\n\r]+", raw)
    if len(parts) == 1:
        parts = re.split(r",|\s/\s", raw)
    result: list[tuple[str, str]] = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if normalise(part) in COUNTRIES and result and not result[-1][1]:
            result[-1] = (result[-1][0], part)
            continue
        m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", part)
        if m and normalise(m[2]) in COUNTRIES:
            result.append((m[1].strip(), m[2].strip()))
        elif ", " in part and normalise(part.rsplit(", ", 1)[1]) in COUNTRIES:
            name, country = part.rsplit(", ", 1)
            result.append((name.strip(), country.strip()))
        else:
            result.append((part, ""))
    return tuple(result)


def split_links(value: object) -> tuple[str, ...]:
    return tuple(p.strip() for p in re.split(r"[\n\r]+|;\s", _text(value)) if p.strip())
