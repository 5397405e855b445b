"""Choosing a register: a SQLite file or a shared PostgreSQL URL, tested before use.

Used by the settings dialog and the first-run dialog. The test really
connects, on a worker thread (a PostgreSQL server that does not answer takes
the connect timeout, and the window must not freeze meanwhile). It does not
bind the program's models to the database: the choice takes effect when the
register is next opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desktop_app.paths import default_database_path
from desktop_app.services.probe import probe
from desktop_app.ui.runner import Job, runner


def test_database(value: str) -> str:
    """Look at ``value`` (on a worker) and say what is there; raises with a reason if it fails."""
    found = probe(value)
    if found.state == "new_folder":
        return QCoreApplication.translate(
            "DatabaseChoice",
            "The file does not exist yet; it will be created (with its folder).",
        )
    if found.state == "new_file":
        return QCoreApplication.translate(
            "DatabaseChoice",
            "The file does not exist yet; a new register will be created there.",
        )
    if found.state == "foreign":
        raise ValueError(
            QCoreApplication.translate(
                "DatabaseChoice", "This file is not an Avtalsregister register."
            )
        )
    if found.state == "empty":
        if value.startswith(("postgresql://", "postgres://")):
            return QCoreApplication.translate(
                "DatabaseChoice",
                "Connected. The database is empty; a new register will be created there.",
            )
        return QCoreApplication.translate(
            "DatabaseChoice", "The file is empty; a new register will be created there."
        )
    return QCoreApplication.translate(
        "DatabaseChoice", "Connected: a register with %1 entries."
    ).replace("%1", str(found.entries))


class DatabaseChooser(QWidget):
    """SQLite file or PostgreSQL URL, with a "Test connection" button."""

    tested = Signal(bool, str)  # ok, message

    def __init__(self, value: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sqlite_radio = QRadioButton(
            self.tr("A register &file on this computer (SQLite)"), self
        )
        self.postgres_radio = QRadioButton(
            self.tr("A shared register on a &server (PostgreSQL)"), self
        )
        group = QButtonGroup(self)
        group.addButton(self.sqlite_radio)
        group.addButton(self.postgres_radio)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(str(default_database_path()))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.clicked.connect(self._browse)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("postgresql://user@server:5432/avtalsregister")
        self.url.setToolTip(
            self.tr("Ask IT for the address. A password is better kept in pgpass than here.")
        )
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.clicked.connect(self.test)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.last_ok: bool | None = None

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.sqlite_radio, 0, 0, 1, 2)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        grid.addLayout(file_row, 1, 0, 1, 2)
        grid.addWidget(self.postgres_radio, 2, 0, 1, 2)
        grid.addWidget(self.url, 3, 0, 1, 2)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)
        grid.addLayout(test_row, 4, 0, 1, 2)
        grid.setColumnMinimumWidth(0, 24)

        for radio in (self.sqlite_radio, self.postgres_radio):
            radio.toggled.connect(self._update_enabled)
        self.path.textEdited.connect(self._forget_test)
        self.url.textEdited.connect(self._forget_test)
        self.set_value(value)

    def set_value(self, value: str) -> None:
        if value.startswith(("postgresql://", "postgres://")):
            self.postgres_radio.setChecked(True)
            self.url.setText(value)
        else:
            self.sqlite_radio.setChecked(True)
            self.path.setText(value)
        self._update_enabled()

    def value(self) -> str:
        """The chosen register: a file path ("" = the default file) or a URL."""
        if self.postgres_radio.isChecked():
            return self.url.text().strip()
        return self.path.text().strip()

    def _update_enabled(self) -> None:
        sqlite = self.sqlite_radio.isChecked()
        self.path.setEnabled(sqlite)
        self.browse.setEnabled(sqlite)
        self.url.setEnabled(not sqlite)
        self._forget_test()

    def _forget_test(self) -> None:
        self.last_ok = None
        self.result.setText("")

    def _browse(self) -> None:
        start = self.path.text() or str(default_database_path())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Register file"),
            start,
            self.tr("Avtalsregister (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.path.setText(str(Path(path)))
            self._forget_test()

    def test(self) -> None:
        """Connect in the background and show the outcome beside the button."""
        value = self.value() or str(default_database_path())
        if self.postgres_radio.isChecked() and not value.startswith(
            ("postgresql://", "postgres://")
        ):
            self._show(False, self.tr("Enter an address starting with postgresql://"))
            return
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Connecting…"))

        handle = runner().submit(
            Job(
                lambda _control: test_database(value),
                lane="connection_test",
                latest_only=True,
                parent=self,
                on_done=lambda message: self._show(True, message),
                on_failed=lambda exc: self._show(False, _error_message(exc)),
            )
        )
        if handle is None:  # the program is closing
            self.test_button.setEnabled(True)

    def _show(self, ok: bool, message: str) -> None:
        self.test_button.setEnabled(True)
        self.last_ok = ok
        colour = "#1e7b34" if ok else "#a4262c"
        prefix = "✔ " if ok else "✖ "
        self.result.setStyleSheet(f"color:{colour};")
        self.result.setText(prefix + message)
        self.tested.emit(ok, message)


def _error_message(exc: BaseException) -> str:
    from desktop_app.services.errors import StoreError
    from desktop_app.ui.errors import driver_line, ui_language

    if isinstance(exc, StoreError):
        # The program's sentence first; the server's own words (often English) after it.
        said = driver_line(exc)
        return exc.message(ui_language()) + (f"\n{said}" if said else "")
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return QCoreApplication.translate("DatabaseChoice", "Could not connect: %1").replace("%1", text)
