"""The annual report's one-page summary for the City Council (R7), as PDF/A.

The workbook holds every figure and the entries behind it; the Council reads
one page: the memberships in force on 31 December (the figure it expects),
all commitments then by kind and scope, a chart by deciding body, what
happened during the year, and the annual cost per payer. Like every document
for politicians it carries no internal codes. The figures are the
workbook's (``services.reports.annual_figures``), so both say the same.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

from desktop_app.domain.kinds import label
from desktop_app.domain.money import format_amount
from desktop_app.services import reports

from .atomic import atomic_target
from .pdf_fonts import BOLD, REGULAR, register_fonts
from .pdfa import PdfMetadata, make_pdfa

MAX_ROWS = 8  # bodies in the chart, payers in the cost table; the rest as one line

_TEXT = {
    "title": ("Internationella åtaganden {year}", "International commitments {year}"),
    "headline": (
        "medlemskap i internationella organisationer och nätverk i kraft den 31 december {year}",
        "memberships of international organisations and networks in force on 31 December {year}",
    ),
    "year_end": ("Åtaganden i kraft den 31 december", "Commitments in force on 31 December"),
    "total": ("Totalt", "Total"),
    "of_which": ("varav {scope}", "of which {scope}"),
    "by_body": ("I kraft den 31 december per beslutande organ", "In force by deciding body"),
    "during": ("Under året", "During the year"),
    "new": ("Nya åtaganden (beslutade eller startade)", "New commitments (decided or started)"),
    "terminated": ("Avslutade", "Terminated"),
    "expired": ("Utgångna (slutdatum under året)", "Expired (end date in the year)"),
    "reviews": ("Genomförda omprövningar", "Reviews done"),
    "overdue": ("Försenade omprövningar vid årets slut", "Reviews overdue at the year's end"),
    "unresolved": (
        "Poster med olösta varningar vid årets slut",
        "Entries with unresolved warnings at the year's end",
    ),
    "cost": ("Årlig kostnad per betalande organ", "Annual cost by paying body"),
    "others": ("Övriga ({n})", "Others ({n})"),
    "not_given": ("(inte angivet)", "(not given)"),
    "sum": ("Summa i {currency}", "Total in {currency}"),
    "sek_total": ("Totalt i kronor", "Total in kronor"),
    "no_rate": (
        "Totalt i kronor anges inte: kurs för {year} saknas för {missing}.",
        "No total in kronor: no {year} rate for {missing}.",
    ),
    "source": (
        "Uppgifter enligt registret den {day}, återskapade ur registrets historik: "
        "sammanställningen blir densamma när den än görs. Detaljerna finns i "
        "arbetsboken. Skapad {made} av {user}. Sida 1 (1)",
        "As recorded in the register by {day}, rebuilt from the register's history: the "
        "summary is the same whenever it is made. The details are in the workbook. "
        "Made {made} by {user}. Page 1 (1)",
    ),
    "subject": ("Årsrapport till kommunfullmäktige", "Annual report to the City Council"),
}


def _t(key: str, lang: str, **kw) -> str:
    sv, en = _TEXT[key]
    return (en if lang == "en" else sv).format(**kw)


def _day(value: date | datetime) -> str:
    if isinstance(value, datetime):
        from desktop_app.services.context import to_local

        return (to_local(value) or value).strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _top(items: list[tuple[str, int]], lang: str) -> list[tuple[str, int]]:
    shown = [(name or _t("not_given", lang), n) for name, n in items[:MAX_ROWS]]
    rest = items[MAX_ROWS:]
    if rest:
        shown.append((_t("others", lang, n=len(rest)), sum(n for _, n in rest)))
    return shown


def _chart(items: list[tuple[str, int]], width: float):
    """Horizontal bars, one per body (reportlab graphics: vector, embedded fonts)."""
    from reportlab.graphics import shapes
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    # A drawing starts in reportlab's default font (Helvetica, never embedded: not
    # PDF/A); every PDF of the program uses the shipped fonts.
    shapes.STATE_DEFAULTS["fontName"] = REGULAR

    rows = list(reversed(items)) or [("", 0)]
    height = 18 * len(rows) + 24
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 170, 14
    chart.width, chart.height = width - 200, height - 24
    chart.data = [[n for _, n in rows]]
    chart.categoryAxis.categoryNames = [name[:34] for name, _ in rows]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max((n for _, n in rows), default=0)
    chart.valueAxis.valueMax = max(top, 1)
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.bars[0].fillColor = colors.HexColor("#2f5d8a")
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def render(figs: reports.AnnualFigures, org: str, user: str, lang: str = "sv") -> bytes:
    """The summary's PDF/A-2b bytes."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_fonts()
    year = figs.year
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=10, textColor="#444444")
    h1 = ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=16, leading=20)
    h2 = ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=6)
    big = ParagraphStyle("big", parent=body, fontName=BOLD, fontSize=30, leading=34)
    width = A4[0] - 40 * mm

    def table(rows: list[tuple[str, str]], bold_last: bool = False) -> Table:
        t = Table(rows, colWidths=[width - 45 * mm, 45 * mm])
        style = [
            ("FONT", (0, 0), (-1, -1), REGULAR, 9),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
        if bold_last:
            style.append(("FONT", (0, -1), (-1, -1), BOLD, 9))
        t.setStyle(TableStyle(style))
        return t

    story: list = [
        Paragraph(_t("title", lang, year=year), h1),
        Paragraph(org, body),
        Spacer(1, 4 * mm),
        Table(
            [
                [
                    Paragraph(str(len(figs.memberships_at_year_end)), big),
                    Paragraph(_t("headline", lang, year=year), body),
                ]
            ],
            colWidths=[30 * mm, width - 30 * mm],
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8eef5")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            ),
        ),
        Paragraph(_t("year_end", lang), h2),
    ]
    rows = [(label(k, lang), str(n)) for k, n in figs.year_end_by_kind]
    rows.append((_t("total", lang), str(len(figs.at_year_end))))
    story.append(table(rows, bold_last=True))
    scopes = [(_t("of_which", lang, scope=label(s, lang).lower()), str(n))
              for s, n in figs.year_end_by_scope]  # fmt: skip
    story.append(table(scopes))
    story.append(Paragraph(_t("by_body", lang), h2))
    story.append(_chart(_top(figs.year_end_by_body, lang), width))
    story.append(Paragraph(_t("during", lang), h2))
    story.append(
        table(
            [
                (_t("new", lang), str(len(figs.new))),
                (_t("terminated", lang), str(len(figs.terminated))),
                (_t("expired", lang), str(len(figs.expired))),
                (_t("reviews", lang), str(len(figs.reviews))),
                (_t("overdue", lang), str(len(figs.overdue))),
                (_t("unresolved", lang), str(len(figs.unresolved))),
            ]
        )
    )
    story.append(Paragraph(_t("cost", lang), h2))
    cost_rows = [
        (payer or _t("not_given", lang), format_amount(amount, currency, lang))
        for payer, currency, amount, _n in figs.cost_by_payer[:MAX_ROWS]
    ]
    if len(figs.cost_by_payer) > MAX_ROWS:
        cost_rows.append(
            (_t("others", lang, n=len(figs.cost_by_payer) - MAX_ROWS), "")
        )  # the sums below include them
    for currency, amount in figs.cost_by_currency:
        cost_rows.append(
            (_t("sum", lang, currency=currency), format_amount(amount, currency, lang))
        )
    if len(figs.cost_by_currency) > 1:
        total = figs.total_sek
        if total is None:
            missing = ", ".join(figs.missing_rates)
            cost_rows.append((_t("no_rate", lang, year=year, missing=missing), ""))
        else:
            cost_rows.append((_t("sek_total", lang), format_amount(total, "SEK", lang)))
    story.append(table(cost_rows or [(_t("not_given", lang), "")]))
    story.append(Spacer(1, 4 * mm))
    made = datetime.now().strftime("%Y-%m-%d %H:%M")
    story.append(
        Paragraph(_t("source", lang, day=_day(figs.recorded_by), made=made, user=user), small)
    )
    lang_tag = "en-GB" if lang == "en" else "sv-SE"
    title = f"{_t('title', lang, year=year)} – {org}" if org else _t("title", lang, year=year)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=15 * mm,
        title=title,
        author=org,
        subject=_t("subject", lang),
        creator="Avtalsregister",
        lang=lang_tag,
        initialFontName=REGULAR,
    )
    doc.build(story)
    meta = PdfMetadata(
        title, org or user, _t("subject", lang), lang=lang_tag, created=datetime.now(UTC)
    )
    return make_pdfa(buffer.getvalue(), meta)


def write_summary(figs: reports.AnnualFigures, target: str | Path, org: str, user: str,
                  lang: str = "sv") -> Path:  # fmt: skip
    """Write the summary to ``target`` (atomically)."""
    data = render(figs, org, user, lang)
    target = Path(target)
    with atomic_target(target) as tmp:
        tmp.write_bytes(data)
    return target
