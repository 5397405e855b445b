"""The import's two dialogs: mapping columns, and the preview before anything is written.

The preview lists every row with its status in colour (new, update,
unchanged, differs, older, duplicate, error), what it changes in an existing
entry (old \u2192 new) and the reasons, under a summary of what the import
does beyond copying cells (warnings by rule, what it creates, derives or
keeps, formula cells). Existing entries that differ are only reported unless
"Update existing entries" is ticked; an entry the file has older than the
register is updated only when its row is ticked ("Update anyway"). "Import"
is all rows or none; with rows rejected, "Import the N accepted rows" imports
the others and writes the rejected ones to a report beside the file. The
rejected rows can also be saved as a report anywhere.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.exports.excel_style import COLUMNS
from desktop_app.importers import values as V
from desktop_app.importers.headers import FIELDS, IGNORE, normalise
from desktop_app.importers.preview import ImportPreview
from desktop_app.importers.report import status_label
from desktop_app.ui.errors import ui_language

_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_COLOURS = {
    "new": QColor("#E2EFDA"),
    "update": QColor("#DDEBF7"),
    "unchanged": QColor("#F2F2F2"),
    "differs": QColor("#EDEDED"),
    "older": QColor("#FCE4D6"),
    "duplicate": QColor("#FFE699"),
    "error": QColor("#F8CBAD"),
}


_OWN_LABELS = {"counterparty_country": ("Motpartens land", "Counterparty's country")}


def field_label(field: str, lang: str) -> str:
    if field in _OWN_LABELS:
        return _OWN_LABELS[field][1 if lang == "en" else 0]
    column = COLUMNS.get("updated_at" if field == "last_changed" else field)
    return column.header(lang) if column else field


# A column set to "Do not import": dark text on pale amber, both set so that the
# pair stays readable whatever the palette (it was the palette's white text on
# amber in a dark theme). Contrast 12:1 (WCAG asks 4.5:1).
# The status colours are pale: their text is set dark too, whatever the palette.
STATUS_TEXT = QColor("#1F1F1F")
# Verdicts and problems: dark red and green on a light window, light ones on a dark one.
_TONES = {"bad": ("#9C0006", "#FF9E9E"), "good": ("#375623", "#A8DCA0")}


def tone(widget: QWidget, name: str) -> str:
    """The colour ``name`` readable on ``widget``'s window colour (light or dark palette)."""
    light, dark = _TONES[name]
    return dark if widget.palette().window().color().lightness() < 128 else light


SKIPPED_BACKGROUND = "#FFF2CC"
SKIPPED_TEXT = "#3D2E00"
_SKIPPED_STYLE = f"QComboBox {{ background: {SKIPPED_BACKGROUND}; color: {SKIPPED_TEXT}; }}"
_SAMPLE_CHARS = 28


def _mapping_key(headers: list[str]) -> str:
    from desktop_app.importers.headers import signature

    return signature(headers)


def remembered_mapping(headers: list[str]) -> list[str | None] | None:
    """The mapping remembered for files with these columns (shared with the command
    line's; one kept by an older version of the window in its settings counts too)."""
    from PySide6.QtCore import QSettings

    from desktop_app.importers.headers import load_remembered

    sig = _mapping_key(headers)
    value = load_remembered(sig)
    if value is None:
        value = QSettings().value(f"import/mappings/{sig}", None)
        if isinstance(value, list) and len(value) == len(headers):
            # moved to the shared store, so that --forget-map forgets it too
            remember_mapping(headers, [v or "" for v in value])
    if isinstance(value, list) and len(value) == len(headers):
        return [v or "" for v in value]
    return None


def remember_mapping(headers: list[str], mapping: list[str | None]) -> None:
    """Remember ``mapping`` for files with these columns (the command line reads it too)."""
    from PySide6.QtCore import QSettings

    from desktop_app.importers.headers import remember

    sig = _mapping_key(headers)
    try:
        remember(sig, list(mapping))
    except OSError:
        QSettings().setValue(f"import/mappings/{sig}", list(mapping))  # somewhere, at least
        return
    QSettings().remove(f"import/mappings/{sig}")


