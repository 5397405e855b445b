"""The HTML user guide: complete pages whose links all land, committed up to date.

``markdown`` is in the test extra and in packaging/requirements.txt; the
bundle self-check repeats the link check on the built bundle, and
tests/packaging/test_wheel_install.py on an installed wheel.
"""

from __future__ import annotations

import re
import shutil

import pytest

from .conftest import ROOT, load


@pytest.fixture(scope="module")
def bundle_docs(tmp_path_factory):
    # The pages need only each other and screenshots/ (as in a wheel, where db/
    # is not beside docs/).
    root = tmp_path_factory.mktemp("bundle")
    render = load("render_guide.py")
    pages = render.render_guide(ROOT / "docs", root / "docs")
    shutil.copytree(ROOT / "docs/screenshots", root / "docs/screenshots")
    return {p.name: p for p in pages}


def test_every_guide_page_is_rendered(bundle_docs):
    assert set(bundle_docs) == {
        "user-guide.html",
        "user-guide.en.html",
        "domain.html",
        "postgres.html",
    }
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


def test_the_committed_pages_are_those_of_the_markdown(bundle_docs):
    """A wheel ships docs/*.html as committed: after editing the guide, run
    ``python packaging/render_guide.py docs`` and commit the pages."""
    committed = {p.name for p in (ROOT / "docs").glob("*.html")}
    assert committed == set(bundle_docs), "run: python packaging/render_guide.py docs"
    for name, page in bundle_docs.items():
        assert (ROOT / "docs" / name).read_bytes() == page.read_bytes(), (
            f"docs/{name} is older than its Markdown: run python packaging/render_guide.py docs"
        )
