"""`avtalsregister import` on the messy legacy register, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from python_calamine import CalamineWorkbook

from tests.importers.builders import write_xlsx
from tests.importers.legacy import write_legacy


def run(*args, db):
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args, "--database", str(db)],
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.mark.parametrize("fmt", ["xlsx", "xls", "ods"])
def test_legacy_register_all_or_nothing_then_skip_rejected(database_url, tmp_path, fmt):
    assert run("init", db=database_url).returncode == 0
    path = write_legacy(tmp_path, fmt)
    r = run("import", str(path), db=database_url)
    assert r.returncode == 1, r.stdout + r.stderr
    out = r.stdout
    # the summary is printed without -v
    assert "Varningar per regel" in out and "R1: 1 rad (rad 7)" in out
    assert "Nya organ" in out and "Miljönämnden" in out
    assert "Nya teman" in out and "klimat" in out
    assert "Nästa omprövning tas från filen" in out
    sheet = "Avtal" if fmt == "xls" else "Blad1"  # formula cells by cell in every format
    assert f'{sheet}!L6  =HYPERLINK("https://example.org/abo","Klicka")' in out
    assert "rad 8: Fel: " in out and "(R1)" in out
    assert "--skip-rejected" in r.stderr and "5 godkända" in r.stderr
    assert "Traceback" not in r.stderr
    report = path.with_name(f"{path.stem} \u2013 avvisade rader.xlsx")
    assert not report.exists()

    r = run("import", str(path), "--skip-rejected", db=database_url)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Importerade 5 nya" in r.stdout
    assert report.exists() and str(report) in r.stdout
    rows = CalamineWorkbook.from_path(str(report)).get_sheet_by_index(0).to_python()
    assert sorted(int(row[0]) for row in rows[1:]) == [8, 9, 10, 11]

    # the same file again: nothing new; the first row's entry is unchanged
    r = run("import", str(path), "--skip-rejected", "--dry-run", db=database_url)
    assert "Nya 0" in r.stdout and "oförändrade 5" in r.stdout, r.stdout


def test_update_force_and_differences(database_url, tmp_path):
    assert run("init", db=database_url).returncode == 0
    header = ["Dnr", "Titel", "Typ", "Beslutande organ", "Beslutsdatum", "Årlig kostnad"]
    new = write_xlsx(tmp_path / "ny.xlsx", [header, ["KS 2016/0001", "Eurocities",
                     "Medlemskap", "KS", date(2022, 10, 22), 50000]])  # fmt: skip
    assert run("import", str(new), db=database_url).returncode == 0
    old = write_xlsx(tmp_path / "gammal.xlsx", [header, ["KS 2016/0001", "Eurocities",
                     "Medlemskap", "KS", date(2016, 1, 21), 20000]])  # fmt: skip
    r = run("import", str(old), db=database_url)
    assert r.returncode == 0
    assert "Skiljer sig" in r.stdout and "Beslutsdatum: 2022-10-22 \u2192 2016-01-21" in r.stdout
    assert "Importerade" not in r.stdout and "Inget att importera" in r.stdout
    r = run("import", str(old), "--update", db=database_url)
    assert r.returncode == 0 and "Äldre än registret" in r.stdout and "--force" in r.stdout
    assert "Inget att importera" in r.stdout
    r = run("import", str(old), "--force", db=database_url)
    assert r.returncode == 2 and "--update" in r.stderr
    r = run("import", str(old), "--update", "--force", db=database_url)
    assert r.returncode == 0 and "uppdaterade 1" in r.stdout, r.stdout + r.stderr
    r = run("export", str(tmp_path / "ut.xlsx"), db=database_url)
    rows = CalamineWorkbook.from_path(str(tmp_path / "ut.xlsx")).get_sheet_by_index(0).to_python()
    assert "2016-01-21" in [str(v)[:10] for v in rows[1]]


def test_map_in_a_dry_run_is_not_remembered(sqlite_url, tmp_path):
    db = sqlite_url
    assert run("init", db=db).returncode == 0
    good = write_xlsx(tmp_path / "g.xlsx", [["Dnr", "Titel", "Typ", "Beslutsinstans"],
                                            ["KS 1", "A", "Medlemskap", "KF"]])  # fmt: skip
    r = run("import", str(good), "--dry-run", "--map", "Beslutsinstans=deciding_body", db=db)
    assert r.returncode == 0 and "Beslutsinstans → deciding_body" in r.stdout
    r = run("import", str(good), "--dry-run", db=db)
    assert "→ deciding_body" not in r.stdout
    assert "Ej importerade kolumner: Beslutsinstans" in r.stdout


def test_a_remembered_mapping_is_shown_and_can_be_forgotten(sqlite_url, tmp_path):
    db = sqlite_url
    assert run("init", db=db).returncode == 0
    good = write_xlsx(tmp_path / "g.xlsx", [["Dnr", "Titel", "Typ", "Beslutsorganet X"],
                                            ["KS 1", "A", "Medlemskap", "KF"]])  # fmt: skip
    r = run("import", str(good), "--map", "Beslutsorganet X=deciding_body", db=db)
    assert r.returncode == 0, r.stderr
    r = run("import", str(good), "--dry-run", db=db)
    assert "Beslutsorganet X → deciding_body" in r.stdout and "--forget-map" in r.stdout
    r = run("import", str(good), "--dry-run", "--forget-map", db=db)
    assert "glömd" in r.stdout and "Beslutsorganet X → deciding_body" not in r.stdout
    r = run("import", str(good), "--dry-run", db=db)
    assert "Ej importerade kolumner: Beslutsorganet X" in r.stdout


@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_a_new_theme_can_be_filed_under_the_registers(database_url, tmp_path, fmt):
    """--theme "klimat=Klimat och miljö": the file's unknown theme goes under the register's
    theme, said in the summary; no theme is created. A theme the register lacks is one
    sentence and exit 2."""
    assert run("init", db=database_url).returncode == 0
    path = write_legacy(tmp_path, fmt)
    r = run("import", str(path), "--dry-run", db=database_url)
    assert "Nya teman" in r.stdout and "--theme" in r.stdout
    r = run("import", str(path), "--skip-rejected", "--theme", "klimat=klimat och miljö",
            db=database_url)  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Nya teman" not in r.stdout
    assert (
        "Teman som inte finns i registret, förda till registrets teman enligt ditt val: "
        "\u201dklimat\u201d \u2192 \u201dKlimat och miljö\u201d" in r.stdout
    )
    r = run("import", str(path), "--dry-run", "--theme", "klimat=Väder", db=database_url)
    assert r.returncode == 2
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "'Väder' finns inte i registret" in lines[0], r.stderr
    assert "Klimat och miljö" in lines[0] and "Traceback" not in r.stderr
