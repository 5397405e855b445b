"""A messy legacy register as a spreadsheet program leaves it, in .xlsx, .xls and .ods.

A title row merged across the sheet, a date line, a two-line header whose
"Beslut" is merged over "Beslutande organ" and "Beslutsdatum", a duplicate,
formula cells, a bad date and rows that break R1 and R2. The .xlsx and .ods
are written byte by byte (``builders``), the .xls with xlwt (the BIFF8 writer
of Excel 97-2003 files); no spreadsheet program is needed to run the tests.

Rows of the sheet (1-based, as the registrar sees them):

====  ==================  ==========================================================
row   case number         what it tests
====  ==================  ==========================================================
5     KS 2012/0412        membership; the file's next review 2020-04-01 is kept
                          (computed: 2016-03-12)
6     KS 2018/0200        cooperation, theme "klimat" is new (not "Klimat och miljö"),
                          link is a HYPERLINK formula
7     KS 2019/0300        cooperation with "vänorten Busan": R1 warning, imported
8     KS 2019/0301        kind "Vänortsavtal": refused citing R1
9     KS 2020/0010        cooperation without end date: refused (R2)
10    KS 2020/0011        decision date 31/2/2017: refused (bad date)
11    KS 2012/0412        duplicate of row 5: reported, not imported, not blocking
12    KS 2021/0005        new body Miljönämnden, theme spelled "klimat OCH miljö",
                          "sept 2021" (no day), title is a formula
13    KS 2017/0050        letter of intent
====  ==================  ==========================================================
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .builders import write_ods, write_xlsx

HEADER = ["Dnr", "Benämning", "Typ", "Motpart", "Beslut", None, "Nästa omprövning", "Tema",
          "Ömsesidig nytta", "Från", "Till", "Länk"]  # fmt: skip
HEADER2 = [None, None, None, None, "Beslutande organ", "Beslutsdatum"]
LINK = ('=HYPERLINK("https://example.org/abo","Klicka")', "Klicka")
TITLE = ('="Medlemskap i "&"ICLEI"', "Medlemskap i ICLEI")
ROWS = [
    ["KS 2012/0412", "Eurocities", "Medlemskap", "Eurocities (Belgien)", "KS",
     date(2012, 3, 12), date(2020, 4, 1), "Smarta städer", None, None, None, None],
    ["KS 2018/0200", "Klimatsamarbete med Åbo", "Samarbetsavtal", "Åbo (Finland)", "KS",
     date(2018, 2, 1), None, "klimat", "Kunskapsutbyte om klimatanpassning",
     date(2018, 3, 1), date(2021, 3, 1), LINK],
    ["KS 2019/0300", "Samarbete med vänorten Busan", "Samarbetsavtal", "Busan (Sydkorea)",
     "KS", date(2019, 5, 1), None, "Kultur", "Kulturutbyte", date(2019, 6, 1),
     date(2022, 6, 1), None],
    ["KS 2019/0301", "Avtal med Sankt Petersburg", "Vänortsavtal", "Sankt Petersburg (Ryssland)",
     "KF", date(2019, 5, 2), None, None, None, None, None, None],
    ["KS 2020/0010", "Samarbete utan slutdatum", "Samarbetsavtal", "Köln (Tyskland)", "KS",
     date(2020, 1, 10), None, "Kultur", "Utbyte", date(2020, 2, 1), None, None],
    ["KS 2020/0011", "Nätverk för cykelstäder", "Medlemskap", "Cycling Cities", "KS",
     "31/2/2017", None, None, None, None, None, None],
    ["KS 2012/0412", "Eurocities (dubblett)", "Medlemskap", "Eurocities (Belgien)", "KS",
     date(2012, 3, 12), None, None, None, None, None, None],
    ["KS 2021/0005", TITLE, "Medlemskap", "ICLEI", "Miljönämnden", "sept 2021", None,
     "klimat OCH miljö", None, None, None, None],
    ["KS 2017/0050", "LOI med Tallinn", "Intentionsavtal", "Tallinn (Estland)", "KS",
     date(2017, 6, 1), None, None, None, None, None, None],
]  # fmt: skip
SHEET = [
    ["Internationella åtaganden – Stadsledningskontoret"],
    ["Sammanställt 2019-05-02"],
    HEADER,
    HEADER2,
    *ROWS,
]
ACCEPTED = [5, 6, 7, 12, 13]
ERRORS = [8, 9, 10]
DUPLICATES = [11]
FORMATS = ("xlsx", "xls", "ods")


def write_legacy(folder: Path, fmt: str, name: str = "gammalt register") -> Path:
    path = folder / f"{name}.{fmt}"
    if fmt == "xlsx":
        return write_xlsx(path, SHEET, merged="A1:L1")
    if fmt == "ods":
        return write_ods(path, SHEET)
    return _write_xls(path, SHEET)


def _write_xls(path: Path, rows: list[list]) -> Path:
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Avtal")
    dates = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    sheet.write_merge(0, 0, 0, 11, rows[0][0])  # the title, merged across the sheet
    for r, row in enumerate(rows[1:], start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            if value is LINK:
                # xlwt stores no computed value: calamine reads the cell as empty, as a
                # never-recalculated cell is. The link is not needed by any rule.
                sheet.write(r, c, xlwt.Formula(LINK[0][1:].replace(",", ";")))
                continue
            if isinstance(value, tuple):
                value = value[1]  # the title's text, as a saved value
            sheet.write(r, c, value, dates if isinstance(value, date) else xlwt.Style.default_style)
    book.save(str(path))
    return path
