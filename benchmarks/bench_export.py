"""Figure 4: the register of N entries exported to the formatted register workbook.

Ours: ``exports.excel_register.export_register`` (ids in SQL, rows by id a
chunk at a time, labels, the styled write-only sheet, a defined table, the
"about" sheet, an atomic save), archived entries included so that all N go
out. Baseline: openpyxl's write-only mode writing the same cells with the
same styles directly from values already in memory (read back from our file
with python-calamine beforehand, untimed): header row, one ready style per
(column kind, highlight, number format) copied onto each cell, column widths,
frozen pane, the same defined table. The ratio is what our pipeline adds to
openpyxl's own cost.
"""

from __future__ import annotations

import copy
import tempfile
import warnings
from pathlib import Path

from .figures import Context, Figure, missing, paired

TARGET_RATIO = 1.2
NAME = "export to the register workbook"


def _ours(target: Path, n: int, total: int):
    from desktop_app.exports.excel_register import export_register
    from desktop_app.services.register import RegisterFilter

    f = RegisterFilter(include_archived=True)
    if n < total:
        f = RegisterFilter(include_archived=True, ids=tuple(range(1, n + 1)))
    return export_register(target, f, record=False)


def _read_back(path: Path) -> tuple[list, list[list]]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name("Register").to_python(skip_empty_area=False)
    return rows[0], rows[1:]


def _baseline_writer(headers: list, rows: list[list], kinds: list[str]):
    """A function writing ``rows`` with openpyxl write-only, styled as our export is."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    state_col = next((i for i, h in enumerate(headers) if h == "Omprövningsläge"), None)
    currency_col = next((i for i, h in enumerate(headers) if h == "Valuta"), None)
    fills = {
        "Omprövning försenad": PatternFill("solid", fgColor="F8CBAD"),
        "Omprövning inom kort": PatternFill("solid", fgColor="FFE699"),
    }

    def write(target: Path) -> None:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Register")
        for i in range(len(headers)):
            ws.column_dimensions[get_column_letter(i + 1)].width = 20
        ws.freeze_panes = "B2"
        header_cells = []
        for text in headers:
            cell = WriteOnlyCell(ws, text)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F4E78")
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            cell.border = Border(bottom=Side(style="thin", color="BFBFBF"))
            header_cells.append(cell)
        ws.append(header_cells)
        templates: dict[tuple, WriteOnlyCell] = {}
        for row in rows:
            state = row[state_col] if state_col is not None else ""
            currency = row[currency_col] if currency_col is not None else "SEK"
            cells = []
            for value, kind in zip(row, kinds, strict=False):
                key = (kind, state, currency if kind == "money" else "")
                template = templates.get(key)
                if template is None:
                    template = WriteOnlyCell(ws)
                    template.alignment = Alignment(vertical="top", wrap_text=kind == "wrap")
                    if kind == "date":
                        template.number_format = "yyyy-mm-dd"
                    elif kind == "money":
                        template.number_format = f'#,##0.00 "{currency or "SEK"}"'
                    if state in fills:
                        template.fill = fills[state]
                    templates[key] = template
                cell = WriteOnlyCell(ws, None if value == "" else value)
                cell._style = copy.copy(template._style)
                cells.append(cell)
            ws.append(cells)
        table = Table(
            displayName="Register", ref=f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
        )
        table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, start=1)]
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            ws.add_table(table)
        wb.save(target)

    return write


def measure(ctx: Context) -> list[Figure]:
    try:
        from desktop_app.exports import excel_register
        from desktop_app.exports.excel_style import COLUMNS, DEFAULT_COLUMNS
    except ImportError as exc:
        return [missing(NAME, f"the Excel export is not there yet ({exc})", TARGET_RATIO)]
    del excel_register
    from .view import open_register

    open_register(ctx.path)
    n = min(ctx.heavy_n, ctx.n)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ours_file, base_file = folder / "ours.xlsx", folder / "baseline.xlsx"
        result = _ours(ours_file, n, ctx.n)
        headers, rows = _read_back(ours_file)
        assert len(rows) == result.count == n, (len(rows), result.count, n)
        kinds = [COLUMNS[k].kind for k in DEFAULT_COLUMNS][: len(headers)]
        baseline = _baseline_writer(headers, rows, kinds)
        ours_s, base_s = paired(
            lambda: _ours(ours_file, n, ctx.n), lambda: baseline(base_file), ctx.heavy_repeat
        )
        sizes = (ours_file.stat().st_size, base_file.stat().st_size)
    figure = Figure(
        f"export {n} entries to the register workbook",
        ours_s,
        base_s,
        target_ratio=TARGET_RATIO,
        note=f"{len(headers)} columns; files {sizes[0] >> 20} MB / {sizes[1] >> 20} MB",
    )
    return [figure]
