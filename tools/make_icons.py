"""Render the application icon's SVG to the PNG and ICO the window and installer use.

    python tools/make_icons.py

The SVG (resources/icons/avtalsregister.svg) is the source; the PNG (256 px)
and the multi-size ICO (16-256 px, for the Windows installer and the .exe)
are generated and committed, so a build machine needs no SVG renderer.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def to_pil(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICONS / "avtalsregister.svg"
    images = {size: to_pil(render(svg, size)) for size in SIZES}
    images[256].save(ICONS / "avtalsregister.png")
    images[256].save(
        ICONS / "avtalsregister.ico",
        format="ICO",
        sizes=[(s, s) for s in SIZES],
        append_images=[images[s] for s in SIZES if s != 256],
    )
    print(f"wrote {ICONS / 'avtalsregister.png'} and .ico ({', '.join(map(str, SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
