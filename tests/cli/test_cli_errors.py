"""Every CLI command that writes a file, against every bad output and every bad number.

Each failure must be one line (a Swedish sentence, the OS's words after it in
parentheses), exit status 2, no traceback, and nothing half-written: the
target does not exist afterwards and no temporary ``.part`` file is left.

The bad outputs: a read-only folder, a folder where a file should be (or a
file where a folder should be), a missing folder and a full disk. As root
(the CI container) the read-only folder is a read-only tmpfs mount and the full
disk a 512 KB tmpfs filled to the last byte; as a normal user the folder is
made read-only with chmod and the disk is "full" by a file-size limit
(RLIMIT_FSIZE, with SIGXFSZ ignored so the write fails with EFBIG). Where
neither works the case is skipped with the reason.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from tests.importers.legacy import write_legacy

pytestmark = pytest.mark.posix("mounts, chmod and rlimits are POSIX")

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run(*args: str, db: Path, limit: int | None = None, timeout: int = 180):
    def preexec() -> None:  # the child only: a small file-size limit = a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = dict(os.environ, AVTALSREGISTER_DATABASE=str(db))
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        preexec_fn=preexec if limit is not None else None,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "demo.sqlite3"
    r = run("init", "--demo", db=db)
    assert r.returncode == 0, r.stderr
    return db, write_legacy(folder, "xlsx")


@dataclass(frozen=True)
class Command:
    name: str
    suffix: str  # "" for a folder target
    args: Callable[[str, Path], list[str]]

    @property
    def folder(self) -> bool:
        return self.suffix == ""


YEAR = str(date.today().year)
COMMANDS = [
    Command("export", ".xlsx", lambda t, f: ["export", t]),
    Command("annual-report", ".xlsx", lambda t, f: ["annual-report", YEAR, t]),
    Command("memos", ".pdf", lambda t, f: ["memos", t, "--due-within", "36500"]),
    Command(
        "memos-separate", "", lambda t, f: ["memos", "--separate-files", t, "--due-within", "36500"]
    ),  # fmt: skip
    Command("calendar", ".ics", lambda t, f: ["calendar", t, "--due-within", "36500"]),
    Command(
        "import-report", ".xlsx", lambda t, f: ["import", str(f), "--dry-run", "--report", t]
    ),  # fmt: skip
    Command("backup", ".sqlite3", lambda t, f: ["backup", t]),
]


def _mount(where: Path, options: str) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                       capture_output=True)  # fmt: skip
    return r.returncode == 0


@contextlib.contextmanager
def mounted(where: Path, options: str) -> Iterator[bool]:
    ok = IS_ROOT and _mount(where, options)
    try:
        yield ok
    finally:
        if ok:
            subprocess.run(["umount", str(where)], capture_output=True)


def _fill(folder: Path) -> None:
    """Write until the filesystem says it is full."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        block = b"\0" * 4096
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, block)
    finally:
        os.close(fd)


@contextlib.contextmanager
def bad_output(kind: str, cmd: Command, tmp: Path) -> Iterator[tuple[Path, Path, int | None]]:
    """(target, the folder to check for leftovers, rlimit or None) for ``kind``."""
    name = f"ut{cmd.suffix}" if cmd.suffix else "pm"
    if kind == "missing":
        folder = tmp / "saknas"  # a folder for memos may be new; the one it goes in may not
        yield (folder / name), tmp, None
    elif kind == "folder-as-target":
        if cmd.folder:
            target = tmp / "en fil"
            target.write_text("ingen mapp")
        else:
            target = tmp / name
            target.mkdir()
        yield target, tmp, None
    elif kind == "read-only":
        folder = tmp / "skrivskyddad"
        with mounted(folder, "ro,size=64k") as ok:
            if not ok:
                if IS_ROOT:
                    pytest.skip("root and no tmpfs mount: a read-only folder cannot be made")
                folder.mkdir(exist_ok=True)
                folder.chmod(0o555)
            try:
                yield (folder / name if not cmd.folder else folder), folder, None
            finally:
                if not ok:
                    folder.chmod(0o755)
    elif kind == "full":
        folder = tmp / "full"
        with mounted(folder, "size=512k") as ok:
            if ok:
                _fill(folder)
                yield (folder / name if not cmd.folder else folder), folder, None
            else:
                folder.mkdir(exist_ok=True)
                yield (folder / name if not cmd.folder else folder), folder, 2048
    else:
        raise AssertionError(kind)


def _assert_one_sentence(r: subprocess.CompletedProcess, what: str) -> str:
    assert r.returncode == 2, f"{what}: exit {r.returncode}\n{r.stdout}\n{r.stderr}"
    assert "Traceback" not in r.stderr + r.stdout, f"{what}: {r.stderr}"
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"{what}: {r.stderr}"
    return lines[0]


def _leftovers(folder: Path, target: Path, cmd: Command) -> list[str]:
    if not folder.is_dir():
        return []
    found = [p.name for p in folder.rglob("*") if ".part" in p.name]
    if cmd.folder:
        if target.is_dir():
            found += [p.name for p in target.iterdir() if p.name != "filler"]
    elif target.is_file():
        found.append(target.name)
    if cmd.name == "annual-report":
        found += [p.name for p in folder.glob("*.pdf")]
    return found


