"""A document is written completely or not at all, with a normal file mode."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop_app.exports.atomic import atomic_target


def test_complete_file_replaces_and_has_a_normal_mode(tmp_path: Path) -> None:
    target = tmp_path / "register.xlsx"
    with atomic_target(target) as tmp:
        tmp.write_bytes(b"new")
    mask = os.umask(0)
    os.umask(mask)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.posix("file modes are POSIX's; Windows keeps only a read-only flag")
def test_failure_keeps_the_old_file_and_leaves_no_part(tmp_path: Path) -> None:
    target = tmp_path / "register.xlsx"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    with pytest.raises(RuntimeError), atomic_target(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]
    with atomic_target(target) as tmp:
        tmp.write_bytes(b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the replaced file's mode
