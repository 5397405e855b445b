"""The register as an Excel workbook a registrar is glad to receive.

What the register view shows (filter, columns, order) becomes a sheet with a
defined Excel table (filter buttons, banding), frozen header, real dates and
amounts, wrapped long text, overdue and due-soon rows highlighted and a print
set-up; a second sheet says what the file is. openpyxl's write-only mode keeps
memory flat at 100,000 rows; the file is written through ``atomic_target`` so
a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from desktop_app import __version__
from desktop_app.domain.cancel import Cancelled
from desktop_app.exports.atomic import atomic_target, discard_sheet_file
from desktop_app.exports.excel_cells import getter, row_lines
from desktop_app.exports.excel_style import (
    COLUMNS,
    DATE,
    DEFAULT_COLUMNS,
    MONEY,
    WRAP,
    Column,
    StyleBook,
    money_format,
)
from desktop_app.services import register, register_settings, reports
from desktop_app.services.context import os_user
from desktop_app.services.register import RegisterFilter

Progress = Callable[[int, int, str], None]
CHUNK = 2000
_EXTRA = set(reports.EXTRA_KEYS)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    sheets: int = 1


def _no_progress(done: int, total: int, text: str) -> None:
    return None


def _never() -> bool:
    return False


def _columns(keys: Sequence[str] | None) -> list[Column]:
    chosen = [COLUMNS[k] for k in (keys or DEFAULT_COLUMNS) if k in COLUMNS]
    return chosen or [COLUMNS[k] for k in DEFAULT_COLUMNS]


def _escape_header(text: str) -> str:
    return text.replace("&", "&&")


def sheet_title(text: str, taken: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\, unique."""
    base = re.sub(r"[\[\]:*?/\\]", "-", text).strip("' ") or "Blad"
    base = base[:31]
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(name.lower())
    return name


def _table_name(n: int) -> str:
    return f"Register{n}" if n > 1 else "Register"


def write_register_sheet(
    wb: Workbook,
    title: str,
    ids: Sequence[int],
    columns: list[Column],
    lang: str,
    *,
    heading: str,
    table_no: int,
    progress: Progress,
    cancelled: Callable[[], bool],
    done_before: int = 0,
    total: int = 0,
    today: date | None = None,
) -> int:
    """Write one register sheet of ``ids`` (in order); returns the rows written."""
    ws = wb.create_sheet(title)
    for i, col in enumerate(columns, start=1):
        from openpyxl.utils import get_column_letter

        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.freeze_panes = "B2" if columns and columns[0].key == "case_number" else "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    # A register of many columns is only readable on paper in A3; a few fit A4.
    ws.page_setup.paperSize = "8" if len(columns) > 12 else "9"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    stamp = (today or date.today()).isoformat()
    ws.oddHeader.left.text = _escape_header(heading)
    ws.oddHeader.right.text = stamp
    ws.oddFooter.center.text = "Page &P of &N" if lang == "en" else "Sida &P av &N"
    styles = StyleBook(ws)
    headers = [col.header(lang) for col in columns]
    ws.row_dimensions[1] = {"ht": "32", "customHeight": "1"}
    ws.append([styles.header(h) for h in headers])
    bodies = reports.body_names(lang)
    need_extras = any(c.key in _EXTRA or c.key == "counterparties" for c in columns)
    lead = register_settings.lead_days()
    written = 0
    getters = [getter(col.key, lang, bodies) for col in columns]
    wrap_widths = [col.width * 1.1 if col.kind == WRAP else 0 for col in columns]
    cell = styles.cell
    kinds = [col.kind for col in columns]
    money = [col.kind == MONEY for col in columns]
    formats = ["yyyy-mm-dd hh:mm" if col.key == "updated_at" else "" for col in columns]
    spec = list(zip(getters, kinds, money, formats, strict=True))
    for start in range(0, len(ids), CHUNK):
        if cancelled():
            raise Cancelled()
        chunk = list(ids[start : start + CHUNK])
        by_id = register.rows_by_ids(chunk, today, lead)
        extras = reports.export_extras(chunk) if need_extras else {}
        for entry_id in chunk:
            row = by_id.get(entry_id)
            if row is None:
                continue
            fill = row.review_state if row.review_state in ("due", "overdue") else ""
            extra = extras.get(entry_id)
            cells = []
            for get, kind, is_money, fmt in spec:
                value = get(row, extra)
                if value is None and not fill:
                    cells.append(None)  # no cell at all: nothing to show, nothing to style
                    continue
                fmt = money_format(row.currency, value) if is_money else fmt
                cells.append(cell(value, kind, fill, fmt))
            lines = row_lines(cells, wrap_widths)
            if lines > 1:  # LibreOffice and some Excel versions do not grow rows on open
                ws.row_dimensions[written + 2] = {"ht": str(15 * lines), "customHeight": "1"}
            ws.append(cells)
            ws.row_dimensions.pop(written + 2, None)
            written += 1
        progress(done_before + written, total, "")
    last_row = max(written + 1, 2)  # Excel needs a data row in a table, even an empty one
    from openpyxl.utils import get_column_letter

    ref = f"A1:{get_column_letter(len(columns))}{last_row}"
    table = Table(displayName=_table_name(table_no), ref=ref)
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, start=1)]
    table.tableStyleInfo = TableStyleInfo(
        name="TableStyleMedium2", showRowStripes=True, showColumnStripes=False
    )
    with warnings.catch_warnings():  # columns are given above, as write-only mode needs
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(table)
    return written


