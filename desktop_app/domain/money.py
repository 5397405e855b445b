"""Amounts of money: one way to read them and one way to write them.

An amount in the register always travels with its currency (R6: the annual
report sums per currency and never adds euros to kronor). Registrars type
amounts the way they write them in Word ("50 000 kr", "1 250,50", "25 tkr",
"€ 2 000"), importers meet the same forms in old sheets, and every document
shows them the Swedish way ("50 000 kr", groups of three with a no-break
space, decimal comma, öre only when there are any). Keeping reading and
writing here means the editor, the grid, Excel, the memo and the importer
cannot drift apart.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

DEFAULT_CURRENCY = "SEK"
# Offered first in pick lists; any three-letter ISO 4217 code is accepted.
COMMON_CURRENCIES = ("SEK", "EUR", "USD", "NOK", "DKK", "GBP", "CHF")
MAX_AMOUNT = Decimal(10) ** 12  # the columns are NUMERIC(14, 2)

_NBSP = "\u00a0"
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")
_CURRENCY_WORDS = {
    "kronor": "SEK", "kr": "SEK", "sek": "SEK", "skr": "SEK", ":-": "SEK",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "$": "USD", "usd": "USD",
    "nok": "NOK", "dkk": "DKK", "£": "GBP", "gbp": "GBP", "chf": "CHF",
}  # fmt: skip
_MULTIPLIERS = {
    "tkr": ("SEK", 1000),
    "ksek": ("SEK", 1000),
    "msek": ("SEK", 1_000_000),
    "mkr": ("SEK", 1_000_000),
    "milj kr": ("SEK", 1_000_000),
}


class AmountError(ValueError):
    """Text that is not an amount; carries what to tell the user in both languages."""

    def __init__(self, raw: object) -> None:
        self.message_sv = (
            f"Förstår inte beloppet {str(raw)!r}. Skriv till exempel 1450000 eller 1 450 000 kr."
        )
        self.message_en = (
            f"Cannot read the amount {str(raw)!r}. Write e.g. 1450000 or 1 450 000 kr."
        )
        super().__init__(self.message_sv)


def is_currency(code: str | None) -> bool:
    """A three-letter upper-case code such as SEK or EUR."""
    return bool(code) and _CURRENCY_CODE.fullmatch(code or "") is not None


def normalise_currency(code: str | None) -> str:
    """Upper-cased and stripped; empty means the register's default (SEK)."""
    return (code or "").strip().upper() or DEFAULT_CURRENCY


