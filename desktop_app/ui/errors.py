"""Errors become a clear dialog, never a traceback at the registrar.

Known problems (``StoreError`` and subclasses: locked, read-only, conflict,
validation...) show their own message. Anything else is a bug: the user is
told that nothing was saved, and the details are there to copy for a report.
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.store.errors import StoreError


def ui_language() -> str:
    from PySide6.QtCore import QLocale

    return "en" if QLocale().language() == QLocale.Language.English else "sv"


def error_text(exc: BaseException) -> str:
    if isinstance(exc, StoreError):
        return exc.message(ui_language())
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong. Nothing was saved. Please send the details "
        "below to your IT support.",
    )


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Avtalsregister"))
    box.setText(error_text(exc))
    if not isinstance(exc, StoreError):
        details = getattr(exc, "__traceback_text__", None) or "".join(
            traceback.format_exception(exc)
        )
        box.setDetailedText(details)
    box.exec()
