"""The annual report (R7): the city's international commitments in one year.

The City Executive Board reports to the City Council each year. Beside the
workbook (``arsrapport-2025.xlsx``) goes a one-page PDF/A summary for the
Council (``arsrapport-2025.pdf``, ``annual_summary_pdf``). The
workbook opens on a summary (counts by kind, deciding body, responsible
committee, theme and direction; new, renewed, terminated and expired during
the year; reviews done and overdue; annual cost by payer) with a bar chart,
followed by the detail lists behind each figure, so that every number can
be checked entry by entry. Figures come from ``services.reports``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from desktop_app.domain.cancel import Cancelled
from desktop_app.domain.kinds import direction_label, label
from desktop_app.domain.money import format_number
from desktop_app.exports.annual_summary_pdf import render as render_summary
from desktop_app.exports.atomic import recorded_targets
from desktop_app.exports.excel_register import (
    ExportResult,
    _columns,
    discarding,
    sheet_title,
    write_register_sheet,
)
from desktop_app.exports.excel_style import StyleBook, money_format
from desktop_app.services import register, register_settings, reports
from desktop_app.services.context import os_user, to_local


def _day(value) -> str:
    """yyyy-MM-dd of a date or of a moment (a moment in UTC is shown in local time)."""
    if isinstance(value, datetime):
        return (to_local(value) or value).strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _t(lang: str, sv: str, en: str) -> str:
    return en if lang == "en" else sv


def _cost_totals(put, st, figs, lang: str) -> None:
    """Sums per currency, and in kronor at the year's rates when every rate is known."""
    for currency, amount in figs.cost_by_currency:
        put(
            st.cell(_t(lang, f"Summa i {currency}", f"Total in {currency}"), "text"),
            None,
            st.cell(float(amount), "money", fmt=money_format(currency, amount)),
        )
    if len(figs.cost_by_currency) < 2:
        return
    total = figs.total_sek
    if total is not None:
        used = ", ".join(
            f"{c} {format_number(figs.rates[c], lang)}" for c, _ in figs.cost_by_currency
            if c in figs.rates
        )  # fmt: skip
        put(
            st.cell(
                _t(lang, f"Totalt i kronor (kurs {used} kr)", f"Total in SEK (rate {used})"),
                "text",
            ),
            None,
            st.cell(float(total), "money", fmt=money_format("SEK", total)),
        )
    else:
        missing = ", ".join(figs.missing_rates)
        put(
            st.cell(
                _t(
                    lang,
                    f"Totalt i kronor anges inte: kurs för {figs.year} saknas för {missing}.",
                    f"No total in SEK: no {figs.year} rate for {missing}.",
                ),
                "text",
            )
        )


def _contact_gaps(put, st, figs, lang: str) -> None:
    """Administrations and companies with commitments but no international contact person."""
    if not figs.contact_gaps:
        return
    put(None)
    put(
        st.header(
            _t(
                lang,
                "Förvaltningar och bolag utan internationell kontaktperson",
                "Administrations and companies without an international contact person",
            )
        ),
        st.header(_t(lang, "Poster", "Entries")),
    )
    for gap in figs.contact_gaps:
        put(st.cell(gap.organisation, "text"), st.cell(gap.entries, "int"))


def write_annual_report(
    year: int,
    target: str | Path,
    *,
    lang: str = "sv",
    progress: Callable[[int, int, str], None] = lambda d, t, s: None,
    cancelled: Callable[[], bool] = lambda: False,
    today: date | None = None,
    recorded_by: date | datetime | None = None,
) -> ExportResult:
    """Write the report for ``year`` as recorded by ``recorded_by`` (default: the
    year's last day); recorded in the audit trail."""
    figs = reports.annual_figures(year, today, recorded_by)
    org = register_settings.get_setting("organisation_name")
    wb = Workbook(write_only=True)
    with discarding(wb):
        return _write(wb, figs, org, year, target, lang, progress, cancelled, today)


