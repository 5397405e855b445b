"""The annual report (R7): figures checked against a plain-Python count of today's values.

Dated facts (start, end, termination, reviews) give the same counts from the
history as from today's values; a past year's overdue reviews do not (they
are rebuilt from the history: tests/services/test_annual_as_of.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from desktop_app.exports.annual_report import write_annual_report
from desktop_app.services import audit, entries, reports
from desktop_app.store.models import Entry

from .memo_checks import NEEDS_POPPLER


def _all_records():
    return [entries.get_entry(i) for (i,) in Entry.select(Entry.id).tuples()]


def _expected(year: int, today: date) -> dict[str, set[int]]:
    first, last = date(year, 1, 1), date(year, 12, 31)
    out: dict[str, set[int]] = {k: set() for k in ("in_force", "new", "renewed", "terminated",
                                                    "expired", "overdue")}  # fmt: skip
    for r in _all_records():
        d = r.data
        if r.archived:
            continue
        begun = d.start_date or d.decision_date
        if (
            d.status != "draft"
            and (begun is None or begun <= last)
            and (d.end_date is None or d.end_date >= first)
            and (r.terminated_date is None or r.terminated_date >= first)
        ):
            out["in_force"].add(r.id)
            cutoff = min(last, today)
            if (
                d.status == "active"
                and (d.end_date is None or d.end_date >= cutoff)
                and r.next_review_date
                and r.next_review_date < cutoff
            ):
                out["overdue"].add(r.id)
        anchor = d.decision_date or d.start_date
        if d.status != "draft" and anchor and first <= anchor <= last:
            out["new"].add(r.id)
        if any(first <= v.review_date <= last and v.outcome in ("continue", "amend")
               for v in r.reviews):  # fmt: skip
            out["renewed"].add(r.id)
        if r.terminated_date and first <= r.terminated_date <= last:
            out["terminated"].add(r.id)
        if d.status == "active" and d.end_date and first <= d.end_date <= last:
            out["expired"].add(r.id)
    return out


def test_figures_match_a_plain_count(demo_register):
    today = date.today()
    for year in (2016, today.year - 4, today.year - 1, today.year):
        figs = reports.annual_figures(year, today)
        expected = _expected(year, today)
        for name, ids in expected.items():
            if name == "overdue" and year != today.year:
                continue  # a past year's overdue reviews come from the history (below)
            assert set(getattr(figs, name)) == ids, (year, name)
        assert sum(n for _, n in figs.by_kind) == len(figs.in_force)
        assert sum(n for _, n in figs.by_body) == len(figs.in_force)
    figs = reports.annual_figures(today.year, today)
    assert figs.in_force and figs.overdue and figs.cost_by_payer
    by_dir = dict(figs.by_direction)
    assert by_dir[1] == sum(
        1 for r in _all_records() if r.id in set(figs.in_force) and r.data.directions & 1
    )


def test_workbook_has_summary_chart_and_details(demo_register, tmp_path):
    year = date.today().year
    out = tmp_path / f"arsrapport-{year}.xlsx"
    result = write_annual_report(year, out)
    figs = reports.annual_figures(year)
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names[0] == "Sammanställning"
    assert {"I kraft", "Nya", "Förnyade", "Avslutade", "Utgångna", "Omprövningar"} <= set(
        book.sheet_names
    )
    summary = book.get_sheet_by_name("Sammanställning").to_python()
    labels = {r[0]: r[1] for r in summary if r and r[0]}
    assert labels["Åtaganden i kraft under året"] == len(figs.in_force) == result.count
    assert labels["Försenade omprövningar vid årets slut"] == len(figs.overdue)
    assert labels["Medlemskap"] == dict(figs.by_kind).get("membership", 0)
    detail = book.get_sheet_by_name("I kraft").to_python()
    assert len(detail) - 1 == len(figs.in_force)
    wb = load_workbook(out)
    assert len(wb["Sammanställning"]._charts) == 1
    assert wb["I kraft"].tables


def test_costs_per_currency_with_a_total_in_kronor_at_the_years_rate(demo_register, tmp_path):
    """R6: euros are never added to kronor; with the year's rate, a total in kronor."""
    from desktop_app.services import rates

    year = date.today().year
    figs = reports.annual_figures(year)
    currencies = dict(figs.cost_by_currency)
    assert {"SEK", "EUR"} <= set(currencies)
    assert figs.total_sek is None and figs.missing_rates == ["EUR"]
    out = tmp_path / "utan-kurs.xlsx"
    write_annual_report(year, out)
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Sammanställning").to_python()
    texts = [r[0] for r in rows if r and r[0]]
    assert "Summa i SEK" in texts and "Summa i EUR" in texts
    assert any(t.startswith("Totalt i kronor anges inte") and "EUR" in t for t in texts)
    # The demo's administration without a contact person (R8) is named, without R-codes.
    assert "Utbildningsförvaltningen" in texts
    assert not any("(R8)" in t for t in texts)

    rates.set_rate(year, "EUR", "11,50")
    figs = reports.annual_figures(year)
    expected = currencies["SEK"] + (currencies["EUR"] * Decimal("11.50")).quantize(Decimal("0.01"))
    assert figs.total_sek == expected
    out = tmp_path / "med-kurs.xlsx"
    write_annual_report(year, out)
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Sammanställning").to_python()
    total = next(r for r in rows if r and str(r[0]).startswith("Totalt i kronor"))
    assert Decimal(str(total[2])).quantize(Decimal("0.01")) == expected


@NEEDS_POPPLER
def test_one_page_pdfa_summary_for_the_council_beside_the_workbook(demo_register, tmp_path):
    """The Council's page: the memberships at the year's end first, a chart, the year,
    the costs; PDF/A with every font embedded; the same figures as the workbook."""
    import pytest

    from desktop_app.exports.annual_report import summary_path

    from .memo_checks import pdffonts, pdfinfo, pdftotext  # noqa: PLC0415

    year = date.today().year - 1
    out = tmp_path / f"arsrapport-{year}.xlsx"
    write_annual_report(year, out)
    pdf = summary_path(out)
    assert pdf == tmp_path / f"arsrapport-{year}.pdf" and pdf.exists()
    assert pdfinfo(pdf)["Pages"] == "1"
    assert all(f["emb"] == "yes" for f in pdffonts(pdf)), pdffonts(pdf)
    figs = reports.annual_figures(year)
    text = " ".join(pdftotext(pdf).split())
    head = text.split("Åtaganden i kraft den 31 december")[0]  # the boxed headline
    assert "medlemskap i internationella organisationer" in head
    assert str(len(figs.memberships_at_year_end)) in head.split()
    assert "i kraft den 31 december" in head
    assert f"Totalt {len(figs.at_year_end)}" in text
    assert f"Uppgifter enligt registret den {year}-12-31" in text
    assert "R7" not in text and "R3" not in text  # no internal codes for politicians
    top_body, top_count = figs.year_end_by_body[0]
    assert top_body in text  # the chart's labels are text in the PDF
    pdfa = pytest.importorskip("pikepdf.pdfa", exc_type=ImportError)
    report = pdfa.validate_written(pdf, "2b")
    assert report.verdict == "pass", [str(f) for f in report.findings[:10]]
    history = audit.list_events(action="export")
    assert any(str(pdf) in (e.details or "") for e in history)
