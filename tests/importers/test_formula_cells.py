"""Formula cells listed by cell (sheet, cell, formula, value used) in .xlsx, .xls and .ods,
and said plainly when a file's formulas cannot be shown or listed."""

from __future__ import annotations

import zipfile

import pytest

from desktop_app.importers.preview import build_preview, read_layout

from .builders import write_ods, write_xlsx

HEADER = ["Titel", "Avtalstyp", "Anteckningar"]


def _xls(path, rows):
    """An .xls written by xlwt (Excel 97-2003's BIFF8); a tuple cell is a formula
    (xlwt saves no computed value for it, as an Excel file never recalculated)."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Avtal")
    book.add_sheet("Blad2").write(0, 0, "x")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, tuple):
                value = xlwt.Formula(value[0][1:].replace(",", ";"))
            sheet.write(r, c, value)
    book.save(str(path))
    return path


ROWS = [
    HEADER,
    ["Eurocities", "Medlemskap", ("=1+2", "3")],
    ["ICLEI", "Medlemskap", ('=CONCATENATE("Ring ",A2)', "Ring Eurocities")],
    ["Tallinn", "Intentionsavtal", ("=SUM(C2:C2)+IF(C2>1,1,0)", "4")],
]


def _write(tmp_path, fmt, rows):
    path = tmp_path / f"formler.{fmt}"
    if fmt == "xlsx":
        return write_xlsx(path, rows)
    if fmt == "ods":
        return write_ods(path, rows)
    return _xls(path, rows)


@pytest.mark.parametrize("fmt", ["xlsx", "xls", "ods"])
def test_formula_cells_are_listed_by_cell_in_every_format(register, tmp_path, fmt):
    path = _write(tmp_path, fmt, ROWS)
    preview = build_preview(read_layout(path), path)
    sheet = "Avtal" if fmt == "xls" else "Blad1"
    cells = {c.cell: c for c in preview.formula_cells}
    assert sorted(cells) == ["C2", "C3", "C4"]
    assert {c.sheet for c in cells.values()} == {sheet}
    assert all(c.readable for c in cells.values())
    assert cells["C2"].formula == "1+2"
    assert cells["C3"].formula == 'CONCATENATE("Ring ",A2)'
    assert cells["C4"].formula == "SUM(C2:C2)+IF(C2>1,1,0)"
    text = "\n".join(preview.summary("sv"))
    assert "Formelceller (deras senast beräknade värde importeras):" in text
    # the value used is what the import reads: the file's cached value (none in xlwt's .xls)
    used = "" if fmt == "xls" else "Ring Eurocities"
    assert f'{sheet}!C3  =CONCATENATE("Ring ",A2)  \u2192 \u201d{used}\u201d' in text
    assert preview.rows[1].data.notes == used


def test_an_xls_formula_the_program_cannot_show_is_named_by_its_cell(register, tmp_path):
    """A reference to another sheet (3-D) is a token the .xls reader does not turn into
    text: the cell is still listed, with a plain word instead of silence."""
    rows = [HEADER, ["Eurocities", "Medlemskap", ("=Blad2!A1", "x")], ROWS[2]]
    path = _write(tmp_path, "xls", rows)
    preview = build_preview(read_layout(path), path)
    cells = {c.cell: c for c in preview.formula_cells}
    assert not cells["C2"].readable and cells["C3"].readable
    text = "\n".join(preview.summary("sv"))
    assert "Avtal!C2  (en formel som programmet inte kan visa; se filen)" in text
    assert "Avtal!C2  (a formula the program cannot show; see the file)" in "\n".join(
        preview.summary("en")
    )


def test_formulas_that_cannot_be_listed_are_said_plainly(register, tmp_path):
    """An .ods the spreadsheet reader takes but whose XML the listing cannot follow (an
    element with an undeclared prefix): its values import, and the summary says that the
    formulas could not be listed, instead of nothing."""
    good = write_ods(tmp_path / "bra.ods", ROWS)
    path = tmp_path / "konstig.ods"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "content.xml":
                data = data.replace(b"<table:table-row>", b"<okand:x/><table:table-row>", 1)
            out.writestr(info, data)
    preview = build_preview(read_layout(path), path)
    assert [r.data.title for r in preview.rows] == ["Eurocities", "ICLEI", "Tallinn"]
    assert preview.has_formulas and not preview.formulas_listed
    assert not preview.formula_cells
    text = "\n".join(preview.summary("sv"))
    assert "Filen har formler, men de kan inte listas cell för cell ur den här filen" in text
