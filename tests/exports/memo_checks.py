"""Reading PDFs back with independent tools (poppler, qpdf, pikepdf) for the memo tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

# The poppler tools and qpdf: .ci/run installs them on Linux; the Windows CI
# runner has neither, so the tests that call them are skipped there.
NEEDS_POPPLER = pytest.mark.posix("poppler-utils and qpdf read the PDF back (not on Windows CI)")


def pdftotext(path: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run(
        [*args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdffonts(path: Path) -> list[dict[str, str]]:
    """Rows of `pdffonts` as dicts (name, type, emb, ...)."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type [type2] encoding emb sub uni objnum gen
        rows.append({"name": parts[0], "emb": parts[-5], "line": line})
    return rows


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    info = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def qpdf_check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)


def outline(path: Path) -> list[tuple[str, int]]:
    """Top-level bookmarks as (title, 1-based page)."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        pages = {page.objgen: i for i, page in enumerate(pdf.pages, start=1)}
        with pdf.open_outline() as tree:
            result = []
            for item in tree.root:
                dest = item.destination
                target = dest[0] if dest is not None else None
                result.append((item.title, pages.get(target.objgen) if target else 0))
            return result
