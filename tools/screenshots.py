"""Render every main view of the demo register to PNG (README shows them).

    python tools/screenshots.py [DIR] [--lang sv|en]

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
    args = parser.parse_args()
    from desktop_app.main import gui_main

    return gui_main(["--screenshots", args.dir, "--lang", args.lang])


if __name__ == "__main__":
    sys.exit(main())
