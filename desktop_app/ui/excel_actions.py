"""The Excel actions of the main window: exports, annual report, import.

Each asks what it needs (file, days, year), does the work as an operation
(``ui.operations.WriteOp``: every document is recorded in the audit trail)
in the background with progress and Cancel, and ends with a message that
offers to open the file or show its folder. Reading and checking a file to
import are reads on the runner; applying the import is one write whose
notice refreshes every page. The last folder used is remembered in
QSettings. Errors get the operation helper's one treatment.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from desktop_app.services.register import RegisterFilter
from desktop_app.ui.changes import ChangeNotice
from desktop_app.ui.errors import show_error, ui_language
from desktop_app.ui.open_files import last_folder, remember_folder
from desktop_app.ui.open_files import show_done as _show_done
from desktop_app.ui.operations import WriteOp
from desktop_app.ui.runner import Control, Job, runner


def _last_folder() -> str:
    return last_folder("excel")


def _remember_folder(path: str) -> None:
    remember_folder("excel", path)


def _ask_save(parent: QWidget | None, title: str, name: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(_last_folder()) / name),
        QCoreApplication.translate("ExcelActions", "Excel workbook (*.xlsx)"),
    )
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    _remember_folder(path)
    return path


def show_done(parent: QWidget | None, path: str, text: str) -> None:
    """Say what was written and offer to open it or show the folder."""
    _show_done(parent, path, text, QCoreApplication.translate("ExcelActions", "Export finished"))


def _run_export(parent, title: str, path: str, fn, done_text) -> None:
    """``fn(progress, cancelled)`` as a document-making operation with progress."""
    (
        WriteOp(
            parent,
            lambda control: fn(control.progress, control.cancelled),
            ChangeNotice(documents=True),
        )
        .with_progress(title, cancellable=True)
        .in_own_lane()
        .success(lambda result: show_done(parent, path, done_text(result)))
        .run()
    )


def _entries_text(result) -> str:
    return QCoreApplication.translate("ExcelActions", "%n entries were exported.", "", result.count)


def export_register(parent: QWidget | None, register_filter: RegisterFilter,
                    columns: list[str]) -> None:  # fmt: skip
    """The register as the view shows it: filter, columns and order."""
    from desktop_app.exports import excel_register

    path = _ask_save(
        parent,
        QCoreApplication.translate("ExcelActions", "Export the register"),
        f"Avtalsregister {date.today()}.xlsx",
    )
    if not path:
        return
    lang = ui_language()
    _run_export(
        parent,
        QCoreApplication.translate("ExcelActions", "Exporting the register…"),
        path,
        lambda progress, cancelled: excel_register.export_register(
            path, register_filter, columns, lang=lang, progress=progress, cancelled=cancelled
        ),
        _entries_text,
    )


def export_due(parent: QWidget | None) -> None:
    """Reviews due within N days (default: the register's lead time), overdue included."""
    from desktop_app.exports import excel_register
    from desktop_app.services import register_settings

    days, ok = QInputDialog.getInt(
        parent,
        QCoreApplication.translate("ExcelActions", "Reviews due"),
        QCoreApplication.translate(
            "ExcelActions", "Export the reviews due within this many days (overdue included):"
        ),
        register_settings.lead_days(),
        1,
        3650,
    )
    if not ok:
        return
    path = _ask_save(
        parent,
        QCoreApplication.translate("ExcelActions", "Export reviews due"),
        f"Omprövningar {date.today()}.xlsx",
    )
    if not path:
        return
    lang = ui_language()
    _run_export(
        parent,
        QCoreApplication.translate("ExcelActions", "Exporting reviews due…"),
        path,
        lambda progress, cancelled: excel_register.export_due(
            path, days, lang=lang, progress=progress, cancelled=cancelled
        ),
        _entries_text,
    )


def export_per_body(parent: QWidget | None) -> None:
    """One workbook with a sheet per deciding body: one file to send and to record."""
    from desktop_app.exports import excel_register

    path = _ask_save(
        parent,
        QCoreApplication.translate("ExcelActions", "Export one sheet per deciding body"),
        f"Register per organ {date.today()}.xlsx",
    )
    if not path:
        return
    lang = ui_language()
    _run_export(
        parent,
        QCoreApplication.translate("ExcelActions", "Exporting per deciding body…"),
        path,
        lambda progress, cancelled: excel_register.export_per_body(
            path, lang=lang, progress=progress, cancelled=cancelled
        ),
        lambda r: (
            QCoreApplication.translate(
                "ExcelActions", "%1 entries on %2 sheets, one per deciding body."
            )
            .replace("%1", str(r.count))
            .replace("%2", str(r.sheets))
        ),
    )


def annual_report(parent: QWidget | None) -> None:
    """R7: the year's report to the City Council (asks the year)."""
    from desktop_app.exports.annual_report import write_annual_report

    today = date.today()
    default = today.year - 1 if today.month <= 3 else today.year
    year, ok = QInputDialog.getInt(
        parent,
        QCoreApplication.translate("ExcelActions", "Annual report"),
        QCoreApplication.translate("ExcelActions", "The annual report for the year:"),
        default,
        1990,
        2200,
    )
    if not ok:
        return
    path = _ask_save(
        parent,
        QCoreApplication.translate("ExcelActions", "Save the annual report"),
        f"Årsrapport {year}.xlsx",
    )
    if not path:
        return
    lang = ui_language()
    _run_export(
        parent,
        QCoreApplication.translate("ExcelActions", "Writing the annual report…"),
        path,
        lambda progress, cancelled: write_annual_report(
            year, path, lang=lang, progress=progress, cancelled=cancelled
        ),
        lambda r: (
            QCoreApplication.translate(
                "ExcelActions", "The annual report %1 was written (%2 commitments in force)."
            )
            .replace("%1", str(year))
            .replace("%2", str(r.count))
        ),
    )


# ---------------------------------------------------------------- import


def import_register(parent: QWidget | None) -> None:
    """Choose a file, map its columns if needed, preview, then import all or nothing."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ExcelActions", "Import a register"),
        _last_folder(),
        QCoreApplication.translate(
            "ExcelActions", "Spreadsheets (*.xlsx *.xls *.ods);;All files (*)"
        ),
    )
    if not path:
        return
    _remember_folder(path)

    def read(control: Control):
        from desktop_app.importers.preview import read_layout

        return read_layout(path)

    runner().submit(
        Job(
            read,
            progress=QCoreApplication.translate("ExcelActions", "Reading the file…"),
            parent=parent,
            on_done=lambda layout: _after_read(parent, path, layout),
        )
    )


def _after_read(parent, path: str, layout) -> None:
    from desktop_app.ui.import_dialog import ask_mapping, remembered_mapping

    saved = remembered_mapping(layout.headers)
    if saved is not None:
        layout.mapping, layout.remembered = saved, True
    asks = layout.needs_mapping or (layout.unmapped and not layout.remembered)
    if asks and not ask_mapping(parent, layout):
        return

    def check(control: Control):
        from desktop_app.importers.preview import build_preview

        return build_preview(layout, path, progress=control.progress, cancelled=control.cancelled)

    runner().submit(
        Job(
            check,
            progress=QCoreApplication.translate("ExcelActions", "Checking every row…"),
            parent=parent,
            on_done=lambda preview: _show_preview(parent, preview, layout),
        )
    )


def _show_preview(parent, preview, layout=None) -> None:
    from desktop_app.ui.import_dialog import run_preview

    run_preview(parent, preview, save_report=save_rejected_report, layout=layout)


def save_rejected_report(parent, preview) -> None:
    """The rejected rows with the reason, to correct the original file."""
    from desktop_app.importers.report import write_rejected_report

    stem = Path(preview.path).stem
    path = _ask_save(
        parent,
        QCoreApplication.translate("ExcelActions", "Save report of rejected rows"),
        f"{stem} – avvisade rader.xlsx",
    )
    if not path:
        return
    try:
        count = write_rejected_report(preview, path, ui_language())
    except Exception as exc:  # noqa: BLE001 - shown to the user
        show_error(parent, exc)
        return
    show_done(
        parent,
        path,
        QCoreApplication.translate("ExcelActions", "%1 rejected rows were saved.").replace(
            "%1", str(count)
        ),
    )
