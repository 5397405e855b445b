"""The Excel actions end to end under Qt: dialogs answered, work in the background."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget
from python_calamine import CalamineWorkbook

from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter
from desktop_app.ui import excel_actions
from desktop_app.ui.import_dialog import ImportPreviewDialog, MappingDialog
from tests.importers.builders import write_xlsx


@pytest.fixture
def window(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


def _wait_message(qtbot, modals, count=1):
    qtbot.waitUntil(lambda: len([k for k in modals.kinds() if k != "save"]) >= count,
                    timeout=20000)  # fmt: skip


def test_export_register_from_the_view(qtbot, window, modals, demo_sqlite, tmp_path):
    modals.save_path = str(tmp_path / "vy")
    f = RegisterFilter(kinds=frozenset({"membership"}), sort_key="title")
    excel_actions.export_register(window, f, ["title", "case_number", "next_review_date"])
    _wait_message(qtbot, modals)
    out = tmp_path / "vy.xlsx"
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Register").to_python()
    assert rows[0] == ["Titel", "Diarienummer", "Nästa omprövning"]
    assert len(rows) - 1 == reg.count(f)
    assert "exporterades" in modals.texts() or "exported" in modals.texts()


def test_due_and_annual_report_ask_first(qtbot, window, modals, demo_sqlite, tmp_path,
                                         monkeypatch):  # fmt: skip
    asked = []

    def get_int(parent, title, label, value, *a, **kw):
        asked.append(value)
        return (value, True)

    monkeypatch.setattr(QInputDialog, "getInt", get_int)
    modals.save_path = str(tmp_path / "due.xlsx")
    excel_actions.export_due(window)
    _wait_message(qtbot, modals)
    assert asked == [180] and (tmp_path / "due.xlsx").exists()
    modals.save_path = str(tmp_path / "ar.xlsx")
    excel_actions.annual_report(window)
    _wait_message(qtbot, modals, 2)
    assert asked[1] in (date.today().year, date.today().year - 1)
    assert (tmp_path / "ar.xlsx").exists()


def test_import_with_mapping_and_preview(qtbot, window, modals, sqlite_register, tmp_path):
    from desktop_app.ui.operations import notices

    notes = []
    notices().changed.connect(notes.append)
    path = write_xlsx(
        tmp_path / "legacy.xlsx",
        [
            ["Register 2019"],
            ["Dnr", "Namn på avtalet", "Typ", "Organ"],
            ["KS 1", "Medlemskap i ICLEI", "Medlemskap", "KF"],
            ["KS 2", "LOI Oslo", "LOI", "KS"],
        ],  # fmt: skip
    )
    modals.open_path = str(path)
    seen = []

    def on_dialog(dialog: QDialog) -> int:
        seen.append(type(dialog).__name__)
        if isinstance(dialog, MappingDialog):
            for header, combo in zip(["Dnr", "Namn på avtalet", "Typ", "Organ"],
                                     dialog.combos, strict=True):  # fmt: skip
                if header == "Namn på avtalet":
                    combo.setCurrentIndex(combo.findData("title"))
                if header == "Organ":
                    combo.setCurrentIndex(combo.findData("deciding_body"))
            dialog._accept()
            return dialog.result()
        assert isinstance(dialog, ImportPreviewDialog)
        dialog.grab().save(str(tmp_path / "preview.png"))
        assert dialog.import_button.isEnabled()
        return QDialog.DialogCode.Accepted

    modals.on_dialog = on_dialog
    excel_actions.import_register(window)
    qtbot.waitUntil(lambda: "information" in modals.kinds(), timeout=20000)
    assert seen == ["MappingDialog", "ImportPreviewDialog"]
    # One notice tells every page that any entry (and the catalogs) may have changed.
    assert len(notes) == 1 and notes[0].all_entries and notes[0].touches("bodies")
    assert reg.count(RegisterFilter()) == 2
    notices().changed.disconnect(notes.append)


def test_preview_blocks_import_with_errors(qtbot, sqlite_register, tmp_path):
    from desktop_app.importers.preview import build_preview, read_layout

    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [["Dnr", "Titel", "Typ"], ["KS 1", "A", "Medlemskap"], ["KS 2", "B", "konstig"]],
    )
    preview = build_preview(read_layout(path), path)
    dialog = ImportPreviewDialog(preview, save_report=excel_actions.save_rejected_report)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.report_button.isEnabled()
    with_problems = [r for r in preview.rows if r.rejected or r.messages()]
    assert dialog.only.isChecked() and dialog.proxy.rowCount() == len(with_problems)
    assert preview.rows[1] in with_problems
    dialog.only.setChecked(False)
    assert dialog.proxy.rowCount() == 2
