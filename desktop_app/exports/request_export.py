"""Handing out the register's records on request (begäran om allmän handling): Excel and PDF/A.

For one entry, a selection or the whole register: the request (its case
number and the decision), every entry's facts, every version (the audit
trail's events with who and when, numbered), its reviews, its termination
and the documents made from it, in the History page's words (``words``:
``ui.trail`` in the window, ``exports.trail_words`` on the command line).
What a secrecy assessment marks is masked, and both documents say so
("Uppgifter har maskerats enligt OSL 15 kap. 1 §"). The request is recorded
in the audit trail once both files are written (``services.requests``).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Protocol
from xml.sax.saxutils import escape

from openpyxl import Workbook

from desktop_app.domain.cancel import Cancelled
from desktop_app.domain.kinds import label
from desktop_app.services import register_settings, requests, secrecy
from desktop_app.services.context import os_user
from desktop_app.services.overview import HistoryRow

from .atomic import recorded_targets
from .excel_register import discarding
from .excel_style import StyleBook, safe_text
from .pdf_fonts import BOLD, REGULAR, register_fonts
from .pdfa import PdfMetadata, make_pdfa

Names = dict[str, dict[int, str]]
# Events that make a new version of the entry (the others are about it: documents, requests).
VERSION_ACTIONS = {"create", "update", "review", "terminate", "archive", "restore"}
TRAIL_COLUMNS = ("time", "user", "action", "field", "old", "new", "details")
COVER_LIST = 500  # entries listed on the PDF's first page (the workbook lists them all)


class Words(Protocol):
    """The History page's renderer: ``ui.trail`` or ``exports.trail_words``."""

    def row_texts(self, row: HistoryRow, names: Names, lang: str = "sv") -> dict[str, str]: ...
    def column_title(self, name: str) -> str: ...
    def field_label(self, field: str) -> str: ...
    def value_text(self, field: str, value: str | None, names: Names, lang: str = "sv") -> str: ...


_TEXT = {
    "title": ("Utlämnande av allmän handling", "Disclosure of official records"),
    "case": ("Begärans diarienummer", "Request's case number"),
    "decision": ("Beslut", "Decision"),
    "date": ("Datum", "Date"),
    "by": ("Handläggare", "Officer"),
    "scope": ("Omfattning", "Scope"),
    "whole": ("Hela registret ({n} poster)", "The whole register ({n} entries)"),
    "some": ("{n} poster", "{n} entries"),
    "one": ("1 post", "1 entry"),
    "entries": ("Poster", "Entries"),
    "facts": ("Uppgifter", "Facts"),
    "history": ("Historik", "History"),
    "reviews": ("Omprövningar", "Reviews"),
    "termination": ("Avslut", "Termination"),
    "documents": ("Dokument", "Documents"),
    "entry": ("Post", "Entry"),
    "version": ("Version", "Version"),
    "field": ("Fält", "Field"),
    "value": ("Värde", "Value"),
    "masked_fields": ("Maskerade uppgifter", "Masked information"),
    "whole_entry": ("hela posten", "the whole entry"),
    "review_date": ("Omprövningens datum", "Review date"),
    "outcome": ("Utfall", "Outcome"),
    "body": ("Beslutande organ", "Deciding body"),
    "decided": ("Beslutsdatum", "Decision date"),
    "review_case": ("Ärendets diarienummer", "Case number"),
    "note": ("Anteckning", "Note"),
    "recorded": ("Registrerad", "Recorded"),
    "terminated_on": ("Avslutad den", "Terminated on"),
    "reason": ("Skäl", "Reason"),
    "document": ("Dokument", "Document"),
    "file": ("Fil", "File"),
    "none": ("Inga.", "None."),
    "page": ("Sida {n}", "Page {n}"),
    "subject": ("Begäran om allmän handling {case}", "Request for official records {case}"),
}


def _t(key: str, lang: str, **kw) -> str:
    sv, en = _TEXT[key]
    return (en if lang == "en" else sv).format(**kw)


def mask_note(provisions: Sequence[str], lang: str = "sv") -> str:
    """The sentence every masked document carries."""
    text = ", ".join(provisions) or secrecy.DEFAULT_PROVISION
    template = secrecy.MASK_NOTE_EN if lang == "en" else secrecy.MASK_NOTE_SV
    return template.format(provisions=text)


def _masked(lang: str) -> str:
    return requests.MASKED_EN if lang == "en" else requests.MASKED_SV


@dataclass
class RequestResult:
    files: list[Path]
    decision: str
    entries: int
    masked_entries: int
    provisions: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- what both documents show


def entry_heading(d: requests.Dossier, lang: str) -> str:
    title = _masked(lang) if d.is_masked("title") else d.entry.data.title
    return f"{d.entry.data.case_number or '#' + str(d.entry.id)} {title}".strip()


