"""Real registers for import tests: the program's own Excel export, grown to size.

``demo_export`` exports a demo register with the real exporter; ``grow``
copies its rows into a plain sheet N times over with fresh case numbers, as
a registrar's hand-kept register of N rows would look to the importer.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import openpyxl

PLACEHOLDER = "QQQQQQQQ"  # eight letters, replaced per run by ``stamp``


def demo_export(folder: Path) -> Path:
    """The demo register exported by the real exporter (its own SQLite file)."""
    from desktop_app.exports.excel_register import export_register
    from desktop_app.services.demo import build_demo
    from desktop_app.services.session import close_register, open_register

    target = folder / "demo-export.xlsx"
    if target.exists():
        return target
    open_register(folder / "demo-source.sqlite3")
    try:
        build_demo()
        export_register(target, record=False)
    finally:
        close_register()
    return target


def _table(path: Path) -> tuple[list, list[list]]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = [list(r) for r in book["Register"].iter_rows(values_only=True)]
    book.close()
    header_at = next(i for i, r in enumerate(rows) if "Titel" in r or "Title" in r)
    return rows[header_at], [r for r in rows[header_at + 1 :] if any(v is not None for v in r)]


def grow(template: Path, target: Path, count: int, marker: str) -> Path:
    """``count`` rows cycled from ``template``; case numbers ``IMP <marker>/<n>``."""
    header, rows = _table(template)
    case_col = next(i for i, h in enumerate(header) if h in ("Diarienummer", "Case number"))
    title_col = header.index("Titel") if "Titel" in header else header.index("Title")
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.append(header)
    for n in range(count):
        row = list(rows[n % len(rows)])
        row[case_col] = f"IMP {marker}/{n}"
        row[title_col] = f"{row[title_col]} ({n})"
        sheet.append(row)
    book.save(target)
    return target


def marker8(marker: str) -> str:
    """A run's marker as eight upper-case hex digits (same length as PLACEHOLDER)."""
    return hashlib.sha1(marker.encode()).hexdigest()[:8].upper()


def stamp(template: Path, target: Path, marker: str) -> Path:
    """A copy of a ``grow(..., marker=PLACEHOLDER)`` file with fresh case numbers.

    Rewrites the placeholder inside the zip's XML (a few ms) instead of
    writing thousands of rows again with openpyxl (about a second).
    """
    new = marker8(marker).encode()
    with (
        zipfile.ZipFile(template) as src,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.endswith(".xml"):
                data = data.replace(PLACEHOLDER.encode(), new)
            dst.writestr(item, data)
    return target