def forget_mapping(headers: list[str]) -> bool:
    """Forget the mapping remembered for these columns; whether there was one."""
    from PySide6.QtCore import QSettings

    from desktop_app.importers.headers import forget

    sig = _mapping_key(headers)
    settings = QSettings()
    had = settings.contains(f"import/mappings/{sig}")
    settings.remove(f"import/mappings/{sig}")
    with contextlib.suppress(OSError):
        had = forget(sig) or had
    return had


class MappingDialog(QDialog):
    """One combo per column of the file: which field of the register it holds.

    Each column shows up to three of its values, so that a column is recognised by
    what it holds, not only by its heading. A column set to "Do not import" is
    highlighted. A mapping remembered from an earlier file with the same columns
    is said to be one, and can be forgotten here.
    """

    def __init__(
        self,
        headers: list[str],
        mapping: list[str | None],
        parent=None,
        *,
        samples: list[list[str]] | None = None,
        remembered: bool = False,
    ) -> None:
        super().__init__(parent)
        from desktop_app.importers.headers import guess_mapping

        self.headers = list(headers)
        self._guessed = guess_mapping(self.headers)
        self.setWindowTitle(self.tr("Match the columns"))
        self.resize(760, 560)
        lang = ui_language()
        intro = QLabel(
            self.tr(
                "Choose which field of the register each column of the file holds. Columns "
                "set to \u201cDo not import\u201d (marked in yellow) are skipped."
            )
        )
        intro.setWordWrap(True)
        self.remembered_label = QLabel()
        self.remembered_label.setWordWrap(True)
        self.forget_button = QPushButton(self.tr("&Forget the saved matching"))
        self.forget_button.clicked.connect(self._forget)
        saved = QHBoxLayout()
        saved.addWidget(self.remembered_label, 1)
        saved.addWidget(self.forget_button)
        self.remembered_label.setText(
            self.tr(
                "This matching was saved when a file with the same columns was imported "
                "before. Change it below, or forget it to match the columns by their headings."
            )
        )
        self.remembered_label.setVisible(remembered)
        self.forget_button.setVisible(remembered)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for col, text in enumerate(
            (self.tr("Column in the file"), self.tr("Values in the file"), self.tr("Field"))
        ):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, col)
        self.combos: list[QComboBox] = []
        self.sample_labels: list[QLabel] = []
        samples = samples or [[] for _ in headers]
        for row, (header, current) in enumerate(zip(headers, mapping, strict=False), start=1):
            combo = QComboBox()
            combo.addItem(self.tr("Do not import"), IGNORE)
            for field in FIELDS:
                combo.addItem(field_label(field, lang), field)
            index = combo.findData(current or IGNORE)
            combo.setCurrentIndex(max(0, index))
            values = samples[row - 1] if row - 1 < len(samples) else []
            holds = bool(header or values)  # a column without a heading may hold values
            combo.currentIndexChanged.connect(lambda _i, c=combo, h=holds: self._mark(c, h))
            self._mark(combo, holds)
            self.combos.append(combo)
            shown = [v if len(v) <= _SAMPLE_CHARS else v[: _SAMPLE_CHARS - 1] + "\u2026"
                     for v in values]  # fmt: skip
            sample = QLabel(" \u00b7 ".join(shown) if shown else self.tr("(empty)"))
            sample.setToolTip("\n".join(values))
            sample.setTextFormat(Qt.TextFormat.PlainText)
            self.sample_labels.append(sample)
            name = QLabel(header or self.tr("(no heading)"))
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setBuddy(combo)
            grid.addWidget(name, row, 0)
            grid.addWidget(sample, row, 1)
            grid.addWidget(combo, row, 2)
        grid.setRowStretch(len(headers) + 1, 1)
        holder = QWidget()
        holder.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {tone(self, 'bad')};")
        self.remember_box = QCheckBox(
            self.tr("&Remember this matching for files with the same columns")
        )
        self.remember_box.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(saved)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.remember_box)
        layout.addWidget(buttons)

    def _mark(self, combo: QComboBox, holds: bool) -> None:
        """Highlight a column with a heading or values that will not be imported."""
        skipped = holds and not combo.currentData()
        combo.setStyleSheet(_SKIPPED_STYLE if skipped else "")
        combo.setToolTip(self.tr("This column is not imported.") if skipped else "")

    def skipped(self) -> list[int]:
        """The columns (0-based) shown as not imported."""
        return [i for i, c in enumerate(self.combos) if c.styleSheet()]

    def _forget(self) -> None:
        """Forget the saved matching: the columns are matched by their headings again."""
        forget_mapping(self.headers)
        for combo, field in zip(self.combos, self._guessed, strict=False):
            combo.setCurrentIndex(max(0, combo.findData(field or IGNORE)))
        self.remember_box.setChecked(False)
        self.forget_button.setEnabled(False)
        self.remembered_label.setText(
            self.tr(
                "The saved matching is forgotten. The columns are matched by their headings; "
                "choose and continue, or cancel."
            )
        )

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


