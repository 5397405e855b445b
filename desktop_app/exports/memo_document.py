"""A memo as a plain tree: what the PDF and the Word writers both set on the page.

``memo_compose`` builds a ``MemoDocument`` from the register's facts (and the
handläggare's draft); ``memo_story`` lays it out as PDF, ``memo_docx`` as
Word. Neither writer decides a word of the text, so both carry the same
text (checked in the tests with pdftotext and python-docx).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Para:
    """A paragraph. ``style``: "body", "subheading" (bold run-in) or "lead" (before a list)."""

    text: str
    style: str = "body"


@dataclass(frozen=True)
class Numbered:
    """A numbered list ("1. Kommunstyrelsen beslutar att ...")."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Rows:
    """A small table with a header row (the decision history)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Para | Numbered | Rows


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Signature:
    name: str  # may be empty: a line to sign on, with the title under it
    title: str


@dataclass(frozen=True)
class Letterhead:
    """The tjänsteutlåtande's head: who writes, the case, the page, to whom, when."""

    organisation: str  # "Stockholms stad"
    administration: str  # "Trafikkontoret"
    department: str  # "Stab"
    doc_type: str  # "Tjänsteutlåtande"
    case_line: str  # "Dnr T2016-01906" ("" without a case number)
    page_format: str  # "Sida {x} ({y})"
    officer_label: str  # "Handläggare"
    officer: str
    officer_phone: str
    to_label: str  # "Till"
    addressee: str  # "Trafiknämnden"
    date_text: str  # "2016-09-22"


@dataclass(frozen=True)
class MemoDocument:
    """One memo: head, title, the proposal and signatures, the sections, the attachments."""

    lang: str
    letterhead: Letterhead
    title: str
    proposal: Section
    signatures: tuple[Signature, ...]
    sections: tuple[Section, ...]
    attachments: Section | None = None
    case_number: str = ""
    file_title: str = ""  # for file names: the entry's title
    meta: dict[str, str] = field(default_factory=dict, compare=False)

    def all_sections(self) -> list[Section]:
        result = [self.proposal, *self.sections]
        if self.attachments is not None:
            result.append(self.attachments)
        return result

    def texts(self) -> Iterator[str]:
        """Every piece of text of the memo in reading order (for tests and checks)."""
        head = self.letterhead
        yield from (head.organisation, head.administration, head.department, head.doc_type)
        yield from (head.case_line, head.officer_label, head.officer, head.officer_phone)
        yield from (head.to_label, head.addressee, head.date_text, self.title)
        for section in self.all_sections():
            yield section.heading
            for block in section.blocks:
                yield from block_texts(block)
            if section is self.proposal:
                for signature in self.signatures:
                    yield from (signature.name, signature.title)


def block_texts(block: Block) -> Iterator[str]:
    if isinstance(block, Para):
        yield block.text
    elif isinstance(block, Numbered):
        yield from block.items
    else:
        yield from block.header
        for row in block.rows:
            yield from row
