"""A document that cannot be written becomes one sentence, never a traceback.

Every command and dialog that writes a file (exports, the annual report,
memos, the calendar, the rejected-rows report, a backup) meets the same
failures: the folder is missing or read-only, the target is a folder, the
disk is full, the file is open in another program. ``output_error`` turns the
operating system's error into a Swedish (and English) sentence that says what
to do, with the OS's own words after it in parentheses; ``check_target``
finds the first three before any work is done; ``writing`` wraps a write.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from desktop_app.store.errors import StoreError


class OutputError(StoreError):
    """A document could not be written where asked; nothing half-written was left."""


def _detail(exc: OSError) -> str:
    text = exc.strerror or str(exc)
    return f" ({text})" if text else ""


def output_error(exc: OSError, target: str | os.PathLike) -> OutputError:
    """The sentence for an OS error met while writing ``target``."""
    target = Path(target)
    folder = target.parent
    code = exc.errno
    detail = _detail(exc)
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR:
        sv = f"{target} är en mapp, inte en fil. Ange ett filnamn i mappen"
        en = f"{target} is a folder, not a file. Give a file name in it"
        if target.suffix:
            sv += f", till exempel {target / ('fil' + target.suffix)}"
            en += f", for example {target / ('file' + target.suffix)}"
        sv, en = sv + ".", en + "."
    elif isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        sv = f"Mappen {folder} finns inte. Skapa den eller välj en annan plats."
        en = f"The folder {folder} does not exist. Create it or choose another place."
    elif isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        sv = (f"{target.name} kan inte sparas i {folder}: mappen är skrivskyddad eller så "
              "saknar du behörighet där. Välj en annan mapp.")  # fmt: skip
        en = (f"{target.name} cannot be saved in {folder}: the folder is read-only or you "
              "lack permission there. Choose another folder.")  # fmt: skip
    elif code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        sv = (f"Det finns inte plats för {target.name} i {folder} (disken är full). Frigör "
              "utrymme eller välj en annan plats; ingen halv fil sparades.")  # fmt: skip
        en = (f"There is no room for {target.name} in {folder} (the disk is full). Free "
              "some space or choose another place; no partial file was saved.")  # fmt: skip
    elif code == errno.ENAMETOOLONG:
        sv = f"Sökvägen {target} är för lång. Välj ett kortare namn eller en annan mapp."
        en = f"The path {target} is too long. Choose a shorter name or another folder."
    elif code == errno.ENOTDIR:
        sv = f"{folder} är ingen mapp. Välj en mapp att spara {target.name} i."
        en = f"{folder} is not a folder. Choose a folder to save {target.name} in."
    else:
        sv = f"{target} kunde inte sparas. Välj en annan plats eller försök igen."
        en = f"{target} could not be saved. Choose another place or try again."
    return OutputError(sv + detail, en + detail)


def check_target(target: str | os.PathLike, *, folder_ok: bool = False) -> Path:
    """Refuse a target that cannot be written before any work is done.

    ``folder_ok``: the target is a folder to write several files into (memos,
    one per entry); it may be new (it is the output itself), but the folder
    it goes in must exist, as for a file."""
    target = Path(target).expanduser()
    if folder_ok and target.exists() and not target.is_dir():
        raise output_error(OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR)), target / "x")
    if folder_ok and target.is_dir():
        probe = target
    else:
        if not folder_ok and target.is_dir():
            raise output_error(IsADirectoryError(errno.EISDIR, "Is a directory"), target)
        probe = target.parent if str(target.parent) else Path(".")
        if not probe.is_dir():
            code = errno.ENOTDIR if probe.exists() else errno.ENOENT
            raise output_error(OSError(code, os.strerror(code)), target)
    if not os.access(probe, os.W_OK | os.X_OK):
        raise output_error(PermissionError(errno.EACCES, os.strerror(errno.EACCES)),
                           target / "x" if probe == target else target)  # fmt: skip
    return target


@contextlib.contextmanager
def writing(target: str | os.PathLike) -> Iterator[None]:
    """Turn an OS error while writing ``target`` into its sentence."""
    try:
        yield
    except OutputError:
        raise
    except StoreError:
        raise
    except OSError as exc:
        raise output_error(exc, target) from exc