@pytest.mark.parametrize("kind", ["read-only", "folder-as-target", "missing", "full"])
@pytest.mark.parametrize("cmd", COMMANDS, ids=[c.name for c in COMMANDS])
def test_bad_output_is_one_sentence_and_exit_2(demo, tmp_path, cmd: Command, kind: str):
    db, legacy = demo
    tmp = tmp_path / uuid.uuid4().hex[:6]
    tmp.mkdir()
    with bad_output(kind, cmd, tmp) as (target, folder, limit):
        r = run(*cmd.args(str(target), legacy), db=db, limit=limit)
        line = _assert_one_sentence(r, f"{cmd.name} / {kind}")
        expected = {
            "read-only": "skrivskyddad",
            "folder-as-target": "är en mapp" if not cmd.folder else "ingen mapp",
            "missing": "finns inte",
            "full": "inte plats",
        }[kind]
        assert expected in line, f"{cmd.name} / {kind}: {line}"
        if kind == "folder-as-target" and not cmd.folder:
            assert target.is_dir() and not any(target.iterdir())
        else:
            assert not _leftovers(folder, target, cmd), (cmd.name, kind)
    if kind == "missing":
        assert not (tmp / "saknas").exists()  # not created behind the user's back


BAD_NUMBERS = [
    ["export", "ut.xlsx", "--due-within", "-5"],
    ["export", "ut.xlsx", "--due-within", "36501"],
    ["export", "ut.xlsx", "--due-within", "99999999999"],
    ["export", "ut.xlsx", "--due-within", "snart"],
    ["calendar", "ut.ics", "--due-within", "-1"],
    ["calendar", "ut.ics", "--lead-days", "-1"],
    ["calendar", "ut.ics", "--lead-days", "3651"],
    ["memos", "ut.pdf", "--due-within", "-1"],
    ["memos", "ut.pdf", "--due-within", "1e9"],
    ["annual-report", "20x6", "ut.xlsx"],
    ["annual-report", "1066", "ut.xlsx"],
    ["import", "LEGACY", "--map", "Land"],
    ["import", "LEGACY", "--map", "=title"],
    ["import", "LEGACY", "--force"],
    ["export", "ut.csv"],
    ["memos", "--id", "1", "2"],
    ["memos", "ut.pdf", "--id", "KS 1999/0000"],
]


@pytest.mark.parametrize("args", BAD_NUMBERS, ids=[" ".join(a) for a in BAD_NUMBERS])
def test_bad_number_or_option_is_one_sentence_and_exit_2(demo, tmp_path, args):
    db, legacy = demo
    argv = [str(legacy) if a == "LEGACY" else a for a in args]
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        r = run(*argv, db=db)
    finally:
        os.chdir(cwd)
    _assert_one_sentence(r, " ".join(args))
    assert not [p for p in tmp_path.iterdir()], "nothing written"


def test_export_names_the_extension_it_writes(demo, tmp_path):
    db, _ = demo
    r = run("export", str(tmp_path / "b.csv"), db=db)
    line = _assert_one_sentence(r, "export b.csv")
    assert ".xlsx" in line and "b.xlsx" in line


def test_memos_accept_case_numbers_and_several(demo, tmp_path):
    db, _ = demo
    out = tmp_path / "pm.pdf"
    r = run("memos", str(out), "--id", "T2022-02117", "--id", "ks 2009/412", db=db)
    assert r.returncode == 0, r.stderr
    assert "Skrev 2 PM" in r.stdout and out.exists()


def test_help_follows_the_language(demo):
    db, _ = demo
    r = run("export", "--help", db=db)
    assert r.returncode == 0 and "användning:" in r.stdout and "Skriv registret" in r.stdout
    assert "flaggor:" in r.stdout and "visa den här hjälpen" in r.stdout
    r = run("--lang", "en", "export", "--help", db=db)
    assert "usage:" in r.stdout and "Write the register" in r.stdout
    r = run("--help", db=db)
    assert "skriv registret (eller ett urval)" in r.stdout


def test_help_texts_have_their_swedish():
    """The commands of cli/core.py, cli/excel.py and the calendar (other commands' new
    options may land before their Swedish: they stay English until added)."""
    import argparse

    from desktop_app.cli import build_parser
    from desktop_app.cli.help_sv import HELP_SV, help_texts

    parser = build_parser(["--lang", "en"])
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    mine = ("init", "backup", "restore", "export", "annual-report", "import", "calendar")
    texts = [a.help for a in sub._choices_actions if a.dest in mine]
    for name in ("init", "backup", "restore", "export", "annual-report", "import", "calendar"):
        texts += help_texts(sub.choices[name])
    missing = [t for t in dict.fromkeys(texts) if t not in HELP_SV]
    assert not missing, "add to desktop_app/cli/help_sv.py:\n" + "\n".join(missing)
