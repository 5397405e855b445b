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
from collections.abc import Iterator
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


@contextlib.contextmanager
def atomic_target(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success move it into place."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.stem}.", suffix=target.suffix + ".part", dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _give_normal_mode(tmp, target)
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise TargetLockedError(
                f"Filen {target} är öppen i ett annat program (till exempel Excel). Stäng "
                "den och försök igen; den gamla filen är orörd.",
                f"The file {target} is open in another program (Excel, for example). "
                "Close it and try again; the old file is untouched.",
            ) from exc
    finally:
        tmp.unlink(missing_ok=True)