def fact_rows(d: requests.Dossier, words: Words, names: Names, lang: str) -> list[tuple[str, str]]:
    rows = []
    for name, stored in d.facts():
        if not stored and not d.is_masked(name):
            continue
        shown = _masked(lang) if d.is_masked(name) else words.value_text(name, stored, names, lang)
        rows.append((words.field_label(name), shown))
    return rows


def trail_rows(d: requests.Dossier, words: Words, names: Names, lang: str) -> list[dict[str, str]]:
    """The trail as the History page shows it, numbered by version, masked where marked."""
    result = []
    version = 0
    last_event = None
    for row in d.trail:
        event = (row.at, row.action)
        if row.action in VERSION_ACTIONS and event != last_event:
            version += 1
        last_event = event
        texts = dict(words.row_texts(row, names, lang))
        texts["version"] = str(version) if row.action in VERSION_ACTIONS else ""
        if row.field and d.is_masked(row.field):
            texts["old"] = _masked(lang) if texts["old"] else ""
            texts["new"] = _masked(lang) if texts["new"] else ""
        if d.whole_entry and row.details and row.action not in ("request", "document"):
            texts["details"] = _masked(lang)
        if d.is_masked("title"):
            texts["entry"] = entry_heading(d, lang)
        result.append(texts)
    return result


def review_rows(d: requests.Dossier, lang: str) -> list[list]:
    hide_note = d.whole_entry
    return [
        [
            r.review_date,
            label(r.outcome, lang),
            r.deciding_body,
            r.decision_date,
            r.case_number,
            _masked(lang) if hide_note and r.note else r.note,
            r.created_at.strftime("%Y-%m-%d %H:%M") if r.created_at else "",
            r.created_by,
        ]
        for r in d.reviews
    ]


def review_headers(lang: str) -> list[str]:
    return [_t(k, lang) for k in ("review_date", "outcome", "body", "decided", "review_case",
                                  "note", "recorded", "by")]  # fmt: skip


def termination_row(d: requests.Dossier, names: Names, lang: str) -> list | None:
    e = d.entry
    if e.terminated_date is None:
        return None
    reason = _masked(lang) if d.is_masked("termination_reason") else e.termination_reason
    body = names.get("terminated_by", {}).get(e.terminated_by_id or -1, "")
    return [e.terminated_date, reason, body]


def document_rows(d: requests.Dossier, words: Words, names: Names, lang: str) -> list[list[str]]:
    rows = []
    for row in d.documents:
        texts = words.row_texts(row, names, lang)
        rows.append([texts["time"], texts["user"], texts["details"]])
    return rows


# ---------------------------------------------------------------- Excel


def _write_excel(target: Path, head: list[tuple[str, str]], note: str, items, words, names,
                 lang: str, cancelled) -> None:  # fmt: skip
    wb = Workbook(write_only=True)
    with discarding(wb):
        cover = wb.create_sheet(_t("title", lang))
        cover.column_dimensions["A"].width = 28
        cover.column_dimensions["B"].width = 70
        st = StyleBook(cover)
        cover.append([st.title(_t("title", lang))])
        for key, value in head:
            cover.append([st.cell(key, "text"), st.cell(safe_text(value), "wrap")])
        if note:
            cover.append([])
            cover.append([st.title(note)])
        cover.append([])
        cover.append([st.header(_t("entry", lang)), st.header(_t("masked_fields", lang))])
        sheets = {}
        widths = {
            "facts": (34, 30, 70),
            "history": (34, 8, 18, 18, 20, 24, 34, 34, 40),
            "reviews": (34, 12, 16, 16, 12, 16, 40, 17, 14),
            "termination": (34, 12, 50, 24),
            "documents": (34, 18, 18, 70),
        }
        for key, cols in widths.items():
            ws = wb.create_sheet(_t(key, lang))
            for i, width in enumerate(cols):
                ws.column_dimensions[chr(65 + i)].width = width
            ws.freeze_panes = "A2"
            sheets[key] = (ws, StyleBook(ws))
        headers = {
            "facts": [_t("entry", lang), _t("field", lang), _t("value", lang)],
            "history": [_t("entry", lang), _t("version", lang)]
            + [words.column_title(c) for c in TRAIL_COLUMNS],
            "reviews": [_t("entry", lang), *review_headers(lang)],
            "termination": [
                _t("entry", lang),
                _t("terminated_on", lang),
                _t("reason", lang),
                _t("body", lang),
            ],  # fmt: skip
            "documents": [
                _t("entry", lang),
                words.column_title("time"),
                words.column_title("user"),
                _t("document", lang),
            ],  # fmt: skip
        }
        for key, (ws, sb) in sheets.items():
            ws.append([sb.header(h) for h in headers[key]])
        for d in items:
            if cancelled():
                raise Cancelled()
            name = entry_heading(d, lang)
            masked = (
                _t("whole_entry", lang)
                if d.whole_entry
                else ", ".join(words.field_label(f) for f in sorted(d.masked_fields))
            )
            cover.append([st.cell(safe_text(name), "wrap"), st.cell(masked, "wrap")])
            ws, sb = sheets["facts"]
            for label_text, value in fact_rows(d, words, names, lang):
                ws.append([sb.cell(safe_text(name), "text"), sb.cell(label_text, "text"),
                           sb.cell(safe_text(value), "wrap")])  # fmt: skip
            ws, sb = sheets["history"]
            for texts in trail_rows(d, words, names, lang):
                ws.append(
                    [sb.cell(safe_text(name), "text"), sb.cell(texts["version"], "text")]
                    + [sb.cell(safe_text(texts[c]), "wrap") for c in TRAIL_COLUMNS]
                )
            ws, sb = sheets["reviews"]
            for row in review_rows(d, lang):
                ws.append([sb.cell(safe_text(name), "text")] + [
                    sb.cell(v, "date") if isinstance(v, date) else sb.cell(safe_text(v or ""),
                                                                           "wrap")
                    for v in row
                ])  # fmt: skip
            term = termination_row(d, names, lang)
            if term:
                ws, sb = sheets["termination"]
                ws.append([sb.cell(safe_text(name), "text"), sb.cell(term[0], "date"),
                           sb.cell(safe_text(term[1]), "wrap"), sb.cell(term[2], "text")])  # fmt: skip
            ws, sb = sheets["documents"]
            for row in document_rows(d, words, names, lang):
                ws.append([sb.cell(safe_text(name), "text")] +
                          [sb.cell(safe_text(v), "wrap") for v in row])  # fmt: skip
        wb.save(target)  # the temporary file write_request puts in place


