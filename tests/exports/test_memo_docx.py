"""The same memo in PDF and Word: one content model, the same text in both,
read back with pdftotext and python-docx."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from desktop_app.domain.memo_route import Variant
from desktop_app.exports.memo_compose import compose
from desktop_app.exports.memo_pdf import write_memos
from desktop_app.services import audit, memos
from desktop_app.services import register as reg

from .memo_checks import NEEDS_POPPLER, pdftotext

TODAY = date(2026, 12, 3)


def flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def docx_text(path: Path) -> str:
    """Body paragraphs, table cells and the section headers, in order."""
    document = docx.Document(str(path))
    parts: list[str] = []
    for section in document.sections:
        for table in section.header.tables:
            parts += [cell.text for row in table.rows for cell in row.cells]
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            parts.append(" ".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
    return "\n".join(parts)


def pdf_body_text(path: Path) -> str:
    """Every page below the head band (so a paragraph over a page break reads whole)."""
    import subprocess

    crop = ["-x", "0", "-y", "80", "-W", "595", "-H", "762"]
    return subprocess.run(
        ["pdftotext", *crop, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _id(title: str) -> int:
    ids = reg.query_ids(reg.RegisterFilter(include_archived=True))
    rows = reg.rows_by_ids(ids)
    return next(i for i, row in rows.items() if row.title == title)


CASES = [
    ("Medlemskap i ICLEI – Local Governments for Sustainability", Variant.REVIEW),
    ("Medlemskap i ICLEI – Local Governments for Sustainability", Variant.END),
    ("Förfrågan om vänortsavtal från Busan", Variant.NEW),
    ("Samarbete om trafiksäkerhet med Łódź och Kraków", Variant.REVIEW),
]


@NEEDS_POPPLER
@pytest.mark.parametrize(("title", "variant"), CASES)
def test_pdf_and_word_carry_the_same_text(
    demo_register, tmp_path: Path, title: str, variant: Variant
) -> None:
    entry_id = _id(title)
    doc = compose(memos.gather([entry_id], TODAY)[0], "sv", TODAY, variant)
    pdf, word = tmp_path / "pm.pdf", tmp_path / "pm.docx"
    write_memos(pdf, entry_ids=[entry_id], variant=variant, today=TODAY)
    write_memos(word, entry_ids=[entry_id], variant=variant, today=TODAY)
    in_pdf = flat(pdftotext(pdf, 1, 1) + "\n" + pdf_body_text(pdf))
    in_word = flat(docx_text(word))
    pieces = [flat(t) for t in doc.texts() if t.strip()]
    assert len(pieces) > 25
    for piece in pieces:
        assert piece in in_pdf, piece
        assert piece in in_word, piece
    assert "Sida 1 (" in in_pdf and "Sida 1 (" in in_word


def test_word_file_is_recorded_and_headed_per_memo(demo_register, tmp_path: Path) -> None:
    ids = [_id("Medlemskap i Eurocities"), _id("Samarbete om trafiksäkerhet med Łódź och Kraków")]
    before = len(audit.list_events(action="document"))
    out = tmp_path / "två.docx"
    result = write_memos(out, entry_ids=ids)
    assert result.files == [out] and result.entry_ids == ids
    document = docx.Document(str(out))
    assert len(document.sections) == 2
    heads = [" ".join(c.text for c in s.header.tables[0].rows[0].cells) for s in document.sections]
    assert "Stadsledningskontoret" in heads[0] and "Trafikkontoret" in heads[1]
    restart = [
        s._sectPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgNumType")
        for s in document.sections
    ]
    assert all(r is not None for r in restart)
    assert document.core_properties.language == "sv-SE"
    rows = audit.list_events(action="document")[before:]
    assert sorted(r.entry_id for r in rows) == sorted(ids)
    assert all('"docx"' in r.details for r in rows)
