"""Money: one reader and one writer for every amount the program shows or reads."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.money import (
    AmountError,
    excel_format,
    format_amount,
    format_number,
    in_sek,
    is_currency,
    parse_amount,
)

NB = "\u00a0"


@pytest.mark.parametrize(
    ("written", "amount", "currency"),
    [
        ("285 000", "285000", None),
        ("285000,50", "285000.50", None),
        ("1.234,50", "1234.50", None),
        ("1,234.50", "1234.50", None),
        ("1,450", "1450", None),  # three digits after one separator group thousands
        ("1,5", "1.5", None),
        ("50 000 kr", "50000", "SEK"),
        (f"1{NB}450,50 SEK", "1450.50", "SEK"),
        ("€ 2 000", "2000", "EUR"),
        ("2 000 EUR", "2000", "EUR"),
        ("25 tkr", "25000", "SEK"),
        ("1,5 MSEK", "1500000", "SEK"),
        ("12 500:-", "12500", "SEK"),
        ("JPY 5000", "5000", "JPY"),
        (1450000, "1450000", None),
        (12.5, "12.5", None),
    ],
)
def test_amounts_as_people_write_them(written, amount: str, currency) -> None:
    assert parse_amount(written) == (Decimal(amount).quantize(Decimal("0.01")), currency)


def test_empty_is_unknown_not_zero() -> None:
    assert parse_amount("  ") == (None, None)
    assert parse_amount(None) == (None, None)


@pytest.mark.parametrize("written", ["tjugo", "NaN", "inf", "1e400", True, "12 13 14,5,6"])
def test_what_is_no_amount_is_refused_with_a_message(written) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(written)
    assert "1 450 000 kr" in caught.value.message_sv


@pytest.mark.parametrize(
    ("amount", "currency", "lang", "text"),
    [
        ("50000", "SEK", "sv", f"50{NB}000{NB}kr"),
        ("1234.5", "SEK", "sv", f"1{NB}234,50{NB}kr"),
        ("999", None, "sv", f"999{NB}kr"),
        ("12000", "EUR", "sv", f"12{NB}000{NB}EUR"),
        ("50000", "SEK", "en", f"SEK{NB}50,000"),
        ("1234.5", "eur", "en", f"EUR{NB}1,234.50"),
        ("-500", "SEK", "sv", f"-500{NB}kr"),
    ],
)
def test_amounts_are_written_the_swedish_way(amount, currency, lang, text) -> None:
    assert format_amount(Decimal(amount), currency, lang) == text


def test_the_number_alone_for_the_amount_field() -> None:
    assert format_number(Decimal("285000")) == f"285{NB}000"
    assert format_number(Decimal("1234.5")) == f"1{NB}234,50"
    assert format_number(None) == ""
    assert format_amount(None, "SEK") == ""


def test_round_trip_through_the_field() -> None:
    for value in ("0", "1", "999", "1000", "1234.56", "999999999.99"):
        amount = Decimal(value).quantize(Decimal("0.01"))
        assert parse_amount(format_number(amount))[0] == amount


def test_excel_formats_keep_numbers() -> None:
    assert excel_format("SEK", Decimal("50000")) == '#,##0 "kr"'
    assert excel_format("EUR", Decimal("1.5")) == '#,##0.00 "EUR"'
    assert excel_format("", None) == '#,##0.00 "kr"'


def test_currency_codes_and_sek_totals() -> None:
    assert is_currency("SEK") and is_currency("EUR")
    assert not is_currency("kr") and not is_currency("sek") and not is_currency("")
    assert in_sek(Decimal("100"), "SEK", None) == Decimal("100")
    assert in_sek(Decimal("100"), "EUR", None) is None
    assert in_sek(Decimal("100"), "EUR", Decimal("11.2345")) == Decimal("1123.45")