def ask_mapping(parent, layout) -> bool:
    """The mapping dialog for ``layout`` (samples, the remembered state); on Continue the
    layout gets the chosen mapping (remembered if so ticked). False if cancelled."""
    dialog = MappingDialog(
        layout.headers,
        layout.mapping,
        parent,
        samples=layout.samples(),
        remembered=layout.remembered,
    )
    if not dialog.exec():
        return False
    layout.mapping = dialog.mapping()
    if dialog.remember_box.isChecked():
        remember_mapping(layout.headers, layout.mapping)
        layout.remembered = True
    else:
        layout.remembered = False
    return True


class PreviewModel(QAbstractTableModel):
    """Rows of the preview: row number, status, case number, title, changes, reasons.

    An ``older`` row (and one the user confirmed) has a check box in its status
    cell: ticked, its entry is updated although the file's entry is older.
    """

    def __init__(self, preview: ImportPreview, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.preview, self.lang = preview, lang
        self.headers = [
            self.tr("Row"),
            self.tr("Status"),
            self.tr("Case number"),
            self.tr("Title"),
            self.tr("Changes (old \u2192 new)"),
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

    def _confirmable(self, row) -> bool:
        return row.older is not None and self.preview.update and row.status in ("older", "update")

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if index.column() == 1 and self._confirmable(self.preview.rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

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
            if col == 4:
                return row.changes_text(self.lang)
            return " ".join(row.messages(self.lang))
        if role == _CHECK and col == 1 and self._confirmable(row):
            return Qt.CheckState.Checked if row.status == "update" else Qt.CheckState.Unchecked
        if role == _BACKGROUND and col == 1:
            return QBrush(_COLOURS.get(row.status, QColor("white")))
        if role == _FOREGROUND and col == 1:
            return QBrush(STATUS_TEXT)
        if role == _TOOLTIP and col == 4 and row.changes:
            return "\n".join(c.text(self.lang) for c in row.changes)
        if role == _TOOLTIP and col == 5:
            return "\n".join(row.messages(self.lang))
        if role == _TOOLTIP and col == 1 and self._confirmable(row):
            return self.tr("Tick to update this entry although the file's entry is older.")
        return None

    def setData(self, index: QModelIndex, value, role: int = _CHECK) -> bool:  # noqa: N802
        row = self.preview.rows[index.row()]
        if role != _CHECK or index.column() != 1 or not self._confirmable(row):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.preview.confirm(row, checked)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 5))
        return True

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class ProblemFilter(QSortFilterProxyModel):
    """Only rows that are rejected, have findings or differ (a few hundred at most to scan)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_problems = False

    def filterAcceptsRow(self, source_row: int, parent: QModelIndex) -> bool:  # noqa: N802
        if not self.only_problems:
            return True
        row = self.sourceModel().preview.rows[source_row]
        return row.rejected or bool(row.problems or row.findings or row.changes)


class ImportPreviewDialog(QDialog):
    """What the import would do; Import only when it can be done as the user chose."""

    def __init__(self, preview: ImportPreview, parent=None, save_report=None, layout=None) -> None:
        """``save_report(parent, preview)`` writes the rejected rows (``excel_actions``);
        with the file's ``layout`` the columns can be matched again and the file's unknown
        themes filed under the register's (both check the rows again, off the UI thread)."""
        super().__init__(parent)
        self.preview = preview
        self.file_layout = layout
        self.theme_choices: dict[str, int] = dict(preview.resolver.theme_choices)
        self.checking = False
        self._save_report = save_report
        self.report_requested = False
        self.skip_rejected = False
        self.lang = lang = ui_language()
        self.setWindowTitle(self.tr("Import preview \u2013 %1").replace("%1", preview.path.name))
        self.resize(1000, 620)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.findings = QPlainTextEdit()
        self.findings.setReadOnly(True)
        self.findings.setMaximumHeight(150)
        self.findings.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.update_box = QCheckBox(
            self.tr("Update existing entries that differ (the file's values replace the stored)")
        )
        self.update_box.setChecked(preview.update)
        self.update_box.toggled.connect(self._update_mode)
        self.model = PreviewModel(preview, lang, self)
        self.model.dataChanged.connect(lambda *_: self._refresh(rows=False))
        self.proxy = ProblemFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        head = self.table.horizontalHeader()
        for col, width in enumerate((45, 140, 110, 200, 260)):
            self.table.setColumnWidth(col, width)
        head.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.themes_box = QGroupBox(self.tr("Themes not in the register"))
        self.themes_grid = QGridLayout()
        self.themes_grid.setContentsMargins(0, 0, 0, 0)
        self.themes_grid.setColumnStretch(2, 1)
        self.themes_holder = QWidget()
        self.themes_holder.setLayout(self.themes_grid)
        self.themes_scroll = QScrollArea()
        self.themes_scroll.setWidgetResizable(True)
        self.themes_scroll.setWidget(self.themes_holder)
        self.themes_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        themes_layout = QVBoxLayout(self.themes_box)
        themes_layout.setContentsMargins(6, 2, 6, 2)
        themes_layout.addWidget(self.themes_scroll)
        self.theme_combos: dict[str, QComboBox] = {}
        self.columns_button = QPushButton(self.tr("&Columns\u2026"))
        self.columns_button.setToolTip(
            self.tr("Show which field each column of the file goes to, change it, or forget "
                    "the saved matching.")
        )  # fmt: skip
        self.columns_button.clicked.connect(self._columns)
        self.columns_button.setVisible(layout is not None)
        self.only = QCheckBox(self.tr("Show only rows with problems or changes"))
        self.only.toggled.connect(self._filter)
        self.report_button = QPushButton(self.tr("Save report of rejected rows\u2026"))
        self.report_button.clicked.connect(self._report)
        self.accepted_button = QPushButton()
        self.accepted_button.clicked.connect(self._import_accepted)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        options = QHBoxLayout()
        options.addWidget(self.update_box)
        options.addStretch(1)
        options.addWidget(self.only)
        row = QHBoxLayout()
        row.addWidget(self.columns_button)
        row.addStretch(1)
        row.addWidget(self.report_button)
        row.addWidget(self.accepted_button)
        row.addWidget(self.import_button)
        row.addWidget(cancel)
        box = QVBoxLayout(self)
        box.addWidget(self.counts)
        box.addWidget(self.verdict)
        box.addWidget(self.findings)
        box.addWidget(self.themes_box)
        box.addLayout(options)
        box.addWidget(self.table, 1)
        box.addLayout(row)
        self._refresh()
        if preview.rejected or any(r.changes for r in preview.rows):
            self.only.setChecked(True)
        self._fit_rows()

    def _refresh(self, rows: bool = True) -> None:
        """Counts, verdict, findings and buttons for the preview as it now stands."""
        preview = self.preview
        c = preview.counts()
        saved = ""
        if self.file_layout is not None and self.file_layout.remembered:
            saved = " " + self.tr(
                "The columns are matched as saved for files with these columns (Columns\u2026 "
                "shows the matching and can forget it)."
            )
        self.counts.setText(
            self.tr(
                "Sheet \u201c%1\u201d, header on row %2. New: %3, updates: %4, unchanged: %5, "
                "differ (not changed): %6, older than the register: %7, duplicates: %8, "
                "errors: %9."
            )
            .replace("%1", preview.sheet)
            .replace("%2", str(preview.header_row_no))
            .replace("%3", str(c["new"]))
            .replace("%4", str(c["update"]))
            .replace("%5", str(c["unchanged"]))
            .replace("%6", str(c["differs"]))
            .replace("%7", str(c["older"]))
            .replace("%8", str(c["duplicate"]))
            .replace("%9", str(c["error"]))
            + saved
        )
        blocking = preview.blocking
        if preview.truncated:
            text = self.tr("The file has more rows than can be imported at once. Split it.")
        elif blocking:
            text = (
                self.tr("%n rows are rejected.", "", len(blocking))
                + " "
                + self.tr(
                    "Import all rows or none: correct them in the file and import again, or "
                    "import the %n accepted rows (the rejected ones are then saved in a report "
                    "beside the file).",
                    "",
                    len(preview.accepted),
                )
            )
        elif not preview.can_apply:
            text = self.tr("Nothing to import: the file adds nothing and changes nothing.")
        else:
            text = self.tr("Ready to import. Nothing has been written yet.")
        self.verdict.setText(text)
        colour = tone(self, "bad" if blocking or preview.truncated else "good")
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        lines = preview.summary(self.lang)
        self.findings.setPlainText("\n".join(lines))
        self.findings.setVisible(bool(lines))
        self.update_box.setVisible(bool(c["differs"] or c["older"] or c["update"]))
        self.report_button.setEnabled(bool(preview.rejected) and self._save_report is not None)
        self.import_button.setEnabled(preview.can_apply)
        self.import_button.setDefault(preview.can_apply)
        n = len(preview.accepted)
        self.accepted_button.setText(self.tr("Import the %n accepted rows", "", n))
        self.accepted_button.setVisible(bool(blocking) and preview.can_apply_accepted)
        if self.checking:
            self.verdict.setText(self.tr("Checking the rows again\u2026"))
            self.verdict.setStyleSheet("font-weight: bold;")
            self.import_button.setEnabled(False)
            self.accepted_button.setEnabled(False)
        else:
            self.accepted_button.setEnabled(True)
        if rows:
            self.model.refresh()
            self.table.setColumnHidden(4, not any(r.changes for r in preview.rows))
            self._fit_rows()
            self._show_themes()

    def _show_themes(self) -> None:
        """One line per theme of the file the register does not know: added as new, or
        filed under one of the register's themes (the user's choice)."""
        while self.themes_grid.count():
            item = self.themes_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.theme_combos = {}
        resolver = self.preview.resolver
        unknown = resolver.unknown_themes()
        self.themes_box.setVisible(bool(unknown))
        existing = resolver.existing_themes()
        column = next((i for i, m in enumerate(self.preview.mapping) if m == "theme"), None)
        for line, (key, written, _count, chosen) in enumerate(unknown):
            rows = [
                str(r.row_no)
                for r in self.preview.rows
                if column is not None
                and column < len(r.cells)
                and normalise(V.text(r.cells[column])) == key
            ]
            shown = ", ".join(rows[:12]) + (", \u2026" if len(rows) > 12 else "")
            text = self.tr("\u201c%1\u201d, row %2").replace("%1", written).replace("%2", shown)
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox()
            combo.addItem(self.tr("Add as a new theme"), None)
            for ident, name in existing:
                combo.addItem(self.tr("File under \u201c%1\u201d").replace("%1", name), ident)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.setEnabled(self.file_layout is not None and not self.checking)
            combo.activated.connect(lambda _i, k=key, c=combo: self._theme_chosen(k, c))
            label.setBuddy(combo)
            self.theme_combos[written] = combo
            self.themes_grid.addWidget(label, line, 0)
            self.themes_grid.addWidget(combo, line, 1)
        # as high as its lines, up to four of them; more scroll
        lines = min(len(unknown), 4)
        height = self.themes_grid.sizeHint().height() if lines == len(unknown) else 0
        self.themes_scroll.setFixedHeight(height or lines * (QComboBox().sizeHint().height() + 6))

    def _theme_chosen(self, key: str, combo: QComboBox) -> None:
        ident = combo.currentData()
        if ident is None:
            self.theme_choices.pop(key, None)
        else:
            self.theme_choices[key] = int(ident)
        self._check_again()

    def _columns(self) -> None:
        """The mapping dialog for the file as read; a changed matching checks the rows again."""
        layout = self.file_layout
        if layout is None:
            return
        before = list(layout.mapping)
        remembered = layout.remembered
        if not ask_mapping(self, layout):
            return
        if layout.mapping != before or layout.remembered != remembered:
            self._check_again()

    def _check_again(self) -> None:
        """Build the preview again (on the runner) with the columns and themes as chosen;
        rows the user ticked stay ticked."""
        from desktop_app.ui.runner import Job, runner

        layout, path = self.file_layout, self.preview.path
        update, force = self.preview.update, self.preview.force
        choices = dict(self.theme_choices)
        ticked = {r.row_no for r in self.preview.rows if r.confirmed}

        def check(control):
            from desktop_app.importers.preview import build_preview

            return build_preview(
                layout,
                path,
                update=update,
                force=force,
                theme_choices=choices,
                progress=control.progress,
                cancelled=control.cancelled,
            )

        def done(preview: ImportPreview) -> None:
            for row in preview.rows:
                if row.row_no in ticked and row.older is not None:
                    preview.confirm(row, True)
            self.preview = preview
            self.model.preview = preview

        def ended() -> None:
            # What the shown preview was built with, whether the check ended, failed or
            # was cancelled: the choices on screen never differ from the rows below them.
            self.theme_choices = dict(self.preview.resolver.theme_choices)
            layout.mapping = [m or "" for m in self.preview.mapping]
            self.checking = False
            self._refresh()

        self.checking = True
        self._refresh(rows=False)
        for combo in self.theme_combos.values():
            combo.setEnabled(False)
        runner().submit(
            Job(
                check,
                progress=self.tr("Checking every row\u2026"),
                parent=self,
                on_done=done,
                on_finally=ended,
            )
        )

    def _update_mode(self, update: bool) -> None:
        self.preview.set_mode(update=update, force=self.preview.force)
        self._refresh()

    def _import_accepted(self) -> None:
        self.skip_rejected = True
        self.accept()

    def changeEvent(self, event) -> None:  # noqa: N802 - a light or dark palette: the tones
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "table"):
            self._refresh(rows=False)

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