def _write(wb, figs, org, year, target, lang, progress, cancelled, today) -> ExportResult:
    ws = wb.create_sheet(_t(lang, "Sammanställning", "Summary"))
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 18
    ws.page_setup.paperSize = "9"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = _t(lang, "Sida &P av &N", "Page &P of &N")
    st = StyleBook(ws)
    row_no = 0

    def put(*cells) -> int:
        nonlocal row_no
        ws.append(list(cells))
        row_no += 1
        return row_no

    def heading(text: str) -> None:
        put(None)
        put(st.header(text), st.header(_t(lang, "Antal", "Count")))

    title = _t(
        lang,
        f"Internationella åtaganden {year} – {org}",
        f"International commitments {year} – {org}",
    )
    put(st.title(title))
    put(
        st.cell(
            _t(lang, "Skapad ", "Generated ")
            + datetime.now().strftime("%Y-%m-%d %H:%M")
            + _t(lang, " av ", " by ")
            + os_user(),
            "text",
        )
    )
    put(
        st.cell(
            _t(
                lang,
                f"Uppgifter enligt registret den {_day(figs.recorded_by)}, återskapade ur "
                "historiken: rapporten blir densamma när den än görs.",
                f"As recorded in the register by {_day(figs.recorded_by)}, rebuilt from the "
                "history: the report is the same whenever it is made.",
            ),
            "text",
        )
    )
    heading(_t(lang, f"Den 31 december {year}", f"On 31 December {year}"))
    put(
        st.cell(_t(lang, "Medlemskap i kraft", "Memberships in force"), "text"),
        st.cell(len(figs.memberships_at_year_end), "int"),
    )
    put(
        st.cell(_t(lang, "Åtaganden i kraft", "Commitments in force"), "text"),
        st.cell(len(figs.at_year_end), "int"),
    )
    put(
        st.cell(
            _t(lang, "Poster med olösta varningar", "Entries with unresolved warnings"), "text"
        ),
        st.cell(len(figs.unresolved), "int"),
    )
    year_end_groups = [
        (
            _t(lang, "I kraft 31 december per avtalstyp", "In force on 31 December by kind"),
            [(label(k, lang), n) for k, n in figs.year_end_by_kind],
        ),
        (
            _t(lang, "I kraft 31 december per omfattning", "In force on 31 December by scope"),
            [(label(k, lang), n) for k, n in figs.year_end_by_scope],
        ),
        (
            _t(
                lang,
                "I kraft 31 december per beslutande organ",
                "In force on 31 December by deciding body",
            ),
            figs.year_end_by_body,
        ),
    ]
    blank = _t(lang, "(inte angivet)", "(not given)")
    for head, items in year_end_groups:
        heading(head)
        for name, n in items:
            put(st.cell(name or blank, "text"), st.cell(n, "int"))
    heading(_t(lang, "Under året", "During the year"))
    overview = [
        (_t(lang, "Åtaganden i kraft under året", "Commitments in force"), len(figs.in_force)),
        (_t(lang, "Nya (beslutade eller startade)", "New (decided or started)"), len(figs.new)),
        (_t(lang, "Förnyade efter omprövning", "Renewed after review"), len(figs.renewed)),
        (_t(lang, "Avslutade", "Terminated"), len(figs.terminated)),
        (
            _t(lang, "Utgångna (slutdatum under året)", "Expired (end date in the year)"),
            len(figs.expired),
        ),  # fmt: skip
        (_t(lang, "Genomförda omprövningar", "Reviews done"), len(figs.reviews)),
        (
            _t(lang, "Försenade omprövningar vid årets slut", "Reviews overdue at year end"),
            len(figs.overdue),
        ),  # fmt: skip
    ]
    first = row_no + 1
    for text, n in overview:
        put(st.cell(text, "text"), st.cell(n, "int"))
    last = row_no
    chart = BarChart()
    chart.type = "bar"
    chart.title = _t(lang, f"Åtaganden {year}", f"Commitments {year}")
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=first, max_row=last))
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.width, chart.height = 18, 8
    ws.add_chart(chart, "E2")
    groups = [
        (_t(lang, "Per avtalstyp", "By kind"), [(label(k, lang), n) for k, n in figs.by_kind]),
        (_t(lang, "Per beslutande organ", "By deciding body"), figs.by_body),
        (
            _t(lang, "Per ansvarig nämnd eller bolag", "By responsible committee"),
            figs.by_responsible,
        ),  # fmt: skip
        (_t(lang, "Per tema", "By theme"), figs.by_theme),
        (
            _t(lang, "Per strategisk inriktning", "By strategic direction"),
            [(direction_label(d, lang), n) for d, n in figs.by_direction],
        ),
    ]
    for head, items in groups:
        heading(head)
        for name, n in items:
            put(st.cell(name or blank, "text"), st.cell(n, "int"))
    put(None)
    put(
        st.header(_t(lang, "Årlig kostnad per betalare", "Annual cost by payer")),
        st.header(_t(lang, "Antal", "Count")),
        st.header(_t(lang, "Summa", "Total")),
    )
    for payer, currency, amount, n in figs.cost_by_payer:
        put(
            st.cell(payer or blank, "text"),
            st.cell(n, "int"),
            st.cell(float(amount), "money", fmt=money_format(currency, amount)),
        )
    _cost_totals(put, st, figs, lang)
    _contact_gaps(put, st, figs, lang)
    put(None)
    put(
        st.cell(
            _t(
                lang,
                "I kraft: ej utkast eller avförd, påbörjad senast vid årets slut och inte "
                "avslutad eller utgången före årets början. Detaljerna finns på följande blad.",
                "In force: not a draft or archived, begun by the year's end and not ended "
                "before it began. The details are on the following sheets.",
            ),
            "text",
        )
    )
    details = [
        (_t(lang, "I kraft 31 december", "In force 31 December"), figs.at_year_end),
        (_t(lang, "I kraft", "In force"), figs.in_force),
        (_t(lang, "Nya", "New"), figs.new),
        (_t(lang, "Förnyade", "Renewed"), figs.renewed),
        (_t(lang, "Avslutade", "Terminated"), figs.terminated),
        (_t(lang, "Utgångna", "Expired"), figs.expired),
        (_t(lang, "Försenade omprövningar", "Overdue reviews"), figs.overdue),
        (_t(lang, "Olösta varningar", "Unresolved warnings"), [i for i, _ in figs.unresolved]),
    ]
    taken = {ws.title.lower()}
    cols = _columns(None)
    total = sum(len(ids) for _, ids in details)
    done = 0
    for n, (name, ids) in enumerate(details, start=1):
        if cancelled():
            raise Cancelled()
        done += write_register_sheet(
            wb,
            sheet_title(name, taken),
            _ordered(ids),
            cols,
            lang,
            heading=f"{org} – {name} {year}",
            table_no=n,
            progress=progress,
            cancelled=cancelled,
            done_before=done,
            total=total,
            today=today,
        )
    _reviews_sheet(wb, figs, lang, taken)
    target = Path(target)
    summary = summary_path(target)
    details = {
        "summary": str(summary),
        "year": year,
        "recorded_by": _day(figs.recorded_by),
        "in_force": len(figs.in_force),
        "memberships_at_year_end": len(figs.memberships_at_year_end),
    }
    # The workbook and its summary are recorded and put in place together (R10).
    with recorded_targets(
        [target, summary], lambda: reports.record_export("annual_report", str(target), details)
    ) as (tmp, summary_tmp):
        wb.save(tmp)
        if cancelled():
            raise Cancelled()
        summary_tmp.write_bytes(render_summary(figs, org, os_user(), lang))
    return ExportResult(target, len(figs.in_force), len(details) + 2)


