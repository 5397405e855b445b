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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

from desktop_app.domain.cancel import Cancelled
from desktop_app.domain.kinds import Status
from desktop_app.services import memo_drafts, register_settings
from desktop_app.services import memos as memo_service
from desktop_app.services.memos import MemoDraftText, MemoFacts

from . import memo_content as mc
from .atomic import atomic_target, recorded_targets
from .memo_compose import compose
from .memo_document import MemoDocument
from .memo_layout import (
    BOTTOM,
    LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT,
    TOP,
    Group,
    GroupStart,
    Layout,
    canvas_class,
)
from .memo_story import cover_story, document_story
from .pdf_fonts import REGULAR, register_fonts
from .pdfa import PdfMetadata, make_pdfa

Progress = Callable[[int, int, str], None]


@dataclass
class MemoResult:
    """What was written: the files and, per file, the entries it holds."""

    files: list[Path]
    entry_ids: list[int]
    pages: int = 0


def _page_label(lang: str) -> Callable[[int, int], str]:
    return lambda x, y: mc.t("page", lang, x=x, y=y)


def render(
    memos: list[MemoFacts] | list[MemoDocument],
    lang: str = "sv",
    *,
    cover: bool | None = None,
    selection: str = "",
    today: date | None = None,
    author: str = "",
    on_memo: Callable[[int], None] | None = None,
    pdfa: bool = True,
    variant: str | None = None,
    drafts: dict[int, MemoDraftText] | None = None,
) -> tuple[bytes, int]:
    """The PDF (PDF/A-2b) of ``memos`` and its page count, in memory.

    ``memos`` are the register's facts (composed here, with each entry's draft
    from ``drafts``) or composed documents. ``cover`` defaults to a cover list
    when there is more than one memo. ``on_memo(i)`` is called as memo ``i``
    is laid out (progress, cancel).
    """
    register_fonts()
    today = today or date.today()
    docs: list[MemoDocument] = []
    next_reviews: list[date | None] = []
    for item in memos:
        if isinstance(item, MemoDocument):
            docs.append(item)
            next_reviews.append(None)
        else:
            draft = (drafts or {}).get(item.entry_id)
            docs.append(compose(item, lang, today, variant, draft))
            next_reviews.append(item.next_review_date)
    cover = len(docs) > 1 if cover is None else cover
    layout = Layout(on_group=None)
    org = docs[0].letterhead.organisation if docs else ""
    page_label = _page_label(lang)
    story: list = []
    if cover:
        generated = f"{mc.t('memo', lang)} · {today.isoformat()} · Avtalsregister"
        layout.groups.append(Group(mc.t("contents", lang), org, "", "", generated, page_label))
        story += [
            GroupStart(layout, 0),
            *cover_story(
                layout, list(zip(docs, next_reviews, strict=True)), lang, today, selection
            ),
        ]
    offset = len(layout.groups)
    for i, doc in enumerate(docs):
        head = doc.letterhead
        layout.groups.append(
            Group(
                f"{doc.case_number} {doc.title}".strip(),
                head.organisation,
                head.administration,
                head.case_line,
                "",
                lambda x, y, fmt=head.page_format: fmt.format(x=x, y=y),
                header_dept=head.department,
                doc_type=head.doc_type,
            )
        )
        if story:
            story.append(PageBreak())
        story += [GroupStart(layout, offset + i), *document_story(doc)]
    if on_memo is not None:
        layout.on_group = lambda index: on_memo(index - offset) if index >= offset else None
    if len(docs) == 1:
        doc_title = docs[0].title
        subject = f"{docs[0].letterhead.doc_type} {docs[0].letterhead.case_line}".strip()
    else:
        doc_title = f"{mc.t('cover_title', lang)} ({len(docs)})"
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