def write_about_sheet(
    wb: Workbook, lang: str, *, content: str, filter_text: str, count: int
) -> None:
    """The sheet that says what the file is: who, when, what, how many."""
    sv = lang != "en"
    ws = wb.create_sheet("Om registret" if sv else "About")
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 80
    styles = StyleBook(ws)
    now = datetime.now().replace(microsecond=0)
    rows = [
        ("Organisation", register_settings.get_setting("organisation_name")),
        ("Innehåll" if sv else "Content", content),
        ("Urval" if sv else "Filter", filter_text),
        ("Antal poster" if sv else "Number of entries", count),
        ("Skapad" if sv else "Generated", now.strftime("%Y-%m-%d %H:%M")),
        ("Skapad av" if sv else "Generated by", os_user()),
        ("Program" if sv else "Program", f"Avtalsregister {__version__}"),
        (
            "Färger" if sv else "Colours",
            "Röd rad: omprövningen är försenad. Gul rad: omprövning inom "
            f"{register_settings.lead_days()} dagar."
            if sv
            else "Red row: the review is overdue. Yellow row: review due within "
            f"{register_settings.lead_days()} days.",
        ),
    ]
    for key, value in rows:
        ws.append([styles.header(key), styles.cell(value, "wrap")])


def discard(wb: Workbook) -> None:
    """Close a write-only workbook's half-written sheets after a failure or Cancel."""
    for ws in wb.worksheets:
        try:
            if not ws.closed:
                ws.close()
        except Exception:  # noqa: BLE001, S110 - already failing; only free the streams
            pass
        discard_sheet_file(ws)  # its register data, now rather than at exit


@contextlib.contextmanager
def discarding(wb: Workbook) -> Iterator[Workbook]:
    try:
        yield wb
    except BaseException:
        discard(wb)
        raise


def _save(
    wb: Workbook,
    target: str | Path,
    cancelled: Callable[[], bool],
    record: Callable[[str], None] | None = None,
) -> Path:
    """Save through ``atomic_target``; ``record(path)`` writes the audit row in the
    transaction that puts the file in place: not recorded, not written (R10)."""
    target = Path(target)
    with atomic_target(target, record=(lambda: record(str(target))) if record else None) as tmp:
        if cancelled():
            raise Cancelled()
        wb.save(tmp)
        if cancelled():
            raise Cancelled()
    return target


def export_register(
    target: str | Path,
    register_filter: RegisterFilter | None = None,
    columns: Sequence[str] | None = None,
    *,
    lang: str = "sv",
    title: str | None = None,
    progress: Progress = _no_progress,
    cancelled: Callable[[], bool] = _never,
    today: date | None = None,
    record: bool = True,
) -> ExportResult:
    """Write the register as the view shows it; recorded in the audit trail."""
    f = register_filter or RegisterFilter()
    cols = _columns(columns)
    ids = register.query_ids(f, today)
    sv = lang != "en"
    title = title or ("Avtalsregister" if sv else "Register of agreements")
    wb = Workbook(write_only=True)
    with discarding(wb):
        return _export_into(
            wb, target, f, cols, ids, lang, title, progress, cancelled, today, record
        )


