"""The words around the memos in Swedish and English: the batch's cover list, dates, money.

The memo's own text is ``memo_compose`` (a ``memo_document.MemoDocument``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.domain.money import format_amount

_T: dict[str, tuple[str, str]] = {
    "memo": ("Omprövnings-PM", "Renewal memo"),
    "date": ("Datum", "Date"),
    "case": ("Dnr", "Case no."),
    "page": ("Sida {x} ({y})", "Page {x} ({y})"),
    "cover_title": ("Omprövnings-PM – sammanställning", "Renewal memos – summary"),
    "cover_intro": (
        "{n} tjänsteutlåtanden. Varje tjänsteutlåtande börjar på en ny sida och har egen "
        "sidnumrering.",
        "{n} officer's reports. Each report starts on a new page and has its own page numbers.",
    ),
    "selection": ("Urval", "Selection"),
    "contents": ("Innehåll", "Contents"),
    "no": ("Nr", "No."),
    "next_review": ("Nästa omprövning", "Next review"),
    "page_col": ("Sida", "Page"),
    "none": ("–", "–"),
}


def t(key: str, lang: str = "sv", **values: object) -> str:
    """One phrase in ``lang``, with ``{placeholders}`` filled in."""
    sv, en = _T[key]
    text = en if lang == "en" else sv
    return text.format(**values) if values else text


def fmt_date(day: date | None, lang: str = "sv") -> str:
    return day.isoformat() if day else t("none", lang)


def fmt_money(amount: Decimal | None, currency: str, lang: str = "sv") -> str:
    """``125 000 kr`` (``domain.money``); "–" when the amount is not known."""
    return t("none", lang) if amount is None else format_amount(amount, currency, lang)
