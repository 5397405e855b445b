"""`avtalsregister memos` and `calendar` as a new user runs them, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest


def run(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, AVTALSREGISTER_DATABASE=str(db))
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("memocli") / "demo.sqlite3"
    result = run("init", "--demo", db=db)
    assert result.returncode == 0, result.stderr
    return db


def _pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(ln for ln in out.stdout.splitlines() if ln.startswith("Pages:")).split()[1])


@pytest.mark.posix("poppler's pdfinfo and qpdf check the PDF (not on Windows CI)")
def test_memos_due_within_six_months(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "pm.pdf"
    result = run("memos", str(out), "--due-within", "180", db=demo_db)
    assert result.returncode == 0, result.stderr
    assert "PM" in result.stdout and str(out) in result.stdout
    pages = _pages(out)
    assert pages >= 5
    assert f"({pages} sidor)" in result.stdout
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0


@pytest.mark.posix("poppler's pdfinfo and qpdf check the PDF (not on Windows CI)")
def test_memos_by_id_in_english(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    result = run("memos", str(out), "--id", "1", "--lang", "en", db=demo_db)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Officer's report" in text and "Page 1 (" in text


def test_memos_separate_files(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pm"
    result = run("memos", "--separate-files", str(folder), "--due-within", "180", db=demo_db)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in folder.iterdir())
    assert "KS 2009-0412 Medlemskap i Eurocities.pdf" in names
    assert not any(set(n) & set('\\/:*?"<>|') for n in names)


def test_memos_unknown_id_and_bad_options(demo_db: Path, tmp_path: Path) -> None:
    result = run("memos", str(tmp_path / "x.pdf"), "--id", "99999", db=demo_db)
    assert result.returncode == 2 and "99999" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()
    result = run("memos", db=demo_db)
    assert result.returncode == 2 and "--separate-files" in result.stderr


def test_calendar(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.ics"
    result = run("calendar", str(out), "--due-within", "180", "--lead-days", "14", db=demo_db)
    assert result.returncode == 0, result.stderr
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert events and f"Skrev {len(events)} omprövningar" in result.stdout
    assert all(str(e["UID"]).endswith("-review@avtalsregister") for e in events)
    assert {str(e.walk("VALARM")[0]["TRIGGER"].to_ical(), "ascii") for e in events} == {"-P14D"}


def test_memos_to_word(demo_db: Path, tmp_path: Path) -> None:
    import docx

    out = tmp_path / "pm.docx"
    result = run("memos", str(out), "--id", "1", "--id", "11", "--variant", "review", db=demo_db)
    assert result.returncode == 0, result.stderr
    assert "Skrev 2 PM" in result.stdout
    document = docx.Document(str(out))
    assert len(document.sections) == 2  # a section per memo, each with its own pages
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Förslag till beslut" in text and "Medlemskap i Eurocities" in text
    folder = tmp_path / "word"
    result = run("memos", "--separate-files", str(folder), "--id", "1", "--format", "docx",
                 db=demo_db)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [p.suffix for p in folder.iterdir()] == [".docx"]
