"""File > Back up… and Restore from a backup…: the command line's own backup and
restore, run off the UI thread.

The checks (a sound backup file, not the register itself, not from a newer
program, the register kept as ``*.before-restore-<time>`` first) live in the
``avtalsregister backup`` and ``restore`` commands; the window runs exactly
those commands as a child process on the runner, so the GUI and the command
line cannot drift apart, and the window stays responsive while a large
register is copied. Their one-sentence message is what the user is shown.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.paths import program_command

from .changes import ChangeNotice
from .errors import ui_language
from .open_files import show_in_folder
from .operations import publish
from .runner import Job, runner

_FOLDER_KEY = "backup/last_folder"
TIMEOUT_S = 3600


def command(target: str, *args: str) -> list[str]:
    """The program's own command line (``python -m desktop_app`` or the bundle)."""
    return [*program_command(), "--database", target, "--lang", ui_language(), *args]


def _run(cmd: list[str]) -> tuple[int, str]:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S)
    text = (done.stdout.strip() or done.stderr.strip()).splitlines()
    return done.returncode, "\n".join(line for line in text if line.strip())


def _folder() -> str:
    folder = str(QSettings().value(_FOLDER_KEY) or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def back_up(window: QWidget, target: str) -> None:
    """Ask where, then copy the register there with ``avtalsregister backup``."""
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("BackupActions", "Back up the register"),
        str(Path(_folder()) / f"Avtalsregister {date.today()}.sqlite3"),
        QCoreApplication.translate("BackupActions", "Register backup (*.sqlite3)"),
    )
    if not path:
        return
    QSettings().setValue(_FOLDER_KEY, str(Path(path).parent))

    def done(result: tuple[int, str]) -> None:
        code, message = result
        if code != 0:
            QMessageBox.warning(
                window, QCoreApplication.translate("BackupActions", "No backup was made"), message
            )
            return
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("BackupActions", "Backup made"))
        box.setText(message)
        folder = box.addButton(
            QCoreApplication.translate("BackupActions", "Show in folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is folder:
            show_in_folder(window, str(Path(path).parent))

    runner().submit(
        Job(
            lambda _control: _run(command(target, "backup", path)),
            lane="backup",
            progress=QCoreApplication.translate("BackupActions", "Backing up the register…"),
            cancellable=False,
            parent=window,
            on_done=done,
        )
    )


def restore(window: QWidget, target: str) -> None:
    """Replace the register with a backup (``avtalsregister restore``), after asking."""
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("BackupActions", "Restore the register from a backup"),
        _folder(),
        QCoreApplication.translate("BackupActions", "Register backup (*.sqlite3 *.sqlite *.db)"),
    )
    if not path:
        return
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("BackupActions", "Restore from a backup"),
        QCoreApplication.translate(
            "BackupActions",
            "Replace the register with the backup %1?\n\nThe register as it is now is kept "
            "beside it as a *.before-restore copy. Everyone using the register sees the "
            "restored version.",
        ).replace("%1", path),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return

    def done(result: tuple[int, str]) -> None:
        code, message = result
        if code != 0:
            QMessageBox.warning(
                window,
                QCoreApplication.translate("BackupActions", "The register was not restored"),
                message,
            )
            return
        publish(ChangeNotice.everything())  # every page reads the restored register
        QMessageBox.information(
            window, QCoreApplication.translate("BackupActions", "Register restored"), message
        )

    runner().submit(
        Job(
            lambda _control: _run(command(target, "restore", path)),
            lane="write",  # no save runs while the register is replaced
            progress=QCoreApplication.translate("BackupActions", "Restoring the register…"),
            cancellable=False,
            parent=window,
            on_done=done,
        )
    )
