"""The bundle self-check, run here against the source checkout.

In a checkout every listed file and module is present, so the check must
pass; a manifest naming something that is not there must fail and say what.
The same code runs inside the built bundle in build_linux.sh and on the
Windows runner.
"""

from __future__ import annotations

import os

import pytest

from .conftest import ROOT, load

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def check(contents, tmp_path, monkeypatch):
    module = load("bundle_check.py")
    manifest = contents.write_manifest(ROOT, _installed_version(), tmp_path / "manifest.json")
    monkeypatch.setattr(module, "_manifest_path", lambda: manifest)
    return module, manifest


def _installed_version() -> str:
    from desktop_app import __version__

    return __version__


def test_checkout_passes(check, capsys):
    module, _ = check
    assert module.run_bundle_check() == 0
    out = capsys.readouterr().out
    assert "bundle check ok" in out
    assert "migrations load: m0001_initial" in out
    assert "PostgreSQL driver: psycopg2 available to the store's adapter" in out
    assert "qtbase_sv.qm" in out


def test_missing_file_module_and_translation_are_named(check, capsys):
    import json

    module, manifest = check
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["files"].append("db/seed/gone.json")
    data["modules"].append("desktop_app.no_such_module")
    data["ts_files"].append("nowhere_sv.ts")
    data["version"] = "0.0.0-other"
    manifest.write_text(json.dumps(data), encoding="utf-8")
    assert module.run_bundle_check() == 1
    err = capsys.readouterr().err
    assert "bundle check FAILED (4 problems)" in err
    assert "missing file db/seed/gone.json" in err
    assert "module desktop_app.no_such_module does not import" in err
    assert "nowhere_sv.ts has no nowhere_sv.qm" in err
    assert "differs from pyproject's 0.0.0-other" in err
