"""The flowables of a memo (a tjänsteutlåtande) and of a batch's cover list (reportlab).

What the memo says is a ``memo_document.MemoDocument`` (from ``memo_compose``);
this module only sets it on the page: handläggare and addressee, the title,
Förslag till beslut with the signatures under it, the sections, Bilagor. The
page head (administration, Dnr, "Sida x (y)") is drawn by ``memo_layout``.
``memo_pdf`` assembles and writes documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.services.memos import MemoFacts

from . import memo_content as mc
from .memo_compose import compose
from .memo_document import MemoDocument, Numbered, Para, Rows
from .memo_layout import (
    ACCENT,
    CONTENT_WIDTH,
    INK,
    MUTED,
    RULE,
    Layout,
    PageRef,
)
from .pdf_fonts import BOLD, REGULAR, register_fonts


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK)
        self.base = base
        self.small = ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=MUTED)
        self.label = ParagraphStyle("label", base, fontSize=8.5, leading=11.5, textColor=MUTED)
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=11.5)
        self.cell_bold = ParagraphStyle("cellb", self.cell, fontName=BOLD)
        self.h1 = ParagraphStyle(
            "h1", base, fontName=BOLD, fontSize=14, leading=18, spaceAfter=4, textColor=INK
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
        self.h3 = ParagraphStyle(
            "h3",
            base,
            fontName=BOLD,
            fontSize=9.8,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,  # a subheading never ends a page alone
        )
        self.body = ParagraphStyle("body", base, fontSize=10, leading=14, spaceAfter=6)
        self.numbered = ParagraphStyle(
            "numbered", self.body, leftIndent=16, firstLineIndent=-16, spaceAfter=4
        )
        self.to = ParagraphStyle("to", base, fontName=BOLD, fontSize=11, leading=14)


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


def _head_block(doc: MemoDocument, s: _Styles) -> Table:
    """Handläggare with phone on the left; "Till <nämnd>" and the date on the right."""
    head = doc.letterhead
    half = CONTENT_WIDTH / 2
    left = [_p(head.officer_label, s.label)]
    if head.officer:
        left.append(_p(head.officer, s.cell))
    if head.officer_phone:
        left.append(_p(head.officer_phone, s.cell))
    right = [
        _p(head.to_label, s.label),
        _p(head.addressee, s.to),
        Spacer(0, 8),
        _p(head.date_text, s.cell),
    ]
    return Table(
        [[left, right]],
        colWidths=[half, half],
        style=_table_style(
            [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        ),
    )


def _block(block, s: _Styles) -> list:
    if isinstance(block, Para):
        style = {"subheading": s.h3, "lead": s.base}.get(block.style, s.body)
        return [_p(block.text, style)]
    if isinstance(block, Numbered):
        return [
            _p(f"{number}.\u2002{text}", s.numbered)
            for number, text in enumerate(block.items, start=1)
        ]
    return [_rows_table(block, s)]


def _rows_table(block: Rows, s: _Styles) -> Table:
    widths = [24 * mm, 0, 48 * mm, 32 * mm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    head = [_c(text, s.cell_bold, w) for text, w in zip(block.header, widths, strict=True)]
    body = [
        [_c(text, s.cell, w) for text, w in zip(row, widths, strict=True)] for row in block.rows
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


def _signatures(doc: MemoDocument, s: _Styles) -> Table:
    """Name over title, side by side (förvaltningschef, avdelningschef), as in the source."""
    half = CONTENT_WIDTH / 2
    names = [_p(sig.name, s.cell) if sig.name else "" for sig in doc.signatures]
    titles = [_p(sig.title, s.label) for sig in doc.signatures]
    while len(names) < 2:
        names.append("")
        titles.append("")
    return Table(
        [[names[0], names[1]], [titles[0], titles[1]]],
        colWidths=[half, half],
        rowHeights=[34, None],
        style=_table_style(
            [
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 24),
            ]
        ),
    )


def document_story(doc: MemoDocument) -> list:
    """The flowables of one memo (without the page break before it)."""
    s = _styles()
    story: list = [_head_block(doc, s), Spacer(0, 16), _p(doc.title, s.h1), Spacer(0, 4)]
    proposal = doc.proposal
    story.append(
        KeepTogether(
            [
                _p(proposal.heading, s.h2),
                *[f for b in proposal.blocks for f in _block(b, s)],
                Spacer(0, 14),
                _signatures(doc, s),
            ]
        )
    )
    for section in doc.sections:
        blocks = [f for b in section.blocks for f in _block(b, s)]
        # A heading never ends a page alone: it keeps to its first paragraph
        # (past a subheading, which keeps to its own).
        first = 1
        while first < len(blocks) and getattr(blocks[first - 1].style, "keepWithNext", 0):
            first += 1
        story.append(KeepTogether([_p(section.heading, s.h2), *blocks[:first]]))
        story += blocks[first:]
    if doc.attachments is not None:
        blocks = [f for b in doc.attachments.blocks for f in _block(b, s)]
        story.append(KeepTogether([_p(doc.attachments.heading, s.h2), *blocks]))
    return story


def memo_story(facts: MemoFacts | MemoDocument, lang: str, today: date) -> list:
    """The flowables of one memo from its facts (or an already composed document)."""
    doc = facts if isinstance(facts, MemoDocument) else compose(facts, lang, today)
    return document_story(doc)


def cover_story(
    layout: Layout,
    memos: list[tuple[MemoDocument, date | None]],
    lang: str,
    today: date,
    selection: str,
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
    for i, (doc, next_review) in enumerate(memos, start=1):
        rows.append(
            [
                _c(str(i), s.cell, widths[0]),
                _c(doc.case_number or "–", s.cell, widths[1]),
                _c(doc.title, s.cell, widths[2]),
                _c(mc.fmt_date(next_review, lang), s.cell, widths[3]),
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
