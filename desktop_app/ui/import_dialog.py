"""The import's two dialogs: mapping columns, and the preview before anything is written.

The preview lists every row with its status in colour (new, update,
unchanged, duplicate, error) and the reasons; "Import" stays disabled while
any row is rejected, since the import is all rows or none. The rejected rows
can be saved as an Excel report to correct the original file.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.exports.excel_style import COLUMNS
from desktop_app.importers.headers import FIELDS, IGNORE
from desktop_app.importers.preview import ImportPreview
from desktop_app.importers.report import status_label
from desktop_app.ui.errors import ui_language

_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_COLOURS = {
    "new": QColor("#E2EFDA"),
    "update": QColor("#DDEBF7"),
    "unchanged": QColor("#F2F2F2"),
    "duplicate": QColor("#FFE699"),
    "error": QColor("#F8CBAD"),
}


def field_label(field: str, lang: str) -> str:
    column = COLUMNS.get(field)
    return column.header(lang) if column else field


class MappingDialog(QDialog):
    """One combo per column of the file: which field of the register it holds."""

    def __init__(self, headers: list[str], mapping: list[str | None], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match the columns"))
        self.resize(560, 520)
        lang = ui_language()
        intro = QLabel(
            self.tr(
                "Choose which field of the register each column of the file holds. Columns "
                "set to \u201cDo not import\u201d are skipped. The choice is remembered for "
                "files with the same columns."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.combos: list[QComboBox] = []
        for header, current in zip(headers, mapping, strict=False):
            combo = QComboBox()
            combo.addItem(self.tr("Do not import"), IGNORE)
            for field in FIELDS:
                combo.addItem(field_label(field, lang), field)
            index = combo.findData(current or IGNORE)
            combo.setCurrentIndex(max(0, index))
            if current is None and header:
                combo.setStyleSheet("QComboBox { background: #FFF2CC; }")
            self.combos.append(combo)
            form.addRow(QLabel(header or self.tr("(no heading)")), combo)
        holder = QWidget()
        holder.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #9C0006;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def mapping(self) -> list[str | None]:
        return [c.currentData() or IGNORE for c in self.combos]

    def _accept(self) -> None:
        chosen = [m for m in self.mapping() if m]
        if len(chosen) != len(set(chosen)):
            self.problem.setText(self.tr("Each field can be chosen for one column only."))
            return
        if "title" not in chosen or "kind" not in chosen:
            self.problem.setText(self.tr("Choose at least the columns for title and kind."))
            return
        self.accept()


class PreviewModel(QAbstractTableModel):
    """Rows of the preview: row number, status, case number, title, reasons."""

    def __init__(self, preview: ImportPreview, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.preview, self.lang = preview, lang
        self.headers = [
            self.tr("Row"),
            self.tr("Status"),
            self.tr("Case number"),
            self.tr("Title"),
            self.tr("Problems and rule findings"),
        ]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.preview.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.headers)

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        row = self.preview.rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            if col == 0:
                return row.row_no
            if col == 1:
                return status_label(row.status, self.lang)
            if col == 2:
                return row.data.case_number
            if col == 3:
                return row.data.title
            return " ".join(row.messages(self.lang))
        if role == _BACKGROUND and col == 1:
            return QBrush(_COLOURS.get(row.status, QColor("white")))
        if role == _TOOLTIP and col == 4:
            return "\n".join(row.messages(self.lang))
        return None


class ProblemFilter(QSortFilterProxyModel):
    """Only rows that are rejected or have findings (a few hundred at most to scan)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_problems = False

    def filterAcceptsRow(self, source_row: int, parent: QModelIndex) -> bool:  # noqa: N802
        if not self.only_problems:
            return True
        row = self.sourceModel().preview.rows[source_row]
        return row.rejected or bool(row.problems or row.findings)


class ImportPreviewDialog(QDialog):
    """What the import would do; Import only when nothing is rejected."""

    def __init__(self, preview: ImportPreview, parent=None, save_report=None) -> None:
        """``save_report(parent, preview)`` writes the rejected rows (``excel_actions``)."""
        super().__init__(parent)
        self.preview = preview
        self._save_report = save_report
        self.report_requested = False
        lang = ui_language()
        self.setWindowTitle(self.tr("Import preview – %1").replace("%1", preview.path.name))
        self.resize(1000, 620)
        c = preview.counts()
        summary = QLabel(
            self.tr(
                "Sheet \u201c%1\u201d, header on row %2. New: %3, updates: %4, unchanged: %5, "
                "duplicates: %6, errors: %7."
            )
            .replace("%1", preview.sheet)
            .replace("%2", str(preview.header_row_no))
            .replace("%3", str(c["new"]))
            .replace("%4", str(c["update"]))
            .replace("%5", str(c["unchanged"]))
            .replace("%6", str(c["duplicate"]))
            .replace("%7", str(c["error"]))
        )
        summary.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        if preview.truncated:
            self.verdict.setText(
                self.tr("The file has more rows than can be imported at once. Split it.")
            )
        elif preview.rejected:
            self.verdict.setText(
                self.tr(
                    "%1 rows are rejected. The import is all rows or none: correct them in the "
                    "file (save the report to see why) and import again."
                ).replace("%1", str(len(preview.rejected)))
            )
        elif not preview.can_apply:
            self.verdict.setText(self.tr("Nothing to import: every row is already registered."))
        else:
            self.verdict.setText(self.tr("Ready to import. Nothing has been written yet."))
        colour = "#9C0006" if preview.rejected or preview.truncated else "#375623"
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        if preview.has_formulas:
            summary.setText(
                summary.text()
                + " "
                + self.tr("The sheet has formulas: their last computed values are imported.")
            )
        self.model = PreviewModel(preview, lang, self)
        self.proxy = ProblemFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        head = self.table.horizontalHeader()
        for col, width in enumerate((50, 90, 130, 300)):
            self.table.setColumnWidth(col, width)
        head.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self._fit_rows()
        self.only = QCheckBox(self.tr("Show only rows with problems"))
        self.only.toggled.connect(self._filter)
        if preview.rejected:
            self.only.setChecked(True)
        self.report_button = QPushButton(self.tr("Save report of rejected rows…"))
        self.report_button.setEnabled(bool(preview.rejected) and save_report is not None)
        self.report_button.clicked.connect(self._report)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(preview.can_apply)
        self.import_button.setDefault(preview.can_apply)
        self.import_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.only)
        row.addStretch(1)
        row.addWidget(self.report_button)
        row.addWidget(self.import_button)
        row.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def showEvent(self, event) -> None:  # noqa: N802 - the stretched column has its width now
        super().showEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Whole reasons on screen for a normal file; row sizing is per row, so not at 100k."""
        if self.proxy.rowCount() <= 500:
            self.table.resizeRowsToContents()

    def _filter(self, only: bool) -> None:
        if hasattr(self.proxy, "beginFilterChange"):  # Qt >= 6.10
            self.proxy.beginFilterChange()
            self.proxy.only_problems = only
            self.proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.proxy.only_problems = only
            self.proxy.invalidateFilter()
        self._fit_rows()

    def _report(self) -> None:
        if self._save_report is not None:
            self._save_report(self, self.preview)