def parse_amount(value: object) -> tuple[Decimal | None, str | None]:
    """Read an amount and the currency written with it.

    ``"1 450 000 kr"`` -> (1450000.00, 'SEK'); ``"1,5 MSEK"`` -> (1500000.00,
    'SEK'); ``"€ 2 000"`` -> (2000.00, 'EUR'); ``"285 000"`` -> (285000.00,
    None): no currency written. Empty text is ``(None, None)`` (unknown, which
    is not the same as 0). A decimal comma or point is understood; with both,
    the later one is the decimal mark; a single separator followed by exactly
    three digits groups thousands ("1,450" is 1450: öre have two decimals).
    Raises ``AmountError`` for anything else.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool):
        raise AmountError(value)
    if isinstance(value, (int, float, Decimal)):
        return _cents(Decimal(str(value)), value), None
    raw = str(value)
    s = raw.casefold().replace(_NBSP, " ").replace("\u202f", " ").strip()
    currency, factor = None, 1
    for word, (cur, mult) in _MULTIPLIERS.items():
        if s.endswith(word):
            s, currency, factor = s[: -len(word)].strip(), cur, mult
            break
    else:
        for word, cur in sorted(_CURRENCY_WORDS.items(), key=lambda kv: -len(kv[0])):
            if s.endswith(word) or s.startswith(word):
                s = (s[: -len(word)] if s.endswith(word) else s[len(word) :]).strip()
                currency = cur
                break
        else:
            if m := re.fullmatch(r"([a-z]{3})\s*(.+)|(.+?)\s*([a-z]{3})", s):
                code = (m[1] or m[4]).upper()
                s, currency = (m[2] or m[3]).strip(), code
    if not _grouped_right(s.replace("'", " ")):
        raise AmountError(raw)
    s = s.replace(" ", "").replace("'", "")
    if s.endswith((",-", ".-")):
        s = s[:-2]
    if "," in s and "." in s:
        s = (
            s.replace(".", "").replace(",", ".")
            if s.rfind(",") > s.rfind(".")
            else s.replace(",", "")
        )
    elif "," in s or "." in s:
        mark = "," if "," in s else "."
        head, _, tail = s.rpartition(mark)
        if s.count(mark) > 1 and any(len(g) != 3 for g in s.split(mark)[1:]):
            raise AmountError(raw)
        if s.count(mark) > 1 or (len(tail) == 3 and factor == 1):
            s = head.replace(mark, "") + tail  # groups of thousands
        else:
            s = head + "." + tail
    try:
        amount = Decimal(s) * factor
    except InvalidOperation:
        raise AmountError(raw) from None
    return _cents(amount, raw), currency


def _grouped_right(text: str) -> bool:
    """Digits grouped with spaces come in threes after the first group ("1 450 000")."""
    number = text.strip().split(",")[0].split(".")[0].strip()
    groups = number.split()
    return len(groups) < 2 or all(len(g) == 3 and g.isdigit() for g in groups[1:])


def _cents(amount: Decimal, raw: object) -> Decimal:
    """Rounded to öre; infinite, NaN or absurdly large amounts are refused, not stored."""
    try:
        if not amount.is_finite() or abs(amount) >= MAX_AMOUNT:
            raise InvalidOperation
        return amount.quantize(Decimal("0.01"))
    except InvalidOperation:
        raise AmountError(raw) from None


def _grouped(amount: Decimal, lang: str) -> str:
    """The number alone: "1 234,50" (Swedish), "1,234.50" (English); öre only if any."""
    value = Decimal(amount).quantize(Decimal("0.01"))
    whole = value == value.to_integral_value()
    text = f"{abs(value):,.0f}" if whole else f"{abs(value):,.2f}"
    if lang != "en":
        text = text.replace(",", _NBSP).replace(".", ",")
    return ("-" if value < 0 else "") + text


def format_number(amount: Decimal | None, lang: str = "sv") -> str:
    """An amount without its currency, as the editor's amount field shows it."""
    return "" if amount is None else _grouped(amount, lang)


def format_amount(amount: Decimal | None, currency: str | None = None, lang: str = "sv") -> str:
    """``50 000 kr``, ``12 500 EUR`` in Swedish; ``SEK 50,000`` in English; "" when unknown."""
    if amount is None:
        return ""
    cur = normalise_currency(currency)
    number = _grouped(amount, lang)
    if lang == "en":
        return f"{cur}{_NBSP}{number}"
    return f"{number}{_NBSP}{'kr' if cur == 'SEK' else cur}"


def excel_format(currency: str | None, amount: Decimal | None = None) -> str:
    """The Excel number format for an amount in ``currency``: "50 000 kr", "1 250,50 EUR".

    The cell stays a number (sums and filters work); Excel shows its own
    grouping and decimal mark for the reader's locale. Öre only when the
    amount has any, as everywhere else.
    """
    cur = "".join(ch for ch in normalise_currency(currency) if ch.isalnum())[:3]
    unit = "kr" if cur in ("", DEFAULT_CURRENCY) else cur
    whole = amount is not None and Decimal(amount) == Decimal(amount).to_integral_value()
    return f'#,##0 "{unit}"' if whole else f'#,##0.00 "{unit}"'


def in_sek(amount: Decimal, currency: str, rate: Decimal | None) -> Decimal | None:
    """``amount`` in kronor at ``rate`` SEK per unit; None when no rate is known."""
    if normalise_currency(currency) == DEFAULT_CURRENCY:
        return amount
    if rate is None:
        return None
    return (amount * rate).quantize(Decimal("0.01"))