def safe_filename(case_number: str, title: str, limit: int = 120, suffix: str = ".pdf") -> str:
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
    return f"{stem}{suffix}"


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
    variant: str | None = None,
    fmt: str | None = None,
) -> MemoResult:
    """Write the memos of the given entries (or of those due within N days).

    ``target`` is the file, or with ``separate`` the folder for one file per
    entry. ``fmt`` "pdf" (PDF/A-2b) or "docx" (Word, from the same content);
    default: a target ending in ``.docx`` is Word, anything else PDF. ``variant`` ("review", "end", "new"; default: each entry's own, a
    draft entry's memo proposes the new decision) says what the memos propose.
    Each file is written atomically; each memo is recorded in its entry's
    history. Raises ``Cancelled`` if ``cancelled()`` turns true, and
    ``MemoRefusedError`` (naming them) for terminated entries, before writing.
    """
    today = today or date.today()
    if not entry_ids and due_within_days is None:
        due_within_days = register_settings.lead_days()
    ids = memo_service.memo_ids(entry_ids, due_within_days, today)
    if not ids:
        return MemoResult([], [])
    memos = memo_service.gather(ids, today)
    if entry_ids:
        memo_service.refuse_ended(memos)
    else:
        memos = [m for m in memos if m.status != Status.TERMINATED]
    total = len(memos)
    if not memos:
        return MemoResult([], [])
    # Each entry's review case: the handläggare's own text, in PDF and Word alike.
    drafts = memo_drafts.open_drafts([m.entry_id for m in memos])

    def check(done: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
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
    target = Path(target)
    if fmt is None:
        fmt = "docx" if not separate and target.suffix.lower() == ".docx" else "pdf"
    details = {"lang": lang, "count": total, "format": fmt}
    if fmt == "docx":
        return _write_docx(target, memos, separate, lang, today, variant, drafts, details, check)
    if not separate:
        data, pages = render(
            memos,
            lang,
            selection=selection,
            today=today,
            on_memo=check,
            variant=variant,
            drafts=drafts,
        )
        check(total)
        ids = [m.entry_id for m in memos]
        with atomic_target(target, record=_recording(ids, target, details)) as tmp:
            tmp.write_bytes(data)
        return MemoResult([target], [m.entry_id for m in memos], pages)
    files = _separate_paths(target, memos, ".pdf")
    pages = 0
    with recorded_targets(files, _recording_each(memos, files, details)) as tmps:
        for done, (facts, tmp) in enumerate(zip(memos, tmps, strict=True)):
            check(done)
            data, n = render([facts], lang, today=today, variant=variant, drafts=drafts)
            tmp.write_bytes(data)
            pages += n
        check(total)
    return MemoResult(files, [m.entry_id for m in memos], pages)


def _separate_paths(folder: Path, memos: list[MemoFacts], suffix: str) -> list[Path]:
    """One file a memo, named by case number and title (the entry's id added when two
    entries have the same case number and title)."""
    paths: list[Path] = []
    used: set[str] = set()
    for facts in memos:
        name = safe_filename(facts.case_number, facts.title, suffix=suffix)
        if name.lower() in used:
            name = name[: -len(suffix)] + f" ({facts.entry_id}){suffix}"
        used.add(name.lower())
        paths.append(folder / name)
    return paths


def _recording(ids: list[int], path: Path, details: dict) -> Callable[[], None]:
    """The memo's record in its entries' history, written as the file is placed (R10)."""
    return lambda: memo_service.record_memos(ids, str(path), details)


def _recording_each(memos: list[MemoFacts], paths: list[Path], details: dict):
    """Every memo of a folder recorded in one transaction, as the files are placed
    together: all of them are there and recorded, or none (R10)."""

    def record() -> None:
        for facts, path in zip(memos, paths, strict=True):
            memo_service.record_memos([facts.entry_id], str(path), details)

    return record


def _write_docx(
    target: Path,
    memos: list[MemoFacts],
    separate: bool,
    lang: str,
    today: date,
    variant: str | None,
    drafts: dict[int, MemoDraftText],
    details: dict,
    check: Callable[[int], None],
) -> MemoResult:
    """The same memos as Word: one file, or one a entry named as the PDFs are."""
    from .memo_docx import render_docx

    docs: list[MemoDocument] = []
    for done, facts in enumerate(memos):
        check(done)
        docs.append(compose(facts, lang, today, variant, drafts.get(facts.entry_id)))
    ids = [m.entry_id for m in memos]
    if not separate:
        data = render_docx(docs)
        check(len(memos))
        with atomic_target(target, record=_recording(ids, target, details)) as tmp:
            tmp.write_bytes(data)
        return MemoResult([target], ids)
    files = _separate_paths(target, memos, ".docx")
    with recorded_targets(files, _recording_each(memos, files, details)) as tmps:
        for done, (doc, tmp) in enumerate(zip(docs, tmps, strict=True)):
            check(done)
            tmp.write_bytes(render_docx([doc]))
        check(len(memos))
    return MemoResult(files, ids)
