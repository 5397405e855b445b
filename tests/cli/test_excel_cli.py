"""The real `avtalsregister` export / annual-report / import on a temporary register."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from python_calamine import CalamineWorkbook

from tests.importers.builders import write_xlsx


def run(*args, db):
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args, "--database", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_export_annual_report_and_import(tmp_path):
    db = tmp_path / "demo.sqlite3"
    assert run("init", "--demo", db=db).returncode == 0
    out = tmp_path / "medlemskap.xlsx"
    r = run("export", str(out), "--kind", "Medlemskap", "--status", "aktiv,försenad", db=db)
    assert r.returncode == 0, r.stderr
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Register").to_python()
    assert len(rows) > 1 and {row[2] for row in rows[1:]} == {"Medlemskap"}
    assert f"Skrev {len(rows) - 1} poster" in r.stdout
    r = run("export", str(tmp_path / "kf.xlsx"), "--body", "Kommunfullmäktige", db=db)
    assert r.returncode == 0, r.stderr
    r = run("export", str(tmp_path / "x.xlsx"), "--kind", "vänort", db=db)
    assert r.returncode != 0 and "vänort" in r.stderr + r.stdout
    r = run("export", str(tmp_path / "per.xlsx"), "--per-body", db=db)
    assert r.returncode == 0
    year = date.today().year
    r = run("annual-report", str(year), str(tmp_path / "ar.xlsx"), db=db)
    assert r.returncode == 0 and "årsrapporten" in r.stdout

    empty = tmp_path / "empty.sqlite3"
    assert run("init", db=empty).returncode == 0
    all_out = tmp_path / "all.xlsx"
    assert run("export", str(all_out), db=db).returncode == 0
    r = run("import", str(all_out), "--dry-run", db=empty)
    assert r.returncode == 0 and "Provkörning" in r.stdout, r.stderr
    r = run("import", str(all_out), db=empty)
    assert r.returncode == 0 and "Importerade" in r.stdout, r.stderr


def test_import_exit_codes_and_map(tmp_path):
    db = tmp_path / "r.sqlite3"
    assert run("init", db=db).returncode == 0
    bad = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            ["Dnr", "Titel", "Typ", "Organ"],
            ["KS 1", "A", "Medlemskap", "KF"],
            ["KS 2", "B", "okänd", "KF"],
        ],  # fmt: skip
    )
    report = tmp_path / "rej.xlsx"
    r = run("import", str(bad), "--report", str(report), db=db)
    assert r.returncode == 1
    assert "rad 3" in r.stdout and "Ingenting importerades" in r.stderr
    assert "Organ" in r.stdout  # unmapped column named
    rows = CalamineWorkbook.from_path(str(report)).get_sheet_by_index(0).to_python()
    assert rows[1][0] == 3
    good = write_xlsx(
        tmp_path / "good.xlsx",
        [["Dnr", "Titel", "Typ", "Organ"], ["KS 1", "A", "Medlemskap", "KF"]],
    )
    r = run("import", str(good), "--map", "Organ=deciding_body", db=db)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Organ → deciding_body" in r.stdout
    # the mapping is remembered for the same header
    r = run("import", str(good), "--dry-run", db=db)
    assert "Organ → deciding_body" in r.stdout and "oförändrade 1" in r.stdout
    not_excel = tmp_path / "x.xlsx"
    not_excel.write_text("hello")
    r = run("import", str(not_excel), db=db)
    assert r.returncode == 2 and "inte ett kalkylark" in r.stderr
