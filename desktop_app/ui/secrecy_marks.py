"""How the window shows an entry with a secrecy assessment (OSL 15 kap. 1 §).

The register view marks such an entry with a lock in its case number's cell
and says why in the tooltip: what is marked is masked when the entry is
handed out on a request (File > Request for public documents). The texts
are the "RequestExport" context, area ``records`` of the translations.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


def tooltip() -> str:
    return QCoreApplication.translate(
        "RequestExport",
        "Secrecy assessed: marked information is masked when the entry is handed out "
        "on a request for public documents.",
    )


@lru_cache(maxsize=1)
def lock_icon() -> QIcon:
    """A small padlock, drawn (no image file to ship)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#8a5a00")
    painter.setPen(QPen(colour, 1.6))
    shackle = QPainterPath()
    shackle.moveTo(QPointF(5, 8))
    shackle.lineTo(QPointF(5, 5.5))
    shackle.arcTo(QRectF(5, 2, 6, 7), 180, -180)
    shackle.lineTo(QPointF(11, 8))
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(3, 7.5, 10, 7.5), 1.5, 1.5)
    painter.end()
    return QIcon(pixmap)
