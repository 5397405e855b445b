"""Search text that forgives accents and case, and the rule each typed term follows."""

from __future__ import annotations

import pytest

from desktop_app.domain.folding import (
    build_search_text,
    case_number_key,
    fold,
    matches,
    search_terms,
    strip_accents,
    term_pattern,
)


def found(text: str, typed: str, case_numbers: tuple[str, ...] = ()) -> bool:
    prepared = build_search_text((text,), case_numbers)
    return all(matches(prepared, term) for term in search_terms(typed))


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("lodz", "Łódź"),
        ("Lodz", "Łódź"),
        ("koln", "Köln"),
        ("krakow", "Kraków"),
        ("goteborg", "Göteborg"),
        ("GOTEBORG", "Göteborg"),
        ("zurich", "Zürich"),
        ("malmo", "Malmö"),
        ("ceske budejovice", "České Budějovice"),
        ("tromso", "Tromsø"),
        ("aero", "Ærø"),
        ("timisoara", "Timișoara"),
        ("łódź", "Łódź"),
        ("ŁÓDŹ", "Łódź"),
        ("göteborg", "Göteborg"),
        ("strasse", "Straße"),
    ],
)
def test_plain_or_exact_spelling_finds_the_name(typed: str, name: str) -> None:
    assert found(f"Samarbete med {name} om trafik", typed)


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("åbo", "Abo Akademi"),  # a Swede who types å means å
        ("å", "Aachen"),
        ("göteborg", "Goteborg"),  # a term with accents needs them
        ("ö", "Oslo"),
        ("łódź", "Lodz"),
    ],
)
def test_a_term_typed_with_accents_needs_them(typed: str, text: str) -> None:
    assert not found(text, typed)


def test_accented_terms_find_accented_words_in_any_case() -> None:
    assert found("Medlemskap i ÅBO AKADEMI", "åbo")
    assert found("Västerås stad", "VÄ")  # two letters: the start of a word
    assert not found("Västerås stad", "ÅS")
    assert found("Västerås stad", "västerås")


def test_one_and_two_letters_match_the_start_of_a_word() -> None:
    assert found("Samarbete med Göteborg", "g")
    assert found("Samarbete med Göteborg", "gö")
    assert found("Samarbete med Göteborg", "go")  # plain: finds the accented word
    assert not found("Samarbete med Göteborg", "eb")  # inside a word: needs three letters
    assert found("Samarbete med Göteborg", "ebo")  # three letters: anywhere
    assert not found("Samarbete", "e")
    assert term_pattern("g") == "  g" and term_pattern("gö") == " gö"
    assert term_pattern("göt") == "göt"


def test_words_inside_words_start_words_of_their_own() -> None:
    assert found("Stockholmsregionens Europaförening (SEF)", "se")
    assert found("Göteborgs-regionen", "re")
    assert found("Göteborgs-regionen", "regionen")
    assert found("Miljö- och hälsoskyddsnämnden", "Miljö- och")
    assert found("Miljö- och hälsoskyddsnämnden", "miljo- och")


@pytest.mark.parametrize("typed", ["ks2016/1234", "KS2016/1234", "ks 2016/1234", "2016/1234",
                                   "ks2016/01234", "12"])  # fmt: skip
def test_case_numbers_are_found_without_their_spaces(typed: str) -> None:
    assert found("KS 2016/1234 Medlemskap i Eurocities", typed, ("KS 2016/1234",))


def test_case_number_key_matches_issue_12s_rule() -> None:
    assert case_number_key("KS 2016/01234") == case_number_key("ks\u00a02016/1234") == "ks2016/1234"
    assert case_number_key("T2016-01906") == "t2016-1906"
    assert case_number_key("KS 2016/000") == "ks2016/0"
    assert case_number_key("") == ""


def test_fold_unifies_case_and_dashes() -> None:
    assert fold("ICLEI – Local") == fold("iclei - local") == "iclei - local"
    assert fold("Ärende") == "ärende"
    assert fold("A\u030angelholm") == "ångelholm"  # decomposed å from a Mac
    assert strip_accents("łódź göteborg æ") == "lodz goteborg ae"


def test_terms_are_split_folded_and_deduplicated() -> None:
    assert search_terms("  Łódź  łódź KRAKÓW ") == ["łódź", "kraków"]
    assert search_terms("") == []
    assert build_search_text(()) == ""


def test_percent_and_underscore_are_plain_characters() -> None:
    assert not found("Avgift 50 kr", "50%")
    assert found("Avgift 50% av kostnaden", "50%")
    assert not found("a_b", "a%b") and found("a_b", "a_b")


def test_accents_are_stripped_as_character_by_character() -> None:
    """``strip_accents`` (one ``str.translate``) gives what mapping each character gives."""
    from desktop_app.domain.folding import _plain_char, fold

    for code in [*range(0x3000), *range(0x3000, 0x110000, 31)]:
        if 0xD800 <= code < 0xE000:
            continue
        folded = fold(f"å{chr(code)}x")
        expected = "".join(ch if ch < "\x80" else _plain_char(ch) for ch in folded)
        assert strip_accents(folded) == expected, hex(code)


def _search_text_word_by_word(parts: list[str], case_numbers: list[str]) -> str:
    """build_search_text as it was before issue 19's import work: every word in turn."""
    import re

    from desktop_app.domain.folding import WORD, case_number_key, fold

    folded = fold(" ".join(p for p in parts if p))
    words = folded.split()
    seen, extra = set(words), []

    def add(word: str) -> None:
        if word and word not in seen:
            seen.add(word)
            extra.append(word)

    for word in words:
        add(strip_accents(word))
        if word.isalnum():
            continue
        inner = re.findall(r"[^\W_]+", word)
        if inner and not word.startswith(inner[0]):
            inner = [""] + inner
        for piece in inner[1:]:
            add(piece)
            add(strip_accents(piece))
    for number in case_numbers:
        compact = "".join(fold(number).split())
        add(compact)
        add(strip_accents(compact))
        add(case_number_key(number))
    return WORD + WORD.join(words + extra) if words or extra else ""


def test_search_text_is_the_word_by_word_text() -> None:
    """Repeated words, ASCII words and pieces skipped: the same text, in the same order."""
    import random

    from desktop_app.domain.folding import build_search_text

    rng = random.Random(19)
    alphabet = "aåäÖé -\u2010\u00ad\u200bß\u0301İ()/.,:1203xyzłø\u00a0\u4e2d"
    for _ in range(20_000):
        parts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25))) for _ in "abc"]
        parts.append(parts[0])
        assert build_search_text(parts, parts[:1]) == _search_text_word_by_word(parts, parts[:1])
