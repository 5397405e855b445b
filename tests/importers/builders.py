"""Hand-made spreadsheet files for the importer tests: messy, legacy and hostile.

Built with ``zipfile`` so the tests control every byte (title rows, merged
cells, empty-row padding, DOCTYPE tricks) without a spreadsheet program.
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WB = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)


def _col(n: int) -> str:
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _excel_serial(value: date) -> float:
    base = datetime(1899, 12, 30)
    moment = value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
    return (moment - base).total_seconds() / 86400


def sheet_xml(
    rows: list[list], *, prolog: str = "", padding_rows: int = 0, merged: str = ""
) -> bytes:
    """A worksheet with inline strings; ``padding_rows`` empty rows after the data."""
    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        prolog,
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ]
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{_col(c)}{r}"
            if value is None or value == "":
                continue
            if isinstance(value, tuple):  # (formula, cached value)
                formula, cached = value
                cells.append(f'<c r="{ref}"><f>{escape(formula[1:])}</f><v>{cached}</v></c>')
            elif isinstance(value, (date, datetime)):
                cells.append(f'<c r="{ref}" s="1"><v>{_excel_serial(value)}</v></c>')
            elif isinstance(value, (int, float)):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    start = len(rows) + 1
    if padding_rows:
        out.append("".join(f'<row r="{i}"/>' for i in range(start, start + padding_rows)))
    out.append("</sheetData>")
    if merged:
        out.append(f'<mergeCells count="1"><mergeCell ref="{merged}"/></mergeCells>')
    out.append("</worksheet>")
    return "".join(out).encode()


_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills>'
    '<borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>'
    "</styleSheet>"
)


def write_xlsx(path: Path, rows: list[list], *, sheet: str = "Blad1", **kw) -> Path:
    ct = _CT.replace(
        "</Types>",
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.styles+xml"/></Types>',
    )
    wb_rels = _WB_RELS.replace(
        "</Relationships>",
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/styles" Target="styles.xml"/></Relationships>',
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB.format(name=escape(sheet)))
        z.writestr("xl/_rels/workbook.xml.rels", wb_rels)
        z.writestr("xl/styles.xml", _STYLES)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml(rows, **kw))
    return path


def write_ods(path: Path, rows: list[list], *, sheet: str = "Blad1") -> Path:
    """A minimal OpenDocument spreadsheet (mimetype first, stored)."""
    cells_xml = []
    for row in rows:
        cells = []
        for value in row:
            if value is None or value == "":
                cells.append("<table:table-cell/>")
            elif isinstance(value, tuple):  # (formula, cached text), as LibreOffice saves it
                formula, cached = value
                cells.append(
                    f'<table:table-cell table:formula="of:{escape(formula, {chr(34): "&quot;"})}" '
                    f'office:value-type="string" office:string-value="{escape(str(cached))}">'
                    f"<text:p>{escape(str(cached))}</text:p></table:table-cell>"
                )
            elif isinstance(value, date):
                cells.append(
                    f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
                    f"<text:p>{value.isoformat()}</text:p></table:table-cell>"
                )
            elif isinstance(value, (int, float)):
                cells.append(
                    f'<table:table-cell office:value-type="float" office:value="{value}">'
                    f"<text:p>{value}</text:p></table:table-cell>"
                )
            else:
                cells.append(
                    f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
                    "</text:p></table:table-cell>"
                )
        cells_xml.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">'
        + "".join(cells_xml)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


_HOSTILE_HEAD = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Titel</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Avtalstyp</t></is></c></row>'
)
# Three workbooks of under 4 KB that made calamine abort the whole process (issue 13):
# its rectangle up to the farthest cell is 16384 x 1048576 cells.
HOSTILE_SHEETS = {
    # a reference in single quotes
    "quoted": ("sheet1.xml", "<row r='1048576'><c r='XFD1048576' t='inlineStr'><is><t>x</t>"
               "</is></c></row>"),
    # cells without a reference, in the last row, beside one far to the right
    "noref": ("sheet1.xml", '<row r="1048576">' + '<c t="inlineStr"><is><t>x</t></is></c>' * 3
              + '</row><row r="2"><c r="XFD2"><v>1</v></c></row>'),
    # the sheet's part not named .xml (the workbook's rels point to it)
    "notxml": ("sheet1.bin", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
    # kin: the reference after other attributes; a row without r after the far one
    "attrs": ("sheet1.xml", '<row r="1048576"><c s="0" t="n" r="XFD1048576"><v>1</v></c></row>'),
    "rowless": ("sheet1.xml", '<row r="3"><c r="XFD3"><v>1</v></c></row>'
                + "<row>" * 1 + '<c t="n"><v>1</v></c></row>'
                + '<row r="1048575"/><row><c t="n"><v>2</v></c></row>'),
}  # fmt: skip


def write_hostile(path: Path, kind: str) -> Path:
    """One of HOSTILE_SHEETS as an .xlsx (a minimal package naming its sheet part)."""
    part, cells = HOSTILE_SHEETS[kind]
    ct = _CT.replace("/xl/worksheets/sheet1.xml", f"/xl/worksheets/{part}")
    wb_rels = _WB_RELS.replace("worksheets/sheet1.xml", f"worksheets/{part}")
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
        f'.org/spreadsheetml/2006/main"><sheetData>{_HOSTILE_HEAD}{cells}</sheetData></worksheet>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB.format(name="Blad1"))
        z.writestr("xl/_rels/workbook.xml.rels", wb_rels)
        z.writestr(f"xl/worksheets/{part}", xml)
    return path


def write_huge_xls(path: Path) -> Path:
    """5.6 KB of .xls whose reading needs about 1 GB: a cell in the last row and column."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Avtal")
    sheet.write(0, 0, "Titel")
    sheet.write(0, 1, "Avtalstyp")
    sheet.write(65535, 255, "x")
    book.save(str(path))
    return path


def write_slow_xlsx(path: Path, sheets: int = 40) -> Path:
    """A few KB that keep a reader busy for many seconds: each sheet spans the most cells
    the guard lets through (100 x 100,000) with nothing in them but an empty string in the
    first and the far corner, so the reader walks all ten million cells of every sheet, finds no rows and
    goes on to the next."""
    names = [f"Blad{i}" for i in range(1, sheets + 1)]
    ct = _CT.replace(
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
        "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, sheets + 1)
        ),
    )
    wb = _WB.replace(
        '<sheet name="{name}" sheetId="1" r:id="rId1"/>',
        "".join(f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>'
                for i, n in enumerate(names, start=1)),
    )  # fmt: skip
    rels = _WB_RELS.replace(
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.xml"/>',
        "".join(
            f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, sheets + 1)
        ),
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
        '.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="str"><v></v></c></row>'
        '<row r="100000"><c r="CV100000" t="str"><v></v></c></row></sheetData></worksheet>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        for i in range(1, sheets + 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", xml)
    return path
