"""Issue 3's "done when", in Swedish, through the main window and the editor.

Find an entry by part of a counterparty's name, open it, edit it, see an R2
error block saving and an R4 warning not block it, record a review that moves
the next review four years on, and see it all in the entry's history.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from desktop_app.domain.kinds import Kind
from desktop_app.services import entries
from desktop_app.ui.editor.entry_dialog import EntryDialog, open_editors
from desktop_app.ui.editor.lifecycle import ReviewDialog

from .editor_helpers import body_id, choose, codes, save

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def swedish(qapp):
    from desktop_app.ui.resources import install_translators, remove_translators

    loaded = install_translators("sv")
    assert "editor_sv" in loaded
    yield
    remove_translators()


def test_editor_translation_is_complete_and_built() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n

    ts = i18n.ts_path("editor")
    assert i18n._untranslated(ts) == []
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1


def test_done_when_in_swedish(qtbot, demo_sqlite, modals, swedish) -> None:
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(demo_sqlite)
    qtbot.addWidget(window)
    window.show()
    view = window.register_view
    view.filter_bar.search.setText("Eurocit")  # part of a counterparty's name
    view.filter_bar.flush()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=10_000)
    titles = [view.model.register_row(r).title for r in range(view.model.rowCount())]
    row = titles.index("Medlemskap i Eurocities")
    ident = view.model.register_row(row).id
    window.open_entry(ident)
    editor = next(d for d in open_editors() if isinstance(d, EntryDialog))
    assert editor.form.tabText(0).replace("&", "") == "Avtal"
    assert editor.save_button.text().replace("&", "") == "Spara"

    # Edit and save.
    editor.form.contact_person.setText("Åsa Öberg")
    assert save(editor)

    # R2: as a cooperation agreement without an end date it cannot be saved.
    choose(editor.form.kind, Kind.COOPERATION)
    assert "R2-END" in codes(editor)
    assert not editor.save_button.isEnabled()
    assert editor.save_button.toolTip().startswith("Rätta först felen")
    assert any("slutdatum (R2)" in m for m in editor.findings_panel.messages())
    choose(editor.form.kind, Kind.MEMBERSHIP)

    # R4: a committee deciding a city-wide membership is a warning only.
    editor.form.deciding_body.set_current_id(body_id("TN"))
    assert "R4" in codes(editor)
    assert "1 varning" in editor.findings_panel.heading.text()
    assert editor.save_button.isEnabled()
    assert save(editor)
    assert entries.get_entry(ident).data.deciding_body_id == body_id("TN")

    # A review decided today moves the next review four years on.
    decided = date(2026, 11, 20)

    def review(dialog: QDialog) -> QDialog.DialogCode:
        assert isinstance(dialog, ReviewDialog)
        dialog.decision_date.line.setText(decided.isoformat())
        dialog.case_number.setText("KS 2026/1001")
        assert dialog.next_review.text() == "Nästa omprövning blir: 2030-11-20"
        return QDialog.DialogCode.Accepted if save(dialog) else QDialog.DialogCode.Rejected

    modals.on_dialog = review
    editor.record_review()
    assert entries.get_entry(ident).next_review_date == date(2030, 11, 20)
    assert editor.form.next_review.text() == "2030-11-20"

    # All of it in the history, oldest first, with Swedish labels.
    rows = editor.history.change_rows()
    actions = [r[2] for r in rows]
    assert actions[0] == "Skapad" and actions[-1] == "Omprövning registrerad"
    assert ["Kontaktperson", "Anders Wik", "Åsa Öberg"] in [r[3:6] for r in rows]
    assert ["Beslutande organ", "KS", "TN"] in [r[3:6] for r in rows]
    assert "Nästa omprövning" in [r[3] for r in rows]
    assert editor.history.review_rows()[-1][4] == "KS 2026/1001"
    # The same words as the History page (one renderer, ui.trail).
    assert QCoreApplication.translate("History", "Review recorded") == "Omprövning registrerad"
    editor.close()
    window.close()
