"""A messy legacy register (tests/importers/legacy.py) on .xlsx, .xls and .ods, both backends.

What issue 13 asks of the import: the file's review dates kept, an old file
does not change newer entries without ``force``, the accepted rows can be
imported past the rejected ones, and the summary says what the import does.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.importers.preview import build_preview, read_layout
from desktop_app.services import catalog, entries
from desktop_app.services import register as reg
from desktop_app.services.errors import ServiceError
from desktop_app.services.imports import apply_import
from desktop_app.services.register import RegisterFilter

from .builders import write_xlsx
from .legacy import ACCEPTED, DUPLICATES, ERRORS, FORMATS, write_legacy


def _by_case() -> dict[str, entries.EntryRecord]:
    ids = reg.query_ids(RegisterFilter(include_archived=True))
    records = [entries.get_entry(i) for i in ids]
    return {r.data.case_number: r for r in records}


@pytest.mark.parametrize("fmt", FORMATS)
def test_legacy_register_preview_summary_and_accepted_rows(register, tmp_path, fmt):
    path = write_legacy(tmp_path, fmt)
    layout = read_layout(path)
    assert layout.headers[4:6] == ["Beslutande organ", "Beslutsdatum"]  # two-line header
    preview = build_preview(layout, path)
    status = {r.row_no: r.status for r in preview.rows}
    assert sorted(n for n, s in status.items() if s == "new") == ACCEPTED
    assert sorted(n for n, s in status.items() if s == "error") == ERRORS
    assert sorted(n for n, s in status.items() if s == "duplicate") == DUPLICATES
    rows = {r.row_no: r for r in preview.rows}
    # the file's next review is kept; the computed one is said beside it
    eurocities = rows[5]
    assert eurocities.data.next_review() == date(2020, 4, 1)
    kept = [p for p in eurocities.notes() if p.code == "KEPT-REVIEW-DATE"]
    assert kept and "2016-03-12" in kept[0].sv and "2020-04-01" in kept[0].sv
    # a twin-city kind is refused citing R1; a twin-city title is an R1 warning
    assert "(R1)" in rows[8].reason() and "Vänortsavtal" in rows[8].reason()
    assert "R1" in {f.code for f in rows[7].findings}
    assert "slutdatum" in rows[9].reason() and "31/2/2017" in rows[10].reason()
    assert "rad 5" in rows[11].reason()
    # the summary, printed without -v, names R1, new bodies, new themes, formulas
    text = "\n".join(preview.summary("sv"))
    assert "R1: 1 rad (rad 7)" in text
    assert "Nya organ" in text and "Miljönämnden" in text
    assert "Nya teman" in text and "klimat" in text.split("Nya teman")[1].split("\n")[0]
    assert "Klimat och miljö" not in text.split("Nya teman")[1].split("\n")[0]
    assert "Nästa omprövning tas från filen" in text and "rad 5" in text
    assert "Dubbletter i filen" in text and "rad 11" in text
    # formula cells by cell (sheet, cell, formula, value used) in every format; the .xls
    # (xlwt) stores no computed value for its link, and its title is a saved value
    sheet = "Avtal" if fmt == "xls" else "Blad1"
    link = f'{sheet}!L6  =HYPERLINK("https://example.org/abo","Klicka")'
    assert (
        link + ("  \u2192 \u201d\u201d" if fmt == "xls" else "  \u2192 \u201dKlicka\u201d") in text
    )
    if fmt != "xls":
        assert (
            f'{sheet}!B12  ="Medlemskap i "&"ICLEI"  \u2192 \u201dMedlemskap i ICLEI\u201d' in text
        )
    assert "Warnings by rule" in "\n".join(preview.summary("en"))
    # the theme written in other case is the register's theme, not a new one
    assert rows[12].data.theme_id == next(
        t.id for t in catalog.list_themes() if t.name_sv == "Klimat och miljö"
    )

    # all or nothing without skip_rejected: nothing is written
    assert not preview.can_apply and preview.can_apply_accepted
    with pytest.raises(ServiceError):
        apply_import(preview)
    assert reg.count(RegisterFilter(include_archived=True)) == 0
    bodies_before = len(catalog.list_bodies())

    counts = apply_import(preview, skip_rejected=True)
    assert counts["created"] == len(ACCEPTED) and counts["rejected"] == 4
    stored = _by_case()
    assert sorted(stored) == sorted(
        ["KS 2012/0412", "KS 2018/0200", "KS 2019/0300", "KS 2021/0005", "KS 2017/0050"]
    )
    assert stored["KS 2012/0412"].next_review_date == date(2020, 4, 1)
    assert stored["KS 2012/0412"].data.title == "Eurocities"  # the first row, not the duplicate
    assert len(catalog.list_bodies()) == bodies_before + 1  # Miljönämnden only
    names = {c.name for c in catalog.list_counterparties()}
    assert "Sankt Petersburg" not in names and "Köln" not in names  # only rejected rows had them


def test_old_file_does_not_change_newer_entries(register, tmp_path):
    header = ["Dnr", "Titel", "Typ", "Motpart", "Beslutande organ", "Beslutsdatum",
              "Årlig kostnad"]  # fmt: skip
    new = write_xlsx(tmp_path / "2023.xlsx", [header, ["KS 2016/0001", "Eurocities",
                     "Medlemskap", "Eurocities", "KS", date(2022, 10, 22), 50000]])  # fmt: skip
    apply_import(build_preview(read_layout(new), new))
    (entry_id,) = reg.query_ids(RegisterFilter())
    old = write_xlsx(tmp_path / "2016.xlsx", [header, ["KS 2016/0001", "Eurocities nätverk",
                     "Intentionsavtal", "Eurocities", "KS", date(2016, 1, 21), 20000]])  # fmt: skip

    # default: reported with its differences, nothing changed
    preview = build_preview(read_layout(old), old)
    (row,) = preview.rows
    assert row.status == "differs" and not preview.can_apply
    shown = row.changes_text("sv")
    assert "Beslutsdatum: 2022-10-22 \u2192 2016-01-21" in shown
    assert "Titel: Eurocities \u2192 Eurocities nätverk" in shown
    assert "Avtalstyp: Medlemskap \u2192 Intentionsavtal" in shown
    # --update: the file's entry is older (decision date), so it stays unchanged
    preview = build_preview(read_layout(old), old, update=True)
    (row,) = preview.rows
    assert row.status == "older" and "2016-01-21" in row.older.sv
    assert not preview.can_apply_accepted
    # confirmed for the row (the dialog) or forced (--update --force): changed
    preview.confirm(row)
    assert row.status == "update"
    forced = build_preview(read_layout(old), old, update=True, force=True)
    assert [r.status for r in forced.rows] == ["update"]
    before = entries.get_entry(entry_id)
    assert before.data.decision_date == date(2022, 10, 22)
    apply_import(forced)
    after = entries.get_entry(entry_id)
    assert after.data.decision_date == date(2016, 1, 21) and after.version == before.version + 1

    # a newer file with --update changes the entry without --force
    newer = write_xlsx(tmp_path / "2024.xlsx", [header, ["KS 2016/0001", "Eurocities",
                       "Medlemskap", "Eurocities", "KS", date(2024, 2, 1), 50000]])  # fmt: skip
    preview = build_preview(read_layout(newer), newer, update=True)
    assert [r.status for r in preview.rows] == ["update"]
    apply_import(preview)
    assert entries.get_entry(entry_id).data.decision_date == date(2024, 2, 1)


def test_last_changed_column_makes_a_row_older(register, tmp_path):
    header = ["Dnr", "Titel", "Typ", "Beslutande organ", "Årlig kostnad", "Senast ändrad"]
    first = write_xlsx(tmp_path / "a.xlsx", [header, ["KS 1", "Nätverk", "Medlemskap", "KS",
                                                      100, None]])  # fmt: skip
    apply_import(build_preview(read_layout(first), first))
    stale = write_xlsx(tmp_path / "b.xlsx", [header, ["KS 1", "Nätverk", "Medlemskap", "KS",
                                                      200, date(2001, 1, 1)]])  # fmt: skip
    preview = build_preview(read_layout(stale), stale, update=True)
    (row,) = preview.rows
    assert row.status == "older" and "2001-01-01" in row.older.sv


@pytest.mark.parametrize(
    ("header", "cell", "amount", "currency"),
    [
        ("Årlig kostnad (kr)", 15000, "15000.00", "SEK"),
        ("Avgift", "2 000 €", "2000.00", "EUR"),
        ("Kostnad per år", 500, "500.00", "SEK"),
        ("Avgift (tkr)", 25, "25000.00", "SEK"),
        ("Kostnad, EUR", 1200, "1200.00", "EUR"),
        ("Årlig kostnad, SEK", "1,5", "1.50", "SEK"),
        ("Kostnad/år", 100, "100.00", "SEK"),
    ],
)
def test_cost_headers_with_currency_or_unit(register, tmp_path, header, cell, amount, currency):
    from decimal import Decimal

    path = write_xlsx(
        tmp_path / "k.xlsx",
        [
            ["Dnr", "Titel", "Typ", "Beslutande organ", header],
            ["KS 1", "Medlemskap i X", "Medlemskap", "KS", cell],
        ],
    )
    layout = read_layout(path)
    assert layout.mapping[4] == "annual_cost", layout.mapping
    (row,) = build_preview(layout, path).rows
    assert (row.data.annual_cost, row.data.currency) == (Decimal(amount), currency)
    if "tkr" in header:
        assert any(p.code == "HEADER-UNIT" for p in row.notes())


def test_land_is_the_counterparties_country(register, tmp_path):
    path = write_xlsx(tmp_path / "l.xlsx", [
        ["Dnr", "Titel", "Typ", "Beslutande organ", "Motpart", "Land"],
        ["KS 1", "Medlemskap i X", "Medlemskap", "KS", "Köln; Łódź (Polen)", "Tyskland"],
    ])  # fmt: skip
    layout = read_layout(path)
    assert layout.mapping[5] == "counterparty_country"
    preview = build_preview(layout, path)
    apply_import(preview)
    (entry_id,) = reg.query_ids(RegisterFilter())
    cps = entries.get_entry(entry_id).counterparties
    assert [(c.name, c.country) for c in cps] == [("Köln", "Tyskland"), ("Łódź", "Polen")]
