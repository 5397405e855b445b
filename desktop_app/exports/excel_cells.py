"""From a register row to cell values, and how tall a row of wrapped text is.

Decided once per column and sheet, so that the per-cell work at 100,000
rows is a tuple index and a dict lookup (openpyxl's own per-cell cost is
what an export should be made of).
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.domain.kinds import label
from desktop_app.exports.excel_style import safe_text
from desktop_app.services import reports
from desktop_app.services.register import RegisterRow

_LABELLED = {"kind", "scope", "status", "review_state"}
_EXTRA = {"mutual_benefit", "document_links", "next_review_reason", "external_financiers"}
_EXTRA_LABELLED = {"engagement", "project_kind"}
_EXTRA_NUMBERS = {"external_share", "city_contribution"}
# Defaults that say nothing: left empty in the sheet (and read back as the default).
_SILENT = {"standard", "not_a_project"}


def getter(key: str, lang: str, bodies: dict[str, str]) -> Callable:
    """How one column gets its cell value from (row, extras): decided once per sheet.

    Labels, full body names and directions text come from small caches, so the
    per-cell work at 100,000 rows is a tuple index and a dict lookup.
    """
    if key in _LABELLED:
        idx = RegisterRow._fields.index(key)
        labels: dict = {}

        def labelled(row, extras):
            value = row[idx]
            text = labels.get(value)
            if text is None:
                text = labels[value] = label(value, lang)
            return text or None

        return labelled
    if key == "directions":
        from desktop_app.domain.kinds import directions_text

        texts = {bits: directions_text(bits, lang) or None for bits in range(16)}
        return lambda row, extras: (
            texts.get(row.directions) or directions_text(row.directions, lang)
        )
    if key == "theme" and lang == "en":
        names = reports.theme_names_en()
        return lambda row, extras: names.get(row.theme, row.theme) or None
    if key in ("deciding_body", "responsible_body", "cost_payer"):
        idx = RegisterRow._fields.index(key)
        return lambda row, extras: bodies.get(row[idx], row[idx]) or None
    if key == "counterparties":
        return lambda row, extras: (
            safe_text(extras.counterparties if extras is not None else row.counterparties) or None
        )
    if key in _EXTRA:
        return lambda row, extras: (safe_text(getattr(extras, key)) or None) if extras else None
    if key in _EXTRA_LABELLED:

        def extra_label(row, extras):
            value = getattr(extras, key) if extras else ""
            return label(value, lang) or None if value and value not in _SILENT else None

        return extra_label
    if key in _EXTRA_NUMBERS:

        def extra_number(row, extras):
            value = getattr(extras, key) if extras else None
            return float(value) if value is not None else None

        return extra_number
    if key == "continued":
        yes_continued = "Yes" if lang == "en" else "Ja"
        return lambda row, extras: yes_continued if extras and extras.continued else None
    if key == "archived":
        yes = "Yes" if lang == "en" else "Ja"
        return lambda row, extras: yes if row.archived else None
    if key == "annual_cost":
        return lambda row, extras: float(row.annual_cost) if row.annual_cost is not None else None
    idx = RegisterRow._fields.index(key)

    def plain(row, extras):
        value = row[idx]
        if value.__class__ is str:
            return safe_text(value) or None
        return value

    return plain


MAX_LINES = 6


def row_lines(cells, widths: list[float]) -> int:
    """Text lines the tallest wrapped cell of a row needs (at most MAX_LINES)."""
    most = 1
    for cell, width in zip(cells, widths, strict=True):
        if not width or cell is None:
            continue
        value = cell._value
        if value.__class__ is not str or (len(value) <= width and "\n" not in value):
            continue
        n = sum(max(1, -(-len(part) // int(width))) for part in value.split("\n"))
        if n > most:
            most = n
            if most >= MAX_LINES:
                return MAX_LINES
    return most
