"""Search text that forgives case and accents, and the patterns that search it.

A registrar types "lodz", "koln" or "goteborg" and expects Łódź, Köln and
Göteborg; a Swede who types "å" means å, not a. So matching is asymmetric:
a term typed **without** diacritics matches with or without them (o finds o,
ö, ó, ø), a term typed **with** them matches only those letters (å finds å,
never a). Both follow from one prepared text per entry, no rule per query:

* the text itself, case-folded with its accents kept ("  göteborg  stad");
* after it, the accent-free form of every word that has accents
  ("  goteborg"), so a plain term finds the accented word there, while an
  accented term can only match the first part.

Every word is preceded by two spaces. That makes "starts a word" a substring
of three characters, which both trigram indexes (SQLite's FTS5 trigram
table, PostgreSQL's pg_trgm) can answer: one letter "g" searches "  g", two
letters "gö" search " gö", three or more letters search anywhere in a word.
One- and two-letter terms thus match the start of a word (what someone who
has typed one letter means) and still use the index, where a substring test
would read every row.

Words inside a word ("2016/1234" in "KS 2016/1234", "sef" in "(SEF)") get a
word start of their own, and a case number is also stored without its spaces
(and with the serial's leading zeros dropped), so "ks2016/1234" finds
"KS 2016/1234".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Letters that do not decompose into a base letter and a combining mark.
_PLAIN_SPECIAL = {
    "ł": "l",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
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
# Dashes, minus signs and hyphens pasted from Word or the web are one hyphen.
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_TRANSLATE = {**_DASHES, **_INVISIBLE}
_TRANSLATED = re.compile("[" + "".join(map(chr, _TRANSLATE)) + "]")
_plain_cache: dict[str, str] = {}
_INNER_WORDS = re.compile(r"[^\W_]+")
_SERIAL_ZEROS = re.compile(r"(?<!\d)0+(?=\d+\D*$)")

WORD = "  "  # what precedes every word of a prepared search text


def fold(text: str | None) -> str:
    """Case-folded, NFC, one kind of hyphen: how names and search text are compared."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    if _TRANSLATED.search(text) is not None:  # rare: the mapping is slow, the search in C
        text = text.translate(_TRANSLATE)
    return text.casefold()


def _plain_char(ch: str) -> str:
    plain = _plain_cache.get(ch)
    if plain is None:
        special = _PLAIN_SPECIAL.get(ch)
        if special is not None:
            plain = special
        else:
            decomposed = unicodedata.normalize("NFD", ch)
            plain = "".join(c for c in decomposed if not unicodedata.combining(c))
            plain = "".join(_PLAIN_SPECIAL.get(c, c) for c in plain)
        _plain_cache[ch] = plain
    return plain


class _PlainTable(dict):
    """``str.translate``'s table for ``strip_accents``, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        plain = ch if code < 0x80 else _plain_char(ch)
        self[code] = plain
        return plain


_PLAIN_TABLE = _PlainTable()


def strip_accents(folded: str) -> str:
    """The accent-free form of folded text: "łódź" -> "lodz", "göteborg" -> "goteborg".

    One ``str.translate`` (in C) instead of a join over the characters: an import
    prepares this for every entry (issue 19)."""
    if folded.isascii():
        return folded
    return folded.translate(_PLAIN_TABLE)


def case_number_key(text: str | None) -> str:
    """A case number compared as one: no spaces, folded, serial without leading zeros.

    "KS 2016/01234" and "ks 2016/1234" give "ks2016/1234". (Issue 12's
    ``domain/case_numbers.normalise_case_number`` is the same rule; this
    one is used until that module is on main.)
    """
    if not text:
        return ""
    compact = "".join(fold(text).split())  # str.split() splits where str.isspace() holds
    return _SERIAL_ZEROS.sub("", compact)


def build_search_text(parts: Iterable[str | None], case_numbers: Iterable[str | None] = ()) -> str:
    """The prepared search text of ``parts`` (see the module docstring).

    ``case_numbers`` are in ``parts`` already or not; they also get their
    compact forms (without spaces; and without the serial's leading zeros).
    """
    folded = fold(" ".join(p for p in parts if p))
    words = folded.split()
    seen = set(words)
    extra: list[str] = []

    def add(word: str) -> None:
        if word and word not in seen:
            seen.add(word)
            extra.append(word)

    # A repeated word adds nothing new; an ASCII word or piece is its own plain form.
    for word in dict.fromkeys(words):
        if not word.isascii():
            add(word.translate(_PLAIN_TABLE))
        if word.isalnum():
            continue  # one word, nothing inside it: findall would give the word itself
        inner = _INNER_WORDS.findall(word)
        if inner and not word.startswith(inner[0]):
            inner = [""] + inner
        for piece in inner[1:]:  # words inside a word get a word start of their own
            add(piece)
            if not piece.isascii():
                add(piece.translate(_PLAIN_TABLE))
    for number in case_numbers:
        compact = "".join(fold(number).split())
        add(compact)
        add(strip_accents(compact))
        add(case_number_key(number))
    return WORD + WORD.join(words + extra) if words or extra else ""


def search_terms(text: str | None) -> list[str]:
    """The folded terms of what was typed (split on whitespace, duplicates dropped).

    A term with letters and digits may be a case number typed with its serial's
    leading zeros ("ks2016/01234"): it is looked for as the number's key
    ("ks2016/1234"), which every entry's text holds beside the number as written.
    """
    terms = []
    for term in fold(text).split():
        if any(c.isdigit() for c in term) and any(c.isalpha() for c in term):
            term = case_number_key(term)
        terms.append(term)
    return list(dict.fromkeys(terms))


def term_pattern(term: str) -> str:
    """The substring a folded term must match in a prepared text (always >= 3 characters).

    One letter must start a word ("  g"), two letters too (" gö"); three or
    more letters may stand anywhere ("teb" finds Göteborg).
    """
    if len(term) == 1:
        return WORD + term
    if len(term) == 2:
        return " " + term
    return term


def matches(prepared: str, term: str) -> bool:
    """Whether a prepared text matches one folded term (the rule the SQL applies)."""
    return term_pattern(term) in prepared
