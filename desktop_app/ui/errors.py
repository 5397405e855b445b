"""Errors become a clear dialog, never a traceback at the registrar.

Known problems (``StoreError`` and its subclasses: locked, read-only, full,
unreachable, conflict, validation, permission...) show their own Swedish or
English sentence under a title that says what kind of problem it is.
Anything else is a bug: the user is told that nothing was saved, and the
details are there to copy for a report.
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from desktop_app.services.errors import (
    ConflictError,
    DatabaseUnavailableError,
    PermissionDeniedError,
    StoreError,
    ValidationError,
)


def ui_language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "sv"


def error_text(exc: BaseException) -> str:
    if isinstance(exc, StoreError):
        return exc.message(ui_language())
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong. Nothing was saved. Please send the details "
        "below to your IT support.",
    )


def driver_text(exc: BaseException) -> str:
    """What the database driver or the system said under a known problem (the first
    line of the cause's message, e.g. PostgreSQL's 'database "x" does not exist');
    "" when there is none. Shown only after the program's own sentence."""
    seen = 0
    cause = exc.__cause__ or exc.__context__
    while cause is not None and seen < 10:
        if not isinstance(cause, StoreError):
            lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
            if lines:
                text = lines[0]
                # libpq: 'connection to server at "h", port 5432 failed: FATAL:  ...'
                for marker in ("FATAL:", "ERROR:"):
                    if marker in text:
                        text = text.split(marker, 1)[1].strip()
                return text
        seen += 1
        cause = cause.__cause__ or cause.__context__
    return ""


def driver_line(exc: BaseException) -> str:
    """ "The database said: …" in the user's language, or "" (see ``driver_text``)."""
    text = driver_text(exc)
    if not text:
        return ""
    return QCoreApplication.translate("Errors", "The database said: %1").replace("%1", text)


def error_title(exc: BaseException) -> str:
    """What kind of problem, for the dialog's title bar."""
    if isinstance(exc, ConflictError):
        return QCoreApplication.translate("Errors", "Changed by someone else")
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("Errors", "Cannot save")
    if isinstance(exc, PermissionDeniedError):
        return QCoreApplication.translate("Errors", "Not allowed")
    return QCoreApplication.translate("Errors", "Avtalsregister")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox  # its enum types only when needed (issue 19)

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or error_title(exc))
    box.setText(error_text(exc))
    if isinstance(exc, DatabaseUnavailableError) and driver_line(exc):
        # A register out of reach: the server's or the system's own words say why.
        box.setInformativeText(driver_line(exc))
    if not isinstance(exc, StoreError):
        details = getattr(exc, "__traceback_text__", None) or "".join(
            traceback.format_exception(exc)
        )
        box.setDetailedText(details)
    box.exec()
