"""Choosing an existing register file (File > Open register…, the welcome dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.paths import default_database_path


def choose_register_file(parent: QWidget | None = None) -> str | None:
    """An existing register file, or None when the user cancels."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("App", "Open a register"),
        str(default_database_path().parent),
        QCoreApplication.translate(
            "App", "Avtalsregister (*.sqlite3 *.sqlite *.db);;All files (*)"
        ),
    )
    return path or None
