"""The GUI's memo and calendar actions, offscreen, on a real demo register."""

from __future__ import annotations

from pathlib import Path

import icalendar
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.services import audit
from desktop_app.services import register as reg
from desktop_app.ui import memo_actions
from desktop_app.ui.memo_actions import MemoDialog


def test_dialog_counts_the_due_entries(qtbot, demo_sqlite, tmp_path: Path) -> None:
    dialog = MemoDialog(None)
    qtbot.addWidget(dialog)
    expected = reg.count(reg.RegisterFilter(due_within_days=180))
    assert str(expected) in dialog.count_label.text()
    dialog.days.setValue(0)
    overdue = reg.count(reg.RegisterFilter(due_within_days=0))
    assert str(overdue) in dialog.count_label.text()
    dialog.days.setValue(180)
    dialog.show()
    dialog.grab().save(str(tmp_path / "memo_dialog.png"))


def test_selection_saved_as_pdf(qtbot, demo_sqlite, modals, tmp_path: Path) -> None:
    target = tmp_path / "valda.pdf"
    modals.save_path = str(target)

    def fill(dialog: QDialog) -> QDialog.DialogCode:
        dialog.save_as.setChecked(True)
        return QDialog.DialogCode.Accepted

    modals.on_dialog = fill
    parent = QWidget()
    qtbot.addWidget(parent)
    memo_actions.make_memos(parent, [1, 2])
    qtbot.waitUntil(lambda: "messagebox" in modals.kinds(), timeout=30000)
    assert target.exists() and target.read_bytes().startswith(b"%PDF-")
    assert "2 memos" in modals.texts() or "2 PM" in modals.texts()
    documents = audit.list_events(action="document")
    assert {d.entry_id for d in documents} == {1, 2}


def test_selection_saved_as_word(qtbot, demo_sqlite, modals, tmp_path: Path) -> None:
    import docx

    target = tmp_path / "valda"
    modals.save_path = str(target)

    def fill(dialog: QDialog) -> QDialog.DialogCode:
        dialog.format.setCurrentIndex(dialog.format.findData("docx"))
        dialog.save_as.setChecked(True)
        return QDialog.DialogCode.Accepted

    modals.on_dialog = fill
    parent = QWidget()
    qtbot.addWidget(parent)
    memo_actions.make_memos(parent, [1])
    qtbot.waitUntil(lambda: "messagebox" in modals.kinds(), timeout=30000)
    saved = target.with_suffix(".docx")
    text = "\n".join(p.text for p in docx.Document(str(saved)).paragraphs)
    assert "Förslag till beslut" in text


def test_a_terminated_entry_is_refused_with_a_reason(qtbot, demo_sqlite, modals) -> None:
    terminated = reg.query_ids(
        reg.RegisterFilter(statuses=frozenset({"terminated"}), include_archived=True)
    )
    modals.on_dialog = lambda dialog: QDialog.DialogCode.Accepted
    parent = QWidget()
    qtbot.addWidget(parent)
    memo_actions.make_memos(parent, terminated[:1])
    qtbot.waitUntil(lambda: len(modals.kinds()) > 1, timeout=30000)
    assert "avslutat" in modals.texts() or "ended" in modals.texts()
    assert audit.list_events(action="document") == []


