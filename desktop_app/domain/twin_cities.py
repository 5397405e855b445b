"""R1's vocabulary: how "twin city" is written in the languages a register meets.

"Staden har dock inga utpekade vänorter och tecknar inte vänortsavtal."
Requests come in Swedish, English and the partners' own languages, and the
words hide inside compounds ("Vänortsavtal", "Systerstäder",
"Ystävyyskaupunkisopimus"), so each term is a stem matched at the start of a
word and may continue. Known false friends are excluded: the Twin Cities
of Minneapolis–Saint Paul, a city's "digital twin", and the EU's Twinning
instrument (which never matches: it is not "town twinning").
"""

from __future__ import annotations

import functools
import re

# Stems, case-folded; each must start a word. Grouped by language for review.
_STEMS = (
    # Swedish
    r"vänort", r"vänstad", r"vänstäder", r"vänskapsort", r"vänskapsstad", r"vänskapsstäder",
    r"vänskapsavtal", r"vänskapskommun", r"systerstad", r"systerstäder", r"systerkommun",
    r"partnerstad", r"partnerstäder",
    # English
    r"twin[\s-]*(?:city|cities|town|towns)\b", r"twinned\s+with\b", r"town[\s-]+twinning",
    r"sister[\s-]*(?:city|cities|town|towns)\b", r"friendship[\s-]+(?:city|cities|town|towns)\b",
    # Norwegian, Danish, Icelandic, Finnish, Estonian
    r"vennskapsby", r"venskabsby", r"vinabæ", r"ystävyyskaupun", r"sõpruslinn",
    # German, French, Spanish, Italian, Polish, Russian
    r"schwesterstadt", r"schwesterstädte", r"partnerstadt", r"partnerstädte",
    r"städtepartnerschaft", r"jumelage", r"villes?\s+jumelée", r"ciudad(?:es)?\s+herman",
    r"hermanamiento", r"gemellaggio", r"citt[àa]\s+gemellat", r"miast[oa]?\s+partnersk",
    r"город[а-я]*-побратим", r"побратим",
)  # fmt: skip
_TERMS = re.compile(r"(?<!\w)(?:" + "|".join(_STEMS) + r")\w*")

# A hit is not R1 when the text says what it really is.
_MINNEAPOLIS = re.compile(r"minneapolis|saint\s+paul|st\.?\s*paul|minnesota")
_DIGITAL_TWIN = re.compile(r"digital(?:a|en|e)?\s+$")


@functools.lru_cache(maxsize=8192)  # counterparties' names come back on entry after entry
def twin_city_term(text: str) -> str | None:
    """The twin-city wording in ``text`` as written there, or None."""
    if not text:
        return None
    folded = text.casefold()
    # casefold keeps the length for the letters that matter here (no ß in the stems),
    # so positions map back to the original text.
    same_length = len(folded) == len(text)
    for match in _TERMS.finditer(folded):
        term = match.group(0)
        if term.startswith("twin") and _DIGITAL_TWIN.search(folded[: match.start()][-16:]):
            continue  # "Digital Twin City": a model of the city, not a partner
        if term.startswith("twin") and _MINNEAPOLIS.search(folded):
            continue  # the Twin Cities of Minneapolis–Saint Paul
        return text[match.start() : match.end()] if same_length else term
    return None
