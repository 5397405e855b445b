"""What the start leaves until the window is shown: the day's integrity check.

``services.session.open_register(defer_check=True)`` opens the register
without SQLite's ``quick_check`` (it reads the whole file: 0.3 s to seconds
at 100,000 entries, issue 19); ``check_in_background`` runs it on the runner
once the window shows its first rows (the check reads the whole file and the
backup copies it: beside the first screen's query and paint they made the
first start of the day slower than the others), followed by the daily backup
(made only of a file that passed). A damaged register is said plainly in a box
over the window, with what to do (restore the latest backup).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .errors import error_text
from .runner import Job, runner

LANE = "check"


def check_in_background(window: QWidget) -> None:
    """Run the day's integrity check and backup on the runner once the register's
    first screen is painted; tell if it fails."""
    view = getattr(window, "register_view", None)
    if view is None:
        _check(window)
        return
    started: list[bool] = []

    def start() -> None:
        if not started:
            started.append(True)
            view.screen_painted.disconnect(start)
            _check(window)

    view.screen_painted.connect(start)


def _check(window: QWidget) -> None:
    from desktop_app.services.session import check_and_backup

    def failed(exc: BaseException) -> None:
        box = QMessageBox(window)
        box.setObjectName("integrityCheckFailed")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Startup", "Integrity check"))
        box.setText(
            QCoreApplication.translate("Startup", "The register failed its integrity check.")
        )
        box.setInformativeText(error_text(exc))
        box.open()

    runner().submit(Job(lambda _control: check_and_backup(), lane=LANE, on_failed=failed))
