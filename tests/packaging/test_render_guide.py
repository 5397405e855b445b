"""The HTML user guide in the bundle: complete pages whose links all land.

``markdown`` is in the test extra and in packaging/requirements.txt; the
bundle self-check repeats the link check on the built bundle.
"""

from __future__ import annotations

import re
import shutil

import pytest

from .conftest import ROOT, load


@pytest.fixture(scope="module")
def bundle_docs(tmp_path_factory):
    # Laid out as in the bundle: docs/ beside db/, screenshots inside docs/.
    root = tmp_path_factory.mktemp("bundle")
    render = load("render_guide.py")
    pages = render.render_guide(ROOT / "docs", root / "docs")
    shutil.copytree(ROOT / "docs/screenshots", root / "docs/screenshots")
    shutil.copytree(ROOT / "db", root / "db")
    return {p.name: p for p in pages}


def test_every_guide_page_is_rendered(bundle_docs):
    assert set(bundle_docs) == {"user-guide.html", "user-guide.en.html", "domain.html"}
    html = bundle_docs["user-guide.html"].read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="sv">' in html
    assert "<title>Avtalsregister – användarhandledning</title>" in html
    assert html.count("<img ") == len(re.findall(r"!\[", (ROOT / "docs/user-guide.md").read_text()))
    assert "<table>" in html


def test_links_and_anchors_land(bundle_docs):
    for page in bundle_docs.values():
        html = page.read_text(encoding="utf-8")
        ids = set(re.findall(r'id="([^"]+)"', html))
        for target in re.findall(r'(?:href|src)="([^"]+)"', html):
            if target.startswith("#"):
                assert target[1:] in ids, f"{page.name}: no anchor {target}"
            elif not target.startswith(("http://", "https://", "mailto:")):
                path = target.split("#")[0]
                assert (page.parent / path).exists(), f"{page.name}: {target} missing"
                assert not path.endswith(("user-guide.md", "domain.md")), "link not moved to .html"
