"""The Windows release workflow: pinned, complete, and safe with secrets."""

from __future__ import annotations

import re

import pytest
import yaml

from .conftest import ROOT

WORKFLOW = ROOT / ".github/workflows/windows-release.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def job(workflow) -> dict:
    return workflow["jobs"]["msi"]


def _run_text(job) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_runs_on_a_tag_push(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as true
    assert triggers["push"]["tags"] == ["v*"]


def test_runner_and_tools_are_pinned(job):
    assert job["runs-on"] == "windows-2022"
    python = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python"))
    assert re.fullmatch(r"3\.11\.\d+", python["with"]["python-version"])
    assert re.fullmatch(r"\d+\.\d+\.\d+", job["env"]["WIX_VERSION"])
    assert "dotnet tool install --global wix --version $env:WIX_VERSION" in _run_text(job)
    assert "-r packaging/requirements.txt" in _run_text(job)
    pins = (ROOT / "packaging/requirements.txt").read_text().split()
    assert any(re.fullmatch(r"pyinstaller==\d+\.\d+\.\d+", p) for p in pins)
    for step in job["steps"]:
        if "uses" in step:
            assert re.search(r"@v\d+$", step["uses"]), step["uses"]


def test_builds_smoke_tests_and_harvests_the_bundle(job):
    text = _run_text(job)
    assert "packaging\\avtalsregister.spec" in text
    for option in ("--version", "--bundle-check", "--smoke-test"):
        assert option in text
    assert "avtalsregister-gui.exe" in text and '"smoke test ok"' in text
    assert "make_fragment.py" in text and "packaging\\windows\\Package.wxs" in text
    assert "wix build -arch x64" in text
    assert (ROOT / "packaging/windows/make_fragment.py").is_file()
    assert (ROOT / "packaging/windows/Package.wxs").is_file()


def test_install_test_checks_that_uninstall_keeps_the_register(job):
    text = _run_text(job)
    assert "/i `" in text and "/x `" in text
    assert "Avtalsregister\\Avtalsregister\\avtalsregister.sqlite3" in text
    assert "uninstall removed the user's register" in text


def test_signing_is_optional_and_keeps_secrets_in_the_signing_steps(job):
    assert not any("secrets." in str(v) for v in job.get("env", {}).values())
    signing = [s for s in job["steps"] if "secrets." in str(s)]
    assert signing, "no signing steps"
    for step in signing:
        assert step["name"] == "Signing available?" or "steps.signing.outputs.enabled" in step["if"]
    signs = [s for s in job["steps"] if "sign /f" in s.get("run", "")]
    assert len(signs) == 2  # the programs, then the MSI
    for step in signs:
        assert "/fd SHA256" in step["run"] and "/tr $env:TIMESTAMP_URL" in step["run"]
    cleanup = next(s for s in job["steps"] if s.get("name") == "Remove the certificate")
    assert cleanup["if"].startswith("always()")


def test_msi_is_uploaded_and_attached(job):
    upload = next(
        s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact")
    )
    assert upload["with"]["if-no-files-found"] == "error"
    attach = next(s for s in job["steps"] if s.get("name") == "Attach to the release")
    assert attach["if"] == "github.ref_type == 'tag'"
    assert "gh release" in attach["run"]


def test_tag_must_match_the_project_version(job):
    step = next(s for s in job["steps"] if s.get("id") == "version")
    assert "packaging/version_info.py --print" in step["run"]
    assert "does not match" in step["run"]
