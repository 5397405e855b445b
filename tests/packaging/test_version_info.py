"""The version in every form Windows needs comes from pyproject.toml."""

from __future__ import annotations

import ast
import importlib.metadata

import pytest

from .conftest import ROOT


def test_project_version_is_the_installed_one(version_info):
    assert version_info.project_version(ROOT / "pyproject.toml") == importlib.metadata.version(
        "avtalsregister"
    )


@pytest.mark.parametrize(
    ("version", "four", "msi"),
    [
        ("0.1.0", (0, 1, 0, 0), "0.1.0"),
        ("1.2", (1, 2, 0, 0), "1.2.0"),
        ("2.10.3rc1", (2, 10, 3, 0), "2.10.3"),
        ("1!3.4.5.6.7+local", (3, 4, 5, 6), "3.4.5"),
        ("1.0.post2", (1, 0, 0, 0), "1.0.0"),
    ],
)
def test_release_numbers_and_msi_version(version_info, version, four, msi):
    assert version_info.release_numbers(version) == four
    assert version_info.msi_version(version) == msi


@pytest.mark.parametrize("bad", ["", "dev", "v1.0", "1.70000"])
def test_versions_windows_cannot_hold_are_refused(version_info, bad):
    with pytest.raises(ValueError):
        version_info.release_numbers(bad)


def test_msi_refuses_major_above_255(version_info):
    with pytest.raises(ValueError, match="below 256"):
        version_info.msi_version("256.0.0")


def _evaluate(text: str) -> dict:
    """Evaluate the resource text with stand-ins that record their arguments."""

    def record(kind):
        return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}

    names = [
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ]
    tree = ast.parse(text, mode="eval")  # a single expression, as PyInstaller expects
    return eval(compile(tree, "version", "eval"), {n: record(n) for n in names})  # noqa: S307


def test_version_resource_carries_the_version(version_info, tmp_path):
    target = version_info.write_version_file(tmp_path / "v.txt", "1.2.3rc1", "avtalsregister.exe")
    info = _evaluate(target.read_text(encoding="utf-8"))
    assert info["ffi"]["filevers"] == (1, 2, 3, 0)
    assert info["ffi"]["prodvers"] == (1, 2, 3, 0)
    table = info["kids"][0]["args"][0][0]
    strings = {s["args"][0]: s["args"][1] for s in table["args"][1]}
    assert strings["ProductVersion"] == "1.2.3rc1"
    assert strings["FileVersion"] == "1.2.3.0"
    assert strings["OriginalFilename"] == "avtalsregister.exe"
    assert strings["ProductName"] == "Avtalsregister"


def test_command_line_prints_the_versions(version_info, capsys):
    assert version_info.main(["--print"]) == 0
    assert version_info.main(["--msi"]) == 0
    printed = capsys.readouterr().out.split()
    assert printed[0] == version_info.project_version()
    assert printed[1] == version_info.msi_version(printed[0])