def run_preview(parent, preview: ImportPreview, save_report=None, layout=None) -> None:
    """Show the preview; on Import write (off the UI thread) what the user chose.

    "Import the N accepted rows" first writes the rejected rows' report beside the
    file, then imports the accepted rows in one transaction."""
    from desktop_app.ui.changes import BODIES, COUNTERPARTIES, THEMES, ChangeNotice
    from desktop_app.ui.operations import WriteOp

    dialog = ImportPreviewDialog(preview, parent, save_report=save_report, layout=layout)
    if not dialog.exec() or dialog.checking:
        return
    preview = dialog.preview  # as last checked (columns and themes as chosen)
    skip = dialog.skip_rejected
    if not (preview.can_apply_accepted if skip else preview.can_apply):
        return

    def apply(control):
        from desktop_app.importers.report import rejected_report_path, write_rejected_report
        from desktop_app.services.imports import apply_import

        report = None
        if skip and preview.rejected:
            report = rejected_report_path(preview.path)
            write_rejected_report(preview, report, ui_language())
        counts = apply_import(
            preview,
            skip_rejected=skip,
            progress=control.progress,
            cancelled=control.cancelled,
        )
        return counts, report

    def done(result) -> None:
        counts, report = result
        text = QCoreApplication.translate(
            "ImportDialog", "%n new entries were imported", "", counts["created"]
        ) + QCoreApplication.translate("ImportDialog", " and %n updated.", "", counts["updated"])
        if report is not None:
            text += " " + QCoreApplication.translate(
                "ImportDialog", "The %n rejected rows are in the report %1.", "", counts["rejected"]
            ).replace("%1", str(report))
        QMessageBox.information(
            parent, QCoreApplication.translate("ImportDialog", "Import finished"), text
        )

    # Any entry may have changed, and new bodies, themes and counterparties appear.
    changes = ChangeNotice(all_entries=True, catalogs=frozenset({BODIES, THEMES, COUNTERPARTIES}))
    (
        WriteOp(parent, apply, changes)
        .with_progress(QCoreApplication.translate("ImportDialog", "Importing\u2026"), True)
        .success(done)
        .run()
    )
