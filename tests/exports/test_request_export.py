"""A request for public documents (R10): the entry and its history handed out as Excel
and PDF/A, secrecy-marked fields masked, the request recorded; both backends."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from python_calamine import CalamineWorkbook

from desktop_app.domain.kinds import ReviewOutcome
from desktop_app.exports import trail_words
from desktop_app.exports.request_export import write_request
from desktop_app.services import audit, catalog, entries, requests, secrecy
from desktop_app.services.errors import ServiceError

from ..services.test_entries import _ids, membership
from .memo_checks import NEEDS_POPPLER, pdffonts, pdftotext

SECRET = "Hemliga förhandlingspartnern"
NOTE = "Uppgifter har maskerats enligt OSL 15 kap. 1 §"


def _workbook_text(path) -> str:
    book = CalamineWorkbook.from_path(str(path))
    cells = []
    for name in book.sheet_names:
        for row in book.get_sheet_by_name(name).to_python():
            cells += [str(c) for c in row if c not in (None, "")]
    return "\n".join(cells)


@pytest.fixture
def entry_with_secret(register):
    """An entry whose counterparty is secret, with a review, a change and a termination."""
    bodies, _ = _ids()
    cp = catalog.get_or_create_counterparty(SECRET, "Utland", "organisation")
    rec = entries.create_entry(
        membership(
            case_number="KS 2024/0777", counterparty_ids=(cp.id,), decision_date=date(2024, 1, 5)
        )
    )
    rec = entries.record_review(
        rec.id,
        entries.ReviewInput(
            ReviewOutcome.CONTINUE, date(2025, 3, 3), bodies["KF"], note="Fortsatt."
        ),
        rec.version,
    )
    rec = entries.update_entry(rec.id, replace(rec.data, notes="Ändrad anteckning."), rec.version)
    entries.terminate_entry(rec.id, date(2026, 1, 31), "Avslutas.", bodies["KF"], rec.version)
    entries.record_document([rec.id], "memo", "/tmp/pm.pdf")
    return rec.id


@NEEDS_POPPLER
def test_a_marked_field_is_masked_in_excel_and_pdf_and_the_request_recorded(
    entry_with_secret, tmp_path
):
    entry_id = entry_with_secret
    mark = secrecy.mark(entry_id, "counterparties", "Uppgift om utländsk förhandlingspart.")
    assert mark.provision == "OSL 15 kap. 1 §"
    result = write_request(tmp_path / "begaran", [entry_id], "KS 2026/0999", trail_words)
    xlsx, pdf = result.files
    assert result.decision == requests.DISCLOSE_MASKED and result.masked_entries == 1
    for text in (_workbook_text(xlsx), " ".join(pdftotext(pdf).split())):
        assert SECRET not in text  # neither in the facts nor in the history's old/new values
        assert NOTE in text
        assert "[maskerad]" in text
        assert "lämnas ut med maskering" in text
        assert "KS 2026/0999" in text
        # the rest is handed out: the entry, its review, termination, documents, versions
        assert "KS 2024/0777" in text and "Fortsatt." in text and "Avslutas." in text
        assert "Ändrad anteckning." in text and "/tmp/pm.pdf" in text
    assert "Omprövning registrerad" in _workbook_text(xlsx)  # the History page's words
    assert all(f["emb"] == "yes" for f in pdffonts(pdf))
    rows = audit.list_events(entry_id=entry_id, action="request")
    assert len(rows) == 1
    details = json.loads(rows[0].details)
    assert details["case_number"] == "KS 2026/0999"
    assert details["decision"] == "lämnas ut med maskering"
    assert details["masked"] == "counterparties" and str(xlsx) in details["file"]
    pdfa = pytest.importorskip("pikepdf.pdfa", exc_type=ImportError)
    report = pdfa.validate_written(pdf, "2b")
    assert report.verdict == "pass", [str(f) for f in report.findings[:10]]


def test_versions_are_numbered_and_unmarked_fields_handed_out(entry_with_secret, tmp_path):
    entry_id = entry_with_secret
    result = write_request(tmp_path / "b", [entry_id], "KS 2026/1000", trail_words,
                           formats=("xlsx",))  # fmt: skip
    assert result.decision == requests.DISCLOSE
    text = _workbook_text(result.files[0])
    assert SECRET in text and NOTE not in text and "lämnas ut" in text
    history = CalamineWorkbook.from_path(str(result.files[0])).get_sheet_by_name("Historik")
    versions = {r[1] for r in history.to_python()[1:] if r[1] != ""}
    # created, reviewed, changed, terminated: four versions of the entry
    assert versions == {"1", "2", "3", "4"}, versions


def test_lamnas_ut_is_refused_while_marked_and_marking_is_audited(entry_with_secret, tmp_path):
    entry_id = entry_with_secret
    mark = secrecy.mark(entry_id, "counterparties", "Utrikessekretess.")
    with pytest.raises(ServiceError) as exc:
        write_request(tmp_path / "x", [entry_id], "KS 2026/1", trail_words,
                      decision=requests.DISCLOSE)  # fmt: skip
    assert "maskering" in exc.value.message("sv")
    assert not (tmp_path / "x.xlsx").exists()
    assert not audit.list_events(entry_id=entry_id, action="request")
    secrecy.unmark(mark.id, "Prövat på nytt: uppgiften är offentlig.")
    result = write_request(tmp_path / "y", [entry_id], "KS 2026/2", trail_words,
                           decision=requests.DISCLOSE, formats=("xlsx",))  # fmt: skip
    assert SECRET in _workbook_text(result.files[0])
    actions = [r.action for r in audit.list_events(entry_id=entry_id)]
    assert actions.count("secrecy_mark") == 1 and actions.count("secrecy_unmark") == 1
    assert secrecy.marked_entry_ids() == set()


def test_a_whole_entry_mark_keeps_only_the_case_number(entry_with_secret, tmp_path):
    entry_id = entry_with_secret
    secrecy.mark(entry_id, "", "Hela posten rör förhandlingar med annan stat.")
    result = write_request(tmp_path / "w", None, "KS 2026/3", trail_words, formats=("xlsx",))
    text = _workbook_text(result.files[0])
    assert "KS 2024/0777" in text
    for secret in (SECRET, "Medlemskap i Eurocities", "Fortsatt.", "Avslutas.", "anteckning."):
        assert secret not in text, secret
    rows = audit.list_events(action="request")
    assert rows[-1].object_type == "register"  # the whole register: one row


def test_unknown_field_and_empty_reason_are_refused(entry_with_secret):
    with pytest.raises(ServiceError):
        secrecy.mark(entry_with_secret, "no_such_field", "x")
    with pytest.raises(ServiceError):
        secrecy.mark(entry_with_secret, "notes", "  ")


def test_the_command_line_writes_and_records(entry_with_secret, register, tmp_path, capsys):
    from desktop_app.cli import main

    url = register.target.url or str(register.target.path)
    assert main(["--lang", "sv", "secrecy", "mark", str(entry_with_secret), "notes",
                 "--reason", "Utrikessekretess.", "-d", url]) == 0  # fmt: skip
    out = tmp_path / "cli"
    assert main(["--lang", "sv", "request-export", str(out), "--case", "KS 2026/4",
                 "--entry", "KS 2024/0777", "-d", url]) == 0  # fmt: skip
    assert out.with_suffix(".xlsx").exists() and out.with_suffix(".pdf").exists()
    assert "registrerad i historiken" in capsys.readouterr().out
    assert main(["--lang", "sv", "request-export", str(out), "--case", "KS 2026/5",
                 "--entry", "KS 2024/0777", "--decision", "lämnas-ut", "-d", url]) == 2  # fmt: skip
