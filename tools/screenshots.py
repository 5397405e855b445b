"""Render every main view of the demo register to PNG (README shows them).

    python tools/screenshots.py [DIR] [--lang sv|en]
    python tools/screenshots.py [DIR] --desk          # 1024x700 and 1280x720, both languages

Default DIR is docs/screenshots. Works without a display (offscreen).
Same as ``avtalsregister --screenshots DIR``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", choices=("sv", "en"), default="sv")
    parser.add_argument(
        "--desk", action="store_true", help="small screens (1024x700, 1280x720), sv and en"
    )
    args = parser.parse_args()
    if args.desk:
        return desk(Path(args.dir))
    from desktop_app.main import gui_main

    return gui_main(["--screenshots", args.dir, "--lang", args.lang])


def desk(out_dir: Path) -> int:
    """Issue 15's pictures: the window at 1024x700 and 1280x720 in Swedish and English."""
    from desktop_app.ui.app import make_application
    from desktop_app.ui.resources import install_translators
    from desktop_app.ui.screenshots import render_desk_screenshots

    make_application([])
    for lang in ("sv", "en"):
        install_translators(lang)
        for path in render_desk_screenshots(out_dir, lang):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
