"""Opening a file or folder with the program the system chooses, and saying so when
that fails (no PDF reader, no spreadsheet program, a moved file).

``QDesktopServices.openUrl`` returns False when nothing could open the file;
before, the program only logged it and the user saw nothing happen. Now the
user is told which file, and offered its folder instead.

Every document the window writes (Excel, memos, the review calendar) ends
with the same message (``show_done``: what was written, where, *Open* and
*Show in folder*), and each kind of document remembers the folder it was
last saved in (``last_folder``/``remember_folder``).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
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


def last_folder(kind: str) -> str:
    """The folder a document of ``kind`` ("excel", "memos", "calendar") was last saved
    in, if it still exists; else the home folder."""
    folder = QSettings().value(f"{kind}/last_folder", "", str)
    return folder if folder and os.path.isdir(folder) else str(Path.home())


def remember_folder(kind: str, path: str | Path, *, is_folder: bool = False) -> None:
    """Remember where a document of ``kind`` went (its folder, or ``path`` itself)."""
    QSettings().setValue(f"{kind}/last_folder", str(Path(path) if is_folder else Path(path).parent))


def show_done(parent: QWidget | None, path: str | Path, text: str, title: str = "") -> None:
    """Say what was written and where, and offer to open it or show its folder.

    ``path`` may be a folder (one memo per entry): then *Show in folder* opens it."""
    path = Path(path)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title or QCoreApplication.translate("OpenFiles", "Export finished"))
    box.setText(text)
    box.setInformativeText(str(path))
    open_button = None
    if not path.is_dir():
        open_button = box.addButton(
            QCoreApplication.translate("OpenFiles", "Open file"), QMessageBox.ButtonRole.AcceptRole
        )
    folder_button = box.addButton(
        QCoreApplication.translate("OpenFiles", "Show in folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("OpenFiles", "Close"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    clicked = box.clickedButton()
    if open_button is not None and clicked is open_button:
        open_file(parent, str(path))
    elif clicked is folder_button:
        show_in_folder(parent, str(path if path.is_dir() else path.parent))
