"""Messy legacy registers, built here, imported with the expected results."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from python_calamine import CalamineWorkbook

from desktop_app.domain.kinds import Direction
from desktop_app.importers import values as V
from desktop_app.importers.preview import build_preview, read_layout
from desktop_app.importers.report import write_rejected_report
from desktop_app.services import audit, catalog, entries
from desktop_app.services import register as reg
from desktop_app.services.imports import apply_import
from desktop_app.services.register import RegisterFilter

from .builders import write_ods, write_xlsx

MESSY = [
    ["Internationella avtal – Trafikkontoret", None, None],
    ["Uppdaterad 2019-03-01"],
    [],
    ["Dnr", "Benämning", "Typ", "Motparter", "Beslutsfattare", "Beslutad", "Från", "Till",
     "Avgift", "Tematiskt område", "Inriktning", "Ömsesidig nytta", "Kommentar"],
    ["T2016-01906", "Eurocities arbetsgrupp logistik", "Medlemskap", "Eurocities (Belgien)",
     "TN", date(2016, 9, 22), "2016-09", None, "15 000 kr", "Transport och trafik",
     "Omvärldsbevakning, Samverkan", "", "Ordförande 2016"],
    [],
    ["T2017-00012", "Samarbete med Łódź om spårväg", "samarbetsavtal", "Łódź (Polen); Köln",
     "Trafiknämnden", "22/9/2016", "1.10.2016", "30 september 2019", "1,5 MSEK",
     "Spårtrafik", "Profilering", "Kunskapsutbyte om spårväg", ""],
    ["KS 2018/0044", "LOI med Helsingfors", "LOI", "Helsingfors, Finland", "KS",
     "sept 2018", None, None, None, "", "Påverkan", "", ("=SUM(1,2)", 3)],
    ["KS 2018/0045", "Trasig rad", "okänd typ", "X", "KS", "2018", None, None, "mycket",
     "", "", "", ""],
    ["T2016-01906", "Dubblett av första raden", "Medlemskap", "", "TN", None, None, None,
     None, "", "", "", ""],
]  # fmt: skip


def test_title_rows_variants_mixed_dates_and_problems(register, tmp_path):
    path = write_xlsx(tmp_path / "gammalt register.xlsx", MESSY, merged="A1:M1")
    layout = read_layout(path)
    assert layout.header_index == 2  # third non-empty row, below the title rows
    assert layout.headers[0] == "Dnr"
    assert layout.mapping[:5] == ["case_number", "title", "kind", "counterparties",
                                  "deciding_body"]  # fmt: skip
    preview = build_preview(layout, path)
    by_case = {r.row_no: r for r in preview.rows}
    assert [r.row_no for r in preview.rows] == [5, 7, 8, 9, 10]
    first, lodz, loi, broken, dup = (by_case[n] for n in (5, 7, 8, 9, 10))
    assert first.status == "new"
    assert first.data.decision_date == date(2016, 9, 22)
    assert first.data.start_date == date(2016, 9, 1)
    assert first.data.annual_cost == Decimal("15000.00") and first.data.currency == "SEK"
    assert first.data.directions == int(Direction.MONITORING | Direction.COOPERATION)
    assert lodz.status == "new", lodz.messages()
    assert lodz.data.kind == "cooperation"
    assert (lodz.data.decision_date, lodz.data.start_date, lodz.data.end_date) == (
        date(2016, 9, 22), date(2016, 10, 1), date(2019, 9, 30))  # fmt: skip
    assert lodz.data.annual_cost == Decimal("1500000.00")
    assert loi.data.kind == "letter_of_intent" and loi.data.decision_date == date(2018, 9, 1)
    assert loi.data.scope == "city_wide"  # decided by KS
    assert broken.status == "error"
    reason = broken.reason()
    assert "okänd typ" in reason and "Bara ett år" in reason and "mycket" in reason
    assert dup.status == "duplicate" and "rad 5" in dup.reason()
    assert not preview.can_apply
    report = tmp_path / "avvisade.xlsx"
    assert write_rejected_report(preview, report) == 2
    rows = CalamineWorkbook.from_path(str(report)).get_sheet_by_index(0).to_python()
    assert rows[0][:4] == ["Rad", "Status", "Orsak", "Dnr"]
    assert [r[0] for r in rows[1:]] == [9, 10]
    assert rows[1][1] == "Fel" and "okänd typ" in rows[1][2]
    try:
        apply_import(preview)
    except Exception as exc:  # noqa: BLE001
        assert "ingenting importerades" in str(exc.user_message).lower()
    assert register_count() == 0


def register_count() -> int:
    return reg.count(RegisterFilter(include_archived=True))


def test_clean_file_imports_everything_in_one_go(register, tmp_path):
    rows = [r for r in MESSY if not r or r[0] not in ("KS 2018/0045",)][:-1]
    path = write_xlsx(tmp_path / "rent.xlsx", rows)
    preview = build_preview(read_layout(path), path)
    assert preview.can_apply, [r.reason() for r in preview.rejected]
    counts = apply_import(preview)
    assert counts["created"] == 3 and counts["new_themes"] == 1  # "Spårtrafik"
    ids = reg.query_ids(RegisterFilter(sort_key="case_number"))
    recs = {entries.get_entry(i).data.case_number: entries.get_entry(i) for i in ids}
    lodz = recs["T2017-00012"]
    assert [(c.name, c.country) for c in lodz.counterparties] == [("Łódź", "Polen"), ("Köln", "")]
    helsinki = recs["KS 2018/0044"]
    assert [(c.name, c.country) for c in helsinki.counterparties] == [("Helsingfors", "Finland")]
    assert helsinki.data.notes == "3"  # a formula's computed value, never the formula
    # search finds imported text (FTS kept by the triggers / pg_trgm)
    assert reg.query_ids(RegisterFilter(search="łódź")) == [lodz.id]
    events = audit.list_events(action="import")
    assert len(events) == 1 and preview.sha256 in events[0].details
    assert len(audit.list_events(entry_id=lodz.id)) == 1
    # importing the same file again changes nothing
    again = build_preview(read_layout(path), path)
    assert again.counts()["unchanged"] == 3 and not again.can_apply


def test_update_matched_by_case_number(register, tmp_path):
    header = ["Diarienummer", "Titel", "Avtalstyp", "Beslutande organ", "Beslutsdatum",
              "Årskostnad"]  # fmt: skip
    path = write_xlsx(tmp_path / "a.xlsx", [header, ["KS 2020/1", "Nätverk A", "Medlemskap",
                                                     "KF", "2020-01-15", 1000]])  # fmt: skip
    apply_import(build_preview(read_layout(path), path))
    path2 = write_xlsx(tmp_path / "b.xlsx", [header, ["ks 2020/1", "Nätverk A", "Medlemskap",
                                                      "KF", "2020-01-15", 2500]])  # fmt: skip
    preview = build_preview(read_layout(path2), path2)
    assert [r.status for r in preview.rows] == ["differs"]  # reported, not changed
    assert preview.rows[0].changes_text() == "Årlig kostnad: 1\u00a0000 \u2192 2\u00a0500"
    preview = build_preview(read_layout(path2), path2, update=True)
    assert [r.status for r in preview.rows] == ["update"]
    counts = apply_import(preview)
    assert counts["updated"] == 1
    (entry_id,) = reg.query_ids(RegisterFilter())
    rec = entries.get_entry(entry_id)
    assert rec.data.annual_cost == Decimal("2500.00") and rec.version == 2
    changes = [e for e in audit.list_events(entry_id=entry_id) if e.action == "update"]
    assert [(c.field, c.old_value, c.new_value) for c in changes] == [
        ("annual_cost", "1000.00", "2500.00")
    ]


def test_ods_register(register, tmp_path):
    path = write_ods(
        tmp_path / "register.ods",
        [
            ["Avtal", None],
            ["Diarienr", "Titel", "Avtalstyp", "Beslutande organ", "Startdatum"],
            [
                "KS 2019/7",
                "Medlemskap i ICLEI",
                "medlemskap",
                "Kommunfullmäktige",
                date(2019, 2, 1),
            ],
        ],  # fmt: skip
    )
    preview = build_preview(read_layout(path), path)
    (row,) = preview.rows
    assert row.status == "new", row.reason()
    assert row.data.start_date == date(2019, 2, 1)
    assert row.data.deciding_body_id == catalog.body_by_short_name("KF").id


def test_value_parsers():
    assert V.parse_date("2016-09-22") == date(2016, 9, 22)
    assert V.parse_date("22.9.2016") == date(2016, 9, 22)
    assert V.parse_date("22 september 2016") == date(2016, 9, 22)
    assert V.parse_date("maj 2020") == date(2020, 5, 1)
    assert V.parse_date(42635.0) == date(2016, 9, 22)
    for bad in ("2016", "31/2/2016", "i höstas"):
        try:
            V.parse_date(bad)
        except V.ValueProblem:
            continue
        raise AssertionError(bad)
    assert V.parse_amount("1 450 000 kr") == (Decimal("1450000.00"), "SEK")
    assert V.parse_amount("1\u00a0450,50 SEK") == (Decimal("1450.50"), "SEK")
    assert V.parse_amount("€ 2 000") == (Decimal("2000.00"), "EUR")
    assert V.parse_amount("25 tkr") == (Decimal("25000.00"), "SEK")
    assert V.parse_choice("MoU", V.KINDS, "", "") == "letter_of_intent"
    assert V.parse_choice("Avsiktsförklaring", V.KINDS, "", "") == "letter_of_intent"
    assert V.parse_directions("Profilering, Samverkan") == 5
    assert V.split_counterparties("Köln, Tyskland") == [("Köln", "Tyskland")]
    assert V.split_counterparties("Köln, Barcelona") == [("Köln", ""), ("Barcelona", "")]
    assert V.split_counterparties("Stockholmsregionens Europaförening (SEF)") == [
        ("Stockholmsregionens Europaförening (SEF)", "")
    ]


def test_legacy_xls_register(register, tmp_path):
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook()
    sheet = book.add_sheet("Avtal")
    dates = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    sheet.write(0, 0, "Förteckning över internationella avtal")
    for c, h in enumerate(["Ärendenummer", "Avtal", "Avtalstyp", "Beslutande organ",
                           "Beslutsdatum", "Årsavgift"]):  # fmt: skip
        sheet.write(2, c, h)
    values = ["KS 2015/88", "Medlemskap i Energy Cities", "Medlem", "KF", date(2015, 4, 9),
              "12 500,50 kr"]  # fmt: skip
    for c, v in enumerate(values):
        sheet.write(3, c, v, dates if isinstance(v, date) else xlwt.Style.default_style)
    path = tmp_path / "gammalt.xls"
    book.save(str(path))
    preview = build_preview(read_layout(path), path)
    (row,) = preview.rows
    assert row.status == "new", row.reason()
    assert row.data.decision_date == date(2015, 4, 9)
    assert row.data.annual_cost == Decimal("12500.50")
    assert row.data.kind == "membership"


def test_merged_header_cells(register, tmp_path):
    # "Beslut" spans two columns (organ and date) over a second header line
    rows = [
        ["Diarienummer", "Titel", "Avtalstyp", "Beslut", None],
        [None, None, None, "Beslutande organ", "Beslutsdatum"],
        ["KS 2021/5", "LOI med Tallinn", "Intentionsavtal", "KS", "2021-05-05"],
    ]
    path = write_xlsx(tmp_path / "merged.xlsx", rows, merged="D1:E1")
    layout = read_layout(path)
    # the line below the merged "Beslut" names its two columns: a two-line header
    assert layout.headers[3:] == ["Beslutande organ", "Beslutsdatum"]
    assert layout.mapping[3:] == ["deciding_body", "decision_date"]
    preview = build_preview(layout, path)
    (row,) = preview.rows
    assert row.status == "new", row.reason()
    assert row.row_no == 3 and row.data.decision_date == date(2021, 5, 5)
    assert row.data.deciding_body_id == catalog.body_by_short_name("KS").id
