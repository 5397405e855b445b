"""Swedish sort keys: text ordered as a Swedish reader expects, by a plain byte comparison.

The register sorts titles, counterparties, case numbers, bodies and themes in
SQL, on SQLite and PostgreSQL alike, through indexes (a header click at
300,000 entries must not sort in Python or read every row). Both databases
compare these keys byte by byte (SQLite's BINARY, PostgreSQL's ``COLLATE
"C"``), which is code-point order, so one Python function decides the order
on both and the same register sorts the same everywhere.

The order is Swedish (CLDR's "sv", which PostgreSQL's ICU collation
``sv-x-icu`` also follows; the tests compare the two):

* case does not matter ("eurocities" among the E's, not after Z);
* Å, Ä, Ö come after Z, in that order; Æ and Ę sort as Ä, Ø, Œ, Ő and Ô as
  Ö (Danish, Norwegian and other spellings a Swede files with them);
* Ü, Ű and Ÿ sort as Y; Ł as L, Đ and Ð as D, Þ as TH, ß as SS; other
  accents do not change a letter (é is e, ñ is n, ó is o: Łódź files as
  "lodz");
* digits sort before letters and a number by its value ("Rapport 2" before
  "Rapport 10"; "KS 2016/99" before "KS 2016/1234"), so case numbers come in
  natural order with the same key;
* punctuation and spaces only separate words: "Miljö- och hälsoskydds-
  nämnden" files under M, "(SEF)" under S. (ICU would put a leading quote
  or bracket before A; a registrar looks for the word.)

Equal keys (the same words in different case or accents) keep the order of
entry numbers. Keys are cut at ``MAX_KEY`` characters: entries whose first
100 sorting characters agree are ordered by number, which keeps the indexes
small (notes are long) at no cost a reader would notice.
"""

from __future__ import annotations

import re
import unicodedata

from .folding import fold

MAX_KEY = 100

# The letters after z, in Swedish order, as the code points after "z".
_AA, _AE, _OE = "{", "|", "}"
_SPECIAL = {
    "å": _AA,
    "ä": _AE,
    "æ": _AE,
    "ę": _AE,
    "ö": _OE,
    "ø": _OE,
    "ǿ": _OE,
    "œ": _OE,
    "ő": _OE,
    "ô": _OE,
    "ü": "y",
    "ű": "y",
    "ÿ": "y",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "ħ": "h",
    "ŧ": "t",
    "ŋ": "n",
    "ĸ": "k",
    "ſ": "s",
}
_SEPARATOR = " "  # below digits and letters: "Malmö" before "Malmö stad" before "Malmöhus"
_letter_cache: dict[str, str] = {}


def _letter(ch: str) -> str:
    """The primary letter(s) of a folded letter, as key characters."""
    key = _letter_cache.get(ch)
    if key is None:
        key = _SPECIAL.get(ch)
        if key is None:
            nfc = unicodedata.normalize("NFC", ch)
            if nfc in _SPECIAL:
                key = _SPECIAL[nfc]
            else:
                base = "".join(
                    c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)
                )
                key = "".join(_SPECIAL.get(c, c) for c in base) or ch
                if key in "{|}":  # letters never map onto the Å/Ä/Ö slots by accident
                    key = ch
        _letter_cache[ch] = key
    return key


def _number(digits: str) -> str:
    """A run of digits as a key that compares by value: its length first, then the digits."""
    value = digits.lstrip("0") or "0"
    return chr(0x21 + min(len(value), 60) - 1) + value


# How sort_key treats each character (cached: a register has a few hundred):
# a digit (with its value), a letter (with its key), a combining accent left
# over (skipped), or anything else (it separates words).
_DIGIT, _LETTER, _SKIP, _SEP = 0, 1, 2, 3
_char_cache: dict[str, tuple[int, str]] = {}


def _classify(ch: str) -> tuple[int, str]:
    found = _char_cache.get(ch)
    if found is None:
        found = (_SEP, "")
        if ch.isdigit() and ch.isascii():
            found = (_DIGIT, ch)
        else:
            decimal = unicodedata.decimal(ch, None) if ch.isdigit() else None
            if decimal is not None:  # other scripts' digits count by their value
                found = (_DIGIT, str(decimal))
            else:
                if unicodedata.category(ch) == "Mn":
                    found = (_SKIP, "")  # it does not change the letter
                elif ch.isalpha():
                    found = (_LETTER, ch if "a" <= ch <= "z" else _letter(ch))
        _char_cache[ch] = found
    return found


