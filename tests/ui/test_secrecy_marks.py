"""The register view shows which entries carry a secrecy assessment (a lock and why)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services import secrecy
from desktop_app.services.register import RegisterFilter
from desktop_app.ui.register.columns import MODEL_COLUMNS
from desktop_app.ui.register.model import RegisterTableModel
from desktop_app.ui.resources import install_translators, remove_translators


def test_marked_entries_have_a_lock_and_a_tooltip(qapp, demo_sqlite):
    install_translators("sv")
    try:
        secrecy.mark(2, "notes", "Utrikessekretess.")
        model = RegisterTableModel(lang="sv")
        model.set_filter(RegisterFilter(sort_key="case_number"))
        case = MODEL_COLUMNS.index("case_number")
        title = MODEL_COLUMNS.index("title")
        marked = model.index(model.row_of(2), case)
        plain = model.index(model.row_of(1), case)
        assert model.data(marked, Qt.ItemDataRole.DecorationRole) is not None
        assert model.data(plain, Qt.ItemDataRole.DecorationRole) is None
        assert (
            model.data(model.index(model.row_of(2), title), Qt.ItemDataRole.DecorationRole) is None
        )
        assert "Sekretessbedömd" in model.data(marked, Qt.ItemDataRole.ToolTipRole)
        assert "Sekretessbedömd" not in (model.data(plain, Qt.ItemDataRole.ToolTipRole) or "")
        mark = secrecy.active_marks([2])[2][0]
        secrecy.unmark(mark.id, "Prövat på nytt.")
        model.refresh()
        assert (
            model.data(model.index(model.row_of(2), case), Qt.ItemDataRole.DecorationRole) is None
        )
    finally:
        remove_translators()
