"""Renewal memos (omprövnings-PM) as archival PDF: one memo, or a batch.

``write_memos`` is the one entry point for the CLI and the GUI: it gathers
the facts through the services, lays out the memos with reportlab platypus
(A4, DejaVu fonts embedded), turns the result into PDF/A-2b with pikepdf,
writes every file atomically and records each memo in the entry's history.
A batch is one PDF with a cover list and a bookmark per memo, or one file
per entry named by case number and title.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.services import catalog
from desktop_app.services import memos as memo_service
from desktop_app.services.memos import MemoFacts

from . import memo_content as mc
from .atomic import ExportCancelled, atomic_target
from .memo_layout import (
    ACCENT,
    BOTTOM,
    CONTENT_WIDTH,
    INK,
    LEFT,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT,
    RULE,
    TOP,
    WARN,
    Group,
    GroupStart,
    Layout,
    PageRef,
    RuledBox,
    TickBox,
    canvas_class,
)
from .pdf_fonts import BOLD, ITALIC, REGULAR, register_fonts
from .pdfa import PdfMetadata, make_pdfa

Progress = Callable[[int, int, str], None]


@dataclass
class MemoResult:
    """What was written: the files and, per file, the entries it holds."""

    files: list[Path]
    entry_ids: list[int]
    pages: int = 0


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
    if facts.review_interval_years:
        return mc.t("continue_hint", lang, n=facts.review_interval_years)
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


def _cover_story(
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


def _page_label(lang: str) -> Callable[[int, int], str]:
    return lambda x, y: mc.t("page", lang, x=x, y=y)


def render(
    memos: list[MemoFacts],
    lang: str = "sv",
    *,
    cover: bool | None = None,
    selection: str = "",
    today: date | None = None,
    author: str = "",
    on_memo: Callable[[int], None] | None = None,
    pdfa: bool = True,
) -> tuple[bytes, int]:
    """The PDF (PDF/A-2b) of ``memos`` and its page count, in memory.

    ``cover`` defaults to a cover list when there is more than one memo.
    ``on_memo(i)`` is called as memo ``i`` is laid out (progress, cancel).
    """
    register_fonts()
    today = today or date.today()
    cover = len(memos) > 1 if cover is None else cover
    layout = Layout(on_group=None)
    org = memos[0].organisation_name if memos else ""
    page_label = _page_label(lang)
    story: list = []
    generated = f"{mc.t('memo', lang)} · {today.isoformat()} · Avtalsregister"
    if cover:
        layout.groups.append(Group(mc.t("contents", lang), org, "", "", generated, page_label))
        story += [GroupStart(layout, 0), *_cover_story(layout, memos, lang, today, selection)]
    offset = len(layout.groups)
    for i, facts in enumerate(memos):
        title = mc.memo_title(facts, lang)
        case = facts.case_number
        layout.groups.append(
            Group(
                f"{case} {title}".strip(),
                facts.organisation_name,
                mc.office_name(facts, lang),
                f"{mc.t('case', lang)} {case}" if case else "",
                f"{generated} · {'post' if lang != 'en' else 'entry'} {facts.entry_id}, "
                f"version {facts.version}",
                page_label,
            )
        )
        if story:
            story.append(PageBreak())
        story += [GroupStart(layout, offset + i), *memo_story(facts, lang, today)]
    if on_memo is not None:
        layout.on_group = lambda index: on_memo(index - offset) if index >= offset else None
    if len(memos) == 1:
        doc_title = mc.memo_title(memos[0], lang)
        subject = f"{mc.t('memo', lang)} {memos[0].case_number}".strip()
    else:
        doc_title = f"{mc.t('cover_title', lang)} ({len(memos)})"
        subject = selection or mc.t("cover_title", lang)
    lang_tag = "en-GB" if lang == "en" else "sv-SE"
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=doc_title,
        author=author or org,
        subject=subject,
        creator="Avtalsregister",
        lang=lang_tag,
        initialFontName=REGULAR,
        initialFontSize=9.5,
        invariant=1,
    )
    frame = Frame(
        LEFT,
        BOTTOM,
        PAGE_WIDTH - LEFT - RIGHT,
        PAGE_HEIGHT - TOP - BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="memo", frames=[frame])])
    doc.build(story, canvasmaker=canvas_class(layout))
    data = buffer.getvalue()
    pages = layout._total
    if not pdfa:
        return data, pages
    meta = PdfMetadata(doc_title, author or org, subject, lang=lang_tag, created=datetime.now(UTC))
    return make_pdfa(data, meta), pages


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_filename(case_number: str, title: str, limit: int = 120) -> str:
    """ "KS 2009-0412 Medlemskap i Eurocities.pdf": valid on Windows, length-limited."""
    stem = f"{case_number} {title}".strip() if case_number else title.strip()
    stem = _UNSAFE.sub("-", stem)
    stem = re.sub(r"\s+", " ", stem).strip(" .-") or "PM"
    if len(stem) > limit:
        stem = stem[:limit].rstrip(" .-")
    if stem.split(".")[0].upper() in {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        *(f"COM{i}" for i in range(1, 10)),
        *(f"LPT{i}" for i in range(1, 10)),
    }:
        stem = f"_{stem}"
    return f"{stem}.pdf"


def write_memos(
    target: str | Path,
    *,
    entry_ids: list[int] | None = None,
    due_within_days: int | None = None,
    separate: bool = False,
    lang: str = "sv",
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MemoResult:
    """Write the memos of the given entries (or of those due within N days).

    ``target`` is the PDF file, or with ``separate`` the folder for one file per
    entry. Each file is written atomically; each memo is recorded in its
    entry's history. Raises ``ExportCancelled`` if ``cancelled()`` turns true.
    """
    today = today or date.today()
    if not entry_ids and due_within_days is None:
        due_within_days = catalog.lead_days()
    ids = memo_service.memo_ids(entry_ids, due_within_days, today)
    if not ids:
        return MemoResult([], [])
    memos = memo_service.gather(ids, today)
    total = len(memos)

    def check(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(done, total, "")

    if entry_ids:
        selection = f"Urval: {total} poster" if lang != "en" else f"Selection: {total} entries"
    else:
        days = due_within_days
        selection = (
            f"Omprövning inom {days} dagar, försenade inräknade"
            if lang != "en"
            else f"Review within {days} days, overdue included"
        )
    details = {"lang": lang, "count": total}
    target = Path(target)
    if not separate:
        data, pages = render(memos, lang, selection=selection, today=today, on_memo=check)
        check(total)
        with atomic_target(target) as tmp:
            tmp.write_bytes(data)
        memo_service.record_memos([m.entry_id for m in memos], str(target), details)
        return MemoResult([target], [m.entry_id for m in memos], pages)
    files: list[Path] = []
    pages = 0
    used: set[str] = set()
    for done, facts in enumerate(memos):
        check(done)
        name = safe_filename(facts.case_number, facts.title)
        if name.lower() in used:  # two entries with the same case number and title
            name = name[:-4] + f" ({facts.entry_id}).pdf"
        used.add(name.lower())
        data, n = render([facts], lang, today=today)
        path = target / name
        with atomic_target(path) as tmp:
            tmp.write_bytes(data)
        memo_service.record_memos([facts.entry_id], str(path), details)
        files.append(path)
        pages += n
    check(total)
    return MemoResult(files, [m.entry_id for m in memos], pages)
