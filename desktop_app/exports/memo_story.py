"""The flowables of a renewal memo and of a batch's cover list (reportlab platypus).

What the memo says comes from ``memo_content``; this module sets it on the
page: the letterhead, the facts table, the decision history, the questions
with the register's findings, the assessment box, the proposal with tick
boxes and the signature lines. ``memo_pdf`` assembles and writes documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.domain.dates import interval_label
from desktop_app.services.memos import MemoFacts

from . import memo_content as mc
from .memo_layout import (
    ACCENT,
    CONTENT_WIDTH,
    INK,
    MUTED,
    RULE,
    WARN,
    Layout,
    PageRef,
    RuledBox,
    TickBox,
)
from .pdf_fonts import BOLD, ITALIC, REGULAR, register_fonts


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK)
        self.base = base
        self.small = ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=MUTED)
        self.label = ParagraphStyle("label", base, fontSize=8.5, leading=11.5, textColor=MUTED)
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=11.5)
        self.cell_bold = ParagraphStyle("cellb", self.cell, fontName=BOLD)
        self.h1 = ParagraphStyle(
            "h1", base, fontName=BOLD, fontSize=15, leading=19, spaceAfter=4, textColor=ACCENT
        )
        self.h2 = ParagraphStyle(
            "h2",
            base,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=12,
            spaceAfter=5,
            textColor=ACCENT,
        )
        self.question = ParagraphStyle(
            "q", base, fontName=BOLD, fontSize=9.5, leftIndent=14, firstLineIndent=-14
        )
        self.ok = ParagraphStyle(
            "ok",
            base,
            fontName=ITALIC,
            fontSize=8.5,
            leading=11.5,
            leftIndent=14,
            textColor=MUTED,
            spaceAfter=6,
        )
        self.warn = ParagraphStyle("warn", self.ok, fontName=REGULAR, textColor=WARN)


_STYLES: _Styles | None = None


def _styles() -> _Styles:
    global _STYLES
    if _STYLES is None:
        register_fonts()
        _STYLES = _Styles()
    return _STYLES


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _c(text: str, style: ParagraphStyle, width: float, padding: float = 8) -> str | Paragraph:
    """A table cell: the plain string when it fits on one line, else a Paragraph.

    Plain strings are drawn by the table itself at a fraction of a Paragraph's
    cost (most cells are a date or a word); the table's style gives them the
    same font, size and colour as the paragraph style would (``_text_cols``).
    """
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - padding:
        return text
    return _p(text, style)


def _text_cols(style: ParagraphStyle, start: tuple[int, int], end: tuple[int, int]) -> list:
    """Table commands that draw plain-string cells as ``style`` would."""
    return [
        ("FONTNAME", start, end, style.fontName),
        ("FONTSIZE", start, end, style.fontSize),
        ("LEADING", start, end, style.leading),
        ("TEXTCOLOR", start, end, style.textColor),
    ]


def _table_style(extra: Sequence[tuple] = ()) -> TableStyle:
    return TableStyle(
        [
            # Empty cells are drawn with the table's own font: never Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("LEADING", (0, 0), (-1, -1), 11.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )


def _letterhead(facts: MemoFacts, lang: str, today: date, s: _Styles) -> Table:
    """ "Till: <deciding body>" on the left, the memo's identification on the right."""
    to = facts.deciding_body.name(lang) if facts.deciding_body else "–"
    officer = facts.contact_person or (
        facts.responsible_body.contact_name if facts.responsible_body else ""
    )
    w0, w1 = 24 * mm, 46 * mm
    right = [
        [_c(mc.t("memo", lang), s.cell_bold, w0 + w1), ""],
        [_c(mc.t("date", lang), s.label, w0), _c(today.isoformat(), s.cell, w1)],
        [_c(mc.t("case", lang), s.label, w0), _c(facts.case_number or "–", s.cell, w1)],
    ]
    if officer:
        right.append([_c(mc.t("officer", lang), s.label, w0), _c(officer, s.cell, w1)])
    ident = Table(
        right,
        colWidths=[w0, w1],
        style=_table_style(
            [
                *_text_cols(s.label, (0, 1), (0, -1)),
                *_text_cols(s.cell, (1, 1), (1, -1)),
                *_text_cols(s.cell_bold, (0, 0), (1, 0)),
                ("SPAN", (0, 0), (1, 0)),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )
    left = [[_p(mc.t("to", lang), s.label)], [_p(to, s.cell_bold)]]
    to_table = Table(
        left,
        colWidths=[CONTENT_WIDTH - 74 * mm],
        style=_table_style(
            [
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return Table(
        [[to_table, ident]],
        colWidths=[CONTENT_WIDTH - 74 * mm, 74 * mm],
        style=_table_style(
            [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        ),
    )


def _facts_table(facts: MemoFacts, lang: str, s: _Styles) -> Table:
    w0, w1 = 52 * mm, CONTENT_WIDTH - 52 * mm
    rows = [[_c(k, s.label, w0), _c(v, s.cell, w1)] for k, v in mc.fact_rows(facts, lang)]
    return Table(
        rows,
        colWidths=[w0, w1],
        splitInRow=1,  # a long note may run over a page break
        style=_table_style(
            [
                *_text_cols(s.label, (0, 0), (0, -1)),
                *_text_cols(s.cell, (1, 0), (1, -1)),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ]
        ),
    )


def _history_table(facts: MemoFacts, lang: str, s: _Styles):
    rows = mc.history_rows(facts, lang)
    if not rows:
        return _p(mc.t("no_history", lang), s.base)
    widths = [22 * mm, 38 * mm, 18 * mm, 30 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    keys = ("col_date", "col_event", "col_body", "col_case", "col_note")
    head = [_c(mc.t(k, lang), s.cell_bold, w) for k, w in zip(keys, widths, strict=True)]
    body = [
        [
            _c(text, s.cell, w)
            for text, w in zip((r.day, r.event, r.body, r.case_number, r.note), widths, strict=True)
        ]
        for r in rows
    ]
    return Table(
        [head, *body],
        splitInRow=1,
        colWidths=widths,
        repeatRows=1,
        style=_table_style(
            [
                *_text_cols(s.cell_bold, (0, 0), (-1, 0)),
                *_text_cols(s.cell, (0, 1), (-1, -1)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ]
        ),
    )


def _questions(facts: MemoFacts, lang: str, s: _Styles) -> list:
    story: list = [_p(mc.t("questions_intro", lang), s.small), Spacer(0, 4)]
    for number, q in enumerate(mc.questions(facts, lang), start=1):
        block = [_p(f"{number}.\u2002{q.text}", s.question)]
        prefix = mc.t("register", lang)
        if q.findings:
            for text in q.findings:
                block.append(_p(f"{prefix}: {text}", s.warn))
        elif q.info:
            block.append(_p(f"{prefix}: {q.info}", s.ok))
        else:
            block.append(_p(mc.t("register_ok", lang), s.ok))
        story.append(KeepTogether(block))
    return story


def _continue_hint(facts: MemoFacts, lang: str) -> str:
    if facts.review_interval_months:
        return mc.t("continue_hint", lang, n=interval_label(facts.review_interval_months, lang))
    if facts.end_date:
        return mc.t("continue_until", lang, d=facts.end_date.isoformat())
    return ""


def _proposal(facts: MemoFacts, lang: str, s: _Styles) -> list:
    body = facts.deciding_body.name(lang) if facts.deciding_body else mc.t("none", lang)
    options = [
        TickBox(
            mc.label_outcome("continue", lang),
            _continue_hint(facts, lang),
            CONTENT_WIDTH,
        ),
        TickBox(mc.label_outcome("amend", lang), mc.t("amend_hint", lang), CONTENT_WIDTH, True),
        TickBox(
            mc.label_outcome("terminate", lang), mc.t("terminate_hint", lang), CONTENT_WIDTH, True
        ),
    ]
    blank = ""
    half = CONTENT_WIDTH / 2
    signature = Table(
        [
            [blank, blank],
            [_p(mc.t("place_date", lang), s.small), _p(mc.t("sign", lang), s.small)],
            [blank, blank],
            [_p(mc.t("name", lang), s.small), _p(mc.t("title", lang), s.small)],
        ],
        colWidths=[half, half],
        rowHeights=[26, None, 26, None],
        style=_table_style(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
                ("LINEBELOW", (0, 2), (-1, 2), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 14),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        ),
    )
    return [
        KeepTogether(
            [
                _p(mc.t("proposal", lang), s.h2),
                _p(mc.t("proposal_intro", lang, body=body), s.base),
                Spacer(0, 4),
                *options,
            ]
        ),
        KeepTogether([_p(mc.t("signature", lang), s.h2), signature]),
    ]


def memo_story(facts: MemoFacts, lang: str, today: date) -> list:
    """The flowables of one memo (without the page break before it)."""
    s = _styles()
    story: list = [
        _letterhead(facts, lang, today, s),
        Spacer(0, 14),
        _p(mc.memo_title(facts, lang), s.h1),
        _p(mc.t("facts", lang), s.h2),
        _facts_table(facts, lang, s),
        _p(mc.t("history", lang), s.h2),
        _history_table(facts, lang, s),
        CondPageBreak(60 * mm),
        _p(mc.t("questions", lang), s.h2),
        *_questions(facts, lang, s),
        KeepTogether([_p(mc.t("assessment", lang), s.h2), RuledBox(CONTENT_WIDTH, lines=6)]),
        *_proposal(facts, lang, s),
    ]
    return story


def cover_story(
    layout: Layout, memos: list[MemoFacts], lang: str, today: date, selection: str
) -> list:
    s = _styles()
    meta = [
        [_p(mc.t("date", lang), s.label), _p(today.isoformat(), s.cell)],
        [_p(mc.t("selection", lang), s.label), _p(selection or "–", s.cell)],
    ]
    widths = [10 * mm, 32 * mm, 0, 28 * mm, 14 * mm]
    widths[2] = CONTENT_WIDTH - sum(widths)
    head = [_p(mc.t(k, lang), s.cell_bold) for k in ("no", "case", "contents", "next_review")]
    head.append(_p(mc.t("page_col", lang), ParagraphStyle("r", s.cell_bold, alignment=2)))
    rows = [head]
    for i, facts in enumerate(memos, start=1):
        rows.append(
            [
                _c(str(i), s.cell, widths[0]),
                _c(facts.case_number or "–", s.cell, widths[1]),
                _c(mc.memo_title(facts, lang), s.cell, widths[2]),
                _c(mc.fmt_date(facts.next_review_date, lang), s.cell, widths[3]),
                PageRef(layout, i, widths[4] - 8, s.cell.fontSize, s.cell.leading),
            ]
        )
    return [
        _p(mc.t("cover_title", lang), s.h1),
        Table(
            meta,
            colWidths=[30 * mm, CONTENT_WIDTH - 30 * mm],
            style=_table_style([("LEFTPADDING", (0, 0), (-1, -1), 0)]),
        ),
        Spacer(0, 6),
        _p(mc.t("cover_intro", lang, n=len(memos)), s.base),
        Spacer(0, 8),
        Table(
            rows,
            colWidths=widths,
            repeatRows=1,
            style=_table_style(
                [
                    *_text_cols(s.cell, (0, 1), (-1, -1)),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ]
            ),
        ),
    ]
