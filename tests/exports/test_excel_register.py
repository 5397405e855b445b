"""The register workbook read back by an independent reader (calamine) and openpyxl."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from python_calamine import CalamineWorkbook

from desktop_app.domain.cancel import Cancelled
from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import Kind, Scope
from desktop_app.exports.excel_register import export_due, export_per_body, export_register
from desktop_app.exports.excel_style import DEFAULT_COLUMNS
from desktop_app.services import audit, catalog, entries, register
from desktop_app.services.register import RegisterFilter

HOSTILE = ['=HYPERLINK("http://evil","x")', "+SUM(A1:A9)", "-2+3", "@cmd", "\tTAB", "\rCR"]

# The default export's last column: every fact of an entry (excel_style.DEFAULT_COLUMNS).
LAST = get_column_letter(len(DEFAULT_COLUMNS))


def _sheet(path, name="Register"):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


def test_export_matches_register_cell_by_cell(demo_register, tmp_path):
    out = tmp_path / "register.xlsx"
    result = export_register(out)
    rows = _sheet(out)
    header, body = rows[0], rows[1:]
    assert header[:3] == ["Diarienummer", "Titel", "Avtalstyp"]
    expected = list(register.rows(RegisterFilter()))
    assert result.count == len(expected) == len(body)
    col = {h: i for i, h in enumerate(header)}
    for row, cells in zip(expected, body, strict=True):
        assert cells[col["Diarienummer"]] == row.case_number
        assert cells[col["Titel"]] == row.title
        assert cells[col["Beslutsdatum"]] == (row.decision_date or "")
        assert cells[col["Nästa omprövning"]] == (row.next_review_date or "")
        if row.annual_cost is not None:
            assert Decimal(str(cells[col["Årlig kostnad"]])) == row.annual_cost
        assert cells[col["Avtalstyp"]] in ("Medlemskap", "Intentionsavtal", "Samarbetsavtal")
    # real date cells and a currency format
    ws = load_workbook(out)["Register"]
    date_cell = ws.cell(2, col["Startdatum"] + 1)
    assert date_cell.is_date and date_cell.number_format == "yyyy-mm-dd"
    money = [
        (ws.cell(r, col["Årlig kostnad"] + 1), ws.cell(r, col["Valuta"] + 1).value)
        for r in range(2, ws.max_row + 1)
    ]
    assert any(c.value for c, _ in money) and {"SEK", "EUR"} <= {cur for _, cur in money}
    # "50 000 kr" as everywhere (domain.money): whole amounts without öre, still numbers
    for cell, currency in money:
        if cell.value is not None:
            unit = "kr" if currency == "SEK" else currency
            assert cell.number_format == f'#,##0 "{unit}"', (cell.value, currency)


def test_table_filter_freeze_and_print_setup(demo_register, tmp_path):
    out = tmp_path / "register.xlsx"
    result = export_register(out)
    wb = load_workbook(out)
    ws = wb["Register"]
    ((name, ref),) = ws.tables.items()
    assert ref == f"A1:{LAST}{result.count + 1}"
    table = ws.tables[name]
    assert table.tableStyleInfo.showRowStripes
    assert [c.name for c in table.tableColumns][:2] == ["Diarienummer", "Titel"]
    assert ws.freeze_panes == "B2"
    assert ws.print_title_rows == "$1:$1"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.oddFooter.center.text == "Sida &P av &N"
    assert "Stockholms stad" in ws.oddHeader.left.text
    assert ws.column_dimensions["B"].width == 40
    assert ws["B2"].alignment.wrap_text
    # overdue and due-soon rows are filled
    state_col = DEFAULT_COLUMNS.index("review_state")
    states = {r[state_col] for r in _sheet(out)[1:]}
    assert {"Omprövning försenad", "Omprövning inom kort"} <= states
    for r in range(2, ws.max_row + 1):
        state = ws.cell(r, state_col + 1).value
        fill = ws.cell(r, 1).fill.fgColor.rgb
        if state == "Omprövning försenad":
            assert fill.endswith("F8CBAD")
        elif state == "Omprövning inom kort":
            assert fill.endswith("FFE699")
    about = dict((r[0], r[1]) for r in _sheet(out, "Om registret"))
    assert about["Organisation"] == "Stockholms stad"
    assert about["Antal poster"] == result.count
    assert about["Urval"] == "Hela registret"
    assert about["Skapad av"] == "testare"


def test_user_text_never_becomes_a_formula(register, tmp_path):
    body = catalog.body_by_short_name("KS")
    for i, text in enumerate(HOSTILE):
        entries.create_entry(
            EntryData(
                kind=Kind.LETTER_OF_INTENT,
                title=text,
                case_number=f"KS 2026/{i:04d}",
                scope=Scope.CITY_WIDE,
                deciding_body_id=body.id,
                decision_date=date(2025, 1, 1),
                notes=text,
                contact_person=text,
            )
        )
    out = tmp_path / "hostile.xlsx"
    export_register(out, columns=["case_number", "title", "notes", "contact_person"])
    body_rows = _sheet(out)[1:]
    titles = sorted(r[1] for r in body_rows)
    assert titles == sorted(t.strip() for t in HOSTILE)  # stored as typed (entries strip)
    ws = load_workbook(out)["Register"]
    for r in range(2, ws.max_row + 1):
        for c in (2, 3, 4):
            cell = ws.cell(r, c)
            assert cell.data_type == "s", cell.value
            assert cell.quotePrefix == cell.value.startswith(("=", "+", "-", "@"))
    # english headers
    export_register(tmp_path / "en.xlsx", lang="en")
    assert _sheet(tmp_path / "en.xlsx")[0][:2] == ["Case number", "Title"]
    assert CalamineWorkbook.from_path(str(tmp_path / "en.xlsx")).sheet_names == [
        "Register",
        "About",
    ]


def test_filter_columns_order_and_audit(demo_register, tmp_path):
    membership = RegisterFilter(kinds=frozenset({"membership"}), sort_key="title")
    out = tmp_path / "m.xlsx"
    result = export_register(out, membership, ["title", "case_number", "annual_cost"])
    rows = _sheet(out)
    assert rows[0] == ["Titel", "Diarienummer", "Årlig kostnad"]
    titles = [r[0] for r in rows[1:]]
    assert titles == [r.title for r in register.rows(membership)]
    assert result.count == register.count(membership)
    about = dict((r[0], r[1]) for r in _sheet(out, "Om registret"))
    assert about["Urval"] == "Typ: Medlemskap"
    events = audit.list_events(action="export")
    assert events and str(out) in events[-1].details and '"count": ' in events[-1].details


def test_due_and_per_body(demo_register, tmp_path):
    due = export_due(tmp_path / "due.xlsx", 180)
    assert due.count == register.count(RegisterFilter(due_within_days=180))
    per = export_per_body(tmp_path / "per.xlsx")
    names = CalamineWorkbook.from_path(str(tmp_path / "per.xlsx")).sheet_names
    assert "Kommunfullmäktige" in names and names[-1] == "Om registret"
    assert per.count == register.count(RegisterFilter())
    ws = load_workbook(tmp_path / "per.xlsx")
    assert len({t for s in ws.worksheets for t in s.tables}) == per.sheets


def test_cancel_leaves_no_file_and_keeps_the_old_one(demo_register, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "keep.xlsx"
    out.write_bytes(b"old content")
    with pytest.raises(Cancelled):
        export_register(out, cancelled=lambda: True)
    assert out.read_bytes() == b"old content"
    assert [p.name for p in folder.iterdir()] == ["keep.xlsx"]


def test_internal_columns_and_control_characters(register, tmp_path):
    body = catalog.body_by_short_name("KS")
    entries.create_entry(
        EntryData(
            kind=Kind.LETTER_OF_INTENT,
            title="Avtal\x01 med\x0b styrtecken",
            scope=Scope.CITY_WIDE,
            deciding_body_id=body.id,
        )  # fmt: skip
    )
    out = tmp_path / "intern.xlsx"
    export_register(out, columns=["id", "title", "updated_at", "updated_by", "archived"])
    ws = load_workbook(out)["Register"]
    assert ws["B2"].value == "Avtal med styrtecken"
    assert ws["C2"].is_date and ws["C2"].number_format == "yyyy-mm-dd hh:mm"
    assert ws["D2"].value == "testare" and ws["E2"].value is None


def test_english_export_round_trips(demo_register, tmp_path):
    from desktop_app.importers.preview import build_preview, read_layout

    out = tmp_path / "en.xlsx"
    export_register(out, lang="en")
    rows = _sheet(out)
    col = rows[0].index("Theme")
    assert "Transport and traffic" in {r[col] for r in rows[1:]}
    preview = build_preview(read_layout(out), out)
    assert preview.counts()["unchanged"] == len(rows) - 1, [r.reason() for r in preview.rows
                                                            if r.status != "unchanged"]  # fmt: skip


def test_empty_selection_still_makes_a_valid_table(register, tmp_path):
    out = tmp_path / "tom.xlsx"
    result = export_register(out, RegisterFilter(search="finns inte någonstans"))
    assert result.count == 0
    ws = load_workbook(out)["Register"]
    (ref,) = [t.ref for t in ws.tables.values()]
    assert ref == f"A1:{LAST}2"
    about = dict((r[0], r[1]) for r in _sheet(out, "Om registret"))
    assert about["Antal poster"] == 0 and about["Urval"] == "Sökning: finns inte någonstans"
