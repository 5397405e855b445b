"""A review case in the register: the memo draft saved, audited, reopened, closed,
and rendered to PDF and Word with the same text (both backends)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services import audit, memo_drafts, memos
from desktop_app.services import register as reg
from desktop_app.services.errors import ConflictError
from desktop_app.services.memo_drafts import DraftRefusedError
from desktop_app.services.memos import MemoDraftText


def _id(title: str) -> int:
    ids = reg.query_ids(reg.RegisterFilter(include_archived=True))
    rows = reg.rows_by_ids(ids)
    return next(i for i, row in rows.items() if row.title == title)


TEXT = MemoDraftText(
    variant="review",
    proposal="amend",
    proposal_text="Trafiknämnden beslutar att samarbetet fortsätter med skolvägar som tema.",
    summary="Samarbetet har gett två studiebesök och en gemensam rapport.",
    preparation="Ärendet har beretts med Łódź stad och Trafikverket.",
    assessment="Kontoret bedömer att utbytet är konkret och ger <ömsesidig> nytta & bör fortsätta.",
    officer="Karin Dhakal",
    officer_phone="08-508 261 85",
)


def test_a_draft_round_trips_and_is_audited(demo_register) -> None:
    entry_id = _id("Samarbete om trafiksäkerhet med Łódź och Kraków")
    assert memo_drafts.get_draft(entry_id) is None
    assert entry_id not in memo_drafts.cases_under_way()
    saved = memo_drafts.save_draft(entry_id, TEXT)
    assert saved.version == 1 and saved.open
    reopened = memo_drafts.get_draft(entry_id)
    assert reopened is not None and reopened.text == TEXT
    assert memo_drafts.cases_under_way([entry_id]) == {entry_id}
    rows = [e for e in audit.list_events(entry_id=entry_id) if e.object_type == "memo_draft"]
    assert {r.field for r in rows} == {
        "variant", "proposal", "proposal_text", "summary", "preparation", "assessment",
        "officer", "officer_phone",
    }  # fmt: skip
    changed = MemoDraftText(**{**TEXT.__dict__, "summary": "Ny sammanfattning."})
    updated = memo_drafts.save_draft(entry_id, changed, saved.version)
    assert updated.version == 2
    last = [e for e in audit.list_events(entry_id=entry_id) if e.object_type == "memo_draft"]
    summary = [r for r in last if r.field == "summary" and r.action == "update"]
    assert summary and summary[-1].old_value == TEXT.summary
    with pytest.raises(ConflictError):
        memo_drafts.save_draft(entry_id, TEXT, saved.version)  # stale copy
    memo_drafts.close_draft(entry_id, updated.version, "beslut fattat")
    assert memo_drafts.get_draft(entry_id) is None
    # A closed case stays in the register; a new one can be opened.
    assert memo_drafts.save_draft(entry_id, MemoDraftText(summary="Nästa")).version == 1


def test_a_terminated_entry_gets_no_review_case(demo_register) -> None:
    ended = reg.query_ids(
        reg.RegisterFilter(statuses=frozenset({"terminated"}), include_archived=True)
    )
    with pytest.raises(DraftRefusedError):
        memo_drafts.save_draft(ended[0], TEXT)
    with pytest.raises(DraftRefusedError):
        memo_drafts.save_draft(_id("Medlemskap i Eurocities"), MemoDraftText(proposal="maybe"))


@pytest.mark.posix("poppler's pdftotext reads the PDF back (not on Windows CI)")
def test_the_saved_draft_is_the_memo_in_pdf_and_word(demo_register, tmp_path: Path) -> None:
    from desktop_app.exports.memo_compose import compose
    from desktop_app.exports.memo_pdf import write_memos
    from tests.exports.memo_checks import pdftotext
    from tests.exports.test_memo_docx import TODAY, docx_text, flat, pdf_body_text

    entry_id = _id("Samarbete om trafiksäkerhet med Łódź och Kraków")
    memo_drafts.save_draft(entry_id, TEXT)
    reopened = memo_drafts.get_draft(entry_id)
    assert reopened is not None
    doc = compose(memos.gather([entry_id], TODAY)[0], "sv", TODAY, draft=reopened.text)
    pdf, word = tmp_path / "pm.pdf", tmp_path / "pm.docx"
    write_memos(pdf, entry_ids=[entry_id], today=TODAY)
    write_memos(word, entry_ids=[entry_id], today=TODAY)
    in_pdf = flat(pdftotext(pdf, 1, 1) + "\n" + pdf_body_text(pdf))
    in_word = flat(docx_text(word))
    for piece in [flat(t) for t in doc.texts() if t.strip()]:
        assert piece in in_pdf, piece
        assert piece in in_word, piece
    for own in (TEXT.proposal_text, TEXT.summary, TEXT.preparation, TEXT.assessment):
        assert flat(own) in in_pdf and flat(own) in in_word
    assert "1. " + TEXT.proposal_text in in_pdf
