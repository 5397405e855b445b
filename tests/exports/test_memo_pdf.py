"""Renewal memos as the registrar and the archive get them: real PDFs read back
with poppler (pdftotext, pdffonts, pdfinfo), qpdf and pikepdf, on both backends."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf
import pytest

from desktop_app.domain.cancel import Cancelled
from desktop_app.exports.memo_pdf import safe_filename, write_memos
from desktop_app.services import audit, memos
from desktop_app.services import register as reg

from .memo_checks import NEEDS_POPPLER, outline, pdffonts, pdfinfo, pdftotext, qpdf_check


def _entry_id(title: str) -> int:
    ids = reg.query_ids(reg.RegisterFilter(include_archived=True))
    rows = reg.rows_by_ids(ids)
    return next(i for i, row in rows.items() if row.title == title)


@pytest.fixture
def due_batch(demo_register, tmp_path: Path):
    out = tmp_path / "omprovningar.pdf"
    result = write_memos(out, due_within_days=180)
    return out, result


@NEEDS_POPPLER
def test_batch_has_cover_bookmarks_and_own_page_numbers(due_batch) -> None:
    out, result = due_batch
    expected = reg.query_ids(reg.RegisterFilter(due_within_days=180, sort_key="next_review_date"))
    assert result.entry_ids == expected and len(expected) >= 5
    assert int(pdfinfo(out)["Pages"]) == result.pages
    marks = outline(out)
    assert len(marks) == len(expected) + 1  # the cover list, then one per memo
    assert marks[0] == ("Innehåll", 1)
    rows = reg.rows_by_ids(expected)
    starts = [page for _, page in marks[1:]]
    assert starts == sorted(starts) and starts[0] == 2
    for (title, page), entry_id in zip(marks[1:], expected, strict=True):
        assert title.startswith(rows[entry_id].case_number)
        first = pdftotext(out, page, page)
        assert rows[entry_id].case_number in first
        assert "Sida 1 (" in first  # each memo counts its own pages
    # The cover lists every memo with the page it starts on.
    cover = pdftotext(out, 1, 1)
    assert "Omprövnings-PM – sammanställning" in cover
    for (_title, page), entry_id in zip(marks[1:], expected, strict=True):
        line = next(ln for ln in cover.splitlines() if rows[entry_id].case_number in ln)
        assert line.rstrip().endswith(f" {page}"), line
    # A memo of two pages says "Sida 2 (2)" on its second page.
    second_start = starts[1]
    assert "Sida 2 (2)" in pdftotext(out, second_start - 1, second_start - 1)


@NEEDS_POPPLER
def test_batch_is_archival(due_batch) -> None:
    out, _ = due_batch
    fonts = pdffonts(out)
    assert fonts, "no fonts found"
    assert all(row["emb"] == "yes" for row in fonts), fonts
    assert all("DejaVu" in row["name"] for row in fonts), fonts
    assert not any("Helvetica" in row["line"] for row in fonts)
    check = qpdf_check(out)
    assert check.returncode == 0, check.stdout + check.stderr
    info = pdfinfo(out)
    assert info["Title"].startswith("Omprövnings-PM")
    assert info["Author"] == "Stockholms stad"
    assert info["Encrypted"] == "no"
    with pikepdf.open(out) as pdf:
        assert str(pdf.Root.Lang) == "sv-SE"
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1 and intents[0].S == pikepdf.Name.GTS_PDFA1
        profile = intents[0].DestOutputProfile
        assert int(profile.N) == 3 and profile.read_bytes()[36:40] == b"acsp"
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == info["Title"]
        assert pdf.trailer.ID[0] and pdf.trailer.ID[1]


def test_batch_passes_a_pdfa_2b_validator(due_batch) -> None:
    pdfa = pytest.importorskip("pikepdf.pdfa", exc_type=ImportError)
    out, _ = due_batch
    report = pdfa.validate_written(out, "2b")
    assert report.verdict == "pass", [str(f) for f in report.findings[:10]]


@NEEDS_POPPLER
def test_memo_holds_the_facts_and_european_letters(demo_register, tmp_path: Path) -> None:
    entry_id = _entry_id("Samarbete om trafiksäkerhet med Łódź och Kraków")
    out = tmp_path / "lodz.pdf"
    result = write_memos(out, entry_ids=[entry_id])
    assert result.entry_ids == [entry_id] and result.files == [out]
    text = " ".join(pdftotext(out).split())
    for expected in (
        "Samarbete om trafiksäkerhet med Łódź och Kraków. Uppföljning av samarbetsavtal",
        "Łódź (Polen) och Kraków (Polen)",
        "Tjänsteutlåtande",
        "Trafikkontoret",
        "Dnr T20",
        "Handläggare",
        "Karin Dhakal",
        "08-508 261 85",
        "Till",
        "Trafiknämnden",
        "Förslag till beslut",
        "1. Trafiknämnden beslutar att samarbetsavtalet med Łódź och Kraków fortsätter",
        "Jonas Eliasson",
        "Förvaltningschef",
        "Avdelningschef",
        "Sammanfattning",
        "Bakgrund",
        "Ärendets beredning",
        "Ekonomiska konsekvenser",
        "Förvaltningens bedömning",
        "Sida 1 (2)",
    ):
        assert expected in text, expected
    order = [
        text.index(h)
        for h in (
            "Förslag till beslut",
            "Sammanfattning",
            "Bakgrund",
            "Ärendets beredning",
            "Ekonomiska konsekvenser",
            "Förvaltningens bedömning",
        )
    ]
    assert order == sorted(order)
    assert len(outline(out)) == 1  # one memo: no cover list
    info = pdfinfo(out)
    assert "Łódź" in info["Title"]


@NEEDS_POPPLER
def test_memo_shows_history_and_cites_the_strategy(demo_register, tmp_path: Path) -> None:
    entry_id = _entry_id("Medlemskap i Eurocities")
    facts = memos.gather([entry_id])[0]
    assert facts.reviews, "the demo records a review of Eurocities"
    out = tmp_path / "eurocities.pdf"
    write_memos(out, entry_ids=[entry_id])
    text = " ".join(pdftotext(out).split())
    assert "Medlemskap i Eurocities. Omprövning av medlemskap" in text
    assert "Omprövning: fortsätta" in text  # the review and its outcome
    assert "Eurocities (Belgien)" in text
    # A city-wide network: the City Executive Board decides, and the strategy says so.
    from desktop_app.exports.memo_compose import compose

    assert compose(facts).letterhead.addressee == "Kommunstyrelsen"
    assert "Till" in text and "Kommunstyrelsen beslutar att" in text
    assert (
        "”Frågor som rör deltagande i stadsövergripande internationella nätverk beslutas av "
        "kommunstyrelsen.”" in text
    )
    assert "Bilagor" in text


@NEEDS_POPPLER
def test_an_overdue_review_is_said_as_assessment(demo_register, tmp_path: Path) -> None:
    overdue = reg.query_ids(reg.RegisterFilter(statuses=frozenset({"overdue"})))
    assert overdue
    facts = memos.gather([overdue[0]])[0]
    assert any(f.code == "R3-OVERDUE" for f in facts.findings)
    out = tmp_path / "overdue.pdf"
    write_memos(out, entry_ids=[overdue[0]])
    flat = " ".join(pdftotext(out).split())
    assert f"Omprövningen skulle ha gjorts senast {facts.next_review_date} och är försenad." in flat
    warning = next(f for f in facts.findings if f.code == "R3-OVERDUE")
    assert warning.message_sv not in flat


@NEEDS_POPPLER
def test_english_memo(demo_register, tmp_path: Path) -> None:
    entry_id = _entry_id("Medlemskap i Eurocities")
    out = tmp_path / "en.pdf"
    write_memos(out, entry_ids=[entry_id], lang="en")
    text = " ".join(pdftotext(out).split())
    assert "Medlemskap i Eurocities. Review of membership" in text
    assert "Proposed decision" in text and "Page 1 (2)" in text
    assert "City Executive Board decides that" in text
    with pikepdf.open(out) as pdf:
        assert str(pdf.Root.Lang) == "en-GB"


def test_each_memo_is_recorded_in_the_history(demo_register, tmp_path: Path) -> None:
    before = len(audit.list_events(action="document"))
    out = tmp_path / "batch.pdf"
    result = write_memos(out, due_within_days=180)
    rows = audit.list_events(action="document")[before:]
    assert sorted(r.entry_id for r in rows) == sorted(result.entry_ids)
    assert all(str(out) in r.details and '"memo"' in r.details for r in rows)


@NEEDS_POPPLER
def test_separate_files_are_named_by_case_number_and_title(demo_register, tmp_path: Path) -> None:
    folder = tmp_path / "pm"
    result = write_memos(folder, due_within_days=180, separate=True)
    rows = reg.rows_by_ids(result.entry_ids)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(safe_filename(r.case_number, r.title) for r in rows.values())
    assert "KS 2009-0412 Medlemskap i Eurocities.pdf" in names
    for path in result.files:
        assert int(pdfinfo(path)["Pages"]) >= 1
        assert len(outline(path)) == 1
    pdfa = pytest.importorskip("pikepdf.pdfa", exc_type=ImportError)
    report = pdfa.validate_written(result.files[0], "2b")
    assert report.verdict == "pass", [str(f) for f in report.findings[:10]]
    documents = audit.list_events(action="document")
    assert {str(p) for p in result.files} <= {
        d.details.split('"path": "')[1].split('"')[0] for d in documents
    }


def test_cancel_leaves_no_file_and_no_history(demo_register, tmp_path: Path) -> None:
    before = len(audit.list_events(action="document"))
    out = tmp_path / "cancelled.pdf"
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        write_memos(out, due_within_days=180, cancelled=cancelled)
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert len(audit.list_events(action="document")) == before


def test_unknown_id_is_a_clear_error(demo_register, tmp_path: Path) -> None:
    from desktop_app.services.errors import NotFoundError

    with pytest.raises(NotFoundError) as info:
        write_memos(tmp_path / "x.pdf", entry_ids=[987654])
    assert "987654" in info.value.message("sv")
    assert not (tmp_path / "x.pdf").exists()


def test_nothing_due_writes_nothing(demo_register, tmp_path: Path) -> None:
    result = write_memos(tmp_path / "none.pdf", due_within_days=-100000)
    assert result.files == [] and not (tmp_path / "none.pdf").exists()


@pytest.mark.parametrize(
    ("case", "title", "expected"),
    [
        ("KS 2009/0412", "Medlemskap i Eurocities", "KS 2009-0412 Medlemskap i Eurocities.pdf"),
        ("T2016-01906", 'A: "b" <c> | d? e*', "T2016-01906 A- -b- -c- - d- e.pdf"),
        ("", "Łódź och Kraków", "Łódź och Kraków.pdf"),
        ("", "CON", "_CON.pdf"),
        ("", "  ...  ", "PM.pdf"),
    ],
)
def test_safe_filename(case: str, title: str, expected: str) -> None:
    assert safe_filename(case, title) == expected


def test_safe_filename_is_length_limited() -> None:
    name = safe_filename("KS 2020/1", "x" * 500)
    assert len(name) <= 124 and name.endswith(".pdf")


def test_gather_reads_the_facts(demo_register) -> None:
    entry_id = _entry_id("Samarbete om trafiksäkerhet med Łódź och Kraków")
    facts = memos.gather([entry_id], date.today())[0]
    assert facts.counterparties == [("Łódź", "Polen"), ("Kraków", "Polen")]
    assert facts.deciding_body is not None and facts.deciding_body.short_name == "TN"
    assert facts.responsible_body is not None and facts.responsible_body.contact_name
    assert facts.organisation_name == "Stockholms stad"
    assert memos.memo_ids([3, 1, 3]) == [3, 1]


@NEEDS_POPPLER
def test_long_texts_flow_over_pages(sqlite_register, tmp_path: Path) -> None:
    """A 20,000-character description and a long history break across pages, escaped."""
    from desktop_app.services import entries
    from desktop_app.services.demo import build_demo

    build_demo()
    entry_id = _entry_id("Medlemskap i Eurocities")
    record = entries.get_entry(entry_id)
    data = record.data
    data.mutual_benefit = ("Nytta om <avgift> & Łódź, å ä ö. " * 600)[:19990]
    data.contact_person = "X" * 300
    record = entries.update_entry(entry_id, data, record.version)
    for year in range(2010, 2016):
        record = entries.record_review(
            entry_id,
            entries.ReviewInput("continue", date(year, 3, 1), note="Fortsatt. " * 40),
            record.version,
        )
    out = tmp_path / "lang.pdf"
    result = write_memos(out, entry_ids=[entry_id])
    assert result.pages >= 5
    text = pdftotext(out)
    assert "Nytta om <avgift> & Łódź" in text
    assert f"Sida {result.pages} ({result.pages})" in text
    assert qpdf_check(out).returncode == 0


def test_a_terminated_entry_gets_no_review_memo(demo_register, tmp_path: Path) -> None:
    from desktop_app.services.memos import MemoRefusedError

    terminated = reg.query_ids(
        reg.RegisterFilter(statuses=frozenset({"terminated"}), include_archived=True)
    )
    assert terminated
    facts = memos.gather(terminated[:1])[0]
    live = _entry_id("Medlemskap i Eurocities")
    before = len(audit.list_events(action="document"))
    out = tmp_path / "avslutad.pdf"
    with pytest.raises(MemoRefusedError) as info:
        write_memos(out, entry_ids=[live, terminated[0]])
    message = info.value.message("sv")
    assert facts.case_number in message and "avslutat" in message
    assert not out.exists()
    assert len(audit.list_events(action="document")) == before


def test_batched_gather_matches_the_entry_records(demo_register) -> None:
    """gather() reads in chunks; it must say what get_entry says, for every entry."""
    from desktop_app.services import entries

    ids = reg.query_ids(reg.RegisterFilter(include_archived=True))
    facts = memos.gather(ids)
    assert [f.entry_id for f in facts] == ids
    for item in facts:
        record = entries.get_entry(item.entry_id)
        assert item.counterparties == [(c.name, c.country) for c in record.counterparties]
        assert item.reviews == record.reviews
        assert item.status == record.status().value
        assert item.version == record.version
        assert item.next_review_date == record.next_review_date
        assert item.title == record.data.title and item.notes == record.data.notes
        assert (item.deciding_body.id if item.deciding_body else None) == (
            record.data.deciding_body_id
        )
