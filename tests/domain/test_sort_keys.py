"""Swedish sort keys: the order a Swedish reader expects, by plain code-point comparison."""

from __future__ import annotations

import random

from desktop_app.domain.sort_keys import MAX_KEY, sort_key

# A Swedish reader's order (CLDR "sv", as ICU sorts it; punctuation aside).
SWEDISH = [
    "A Coruña",
    "Aachen",
    "Aalborg",
    "C5",
    "C40 Cities",
    "Dakar",
    "Đakovo",
    "eurocities",
    "Göteborg",
    "KS 2016/99",
    "KS 2016/1234",
    "KS 2017/5",
    "Łódź",
    "Luleå",
    "Lund",
    "Lyon",
    "Miljö och",
    "Miljö- och hälsoskyddsnämnden",
    "Miljöpartiet",
    "Rapport 2",
    "Rapport 10",
    "Þórshöfn",
    "Thule",
    "Tórshavn",
    "Tårnby",
    "Uppsala",
    "Vilnius",
    "Västerås",
    "Wien",
    "Ülo",
    "Ürümqi",
    "Ystad",
    "Yxlan",
    "Zagreb",
    "Zürich",
    "Åbo",
    "Århus",
    "Åsa",
    "Ängelholm",
    "Äpple",
    "Ära",
    "Ærø",
    "Ödeshög",
    "Ølstykke",
    "Örebro",
    "Öresund",
    "Östersund",
    "Øygarden",
]


def test_swedish_reader_order() -> None:
    shuffled = SWEDISH[:]
    random.Random(15).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == SWEDISH


def test_issue_15s_example_sorts_swedish() -> None:
    got = sorted(
        ["Öresund", "Łódź", "Ängelholm", "Åbo", "eurocities", "Zürich", "Göteborg", "Aachen"],
        key=sort_key,
    )
    assert got == ["Aachen", "eurocities", "Göteborg", "Łódź", "Zürich", "Åbo", "Ängelholm",
                   "Öresund"]  # fmt: skip


def test_case_and_accents_alone_do_not_separate() -> None:
    assert sort_key("Eurocities") == sort_key("eurocities") == sort_key("EUROCITIES")
    assert sort_key("Éclair") == sort_key("eclair")
    assert sort_key("Straße") == sort_key("strasse")
    assert sort_key("Miljö- och") == sort_key("miljö och")


def test_case_numbers_sort_naturally() -> None:
    numbers = ["KS 2016/1234", "T2016-01906", "KS 2016/99", "KS 2009/0412", "KF 2020/3",
               "KS 2016/100", "T2016-233"]  # fmt: skip
    assert sorted(numbers, key=sort_key) == [
        "KF 2020/3",
        "KS 2009/0412",
        "KS 2016/99",
        "KS 2016/100",
        "KS 2016/1234",
        "T2016-233",
        "T2016-01906",
    ]
    assert sort_key("KS 2016/0412") == sort_key("KS 2016/412")  # one number (issue 12)


def test_empty_text_has_no_key_and_leading_punctuation_is_ignored() -> None:
    assert sort_key("") is None and sort_key(None) is None and sort_key(" – ") is None
    assert sort_key('"Smart city" logistik') == sort_key("Smart city logistik")
    assert sort_key("(SEF) Stockholm") < sort_key("Sida")


def test_keys_are_cut_and_hold_no_nul() -> None:
    key = sort_key("Anteckning " * 100)
    assert key is not None and len(key) == MAX_KEY
    assert "\x00" not in "".join(sort_key(w) or "" for w in SWEDISH)


def test_other_scripts_sort_after_swedish_letters() -> None:
    assert sort_key("Öland") < sort_key("Αθήνα") < sort_key("Киев")


def test_the_fast_key_is_the_key_character_by_character() -> None:
    """``_sort_key`` (C-side mapping, a step a word) gives what the per-character walk
    gives: for every code point below U+3000 and every 31st above, alone and between
    letters and digits, and for random
    texts of Swedish, accented, other-script and punctuation characters."""
    from desktop_app.domain.sort_keys import _sort_key, _sort_key_by_character

    for code in [*range(0x3000), *range(0x3000, 0x110000, 31)]:
        if 0xD800 <= code < 0xE000:
            continue  # lone surrogates: no text holds them
        ch = chr(code)
        for text in (ch, f"a{ch}1", f"1{ch}2", f"x {ch}{ch} 9"):
            assert _sort_key(text) == _sort_key_by_character(text), hex(code)
    rng = random.Random(19)
    alphabet = "aåäöÅÄÖéłóźæøœßüñðþıſ -–\u00ad\u0301\u0308/()\"'0123456789٣²Z\u4e2d\x01\t"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        assert _sort_key(text) == _sort_key_by_character(text), repr(text)
        assert sort_key(text) == sort_key(text) == _sort_key_by_character(text)  # cached


def test_a_long_texts_key_from_its_beginning_is_its_whole_key() -> None:
    """Long texts (notes) are keyed from their first words (``PREFIX``); the key is
    the one of the whole text, character by character: numbers and words at the
    cut, accents and punctuation around it, texts of mostly punctuation (read
    whole), and random long texts."""
    from desktop_app.domain.sort_keys import PREFIX, _sort_key, _sort_key_by_character

    word = "Anteckning om samarbetet "
    cases = [
        word * 12,
        "a" * PREFIX + " " + "b" * 50,  # one long word up to the cut
        "x" * (PREFIX - 3) + "12345 678" + " tail" * 30,  # a number at the cut
        "a " * 45 + "1234567890" * 7 + " rest" * 30,  # a long number across PREFIX
        "é" * PREFIX + "\u0301 ö" * 40,  # an accent right after the space
        "1 " * 200,  # numbers only
        "- " * 150 + "Miljö " * 20,  # punctuation first: the beginning gives too little
        "(a) " * 100,
        "Ω" * 130 + " Ä" * 20,
    ]
    rng = random.Random(20)
    alphabet = 'aåäöÅÄÖéłóźæøœßü -–/()"0123456789٣\u0301\u00ad'
    for _ in range(3000):
        cases.append("".join(rng.choice(alphabet) for _ in range(rng.randint(PREFIX, 400))))
    for text in cases:
        assert _sort_key(text) == _sort_key_by_character(text), repr(text)
