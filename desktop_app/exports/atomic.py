"""Write a file completely or not at all.

The document is written to a temporary file in the target's folder and moved
into place with ``os.replace`` only when complete: a failed or cancelled
export leaves no half file and never destroys an existing one. A target that
Windows keeps locked (open in Excel or a PDF viewer) becomes a clear message.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop_app.store.errors import StoreError


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


def _writer_gone(pid: int, path: Path) -> bool:
    """Whether the process that wrote a temporary file is gone (it was killed)."""
    if sys.platform == "win32":  # no harmless liveness probe: an hour old is gone
        return time.time() - path.stat().st_mtime > 3600
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def sweep_leftovers(target: Path) -> list[Path]:
    """Remove the temporary files of earlier writes of ``target`` whose writer was
    killed (``.name.PID.random.xlsx.part``): they hold register data and are no
    document. Another program's write in progress is left alone."""
    removed = []
    head = f".{target.stem}."
    for part in target.parent.glob(f"{glob_escape(head)}*{glob_escape(target.suffix)}.part"):
        pid = part.name[len(head) :].split(".", 1)[0]
        try:
            if pid.isdigit() and int(pid) != os.getpid() and _writer_gone(int(pid), part):
                part.unlink()
                removed.append(part)
        except OSError:
            continue
    return removed


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


@contextlib.contextmanager
def atomic_target(
    target: str | os.PathLike,
    finish: Callable[[Callable[[], None]], None] | None = None,
) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success move it into place.

    The temporary file is named after the target and this process
    (``.name.PID.random.xlsx.part``), so that the next write of the same
    target removes what a killed write left (``sweep_leftovers``).

    ``finish(replace)``, if given, must call ``replace()`` to put the file in
    place: an export records itself in the audit trail there, in the same
    transaction, so a document that cannot be recorded is not written (R10)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_leftovers(target)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.stem}.{os.getpid()}.", suffix=target.suffix + ".part", dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _give_normal_mode(tmp, target)
        if finish is None:
            _replace(tmp, target)
        else:
            finish(lambda: _replace(tmp, target))
    finally:
        tmp.unlink(missing_ok=True)


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