def test_due_memos_open_in_the_viewer(qtbot, demo_sqlite, modals, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    modals.on_dialog = lambda dialog: QDialog.DialogCode.Accepted
    parent = QWidget()
    qtbot.addWidget(parent)
    memo_actions.make_memos(parent, None)
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    path = Path(opened[0].toLocalFile())
    assert path.exists() and path.suffix == ".pdf"
    due = reg.query_ids(reg.RegisterFilter(due_within_days=180))
    assert {d.entry_id for d in audit.list_events(action="document")} == set(due)


def test_cancelled_dialog_writes_nothing(qtbot, demo_sqlite, modals) -> None:
    memo_actions.make_memos(None, [1])
    assert modals.kinds() == ["dialog"]
    assert audit.list_events(action="document") == []


def test_export_calendar(qtbot, demo_sqlite, modals, tmp_path: Path) -> None:
    target = tmp_path / "omprovningar"
    modals.save_path = str(target)
    parent = QWidget()
    qtbot.addWidget(parent)
    memo_actions.export_calendar(parent)
    qtbot.waitUntil(lambda: "messagebox" in modals.kinds(), timeout=30000)
    ics = target.with_suffix(".ics")
    events = list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert events and str(len(events)) in modals.texts()


def test_main_window_action_passes_the_selection(qtbot, demo_sqlite, modals, tmp_path) -> None:
    """File > Renewal memo with three rows selected writes those three memos."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(demo_sqlite)
    qtbot.addWidget(window)
    window.show()
    window.register_view.filter_bar.flush()
    qtbot.waitUntil(lambda: not window.register_view.is_busy(), timeout=10_000)
    table = window.register_view.table
    table.selectRow(0)
    for row in (1, 2):
        table.selectionModel().select(
            window.register_view.model.index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )
    selected = window.selected_entry_ids()
    assert len(selected) == 3
    target = tmp_path / "urval.pdf"
    modals.save_path = str(target)

    named: list[str] = []

    def fill(dialog: QDialog) -> QDialog.DialogCode:
        if isinstance(dialog, MemoDialog):
            from PySide6.QtWidgets import QLabel

            named.append(dialog.findChild(QLabel, "memoEntryNames").text())
            dialog.save_as.setChecked(True)
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    modals.on_dialog = fill
    window.actions.memos.trigger()
    qtbot.waitUntil(lambda: "messagebox" in modals.kinds(), timeout=30_000)
    assert sorted(d.entry_id for d in audit.list_events(action="document")) == sorted(selected)
    assert target.exists()
    # The dialog named the three entries it made memos for.
    rows = window.register_view.known_rows(selected)
    assert all(rows[i].case_number in named[0] for i in selected)
    window.close()


def _button(box, role):
    from PySide6.QtWidgets import QMessageBox

    return next(
        b for b in box.buttons() if box.buttonRole(b) == getattr(QMessageBox.ButtonRole, role)
    )


def test_memos_and_calendar_end_like_excel_and_remember_their_folders(
    qtbot, demo_sqlite, modals, monkeypatch, tmp_path: Path
) -> None:
    """The done message offers Open and Show in folder; each kind keeps its own folder."""
    from PySide6.QtWidgets import QFileDialog

    memos_dir, calendar_dir = tmp_path / "pm", tmp_path / "kalender"
    memos_dir.mkdir()
    calendar_dir.mkdir()
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    started: list[str] = []
    answers = [str(memos_dir / "valda.pdf"), str(calendar_dir / "omprovningar.ics")]

    def save_dialog(parent, title, start, *args, **kw):
        started.append(start)
        return answers.pop(0) if answers else "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    buttons: list[list[str]] = []

    def click_folder(box):
        buttons.append(sorted(box.buttonRole(b).name for b in box.buttons()))
        return _button(box, "ActionRole")

    modals.on_message = click_folder
    modals.on_dialog = lambda d: (d.save_as.setChecked(True), QDialog.DialogCode.Accepted)[1]
    parent = QWidget()
    qtbot.addWidget(parent)
    memo_actions.make_memos(parent, [1])
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=30_000)
    assert opened == [str(memos_dir)]  # Show in folder
    assert str(memos_dir / "valda.pdf") in modals.texts()
    memo_actions.export_calendar(parent)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=30_000)
    assert opened[1] == str(calendar_dir)
    assert buttons == [["AcceptRole", "ActionRole", "RejectRole"]] * 2
    # Next time each starts where it saved last, not in the working folder.
    memo_actions.make_memos(parent, [1])
    memo_actions.export_calendar(parent)
    assert Path(started[2]).parent == memos_dir
    assert Path(started[3]).parent == calendar_dir


def test_a_memo_no_viewer_opens_is_named_with_its_folder_offered(
    qtbot, demo_sqlite, modals, monkeypatch
) -> None:
    opened: list[str] = []

    def no_viewer(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return Path(url.toLocalFile()).is_dir()  # only the file manager starts

    monkeypatch.setattr(QDesktopServices, "openUrl", no_viewer)
    modals.on_dialog = lambda dialog: QDialog.DialogCode.Accepted  # "Open it"
    modals.on_message = lambda box: _button(box, "ActionRole")  # Show in folder
    parent = QWidget()
    qtbot.addWidget(parent)
    memo_actions.make_memos(parent, [1])
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=30_000)
    memo = Path(opened[0])
    assert memo.suffix == ".pdf" and memo.exists()
    kind, _title, text = next(c for c in modals.calls if c[0] == "messagebox")
    assert str(memo) in text
    assert opened[1] == str(memo.parent)


def test_a_memo_opened_for_printing_says_where_it_is_kept(
    qtbot, demo_sqlite, modals, monkeypatch
) -> None:
    from desktop_app.ui.main_window import MainWindow

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    window = MainWindow(demo_sqlite, persist=False)
    qtbot.addWidget(window)
    window.show()
    modals.on_dialog = lambda dialog: QDialog.DialogCode.Accepted  # "Open it"
    memo_actions.make_memos(window, [1])
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert str(Path(opened[0]).parent) in window.statusBar().currentMessage()
    window.close()
