"""The import preview dialog on the messy legacy register: findings, accepted rows, older rows."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.importers.preview import build_preview, read_layout
from desktop_app.services import entries
from desktop_app.services import register as reg
from desktop_app.services.imports import apply_import
from desktop_app.services.register import RegisterFilter
from desktop_app.ui import excel_actions
from desktop_app.ui.import_dialog import ImportPreviewDialog
from tests.importers.builders import write_xlsx
from tests.importers.legacy import write_legacy

SHOTS = os.environ.get("AVTALSREGISTER_SHOTS")  # a folder: keep the screenshots there


@pytest.fixture
def swedish(qapp):
    from desktop_app.ui.resources import install_translators, remove_translators

    loaded = install_translators("sv")
    assert "import_sv" in loaded
    yield
    remove_translators()


def test_import_the_accepted_rows_writes_the_report_beside_the_file(
    qtbot, modals, sqlite_register, tmp_path, swedish
):
    window = QWidget()
    qtbot.addWidget(window)
    path = write_legacy(tmp_path, "xlsx")
    modals.open_path = str(path)
    seen: list[ImportPreviewDialog] = []

    def on_dialog(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportPreviewDialog)
        seen.append(dialog)
        dialog.resize(1024, 700)
        findings = dialog.findings.toPlainText()
        assert "R1: 1 rad (rad 7)" in findings and "Miljönämnden" in findings
        assert "Nya teman" in findings and "L6" in findings
        assert not dialog.import_button.isEnabled()
        assert dialog.accepted_button.isVisibleTo(dialog)
        assert dialog.accepted_button.text() == "Importera de 5 godkända raderna"
        if SHOTS:
            dialog.show()
            qtbot.wait(50)
            dialog.grab().save(os.path.join(SHOTS, "import-preview-legacy.png"))
        dialog.accepted_button.click()
        return dialog.result()

    modals.on_dialog = on_dialog
    excel_actions.import_register(window)
    qtbot.waitUntil(lambda: "information" in modals.kinds(), timeout=30000)
    assert len(seen) == 1
    assert reg.count(RegisterFilter(include_archived=True)) == 5
    report = tmp_path / "gammalt register \u2013 avvisade rader.xlsx"
    assert report.exists()
    assert str(report) in modals.texts() and "4 avvisade" in modals.texts()


def test_older_rows_are_updated_only_when_ticked(qtbot, sqlite_register, tmp_path, swedish):
    header = ["Dnr", "Titel", "Typ", "Beslutande organ", "Beslutsdatum", "Årlig kostnad"]
    new = write_xlsx(tmp_path / "ny.xlsx", [header, ["KS 9", "Eurocities", "Medlemskap", "KS",
                                                     date(2022, 10, 22), 500]])  # fmt: skip
    apply_import(build_preview(read_layout(new), new))
    old = write_xlsx(tmp_path / "gammal.xlsx", [header, ["KS 9", "Eurocities", "Medlemskap",
                                                         "KS", date(2016, 1, 21), 200]])  # fmt: skip
    preview = build_preview(read_layout(old), old)
    dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    model = dialog.model
    assert model.data(model.index(0, 1)) == "Skiljer sig (ändras inte)"
    assert "Beslutsdatum: 2022-10-22 \u2192 2016-01-21" in model.data(model.index(0, 4))
    assert not dialog.import_button.isEnabled()
    assert dialog.update_box.isVisibleTo(dialog)
    dialog.update_box.setChecked(True)
    assert model.data(model.index(0, 1)) == "Äldre än registret"
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not dialog.import_button.isEnabled()
    if SHOTS:
        dialog.show()
        qtbot.wait(50)
        dialog.grab().save(os.path.join(SHOTS, "import-preview-older.png"))
    assert model.setData(
        model.index(0, 1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert preview.rows[0].status == "update" and dialog.import_button.isEnabled()
    apply_import(preview)
    (entry_id,) = reg.query_ids(RegisterFilter())
    assert entries.get_entry(entry_id).data.decision_date == date(2016, 1, 21)


def test_a_hostile_workbook_is_refused_and_the_window_lives(qtbot, modals, sqlite_register,
                                                            tmp_path, monkeypatch):  # fmt: skip
    """The window reads in its own process; calamine's abort happens in the child."""
    from desktop_app.importers import reading
    from tests.importers.builders import write_hostile, write_huge_xls

    window = QWidget()
    qtbot.addWidget(window)
    for path in (write_hostile(tmp_path / "quoted.xlsx", "quoted"),
                 write_huge_xls(tmp_path / "stor.xls")):  # fmt: skip
        before = len(modals.calls)
        modals.open_path = str(path)
        excel_actions.import_register(window)
        qtbot.waitUntil(lambda b=before: len(modals.calls) > b + 1, timeout=60000)
        assert path.name in modals.texts()
    # the guard off: calamine itself aborts (in the child), the window still answers
    monkeypatch.setattr(reading, "MAX_CELL_AREA", 10**30)
    before = len(modals.calls)
    modals.open_path = str(tmp_path / "quoted.xlsx")
    excel_actions.import_register(window)
    qtbot.waitUntil(lambda: len(modals.calls) > before + 1, timeout=60000)
    assert "MB minne" in modals.texts()
    assert window.isEnabled() and reg.count(RegisterFilter(include_archived=True)) == 0
