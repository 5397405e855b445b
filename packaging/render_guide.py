"""The user guide as HTML, so Help > User guide opens in a browser.

On a registrar's Windows desktop a ``.md`` file has no program to open it
(or opens as raw text in Notepad); every desktop has a browser. This renders
``docs/user-guide.md``, its English summary, ``docs/domain.md`` and the
PostgreSQL set-up for IT (``db/postgres/README.md``), which the guide links
to, into ``*.html`` pages that need nothing but each other and
``screenshots/``. Links between these pages are pointed at the HTML
versions; heading anchors are made the way GitHub makes them, so the same
links work on GitHub, in the bundle and in a wheel.

The pages are committed in ``docs/`` (a wheel ships them as package data,
``desktop_app._docs``; building a wheel needs no Markdown renderer);
``tests/packaging/test_render_guide.py`` fails when they are older than the
Markdown. The bundle's spec renders them afresh into ``<bundle>/docs/``.

    python packaging/render_guide.py docs         # after editing the guide
    python packaging/render_guide.py OUT_DIR      # writes OUT_DIR/*.html
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PAGES = ("user-guide.md", "user-guide.en.md", "domain.md")
# Pages from outside docs/, rendered beside the others: source (relative to
# docs/, as the guide links to it) -> page.
OTHER_PAGES = {"../db/postgres/README.md": "postgres.html"}
# Other files the guide links to, and the page that explains them instead (the
# pages must work where db/ is elsewhere or named otherwise, as in a wheel).
LINK_TO_PAGE = {**OTHER_PAGES, "../db/postgres/roles.sql": "postgres.html"}

STYLE = """
body { font-family: "Segoe UI", "DejaVu Sans", sans-serif; max-width: 56em;
       margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #1f2328; }
h1, h2, h3 { color: #1d3557; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .2em; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #d0d7de; padding: .3em .6em; text-align: left; vertical-align: top; }
th { background: #f0f3f6; }
code, pre { font-family: Consolas, "DejaVu Sans Mono", monospace; background: #f6f8fa; }
pre { padding: .8em; overflow-x: auto; } code { padding: 0 .2em; }
img { max-width: 100%; border: 1px solid #d0d7de; margin: .5em 0; }
"""


def _html_links(html: str) -> str:
    """Point links to the rendered pages at their .html versions."""
    names = "|".join(re.escape(p.removesuffix(".md")) for p in PAGES)
    html = re.sub(rf'href="({names})\.md(#[^"]*)?"', r'href="\1.html\2"', html)
    for source, page in LINK_TO_PAGE.items():
        html = re.sub(rf'href="{re.escape(source)}(#[^"]*)?"', rf'href="{page}\1"', html)
    return html


def render_page(markdown_text: str, title: str, lang: str) -> str:
    """One Markdown page as a standalone HTML document."""
    import markdown
    from markdown.extensions.toc import slugify_unicode

    body = markdown.markdown(
        markdown_text,
        extensions=["tables", "fenced_code", "sane_lists", "toc"],
        extension_configs={"toc": {"slugify": slugify_unicode}},
        output_format="html",
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{_html_links(body)}\n</body>\n</html>\n"
    )


def render_guide(docs: Path, out_dir: Path) -> list[Path]:
    """Render every page of PAGES that exists in ``docs`` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = [(name, name.replace(".md", ".html")) for name in PAGES]
    sources += list(OTHER_PAGES.items())
    written = []
    for name, page in sources:
        source = docs / name
        if not source.is_file():
            continue
        text = source.read_text(encoding="utf-8")
        heading = re.search(r"^# (.+)$", text, re.M)
        title = heading.group(1) if heading else name
        lang = "en" if name.endswith(".en.md") or name == "domain.md" else "sv"
        target = out_dir / page
        target.write_bytes(render_page(text, title, lang).encode("utf-8"))  # \n on Windows too
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    docs = Path(__file__).resolve().parent.parent / "docs"
    for path in render_guide(docs, Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
