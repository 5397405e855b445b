"""Exchange rates per year, for the annual report's total in kronor (R6/R7).

Amounts are stored in the currency they are paid in and summed per currency;
a total in kronor needs a rate, which is a fact of the year (the city's
budget rate, or the Riksbank's annual average), not of the day. Rates are
settings ("exchange_rate.2025.EUR" = "11.4500", kronor per unit), written
through ``register_settings.set_setting`` and so audited like every setting.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desktop_app.domain.money import DEFAULT_CURRENCY, is_currency, normalise_currency
from desktop_app.store.models import Setting

from . import register_settings
from .errors import ServiceError

_PREFIX = "exchange_rate."


def _key(year: int, currency: str) -> str:
    return f"{_PREFIX}{year}.{currency}"


def rates(year: int) -> dict[str, Decimal]:
    """Currency -> kronor per unit for ``year`` (only those set)."""
    prefix = f"{_PREFIX}{year}."
    result: dict[str, Decimal] = {}
    for key, value in (
        Setting.select(Setting.key, Setting.value).where(Setting.key.startswith(prefix)).tuples()
    ):
        try:
            result[key[len(prefix) :]] = Decimal(value)
        except InvalidOperation:
            continue
    return result


def set_rate(year: int, currency: str, rate: Decimal | str) -> None:
    """Record the rate of ``currency`` for ``year`` (audited as a setting)."""
    code = normalise_currency(currency)
    if not is_currency(code) or code == DEFAULT_CURRENCY:
        raise ServiceError(
            f"{currency!r} är ingen valutakod att räkna om till kronor (t.ex. EUR).",
            f"{currency!r} is not a currency code to convert to kronor (e.g. EUR).",
        )
    try:
        value = Decimal(str(rate).replace(",", ".").strip())
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or value <= 0 or value > 10000:
        raise ServiceError(
            f"Kursen {rate!r} ska vara kronor per {code}, till exempel 11,45.",
            f"The rate {rate!r} must be kronor per {code}, e.g. 11.45.",
        )
    register_settings.set_setting(_key(year, code), f"{value.quantize(Decimal('0.0001'))}")