# ---------------------------------------------------------------- PDF


def _write_pdf(target: Path, head: list[tuple[str, str]], note: str, items, words, names,
               lang: str, case_number: str, cancelled) -> None:  # fmt: skip
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        LongTable,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        TableStyle,
    )

    register_fonts()
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=8, leading=10)
    cell = ParagraphStyle("c", parent=body, fontSize=7, leading=8.5)
    bold = ParagraphStyle("bb", parent=body, fontName=BOLD, fontSize=9, leading=12)
    h1 = ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=15, leading=19)
    h2 = ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=4)
    h3 = ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=9, leading=12, spaceBefore=5)
    pagesize = landscape(A4)
    width = pagesize[0] - 30 * mm

    def p(text: object, style=cell) -> Paragraph:
        return Paragraph(escape(str(text if text is not None else "")).replace("\n", "<br/>"),
                         style)  # fmt: skip

    def table(headers: list[str], rows: list[list], widths: list[float]) -> LongTable:
        scale = width / sum(widths)
        data = [[p(h, cell) for h in headers]] + [
            [p(v.isoformat() if isinstance(v, date) else v) for v in row] for row in rows
        ]
        t = LongTable(data, colWidths=[w * scale for w in widths], repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, 7),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5ee")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return t

    story: list = [Paragraph(escape(_t("title", lang)), h1)]
    story.append(table(["", ""], [[k, v] for k, v in head], [40, 160]))
    if note:
        story += [Spacer(1, 3 * mm), Paragraph(escape(note), bold)]
    items = list(items) if not isinstance(items, list) else items
    story += [Spacer(1, 3 * mm), Paragraph(escape(_t("entries", lang)), h3)]
    listed = []
    for d in items[:COVER_LIST]:
        masked = (
            _t("whole_entry", lang)
            if d.whole_entry
            else ", ".join(words.field_label(f) for f in sorted(d.masked_fields))
        )
        listed.append([entry_heading(d, lang), masked])
    story.append(table([_t("entry", lang), _t("masked_fields", lang)], listed, [120, 80]))
    for d in items:
        if cancelled():
            raise Cancelled()
        story += [PageBreak(), Paragraph(escape(entry_heading(d, lang)), h2)]
        if d.marks:
            masked = (
                _t("whole_entry", lang)
                if d.whole_entry
                else ", ".join(words.field_label(f) for f in sorted(d.masked_fields))
            )
            story.append(Paragraph(escape(f"{_t('masked_fields', lang)}: {masked}. {note}"), bold))
        story.append(Paragraph(escape(_t("facts", lang)), h3))
        story.append(table([_t("field", lang), _t("value", lang)],
                           [list(r) for r in fact_rows(d, words, names, lang)], [50, 150]))  # fmt: skip
        story.append(Paragraph(escape(_t("reviews", lang)), h3))
        reviews = review_rows(d, lang)
        story.append(
            table(review_headers(lang), reviews, [16, 14, 14, 12, 16, 40, 16, 12])
            if reviews
            else p(_t("none", lang), body)
        )
        term = termination_row(d, names, lang)
        if term:
            story.append(
                KeepTogether([
                    Paragraph(escape(_t("termination", lang)), h3),
                    table([_t("terminated_on", lang), _t("reason", lang), _t("body", lang)],
                          [term], [20, 80, 30]),
                ])
            )  # fmt: skip
        docs = document_rows(d, words, names, lang)
        if docs:
            story.append(Paragraph(escape(_t("documents", lang)), h3))
            story.append(table([words.column_title("time"), words.column_title("user"),
                                _t("document", lang)], docs, [18, 16, 90]))  # fmt: skip
        story.append(Paragraph(escape(_t("history", lang)), h3))
        rows = [
            [t["version"], *(t[c] for c in TRAIL_COLUMNS)]
            for t in trail_rows(d, words, names, lang)
        ]
        story.append(
            table(
                [_t("version", lang), *(words.column_title(c) for c in TRAIL_COLUMNS)],
                rows,
                [7, 16, 14, 14, 18, 28, 28, 40],
            )  # fmt: skip
        )

    footer = f"{_t('case', lang)} {case_number}" + (f" · {note}" if note else "")

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7)
        canvas.drawString(15 * mm, 8 * mm, footer)
        canvas.drawRightString(pagesize[0] - 15 * mm, 8 * mm, _t("page", lang, n=doc.page))
        canvas.restoreState()

    lang_tag = "en-GB" if lang == "en" else "sv-SE"
    title = f"{_t('title', lang)} {case_number}"
    org = register_settings.get_setting("organisation_name")
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title=title,
        author=org,
        subject=_t("subject", lang, case=case_number),
        creator="Avtalsregister",
        lang=lang_tag,
        initialFontName=REGULAR,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    meta = PdfMetadata(title, org or os_user(), _t("subject", lang, case=case_number),
                       lang=lang_tag, created=datetime.now(UTC))  # fmt: skip
    target.write_bytes(make_pdfa(buffer.getvalue(), meta))  # write_request places it


