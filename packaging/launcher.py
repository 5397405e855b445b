"""Entry script of both bundled executables (built by packaging/avtalsregister.spec).

The bundle has two programs sharing one folder and one set of modules:

* ``avtalsregister-gui.exe`` - windowed (no console flashes up); what the
  Start menu shortcut starts. Same as the ``avtalsregister-gui`` script that
  ``pip install`` makes.
* ``avtalsregister.exe`` - a console program: the command line (``init``,
  ``check``, ``backup`` ...), ``--version`` and ``--smoke-test`` with their
  output visible, for IT and for CI. Without a command it starts the desktop
  program too, like the ``avtalsregister`` script.

One more option exists only in the bundle: ``--bundle-check`` checks that
every file and module the program needs was packed (``bundle_check.py``).

A windowed program on Windows has no stdout/stderr (``None``), so ``print``
would raise. Output then goes nowhere, except errors, which are appended to
``avtalsregister-gui.log`` in the user's data folder (never the program
folder) so that IT can read why a start failed.

The Start menu shortcut starts the program in its own folder. Save and open
dialogs that are given a bare file name (``Memos.pdf``) open in the working
directory, which would invite the registrar to save into the program folder,
where an uninstall or upgrade leaves the files stranded. So the windowed
program moves from its own folder to the user's Documents folder first.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path


class _LazyLog:
    """A text stream that opens the log file only when something is written."""

    def __init__(self) -> None:
        self._handle = None

    def write(self, text: str) -> int:
        if self._handle is None:
            from desktop_app.paths import user_data_path

            self._handle = open(  # noqa: SIM115 - kept open for the process's life
                user_data_path() / "avtalsregister-gui.log", "a", encoding="utf-8"
            )
        written = self._handle.write(text)
        self._handle.flush()
        return written

    def flush(self) -> None:
        if self._handle is not None:
            self._handle.flush()

    def isatty(self) -> bool:
        return False


def _give_windowed_program_streams() -> None:
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = _LazyLog()


def leave_program_folder(program_dir: Path) -> Path | None:
    """chdir to the user's Documents (else home) if the working directory is the program's.

    Returns the new working directory, or None when it was left alone (the
    console program keeps the directory it was started in: relative paths on
    its command line mean that directory).
    """
    try:
        cwd = Path.cwd().resolve()
    except OSError:  # the working directory was deleted
        cwd = program_dir
    program_dir = program_dir.resolve()
    if cwd != program_dir and program_dir not in cwd.parents:
        return None
    from platformdirs import user_documents_dir

    for candidate in (Path(user_documents_dir()), Path.home()):
        if candidate.is_dir():
            os.chdir(candidate)
            return candidate
    return None


def main() -> int:
    multiprocessing.freeze_support()
    _give_windowed_program_streams()
    args = sys.argv[1:]
    if args == ["--bundle-check"]:
        from bundle_check import run_bundle_check

        return run_bundle_check()
    from desktop_app.main import gui_main
    from desktop_app.main import main as cli_main

    executable = Path(sys.executable)
    if executable.stem.lower().endswith("-gui"):
        leave_program_folder(executable.parent)
        return gui_main(args)
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