def summary_path(target: str | Path) -> Path:
    """Where the one-page summary for the Council goes: beside the workbook."""
    return Path(target).with_suffix(".pdf")


def _ordered(ids: list[int]) -> list[int]:
    """Detail lists in case-number order, as the registrar files them."""
    rows = register.rows_by_ids(ids)
    return sorted(ids, key=lambda i: (rows[i].case_number, i) if i in rows else ("", i))


def _reviews_sheet(wb: Workbook, figs: reports.AnnualFigures, lang: str, taken: set) -> None:
    ws = wb.create_sheet(sheet_title(_t(lang, "Omprövningar", "Reviews"), taken))
    for col, width in zip("ABCD", (16, 50, 12, 14), strict=True):
        ws.column_dimensions[col].width = width
    st = StyleBook(ws)
    ws.freeze_panes = "A2"
    ws.append(
        [
            st.header(h)
            for h in (
                _t(lang, "Diarienummer", "Case number"),
                _t(lang, "Titel", "Title"),
                _t(lang, "Datum", "Date"),
                _t(lang, "Utfall", "Outcome"),
            )
        ]
    )
    rows = register.rows_by_ids([e for e, _, _ in figs.reviews])
    for entry_id, when, outcome in figs.reviews:
        r = rows.get(entry_id)
        ws.append(
            [
                st.cell(r.case_number if r else "", "text"),
                st.cell(r.title if r else "", "wrap"),
                st.cell(when, "date"),
                st.cell(label(outcome, lang), "text"),
            ]
        )