# ---------------------------------------------------------------- the request


def write_request(
    target: str | Path,
    entry_ids: Sequence[int] | None,
    case_number: str,
    words: Words,
    *,
    decision: str | None = None,
    lang: str = "sv",
    formats: Sequence[str] = ("xlsx", "pdf"),
    cancelled: Callable[[], bool] = lambda: False,
) -> RequestResult:
    """Write the request's documents (``target`` with .xlsx and .pdf) and record it.

    ``entry_ids`` None: the whole register. ``decision`` None: decided by the
    marks (``services.requests.decide``); "lämnas ut" is refused while
    anything handed out is marked.
    """
    case_number = requests.check_case_number(case_number)
    whole = entry_ids is None
    ids = requests.all_entry_ids() if whole else list(dict.fromkeys(entry_ids))
    if not ids:
        from desktop_app.services.errors import ServiceError

        raise ServiceError("Inga poster att lämna ut.", "No entries to disclose.")
    decision = requests.decide(ids, decision)
    marks = secrecy.active_marks(ids)
    provisions = sorted({m.provision for ms in marks.values() for m in ms})
    note = mask_note(provisions, lang) if decision == requests.DISCLOSE_MASKED else ""
    if whole:
        scope = _t("whole", lang, n=len(ids))
    else:
        scope = _t("one", lang) if len(ids) == 1 else _t("some", lang, n=len(ids))
    head = [
        (_t("case", lang), case_number),
        (_t("decision", lang), requests.decision_label(decision, lang)),
        (_t("date", lang), date.today().isoformat()),
        (_t("by", lang), os_user()),
        (_t("scope", lang), scope),
    ]
    names = requests.names()
    target = Path(target)
    files = [target.with_suffix(f".{f}") for f in ("xlsx", "pdf") if f in formats]
    masked = {i: [m.field for m in ms] for i, ms in marks.items()}

    def record() -> None:  # in the transaction that puts the files in place (R10)
        requests.record_request(case_number, decision, ids, [str(f) for f in files],
                                whole_register=whole, masked=masked)  # fmt: skip

    with recorded_targets(files, record) as tmps:
        for out in tmps:
            if out.name.endswith(".xlsx.part"):
                _write_excel(out, head, note, requests.dossiers(ids), words, names, lang,
                             cancelled)  # fmt: skip
            else:
                _write_pdf(out, head, note, requests.dossiers(ids), words, names, lang,
                           case_number, cancelled)  # fmt: skip
    return RequestResult(files, decision, len(ids), len(marks), provisions)
