"""R1: "Staden har dock inga utpekade vänorter och tecknar inte vänortsavtal."

One case per word the first version missed (false negatives) and per false
friend it flagged or could flag, over title, counterparties and notes.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.domain.findings import Severity
from desktop_app.domain.twin_cities import twin_city_term

from .rule_fixtures import CTX, EUROCITIES, MEMBERSHIP, TWIN_NET, codes

FLAGGED = [
    # The list of words the first version missed, in the title.
    "Vänskapsavtal med Gdańsk",
    "Partnerstad i Kina",
    "Systerstäder i Norden",
    "Vänstäder runt Östersjön",
    "Sister town agreement with Riga",
    "Vennskapsby-avtale med Oslo kommune",
    "Venskabsby: København og Stockholm",
    "Ystävyyskaupunki Turku",
    "Schwesterstadt Köln",
    # and what the first version already caught
    "Vänortsavtal med Sankt Petersburg",
    "Twin city agreement",
    "Sister-city programme",
    "Town twinning with Lyon",
    "Jumelage avec Lyon",
    "Partnerstadt Hamburg",
    "Städtepartnerschaft",
    "Ystävyyskaupunkisopimus",  # a compound: the stem starts the word
]

NOT_FLAGGED = [
    "Twin Cities (Minneapolis–Saint Paul): samarbete om vinterväghållning",
    "Metropolitan Council, Twin Cities, Minnesota",
    "EU Twinning-projekt med Moldavien",  # the EU's administrative instrument
    "Twinning: förvaltningsstöd till Ukraina",
    "Digital Twin City – stadens digitala tvilling",  # a 3D model of the city
    "Vänsterpartiets motion om internationellt arbete",
    "Systembolaget",
    "Sister company of Stockholm Exergi",
    "Vänersborg kommun",
]


@pytest.mark.parametrize("title", FLAGGED)
def test_twin_city_wording_in_the_title_is_flagged(title: str) -> None:
    assert codes(replace(MEMBERSHIP, title=title)).get("R1") is Severity.WARNING


@pytest.mark.parametrize("title", NOT_FLAGGED)
def test_false_friends_are_not_flagged(title: str) -> None:
    assert "R1" not in codes(replace(MEMBERSHIP, title=title))


def test_twin_city_wording_in_the_notes_is_flagged() -> None:
    entry = replace(MEMBERSHIP, notes="Förfrågan från Busan om att bli vänort.")
    findings = [f for f in _findings(entry) if f.code == "R1"]
    assert findings and findings[0].field == "notes"
    assert "”vänort”" in findings[0].message_sv


def test_a_counterparty_named_as_a_twin_city_network_is_flagged() -> None:
    entry = replace(MEMBERSHIP, counterparty_ids=(EUROCITIES, TWIN_NET))
    findings = [f for f in _findings(entry) if f.code == "R1"]
    assert findings and findings[0].field == "counterparties"


def test_the_message_quotes_the_word_as_written() -> None:
    assert twin_city_term("Avtal om Systerstäder") == "Systerstäder"
    assert twin_city_term("Sister  Town (pasted from Word)") == "Sister  Town"
    assert twin_city_term("") is None


def _findings(entry):
    from desktop_app.domain.rules import check_entry

    return check_entry(entry, CTX)
