"""Write a file completely or not at all.

The document is written to a temporary file in the target's folder and moved
into place with ``os.replace`` only when complete: a failed or cancelled
export leaves no half file and never destroys an existing one. A target that
Windows keeps locked (open in Excel or a PDF viewer) becomes a clear message.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from desktop_app.store.errors import StoreError
from desktop_app.store.temp_files import (
    SHEET_PREFIX,
    remove_orphans,
    sheet_folder,
    sweep_sheet_files,
)


class TargetLockedError(StoreError):
    """The target file is open in another program (Windows locks it)."""


def _give_normal_mode(tmp: Path, target: Path) -> None:
    """mkstemp makes owner-only files; a document gets the mode a new file would
    get (or the replaced file's), so colleagues can open what was shared."""
    try:
        if target.exists():
            mode = target.stat().st_mode & 0o777
        else:
            mask = os.umask(0)
            os.umask(mask)
            mode = 0o666 & ~mask
        os.chmod(tmp, mode)
    except OSError:
        pass  # not fatal: the document itself is complete


def sweep_leftovers(target: Path) -> list[Path]:
    """Remove the temporary files of earlier writes of ``target`` whose writer was
    killed (``.name.PID.random.xlsx.part``): they hold register data and are no
    document. Another program's write in progress is left alone."""
    head = f".{target.stem}."
    found = target.parent.glob(f"{glob_escape(head)}*{glob_escape(target.suffix)}.part")
    return remove_orphans(found, head)


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


@contextlib.contextmanager
def atomic_target(
    target: str | os.PathLike,
    finish: Callable[[Callable[[], None]], None] | None = None,
    *,
    record: Callable[[], None] | None = None,
) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success move it into place.

    The temporary file is named after the target and this process
    (``.name.PID.random.xlsx.part``), so that the next write of the same
    target removes what a killed write left (``sweep_leftovers``).

    ``record()``, if given, writes the document's audit rows: it runs in the
    write transaction that puts the file in place, so a document that cannot
    be recorded is not written (R10, ``recorded_targets``). ``finish(replace)``
    is the older form of the same: it must call ``replace()`` itself."""
    if record is not None:
        with recorded_targets([target], record) as (tmp,):
            yield tmp
        return
    target = Path(target)
    with recorded_targets([target], None) as (tmp,), _placing(tmp, target, finish):
        yield tmp


@contextlib.contextmanager
def _placing(
    tmp: Path, target: Path, finish: Callable[[Callable[[], None]], None] | None
) -> Iterator[None]:
    """``atomic_target``'s ``finish`` form: the caller's own transaction places it."""
    yield
    _give_normal_mode(tmp, target)
    if finish is None:
        _replace(tmp, target)
    else:
        finish(lambda: _replace(tmp, target))


class DocumentNotRecordedError(StoreError):
    """A document was made but could not be recorded in the register's history,
    so it was not written (R10): the register is locked, read-only, the role
    may not record, the server is gone. The file is not there."""

    def __init__(self, targets: list[Path], cause: StoreError) -> None:
        names = ", ".join(t.name for t in targets)
        super().__init__(
            f"{names} skrevs inte, eftersom dokumentet inte kunde antecknas i registrets "
            f"historik. {cause.user_message}",
            f"{names} was not written, because the document could not be recorded in the "
            f"register's history. {cause.user_message_en}",
        )
        self.cause = cause


@contextlib.contextmanager
def recorded_targets(
    targets: Sequence[str | os.PathLike], record: Callable[[], None] | None
) -> Iterator[tuple[Path, ...]]:
    """Temporary paths beside each target; on success all are put in place at once.

    With ``record``, one write transaction records the documents
    (``services.audit.record_document``) and moves the files into place; if
    recording fails (the register locked by another user, read-only, a reader
    without the right, the server gone) no file is placed and
    ``DocumentNotRecordedError`` says so. If the commit itself fails after the
    files were moved, they are removed again: a document is recorded or not
    there. Without ``record`` the caller places the files (``atomic_target``).
    """
    paths = [Path(t) for t in targets]
    tmps: list[Path] = []
    try:
        for target in paths:
            target.parent.mkdir(parents=True, exist_ok=True)
            sweep_leftovers(target)
            fd, tmp_name = tempfile.mkstemp(
                prefix=f".{target.stem}.{os.getpid()}.",
                suffix=target.suffix + ".part",
                dir=target.parent,
            )
            os.close(fd)
            tmps.append(Path(tmp_name))
        yield tuple(tmps)
        if record is not None:
            for tmp, target in zip(tmps, paths, strict=True):
                _give_normal_mode(tmp, target)
            _record_and_place(list(zip(tmps, paths, strict=True)), record)
    finally:
        for tmp in tmps:
            tmp.unlink(missing_ok=True)


def _record_and_place(pairs: list[tuple[Path, Path]], record: Callable[[], None]) -> None:
    from desktop_app.services.context import write_transaction

    placed: list[Path] = []
    try:
        with write_transaction():
            record()
            for tmp, target in pairs:
                _replace(tmp, target)
                placed.append(target)
    except BaseException as exc:
        for target in placed:  # recorded nothing: the document is not there either
            with contextlib.suppress(OSError):
                target.unlink()
        if isinstance(exc, StoreError) and not isinstance(exc, TargetLockedError):
            raise DocumentNotRecordedError([t for _, t in pairs], exc) from exc
        raise


def _replace(tmp: Path, target: Path) -> None:
    try:
        os.replace(tmp, target)
    except PermissionError as exc:
        raise TargetLockedError(
            f"Filen {target} är öppen i ett annat program (till exempel Excel). Stäng "
            "den och försök igen; den gamla filen är orörd.",
            f"The file {target} is open in another program (Excel, for example). "
            "Close it and try again; the old file is untouched.",
        ) from exc


# ---------------------------------------------------------------- openpyxl's sheet files
#
# openpyxl streams every sheet into a temporary file of its own
# (``openpyxl.worksheet._writer.create_temporary_file``) and removes it when
# the workbook is saved, or at exit. A killed export left them, full of
# register data, in the system's temp folder (issue 12: 15 files, 43 MB in
# one run). They are made in the user's own data folder instead
# (``<data>/tmp``), named ``avtalsregister-sheet.<PID>.*.part``, and the
# next start of the program (``services.session.open_register``) or the next
# export removes those whose process is gone. Not beside the target: the
# target's disk filling up must fail at save, as one sentence (the CLI's
# disk-full test), not in the middle of writing rows.


def _sheet_file(suffix: str = "") -> str:
    from openpyxl.worksheet import _writer

    fd, name = tempfile.mkstemp(
        prefix=f"{SHEET_PREFIX}{os.getpid()}.", suffix=f"{suffix}.part", dir=sheet_folder()
    )
    os.close(fd)
    _writer.ALL_TEMP_FILES.append(name)  # openpyxl removes it when saved, or at exit
    return name


def keep_sheets_private() -> None:
    """Make openpyxl's sheet files in ``sheet_folder`` (idempotent; the Excel
    modules call it when imported, before any workbook is made)."""
    from openpyxl.worksheet import _writer

    if _writer.create_temporary_file is not _sheet_file:
        _writer.create_temporary_file = _sheet_file
        sweep_sheet_files()


def discard_sheet_file(ws: object) -> None:
    """Remove a closed write-only sheet's file now (a failed or cancelled export),
    not at the program's exit."""
    writer = getattr(ws, "_writer", None)
    out = getattr(writer, "out", None)
    if isinstance(out, str):
        with contextlib.suppress(OSError):
            os.remove(out)
