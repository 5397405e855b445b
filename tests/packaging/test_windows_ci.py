"""The Windows CI job: on every push and pull request to main, the suite on Windows,
the bundle, the MSI installed, upgraded by a second build and uninstalled.

This machine has no Windows runner: these tests read the workflow; the job
itself runs on GitHub (and tests/packaging/test_workflow_lint.py lints it).
"""

from __future__ import annotations

import re

import pytest
import yaml

from .conftest import ROOT

WORKFLOW = ROOT / ".github/workflows/windows-ci.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def steps(workflow) -> list[dict]:
    (job,) = workflow["jobs"].values()
    assert job["runs-on"] == "windows-2022"
    return job["steps"]


def _step(steps: list[dict], name: str) -> str:
    found = [s for s in steps if s.get("name", "").startswith(name)]
    assert len(found) == 1, f"no single step named {name!r}"
    return found[0].get("run", "")


def _index(steps: list[dict], name: str) -> int:
    return next(i for i, s in enumerate(steps) if s.get("name", "").startswith(name))


def test_runs_on_every_push_and_pull_request_to_main(workflow) -> None:
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as true
    assert triggers["push"]["branches"] == ["main"]
    assert triggers["pull_request"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read"}  # no secrets, no writes


def test_installs_the_test_extra_and_runs_the_suite(steps) -> None:
    assert '-e ".[test]"' in _step(steps, "Install with the test extra")
    mapped = _step(steps, "A mapped network drive")
    assert "New-SmbShare" in mapped and "net use Z:" in mapped
    assert "AVTALSREGISTER_TEST_MAPPED_DRIVE" in mapped and "AVTALSREGISTER_TEST_SHARE" in mapped
    assert "python -m pytest" in _step(steps, "Test suite on Windows")
    assert _index(steps, "A mapped network drive") < _index(steps, "Test suite on Windows")


def test_builds_the_bundle_and_runs_its_checks(steps) -> None:
    assert "packaging\\avtalsregister.spec" in _step(steps, "Build the bundle")
    checks = _step(steps, "Self-check and smoke test the bundle")
    for option in ("--version", "--bundle-check", "--smoke-test", "avtalsregister-gui.exe"):
        assert option in checks
    assert "smoke_stress.py" in _step(steps, "Smoke test the bundle 10 times")


def test_installs_upgrades_and_uninstalls_keeping_the_register(steps) -> None:
    build = _step(steps, "Build two MSIs")
    assert "steps.version.outputs.msi" in build and "steps.version.outputs.next" in build
    assert "wix build -arch x64" in build and "make_fragment.py" in build
    install = _step(steps, "Install per user")
    assert 'msiexec -ArgumentList "/i' in install
    assert "--smoke-test" in install and "init --demo" in install
    upgrade = _step(steps, "Install the second build over it")
    assert "outputs.next" in upgrade and "Get-FileHash" in upgrade
    assert "products installed after the upgrade" in upgrade
    assert "--smoke-test" in upgrade
    uninstall = _step(steps, "Uninstall")
    assert '"/x' in uninstall and "uninstall removed the user's register" in uninstall
    order = [_index(steps, n) for n in ("Install per", "Install the second", "Uninstall")]
    assert order == sorted(order)
    register = r"$env:LOCALAPPDATA\Avtalsregister\Avtalsregister\avtalsregister.sqlite3"
    for text in (install, upgrade, uninstall):
        assert register in text


def test_the_next_version_is_higher(steps) -> None:
    text = _step(steps, "Version")
    assert re.search(r"\[int\]\$parts\[2\] \+ 1", text)


def test_the_msis_are_uploaded(steps) -> None:
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact"))
    assert "dist/*.msi" in upload["with"]["path"]


def test_the_release_stays_tag_triggered() -> None:
    release = yaml.safe_load((ROOT / ".github/workflows/windows-release.yml").read_text())
    triggers = release.get("on", release.get(True))
    assert set(triggers) == {"push", "workflow_dispatch"} and triggers["push"] == {"tags": ["v*"]}
