"""Renewal memos and the review calendar from the desktop program.

``make_memos(parent, entry_ids)`` asks how (PDF or Word, one file or one per
entry, language, open or save), then writes the memos in the background with
progress and Cancel and opens the file in the system's viewer (the PDF to
print, the Word file to finish the text). ``export_calendar(parent)`` saves the .ics reminders.
The work itself is ``exports.memo_pdf.write_memos`` / ``calendar_ics``.

Both end as the Excel exports do (``open_files.show_done``: what was written,
where, *Open* and *Show in folder*); a viewer that does not start is named
with the file's path and its folder offered (``open_files.open_file``). Each
remembers its own last folder ("memos", "calendar").
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import register

from .changes import ChangeNotice
from .open_files import last_folder, open_file, remember_folder, show_done, show_in_folder
from .operations import WriteOp
from .runner import Control, Job, runner

DEFAULT_DAYS = 180
MEMOS = "memos"  # the remembered folders' kinds (open_files.last_folder)
CALENDAR = "calendar"


class MemoDialog(QDialog):
    """How to make the memos: which entries, one file or many, language, open or save."""

    def __init__(self, entry_ids: list[int] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_ids = entry_ids
        self.setWindowTitle(self.tr("Renewal memos"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.count_label = QLabel()
        if entry_ids:
            form.addRow(
                self.tr("Entries:"), QLabel(self.tr("%n selected entries", "", len(entry_ids)))
            )
            # The dialog names what it will act on (the first ten, as archiving does).
            names = QLabel(_entry_names(entry_ids))
            names.setWordWrap(True)
            names.setObjectName("memoEntryNames")
            form.addRow("", names)
        else:
            form.addRow(self.tr("Reviews due within:"), self.days)
            form.addRow("", self.count_label)
            self.days.valueChanged.connect(self._update_count)
            self._update_count()
        self.format = QComboBox()
        self.format.setObjectName("memoFormat")
        self.format.addItem(self.tr("PDF (archival PDF/A, to print and file)"), "pdf")
        self.format.addItem(self.tr("Word (.docx, to finish the text)"), "docx")
        form.addRow(self.tr("Format:"), self.format)
        self.combined = QRadioButton(self.tr("One file (a PDF with a cover list and bookmarks)"))
        self.separate = QRadioButton(self.tr("One file per entry, in a folder"))
        self.combined.setChecked(True)
        files = QButtonGroup(self)
        files.addButton(self.combined)
        files.addButton(self.separate)
        form.addRow(self.tr("Files:"), self.combined)
        form.addRow("", self.separate)
        self.language = QComboBox()
        self.language.addItem(self.tr("Swedish"), "sv")
        self.language.addItem(self.tr("English"), "en")
        form.addRow(self.tr("Language:"), self.language)
        self.open_viewer = QRadioButton(
            self.tr("Open it (print from the PDF viewer, or edit in Word)")
        )
        self.save_as = QRadioButton(self.tr("Save as…"))
        self.open_viewer.setChecked(True)
        then = QButtonGroup(self)
        then.addButton(self.open_viewer)
        then.addButton(self.save_as)
        form.addRow(self.tr("Then:"), self.open_viewer)
        form.addRow("", self.save_as)
        note = QLabel(
            self.tr(
                "Each memo is recorded in the entry's history. The PDF is an archival "
                "PDF/A document with embedded fonts; the Word file has the same text. "
                "A terminated entry gets no memo."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create memos"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _update_count(self) -> None:
        n = register.count(register.RegisterFilter(due_within_days=self.days.value()))
        self.count_label.setText(self.tr("%n entries, overdue ones included", "", n))

    def lang(self) -> str:
        return str(self.language.currentData())

    def fmt(self) -> str:
        return str(self.format.currentData())


def _entry_names(entry_ids: list[int]) -> str:
    """ "• KS 2009/0412 Medlemskap i Eurocities" for the first ten, then a count."""
    from .archive import NAMED, entry_name

    rows = register.rows_by_ids(entry_ids[:NAMED])
    lines = [f"• {entry_name(rows[i])}" for i in entry_ids[:NAMED] if i in rows]
    if len(entry_ids) > NAMED:
        lines.append(
            QCoreApplication.translate("Archive", "… and %n more", "", len(entry_ids) - NAMED)
        )
    return "\n".join(lines)


def _default_name(lang: str, fmt: str = "pdf") -> str:
    stem = "Renewal memos" if lang == "en" else "Omprövnings-PM"
    return f"{stem} {date.today().isoformat()}.{fmt}"


def _viewer_target(lang: str, separate: bool, fmt: str = "pdf") -> Path:
    """Where a memo opened for printing is kept: the user's data folder, not a temp file
    (the history records the path, so it should still be there tomorrow)."""
    from desktop_app.paths import user_data_path

    folder = user_data_path() / "PM"
    stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
    if separate:
        return folder / stamp
    return folder / _default_name(lang, fmt).replace(f".{fmt}", f" {stamp[11:]}.{fmt}")


def _ask_target(parent: QWidget | None, dialog: MemoDialog) -> Path | None:
    separate = dialog.separate.isChecked()
    fmt = dialog.fmt()
    if dialog.open_viewer.isChecked():
        return _viewer_target(dialog.lang(), separate, fmt)
    if separate:
        folder = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("MemoActions", "Folder for the memos"),
            last_folder(MEMOS),
        )
        if not folder:
            return None
        remember_folder(MEMOS, folder, is_folder=True)
        return Path(folder)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MemoActions", "Save memos as"),
        str(Path(last_folder(MEMOS)) / _default_name(dialog.lang(), fmt)),
        QCoreApplication.translate("MemoActions", "PDF (*.pdf)")
        if fmt == "pdf"
        else QCoreApplication.translate("MemoActions", "Word (*.docx)"),
    )
    if not path:
        return None
    remember_folder(MEMOS, path)
    return Path(path) if path.lower().endswith(f".{fmt}") else Path(f"{path}.{fmt}")


def make_memos(parent: QWidget | None, entry_ids: list[int] | None) -> None:
    """The "Renewal memo" action: for the selection, or ask for those due within N days."""
    dialog = MemoDialog(entry_ids, parent)
    if not dialog.exec():
        return
    target = _ask_target(parent, dialog)
    if target is None:
        return
    separate = dialog.separate.isChecked()
    lang = dialog.lang()
    fmt = dialog.fmt()
    days = None if entry_ids else dialog.days.value()
    open_after = dialog.open_viewer.isChecked()

    def work(control: Control):
        from desktop_app.exports.memo_pdf import write_memos

        def progress(done: int, total: int, _text: str) -> None:
            control.progress(
                done,
                total,
                QCoreApplication.translate("MemoActions", "Memo %1 of %2")
                .replace("%1", str(done + 1 if done < total else total))
                .replace("%2", str(total)),
            )

        return write_memos(
            target,
            entry_ids=entry_ids,
            due_within_days=days,
            separate=separate,
            lang=lang,
            fmt=fmt,
            progress=progress,
            cancelled=control.cancelled,
        )

    def done(result) -> None:
        if not result.entry_ids:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("MemoActions", "Renewal memos"),
                QCoreApplication.translate(
                    "MemoActions", "No entries are due for review within %1 days."
                ).replace("%1", str(days)),
            )
            return
        if open_after:
            # Kept in the data folder (the history names it): opened, or said where.
            opened = (
                show_in_folder(parent, str(target))
                if target.is_dir()
                else open_file(parent, str(target))
            )
            window = parent.window() if parent is not None else None
            if opened and isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    QCoreApplication.translate("MemoActions", "The memos are kept in %1").replace(
                        "%1", str(target if target.is_dir() else target.parent)
                    ),
                    15_000,
                )
            return
        show_done(
            parent,
            target,
            QCoreApplication.translate(
                "MemoActions", "%n memos were saved.", "", len(result.entry_ids)
            ),
            QCoreApplication.translate("MemoActions", "Renewal memos"),
        )

    (
        WriteOp(parent, work, ChangeNotice(documents=True))  # each memo is in the history
        .with_progress(
            QCoreApplication.translate("MemoActions", "Writing renewal memos…"), cancellable=True
        )
        .in_own_lane()
        .success(done)
        .run()
    )


def export_calendar(parent: QWidget | None) -> None:
    """Save the review reminders as an .ics file that Outlook imports."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MemoActions", "Save review calendar as"),
        str(
            Path(last_folder(CALENDAR))
            / (QCoreApplication.translate("MemoActions", "Reviews") + ".ics")
        ),
        QCoreApplication.translate("MemoActions", "iCalendar (*.ics)"),
    )
    if not path:
        return
    remember_folder(CALENDAR, path)
    target = Path(path) if path.lower().endswith(".ics") else Path(path + ".ics")
    from .errors import ui_language

    lang = ui_language()

    def work(control: Control) -> int:
        from desktop_app.exports.calendar_ics import write_calendar

        return write_calendar(target, lang=lang)

    def done(count: int) -> None:
        show_done(
            parent,
            target,
            QCoreApplication.translate("MemoActions", "%n reviews were saved.", "", count)
            + " "
            + QCoreApplication.translate(
                "MemoActions",
                "In Outlook: File > Open & Export > Open Calendar, or open the file. "
                "A newer export updates the same events.",
            ),
            QCoreApplication.translate("MemoActions", "Review calendar"),
        )

    runner().submit(
        Job(
            work,
            progress=QCoreApplication.translate("MemoActions", "Writing the review calendar…"),
            cancellable=False,
            parent=parent,
            on_done=done,
        )
    )
