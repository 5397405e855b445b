"""What the start leaves until the window is shown: the day's integrity check,
and the findings summaries an upgraded register's entries still lack.

``services.session.open_register(defer_check=True)`` opens the register
without SQLite's ``quick_check`` (it reads the whole file: 0.3 s to seconds
at 100,000 entries, issue 19); ``after_first_screen`` runs it on the runner
once the window shows its first rows (the check reads the whole file and the
backup copies it: beside the first screen's query and paint they made the
first start of the day slower than the others), followed by the daily backup
(made only of a file that passed). A damaged register is said plainly in a box
over the window, with what to do (restore the latest backup).
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from .errors import error_text
from .runner import Control, Job, runner

LANE = "check"
SUMMARY_LANE = "summaries"


def after_first_screen(
    window: QWidget,
    check_due: bool | Callable[[], bool],
    then: Callable[[], None] | None = None,
) -> None:
    """Once the register's first screen is painted: ``then`` (the start's own
    leftovers: the window icon), the day's integrity check and backup (when
    ``check_due``, or it says so then; a failure is told), then the findings
    summaries that an upgraded register's entries still lack."""

    def work() -> None:
        gc.enable()  # paused by the start (desktop_app.main._desktop) until now
        if then is not None:
            then()
        if check_due() if callable(check_due) else check_due:
            _check(window)
        _summarise(window)

    view = getattr(window, "register_view", None)
    if view is None:
        work()
    else:
        view.after_next_screen(work)


def _check(window: QWidget) -> None:
    from desktop_app.services.session import check_and_backup

    def failed(exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox  # its enum types only if needed (issue 19)

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


def _summarise(window: QWidget) -> None:
    """Store the findings summaries the entries lack (after an upgrade: about a
    minute at 100,000 entries), a chunk at a time, saying so in the status bar;
    the findings filter shows them when done. Closing the window stops it between
    chunks; the rest is done at the next start."""
    from desktop_app.services.finding_summaries import fill_missing

    status = window.statusBar() if isinstance(window, QMainWindow) else None

    def say(done: int, total: int) -> None:
        if status is not None and total:
            status.showMessage(
                QCoreApplication.translate(
                    "Startup", "Preparing the findings filter: %1 of %2 entries…"
                )
                .replace("%1", str(done))
                .replace("%2", str(total))
            )

    def fill(control: Control) -> int:
        def progress(done: int, total: int) -> None:
            control.check()
            control.progress(done, total)

        return fill_missing(progress)

    def done(count: int) -> None:
        if not count:
            return
        if status is not None:
            status.showMessage(
                QCoreApplication.translate("Startup", "The findings filter is ready."), 5000
            )
        view = getattr(window, "register_view", None)
        if view is not None and view.current_filter().findings:
            view.reload()

    def failed(exc: BaseException) -> None:
        if status is not None:
            status.showMessage(
                QCoreApplication.translate(
                    "Startup", "The findings filter could not be prepared: %1"
                ).replace("%1", error_text(exc))
            )

    runner().submit(Job(fill, lane=SUMMARY_LANE, on_done=done, on_failed=failed, on_progress=say))
