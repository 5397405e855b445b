"""A target that cannot be replaced gets "the file is open in another program".

On Windows ``os.replace`` onto a workbook Excel has open raises PermissionError
(tests/windows/ holds a file open for real). Here the same PermissionError
comes from the kernel: the old file is made immutable (``chattr +i``), which
refuses the rename even for root. Remove the ``except PermissionError`` in
``exports/atomic.py`` and this test fails.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.exports.atomic import TargetLockedError, atomic_target

pytestmark = pytest.mark.posix("chattr is Linux's; tests/windows/ holds the file open instead")


@pytest.fixture
def immutable(tmp_path: Path):
    """A target file the kernel refuses to replace; made mutable again afterwards."""
    if sys.platform != "linux" or shutil.which("chattr") is None:
        pytest.skip("needs Linux's chattr (e2fsprogs)")
    target = tmp_path / "Register.xlsx"
    target.write_bytes(b"the old workbook")
    made = subprocess.run(["chattr", "+i", str(target)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"chattr +i refused here (needs root and ext4/xfs/btrfs): {made.stderr}")
    yield target
    subprocess.run(["chattr", "-i", str(target)], check=True)


def test_a_target_that_cannot_be_replaced_is_explained(immutable: Path) -> None:
    with pytest.raises(TargetLockedError) as info, atomic_target(immutable) as tmp:
        tmp.write_bytes(b"the new workbook")
    assert "öppen i ett annat program" in info.value.message("sv")
    assert "open in another program" in info.value.message("en")
    assert str(immutable) in info.value.message("sv")
    assert isinstance(info.value.__cause__, PermissionError)
    assert immutable.read_bytes() == b"the old workbook"
    assert [p.name for p in immutable.parent.iterdir()] == ["Register.xlsx"]  # no .part left
