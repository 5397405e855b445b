"""Opening a file or folder with the program the system chooses, and saying so when
that fails (no PDF reader, no spreadsheet program, a moved file).

``QDesktopServices.openUrl`` returns False when nothing could open the file;
before, the program only logged it and the user saw nothing happen. Now the
user is told which file, and offered its folder instead.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def _url(target: str) -> QUrl:
    return QUrl(target) if "://" in target else QUrl.fromLocalFile(target)


def open_file(parent: QWidget | None, target: str) -> bool:
    """Open ``target`` (a path or a web address); on failure say so and offer its folder."""
    url = _url(target)
    local = url.isLocalFile()
    missing = local and not Path(url.toLocalFile()).exists()
    if not missing and QDesktopServices.openUrl(url):
        return True
    log.warning("could not open %s", target)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("OpenFiles", "Could not open the file"))
    if missing:
        box.setText(
            QCoreApplication.translate("OpenFiles", "The file does not exist (moved or deleted?).")
        )
    elif local:
        box.setText(
            QCoreApplication.translate("OpenFiles", "No program on this computer opened the file.")
        )
    else:
        box.setText(QCoreApplication.translate("OpenFiles", "The address could not be opened."))
    box.setInformativeText(target)
    folder_button = None
    folder = Path(url.toLocalFile()).parent if local else None
    if folder is not None and folder.is_dir():
        folder_button = box.addButton(
            QCoreApplication.translate("OpenFiles", "Show in folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
    box.addButton(
        QCoreApplication.translate("OpenFiles", "Close"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    if folder_button is not None and box.clickedButton() is folder_button:
        show_in_folder(parent, str(folder))
    return False


def show_in_folder(parent: QWidget | None, folder: str) -> bool:
    """Open a folder in the file manager; say so if that fails."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(folder)):
        return True
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("OpenFiles", "Could not open the folder"),
        QCoreApplication.translate("OpenFiles", "The folder could not be shown:") + "\n" + folder,
    )
    return False
