"""Columns, headers and cell styles of the register workbooks.

One table says, for every exportable column, its Swedish and English header,
its width and how its value is written (text, wrapped text, date, number,
amount). The importer reads the same headers back, so an exported register
imports without a mapping dialog.

Styles are built once per workbook and copied onto cells as ready style
arrays: assigning ``Font``/``Fill`` objects per cell is what makes openpyxl
slow at 100,000 rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from desktop_app.domain.money import excel_format
from desktop_app.exports.atomic import keep_sheets_private

keep_sheets_private()  # openpyxl's sheet files in the user's folder, swept after a kill

DATE_FORMAT = "yyyy-mm-dd"
TEXT, WRAP, DATE, INT, MONEY = "text", "wrap", "date", "int", "money"

# Excel runs text starting with these as a formula once someone edits the cell.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    key: str
    sv: str
    en: str
    width: float
    kind: str = TEXT

    def header(self, lang: str) -> str:
        return self.en if lang == "en" else self.sv


COLUMNS: dict[str, Column] = {
    c.key: c
    for c in (
        Column("id", "Id", "Id", 8, INT),
        Column("case_number", "Diarienummer", "Case number", 16),
        Column("title", "Titel", "Title", 40, WRAP),
        Column("kind", "Avtalstyp", "Kind", 18),
        Column("counterparties", "Motpart", "Counterparty", 32, WRAP),
        Column("scope", "Omfattning", "Scope", 20),
        Column("deciding_body", "Beslutande organ", "Deciding body", 24, WRAP),
        Column("decision_date", "Beslutsdatum", "Decision date", 12, DATE),
        Column(
            "responsible_body",
            "Ansvarig nämnd/bolag",
            "Responsible committee/company",
            24,
            WRAP,
        ),
        Column("contact_person", "Kontaktperson", "Contact person", 20),
        Column("theme", "Tema", "Theme", 22, WRAP),
        Column("directions", "Inriktning", "Directions", 26, WRAP),
        Column("mutual_benefit", "Ömsesidig nytta", "Mutual benefit", 40, WRAP),
        Column("start_date", "Startdatum", "Start date", 12, DATE),
        Column("end_date", "Slutdatum", "End date", 12, DATE),
        Column(
            "review_interval_months",
            "Omprövningsintervall (månader)",
            "Review interval (months)",
            12,
            INT,
        ),
        Column("last_review_date", "Senaste omprövning", "Last review", 12, DATE),
        Column("next_review_date", "Nästa omprövning", "Next review", 12, DATE),
        Column("annual_cost", "Årlig kostnad", "Annual cost", 16, MONEY),
        Column("currency", "Valuta", "Currency", 8),
        Column("cost_payer", "Betalas av", "Paid by", 22, WRAP),
        Column("engagement", "Ärendet avser", "Concerns", 22, WRAP),
        Column("continued", "Fortsatt åtagande", "Continued", 10),
        Column(
            "next_review_reason",
            "Skäl för omprövningsdatum",
            "Reason for the review date",
            30,
            WRAP,
        ),
        Column("project_kind", "Projekttyp", "Project kind", 18),
        Column("external_financiers", "Extern finansiär", "External financier", 22, WRAP),
        Column("external_share", "Extern andel (%)", "External share (%)", 10, INT),
        Column("city_contribution", "Stadens egen insats", "City's own contribution", 16, MONEY),
        Column("status", "Status", "Status", 12),
        Column("review_state", "Omprövningsläge", "Review state", 18),
        Column("archived", "Avförd", "Archived", 10),
        Column("notes", "Anteckningar", "Notes", 50, WRAP),
        Column("document_links", "Dokument", "Documents", 40, WRAP),
        Column("updated_at", "Senast ändrad", "Last changed", 17, DATE),
        Column("updated_by", "Ändrad av", "Changed by", 14),
        Column("version", "Version", "Version", 8, INT),
    )
}

# What a registrar gets by default: every fact of an entry, nothing internal.
DEFAULT_COLUMNS: tuple[str, ...] = (
    "case_number",
    "title",
    "kind",
    "counterparties",
    "scope",
    "deciding_body",
    "decision_date",
    "responsible_body",
    "contact_person",
    "theme",
    "directions",
    "mutual_benefit",
    "start_date",
    "end_date",
    "review_interval_months",
    "last_review_date",
    "next_review_date",
    "annual_cost",
    "currency",
    "cost_payer",
    "engagement",
    "continued",
    "next_review_reason",
    "project_kind",
    "external_financiers",
    "external_share",
    "city_contribution",
    "status",
    "review_state",
    "notes",
    "document_links",
)

HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
OVERDUE_FILL = PatternFill("solid", fgColor="F8CBAD")  # light red
DUE_FILL = PatternFill("solid", fgColor="FFE699")  # light yellow
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(bottom=_THIN)


def money_format(currency: str, amount: Decimal | float | None = None) -> str:
    """The cell format of an amount (``domain.money``: "50 000 kr", "1 250,50 EUR")."""
    whole = amount is not None and Decimal(str(amount)) == Decimal(str(amount)).to_integral_value()
    return _money_format(currency or "", whole)


@lru_cache(maxsize=64)
def _money_format(currency: str, whole: bool) -> str:
    return excel_format(currency, Decimal(1) if whole else None)


class StyleBook:
    """Ready-made cells per (column kind, highlight, currency), copied per value."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self._templates: dict[tuple, WriteOnlyCell] = {}

    def _template(self, kind: str, fill: str, fmt: str = "", quote: bool = False) -> WriteOnlyCell:
        key = (kind, fill, fmt, quote)
        cell = self._templates.get(key)
        if cell is None:
            cell = WriteOnlyCell(self.ws)
            wrap = kind == WRAP
            cell.alignment = Alignment(vertical="top", wrap_text=wrap)
            if kind == DATE:
                cell.number_format = fmt or DATE_FORMAT
            elif kind == MONEY:
                cell.number_format = fmt
            if fill == "overdue":
                cell.fill = OVERDUE_FILL
            elif fill == "due":
                cell.fill = DUE_FILL
            if quote:
                cell.quotePrefix = True
            self._templates[key] = cell
        return cell

    def cell(self, value, kind: str, fill: str = "", fmt: str = "") -> WriteOnlyCell:
        """A cell holding ``value`` in the column's style; user text stays text.

        The template's style array is shared, not copied: a write-only cell is
        written once and dropped, and nothing changes the array afterwards.
        """
        quote = value.__class__ is str and value.startswith(FORMULA_TRIGGERS)
        key = (kind, fill, fmt, quote)
        template = self._templates.get(key) or self._template(kind, fill, fmt, quote)
        cell = WriteOnlyCell(self.ws, value)
        cell._style = template._style
        if quote:
            cell.data_type = "s"  # never a formula, whatever openpyxl guessed
        return cell

    def title(self, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, text)
        cell.font = Font(bold=True, size=14, color="1F4E78")
        return cell

    def header(self, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, text)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        cell.border = _BORDER
        return cell


_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_text(value: str) -> str:
    """Text for a cell: no control characters Excel refuses (XML 1.0)."""
    if not value or _ILLEGAL.search(value) is None:
        return value
    return _ILLEGAL.sub("", value)
