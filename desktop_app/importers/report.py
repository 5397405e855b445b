"""The Excel report of the rows an import would reject, with the reason.

The registrar corrects the original file with this beside it, so the report
keeps the file's own columns and row numbers and puts the reason first.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from desktop_app.exports.atomic import atomic_target
from desktop_app.exports.excel_style import StyleBook, safe_text

from .preview import ImportPreview


def rejected_report_path(file: str | Path) -> Path:
    """Where ``--skip-rejected`` (and the dialog's "import the accepted rows") puts the
    report: beside the imported file, ``<name> – avvisade rader.xlsx``."""
    file = Path(file)
    return file.with_name(f"{file.stem} \u2013 avvisade rader.xlsx")


STATUS_LABELS = {
    "new": ("Ny", "New"),
    "update": ("Uppdateras", "Update"),
    "unchanged": ("Oförändrad", "Unchanged"),
    "differs": ("Skiljer sig (ändras inte)", "Differs (not changed)"),
    "older": ("Äldre än registret", "Older than the register"),
    "duplicate": ("Dubblett", "Duplicate"),
    "error": ("Fel", "Error"),
}


def status_label(status: str, lang: str = "sv") -> str:
    pair = STATUS_LABELS.get(status, (status, status))
    return pair[1] if lang == "en" else pair[0]


def _cell_value(value):
    if isinstance(value, str):
        return safe_text(value)
    return value if value != "" else None


def write_rejected_report(preview: ImportPreview, target: str | Path, lang: str = "sv") -> int:
    """Write the rejected rows (status, reason, original cells); returns their number."""
    sv = lang != "en"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Avvisade rader" if sv else "Rejected rows")
    styles = StyleBook(ws)
    fixed = ["Rad" if sv else "Row", "Status", "Orsak" if sv else "Reason"]
    widths = [6, 12, 60] + [18] * len(preview.headers)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "D2"
    ws.append([styles.header(h) for h in fixed + [h or "" for h in preview.headers]])
    rejected = preview.rejected
    for row in rejected:
        cells = [
            styles.cell(row.row_no, "int"),
            styles.cell(status_label(row.status, lang), "text"),
            styles.cell(row.reason(lang), "wrap"),
        ]
        cells += [
            styles.cell(_cell_value(v), "date" if hasattr(v, "year") else "text") for v in row.cells
        ]
        ws.append(cells)
    info = wb.create_sheet("Om rapporten" if sv else "About")
    info.append(["Fil" if sv else "File", preview.path.name])
    info.append(["SHA-256", preview.sha256])
    info.append(["Blad" if sv else "Sheet", preview.sheet])
    info.append(["Avvisade rader" if sv else "Rejected rows", len(rejected)])
    from desktop_app.exports.output_errors import writing
    from desktop_app.services import reports

    details = {"source": preview.path.name, "rows": len(rejected)}
    with (
        writing(target),
        atomic_target(
            target, record=lambda: reports.record_export("rejected_rows", str(target), details)
        ) as tmp,
    ):
        wb.save(tmp)
    return len(rejected)
