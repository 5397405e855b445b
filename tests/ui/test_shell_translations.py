"""The shell's Swedish is complete, built, and what the program really shows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402


def test_shell_ts_has_no_untranslated_messages() -> None:
    assert i18n._untranslated(i18n.ts_path("shell")) == []


def test_qm_is_built_from_the_current_ts() -> None:
    ts, qm = i18n.ts_path("shell"), i18n.ts_path("shell").with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 1000
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, "run: python tools/i18n.py release"


def test_swedish_menus_and_plurals(qapp) -> None:
    from desktop_app.ui.resources import install_translators, remove_translators

    loaded = install_translators("sv")
    try:
        assert "shell_sv" in loaded and "qtbase_sv" in loaded
        tr = QCoreApplication.translate
        assert tr("MainWindow", "&File") == "&Arkiv"
        assert tr("MainWindow", "%n reviews overdue", "", 1) == "1 omprövning försenad"
        assert tr("MainWindow", "%n reviews overdue", "", 4) == "4 omprövningar försenade"
        assert tr("RegisterColumns", "Case number") == "Diarienummer"
    finally:
        remove_translators()


def test_english_plurals_are_singular_for_one(qapp) -> None:
    """English is the source language, but "%n entries" needs its singular: the
    plural-only English files say "1 entry", "1 error" (issue 15)."""
    from desktop_app.ui.resources import install_translators, remove_translators

    loaded = install_translators("en")
    try:
        assert "shell_en" in loaded and not any(name.endswith("_sv") for name in loaded)
        tr = QCoreApplication.translate
        assert tr("MainWindow", "%n reviews overdue", "", 1) == "1 review overdue"
        assert tr("MainWindow", "%n reviews overdue", "", 3) == "3 reviews overdue"
        assert tr("FindingsPanel", "%n error(s)", "", 1) == "1 error"
        assert tr("FindingsPanel", "%n error(s)", "", 2) == "2 errors"
        assert tr("ExcelActions", "%n entries were exported.", "", 1) == "1 entry was exported."
        assert tr("MainWindow", "&File") == "&File"  # everything else is the source
    finally:
        remove_translators()
    assert i18n.check() == 0


def test_i18n_tool_round_trip(tmp_path, monkeypatch) -> None:
    """update -> check fails -> fill -> check passes -> release builds a .qm."""
    source = tmp_path / "probe.py"
    source.write_text(
        "from PySide6.QtCore import QObject\n"
        "class Probe(QObject):\n"
        "    def f(self, n):\n"
        "        return self.tr('Save'), self.tr('%n entries', '', n)\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    assert i18n.update("probe", [str(source)]) == 0
    assert i18n.check() == 1
    mapping = tmp_path / "sv.json"
    mapping.write_text('{"Save": "Spara", "%n entries": ["%n post", "%n poster"]}', "utf-8")
    i18n.fill("probe", str(mapping))
    assert i18n.check() == 0
    assert i18n.release() == 0
    assert (tmp_path / "probe_sv.qm").stat().st_size > 0
    text = (tmp_path / "probe_sv.ts").read_text("utf-8")
    assert 'language="sv_SE"' in text and 'sourcelanguage="en"' in text
    assert "unfinished" not in text


def test_cli_help_lists_the_commands() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "check" in result.stdout
