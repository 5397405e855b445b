"""Hostile or broken files: refused or handled with a clear message, quickly."""

from __future__ import annotations

import time
import zipfile

import pytest

from desktop_app.importers import reading
from desktop_app.importers.preview import build_preview, read_layout
from desktop_app.importers.reading import ImportRefused, read_sheet

from .builders import write_hostile, write_huge_xls, write_slow_xlsx, write_xlsx

HEADER = ["Diarienummer", "Titel", "Avtalstyp", "Beslutande organ"]
ROW = ["KS 2020/1", "Medlemskap i X", "Medlemskap", "KF"]


def _refused(path, *words):
    started = time.monotonic()
    with pytest.raises(ImportRefused) as info:
        read_sheet(path)
    assert time.monotonic() - started < 10
    message = info.value.message("sv")
    for word in words:
        assert word in message, message
    assert info.value.message("en") != message
    return message


def test_not_a_zip_and_truncated_zip(tmp_path):
    fake = tmp_path / "register.xlsx"
    fake.write_text("Diarienummer;Titel\nKS 1;A\n", encoding="utf-8")
    _refused(fake, "inte ett kalkylark")
    good = write_xlsx(tmp_path / "good.xlsx", [HEADER, ROW])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _refused(cut, "skadad")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    _refused(empty, "tom")
    (tmp_path / "bild.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    _refused(tmp_path / "bild.xlsx", "inte ett kalkylark")


def test_a_zip_asking_for_an_unknown_zip_version_is_refused(tmp_path):
    # Found by the fuzz run (seed 752151798, case 137): a flipped byte in the
    # central directory asked for zip version 14.8, and zipfile's
    # NotImplementedError escaped the importer as a crash.
    good = write_xlsx(tmp_path / "good.xlsx", [HEADER, ROW])
    data = bytearray(good.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 148  # version needed to extract: 14.8
    odd = tmp_path / "odd.xlsx"
    odd.write_bytes(bytes(data))
    with pytest.raises(NotImplementedError):
        zipfile.ZipFile(odd)
    _refused(odd, "skadad")


def test_zip_bomb_is_refused_before_reading(tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * (300 * 2**20) + b"</a>")
    assert bomb.stat().st_size < 2 * 2**20
    _refused(bomb, "zip-bomb")


def test_billion_laughs_is_refused(tmp_path):
    lol = (
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )
    path = write_xlsx(tmp_path / "lol.xlsx", [HEADER, ["KS 1", "&lol3;", "Medlemskap", "KF"]],
                      prolog=lol)  # fmt: skip
    _refused(path, "DOCTYPE")


def test_huge_cell_is_an_error_for_its_row(register, tmp_path):
    path = write_xlsx(tmp_path / "huge.xlsx", [HEADER, ROW, ["KS 2", "x" * 50_000, "LOI", "KS"]])
    preview = build_preview(read_layout(path), path)
    assert [r.status for r in preview.rows] == ["new", "error"]
    assert "50000 tecken" in preview.rows[1].reason()


def test_many_empty_rows_are_read_quickly(register, tmp_path):
    path = write_xlsx(tmp_path / "padded.xlsx", [HEADER, ROW], padding_rows=2_000_000)
    started = time.monotonic()
    preview = build_preview(read_layout(path), path)
    assert time.monotonic() - started < 15
    assert [r.status for r in preview.rows] == ["new"]


def test_row_limit_stops_reading(register, tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_ROWS", 50)
    path = write_xlsx(tmp_path / "many.xlsx", [HEADER] + [
        [f"KS {i}", f"Avtal {i}", "LOI", "KS"] for i in range(100)])  # fmt: skip
    preview = build_preview(read_layout(path), path)
    assert preview.truncated and not preview.can_apply


def test_formulas_are_read_as_their_values(register, tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", [HEADER, ["KS 1", ('=A1&"x"', "Avtal X"), "LOI", "KS"]])
    layout = read_layout(path)
    assert layout.sheet.has_formulas
    preview = build_preview(layout, path)
    assert preview.rows[0].data.title == "Avtal X"


HOSTILE = ["quoted", "noref", "notxml", "attrs", "rowless"]


@pytest.mark.parametrize("kind", HOSTILE)
def test_crafted_workbooks_are_refused_by_the_guard(tmp_path, kind):
    path = write_hostile(tmp_path / f"{kind}.xlsx", kind)
    if kind in ("quoted", "noref", "notxml"):
        assert path.stat().st_size < 4096
    message = _refused(path, "långt ut i bladet")
    assert "1048" in message


@pytest.mark.parametrize("kind", ["quoted", "noref", "notxml"])
def test_what_the_guard_misses_the_child_process_refuses(tmp_path, monkeypatch, kind):
    """With the guard off, calamine aborts in the child (a Rust allocation failure ends
    a process); this process gets a refusal with a sentence and lives on."""
    monkeypatch.setattr(reading, "MAX_CELL_AREA", 10**30)
    monkeypatch.setattr(reading, "MAX_TOTAL_CELL_AREA", 10**30)
    path = write_hostile(tmp_path / f"{kind}.xlsx", kind)
    _refused(path, "minne")
    assert read_sheet(write_xlsx(tmp_path / "ok.xlsx", [HEADER, ROW])).rows  # still reading


def test_an_xls_needing_more_memory_than_the_limit_is_refused(tmp_path):
    path = write_huge_xls(tmp_path / "stor.xls")
    assert path.stat().st_size < 8192
    message = _refused(path, "MB minne")
    assert f"{reading.MAX_READ_MEMORY // 2**20} MB" in message


def test_a_read_over_the_time_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_READ_SECONDS", 0)
    path = write_xlsx(tmp_path / "ok.xlsx", [HEADER, ROW])
    _refused(path, "sekunder")


def test_a_slow_workbook_is_stopped_by_the_parents_clock(tmp_path, monkeypatch):
    """15 KB whose sheets each span ten million empty cells keep the reader busy far
    longer than the limit; the parent's clock kills the child (on every platform: no
    rlimit or alarm in the child is involved) and says so in a sentence."""
    import multiprocessing

    monkeypatch.setattr(reading, "MAX_READ_SECONDS", 4.5)  # a normal file: well under 1 s
    monkeypatch.setattr(reading, "MAX_TOTAL_CELL_AREA", 10**30)  # the guard off: the clock
    assert read_sheet(write_xlsx(tmp_path / "ok.xlsx", [HEADER, ROW])).rows  # within the limit
    path = write_slow_xlsx(tmp_path / "långsam.xlsx")  # 40 sheets: half a minute of reading
    assert path.stat().st_size < 16384
    started = time.monotonic()
    _refused(path, "mer än 4,5 sekunder", "långsam.xlsx")
    assert time.monotonic() - started < 4.5 + 5  # the child was not waited for
    assert not multiprocessing.active_children()  # killed and reaped
    assert read_sheet(write_xlsx(tmp_path / "ok2.xlsx", [HEADER, ROW])).rows


def test_many_sheets_of_empty_far_cells_are_refused_by_the_guard(tmp_path):
    """Each sheet under the per-sheet limit, together 400 million cells: refused before
    the reader starts, after a moment of scanning."""
    path = write_slow_xlsx(tmp_path / "många blad.xlsx")
    started = time.monotonic()
    message = _refused(path, "mer än 30 miljoner celler", "många blad.xlsx")
    assert time.monotonic() - started < 3
    assert "empty sheets" in ImportRefusedText.en(path)
    assert "Ta bort tomma blad" in message


class ImportRefusedText:
    @staticmethod
    def en(path) -> str:
        with pytest.raises(ImportRefused) as info:
            read_sheet(path)
        return info.value.message("en")


def test_the_cli_refuses_them_in_one_sentence(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "r.sqlite3"
    subprocess.run([sys.executable, "-m", "desktop_app", "init", "--database", str(db)],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    files = [write_hostile(tmp_path / "quoted.xlsx", "quoted"), write_huge_xls(tmp_path / "x.xls")]
    for path in files:
        r = subprocess.run(
            [sys.executable, "-m", "desktop_app", "import", str(path), "--database", str(db)],
            capture_output=True, text=True, timeout=180,
        )  # fmt: skip
        assert r.returncode == 2, r.stderr
        lines = [line for line in r.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and path.name in lines[0], r.stderr
        assert "backtrace" not in r.stderr and "Traceback" not in r.stderr


def test_the_readers_memory_limit_is_set_on_every_platform():
    """POSIX: RLIMIT_AS (the .xls test above proves it bites). Windows has no rlimits: a
    job object's ProcessMemoryLimit; its structure must have the size Windows expects
    (144 bytes on 64-bit), or SetInformationJobObject refuses it and no limit holds.
    On Windows the .xls test above runs against the job object (the Windows CI job)."""
    import ctypes
    import subprocess
    import sys

    from desktop_app.importers import memory_limit

    if ctypes.sizeof(ctypes.c_void_p) == 8:
        assert ctypes.sizeof(memory_limit.ExtendedLimitInformation) == 144
        assert ctypes.sizeof(memory_limit.BasicLimitInformation) == 64
    code = (
        "import sys\n"
        "from desktop_app.importers.memory_limit import limit_memory\n"
        "assert limit_memory(600 * 2**20)\n"
        "try:\n"
        "    block = bytearray(800 * 2**20)\n"
        "except MemoryError:\n"
        "    sys.exit(3)\n"
        "sys.exit(0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode == 3, result.stderr  # the limit bites in a fresh process