def _export_into(wb, target, f, cols, ids, lang, title, progress, cancelled, today, record):
    sv = lang != "en"
    org = register_settings.get_setting("organisation_name")
    count = write_register_sheet(
        wb,
        "Register",
        ids,
        cols,
        lang,
        heading=f"{org} – {title}",
        table_no=1,
        progress=progress,
        cancelled=cancelled,
        total=len(ids),
        today=today,
    )
    write_about_sheet(wb, lang, content=title, filter_text=f.describe(lang), count=count)
    progress(count, len(ids), "Sparar filen…" if sv else "Saving the file…")
    details = {"filter": f.describe("sv"), "count": count}
    path = _save(
        wb,
        target,
        cancelled,
        (lambda p: reports.record_export("register", p, details)) if record else None,
    )
    return ExportResult(path, count)


def export_due(target: str | Path, days: int, *, lang: str = "sv", **kw) -> ExportResult:
    """The reviews due within ``days`` (overdue included), soonest first."""
    f = RegisterFilter(due_within_days=days, sort_key="next_review_date")
    sv = lang != "en"
    title = f"Omprövningar inom {days} dagar" if sv else f"Reviews due within {days} days"
    return export_register(target, f, None, lang=lang, title=title, **kw)


def export_per_body(
    target: str | Path,
    register_filter: RegisterFilter | None = None,
    *,
    lang: str = "sv",
    progress: Progress = _no_progress,
    cancelled: Callable[[], bool] = _never,
    today: date | None = None,
) -> ExportResult:
    """One workbook, one sheet per deciding body (one file to send and to file).

    A single workbook rather than a folder of files: the registrar sends one
    attachment, the audit trail records one export, and the sheets share the
    cover sheet that says what the file is.
    """
    base = register_filter or RegisterFilter(sort_key="case_number")
    sv = lang != "en"
    groups: list[tuple[str, list[int]]] = []
    for body_id, short, name in reports.bodies_in_use():
        ids = register.query_ids(replace(base, deciding_body_id=body_id), today)
        if ids:
            groups.append((name if len(name) <= 31 else short, ids))
    all_ids = set(register.query_ids(base, today))
    grouped = {i for _, ids in groups for i in ids}
    rest = [i for i in register.query_ids(base, today) if i not in grouped]
    if rest:
        groups.append(("Utan organ" if sv else "No body", rest))
    total = len(all_ids)
    wb = Workbook(write_only=True)
    with discarding(wb):
        return _per_body_into(wb, target, base, groups, total, lang, progress, cancelled, today)


def _per_body_into(wb, target, base, groups, total, lang, progress, cancelled, today):
    sv = lang != "en"
    cols = _columns(None)
    org = register_settings.get_setting("organisation_name")
    names = reports.body_names(lang)
    taken: set[str] = set()
    done = 0
    for n, (short, ids) in enumerate(groups, start=1):
        heading = f"{org} – {names.get(short, short)}"  # short: a name or short name
        done += write_register_sheet(
            wb,
            sheet_title(short, taken),
            ids,
            cols,
            lang,
            heading=heading,
            table_no=n,
            progress=progress,
            cancelled=cancelled,
            done_before=done,
            total=total,
            today=today,
        )
    content = "Register per beslutande organ" if sv else "Register per deciding body"
    write_about_sheet(wb, lang, content=content, filter_text=base.describe(lang), count=done)
    details = {"filter": base.describe("sv"), "count": done, "sheets": len(groups)}
    path = _save(wb, target, cancelled, lambda p: reports.record_export("per_body", p, details))
    return ExportResult(path, done, len(groups))


def iter_headers(columns: Iterable[str], lang: str = "sv") -> list[str]:
    return [COLUMNS[k].header(lang) for k in columns if k in COLUMNS]


__all__ = [
    "DATE",
    "Cancelled",
    "ExportResult",
    "export_due",
    "export_per_body",
    "export_register",
]