# Keys already made, by text: a register repeats its contact persons, payers and
# counterparties on thousands of entries (an import of 100,000 rows makes 600,000
# keys). Bounded: emptied when full.
_key_cache: dict[str, str | None] = {}
_KEY_CACHE_MAX = 20_000


def sort_key(text: str | None) -> str | None:
    """The Swedish sort key of ``text``; ``None`` for empty text (sorted last).

    Reads only as far as the key's ``MAX_KEY`` characters reach (a note is
    read for its first words, not its 260 characters: issue 19, imports
    spent a third of their time here)."""
    if not text:
        return None
    try:
        return _key_cache[text]
    except KeyError:
        pass
    key = _sort_key(text)
    if len(_key_cache) >= _KEY_CACHE_MAX:
        _key_cache.clear()
    _key_cache[text] = key
    return key


class _KeyTable(dict):
    """``str.translate``'s table for ``_sort_key``, filled as characters are met: a
    digit becomes its value's ASCII digit, a letter its key, a combining accent
    ``_SKIP_MARK`` and anything else a space (it separates words)."""

    def __missing__(self, code: int) -> str:
        kind, value = _classify(chr(code))
        mapped = {_DIGIT: value, _LETTER: value, _SKIP: _SKIP_MARK}.get(kind, _SEPARATOR)
        self[code] = mapped
        return mapped


_SKIP_MARK = "\x01"  # never part of a letter's key (folded text has no control characters)
_KEY_TABLE = _KeyTable()
# Runs of digits, of separators, of skipped accents, of letters' keys.
_NUMBER_OR_ACCENT = re.compile(r"[0-9\x01]")
_TOKEN = re.compile(r"([0-9]+)|( +)|\x01+|([^0-9 \x01]+)")


# A long text's key is made of its beginning: the words up to the first space
# after PREFIX characters give MAX_KEY key characters unless the text is mostly
# punctuation, which is then read whole (issue 19: an import's notes average 262
# characters, and folding them whole took half of their keys' time).
PREFIX = MAX_KEY + 20


def _sort_key(text: str) -> str | None:
    """``sort_key`` without the cache: a long text's key from its beginning
    (``PREFIX``) when that gives a whole key, else from the whole text."""
    if len(text) > PREFIX:
        cut = text.find(" ", PREFIX)  # a space ends every word and number before it
        if cut > 0:
            key = _words_key(text[:cut])
            if key is not None and len(key) >= MAX_KEY:
                return key  # what follows the cut comes after the key's end
    return _words_key(text)


def _words_key(text: str) -> str | None:
    """The key of all of ``text``: the folded text mapped in C (``str.translate``),
    then one step a word or number instead of one a character (issue 19: an
    import makes six keys an entry)."""
    mapped = fold(text).translate(_KEY_TABLE)
    if _NUMBER_OR_ACCENT.search(mapped) is None:  # words only: joined by one separator
        return _SEPARATOR.join(filter(None, mapped.split(_SEPARATOR)))[:MAX_KEY] or None
    out: list[str] = []
    length = 0
    pending_separator = False
    for digits, spaces, letters in _TOKEN.findall(mapped):
        if spaces:
            pending_separator = True
            continue
        if not (digits or letters):
            continue  # a combining accent left over: it changes no letter and ends a number
        if pending_separator and out:
            out.append(_SEPARATOR)
            length += 1
        pending_separator = False
        piece = _number(digits) if digits else letters
        out.append(piece)
        length += len(piece)
        if length >= MAX_KEY:
            break  # what follows is cut off anyway
    key = "".join(out)[:MAX_KEY]
    return key or None


def _sort_key_by_character(text: str) -> str | None:
    """The same key, one character at a time (the tests hold ``_sort_key`` to it)."""
    folded = fold(text)
    out: list[str] = []
    digits: list[str] = []
    length = 0
    pending_separator = False
    classify = _char_cache.get
    for ch in folded:
        kind, value = classify(ch) or _classify(ch)
        if kind == _DIGIT:
            digits.append(value)
            continue
        if digits:
            if pending_separator and out:
                out.append(_SEPARATOR)
                length += 1
            pending_separator = False
            number = _number("".join(digits))
            out.append(number)
            length += len(number)
            digits.clear()
        if kind == _LETTER:
            if pending_separator and out:
                out.append(_SEPARATOR)
                length += 1
            pending_separator = False
            out.append(value)
            length += len(value)
        elif kind == _SEP:
            pending_separator = True
        if length >= MAX_KEY:
            break  # what follows is cut off anyway
    if digits:
        if pending_separator and out:
            out.append(_SEPARATOR)
        out.append(_number("".join(digits)))
    key = "".join(out)[:MAX_KEY]
    return key or None
