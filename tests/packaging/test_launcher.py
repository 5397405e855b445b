"""The bundle's entry script: windowed streams and the working directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest


@pytest.fixture
def fresh_user(tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


def test_windowed_program_logs_errors_in_the_user_data_folder(launcher, fresh_user, monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    launcher._give_windowed_program_streams()
    print("nobody sees this")
    log = fresh_user / ".local/share/Avtalsregister/avtalsregister-gui.log"
    assert not log.exists()  # nothing written until an error is
    print("Traceback: something failed", file=sys.stderr)
    assert "something failed" in log.read_text(encoding="utf-8")


def test_windowed_program_leaves_its_own_folder(launcher, fresh_user, tmp_path, monkeypatch):
    program = tmp_path / "Programs/Avtalsregister"
    (program / "_internal").mkdir(parents=True)
    monkeypatch.chdir(program / "_internal")
    assert launcher.leave_program_folder(program) == fresh_user / "Documents"
    assert Path.cwd() == fresh_user / "Documents"


def test_working_directory_elsewhere_is_kept(launcher, fresh_user, tmp_path, monkeypatch):
    elsewhere = tmp_path / "work"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert launcher.leave_program_folder(tmp_path / "Programs/Avtalsregister") is None
    assert Path(os.getcwd()) == elsewhere
