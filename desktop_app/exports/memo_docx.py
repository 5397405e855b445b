"""The memo as Word (.docx), from the same ``MemoDocument`` as the PDF.

For cities that finish the text in their case system or Word template: the
handläggare gets the tjänsteutlåtande with the register's text in place and
edits it there. Nothing here decides a word of the text (``memo_compose``
does); this module only sets it in Word: the page head in the section's
header (administration, Dnr, "Sida x (y)" as Word fields, so the numbers stay
right after editing), the body, tables for the head block, the signatures and
the decision history. Several memos make one file, one section each, each
counting its own pages (PAGE and SECTIONPAGES, numbering restarted).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .memo_document import MemoDocument, Numbered, Para, Rows

FONT = "Arial"
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
MUTED = RGBColor(0x5F, 0x63, 0x68)


def _field(paragraph, instruction: str, shown: str = "1") -> None:
    """A Word field (PAGE, SECTIONPAGES) with its last shown value."""

    def char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
        return run

    char("begin")
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    char("separate")
    paragraph.add_run(shown)
    char("end")


def _page_line(paragraph, page_format: str) -> None:
    """ "Sida {x} ({y})" with PAGE and SECTIONPAGES fields in the braces' places."""
    rest = page_format
    for key, instruction in (("{x}", "PAGE"), ("{y}", "SECTIONPAGES")):
        before, _, rest = rest.partition(key)
        if before:
            paragraph.add_run(before)
        _field(paragraph, instruction)
    if rest:
        paragraph.add_run(rest)


def _restart_numbering(section) -> None:
    sect = section._sectPr
    for old in sect.findall(qn("w:pgNumType")):
        sect.remove(old)
    element = OxmlElement("w:pgNumType")
    element.set(qn("w:start"), "1")
    sect.append(element)


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _cell_text(cell, lines: list[tuple[str, bool, bool]], align=None) -> None:
    """Lines (text, bold, muted) into a table cell, one paragraph each."""
    first = True
    for text, bold, muted in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        paragraph.paragraph_format.space_after = Pt(0)
        if align is not None:
            paragraph.alignment = align
        run = paragraph.add_run(text)
        run.bold = bold
        if muted:
            run.font.color.rgb = MUTED
            run.font.size = Pt(8.5)


def _header(section, doc: MemoDocument) -> None:
    head = doc.letterhead
    header = section.header
    header.is_linked_to_previous = False
    for paragraph in header.paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    table = header.add_table(rows=1, cols=2, width=Cm(16))
    _no_borders(table)
    left, right = table.rows[0].cells
    _cell_text(
        left,
        [
            (head.organisation, True, False),
            (head.administration, False, False),
            (head.department, False, True),
        ],
    )
    _cell_text(
        right,
        [(head.doc_type, True, False), (head.case_line, False, False)],
        WD_ALIGN_PARAGRAPH.RIGHT,
    )
    page = right.add_paragraph()
    page.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page.paragraph_format.space_after = Pt(0)
    _page_line(page, head.page_format)
    header.paragraphs[0].paragraph_format.space_after = Pt(0)


def _heading(document, text: str, size: float = 12, space_before: float = 12):
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(space_before)
    paragraph.paragraph_format.space_after = Pt(4)
    paragraph.paragraph_format.keep_with_next = True
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    return paragraph


def _blocks(document, blocks) -> None:
    for block in blocks:
        if isinstance(block, Para):
            if block.style == "subheading":
                _heading(document, block.text, size=10.5, space_before=6)
            else:
                document.add_paragraph(block.text)
        elif isinstance(block, Numbered):
            for number, text in enumerate(block.items, start=1):
                paragraph = document.add_paragraph(f"{number}.\t{text}")
                paragraph.paragraph_format.left_indent = Cm(0.75)
                paragraph.paragraph_format.first_line_indent = Cm(-0.75)
                paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(0.75))
        else:
            _rows(document, block)


def _rows(document, block: Rows) -> None:
    table = document.add_table(rows=1, cols=len(block.header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for cell, text in zip(table.rows[0].cells, block.header, strict=True):
        _cell_text(cell, [(text, True, False)])
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            _cell_text(cell, [(text, False, False)])
    document.add_paragraph()


def _head_block(document, doc: MemoDocument) -> None:
    head = doc.letterhead
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    left, right = table.rows[0].cells
    lines = [(head.officer_label, False, True)]
    lines += [(text, False, False) for text in (head.officer, head.officer_phone) if text]
    _cell_text(left, lines)
    _cell_text(
        right,
        [(head.to_label, False, True), (head.addressee, True, False), ("", False, False)]
        + [(head.date_text, False, False)],
    )


def _signatures(document, doc: MemoDocument) -> None:
    table = document.add_table(rows=2, cols=max(2, len(doc.signatures)))
    _no_borders(table)
    for i, signature in enumerate(doc.signatures):
        name = table.rows[0].cells[i].paragraphs[0]
        name.paragraph_format.space_before = Pt(30)
        name.paragraph_format.space_after = Pt(0)
        name.add_run(signature.name)
        title = table.rows[1].cells[i].paragraphs[0]
        run = title.add_run(signature.title)
        run.font.color.rgb = MUTED


def _memo(document, doc: MemoDocument) -> None:
    _head_block(document, doc)
    title = document.add_paragraph()
    title.paragraph_format.space_before = Pt(18)
    run = title.add_run(doc.title)
    run.bold = True
    run.font.size = Pt(14)
    _heading(document, doc.proposal.heading)
    _blocks(document, doc.proposal.blocks)
    _signatures(document, doc)
    for section in doc.sections:
        _heading(document, section.heading)
        _blocks(document, section.blocks)
    if doc.attachments is not None:
        _heading(document, doc.attachments.heading)
        _blocks(document, doc.attachments.blocks)


def _styles(document, lang: str) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    if fonts is not None:
        fonts.set(qn("w:eastAsia"), FONT)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "en-GB" if lang == "en" else "sv-SE")
    normal.element.rPr.append(language)


def render_docx(docs: list[MemoDocument], author: str = "") -> bytes:
    """One .docx of ``docs``: a section per memo, each with its own head and page count."""
    document = Document()
    lang = docs[0].lang if docs else "sv"
    _styles(document, lang)
    for i, doc in enumerate(docs):
        section = document.sections[0] if i == 0 else document.add_section(WD_SECTION.NEW_PAGE)
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
        section.top_margin, section.bottom_margin = Cm(3.2), Cm(2.2)
        section.header_distance = Cm(1.0)
        _restart_numbering(section)
        _header(section, doc)
        _memo(document, doc)
    props = document.core_properties
    if docs:
        props.title = (
            docs[0].title if len(docs) == 1 else f"{docs[0].letterhead.doc_type} ({len(docs)})"
        )
        props.subject = docs[0].letterhead.doc_type
        props.author = author or docs[0].letterhead.organisation
    props.language = "en-GB" if lang == "en" else "sv-SE"
    props.created = props.modified = datetime.now(UTC).replace(tzinfo=None)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
