"""The timeline's legend: what the colours and marks mean.

A separate small widget above the scrolling picture, so it stays in view
while the registrar scrolls through the entries.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from desktop_app.domain.kinds import Kind, label
from desktop_app.ui.widgets.timeline import (
    BAR_HEIGHT,
    DIAMOND,
    DUE_COLOR,
    KIND_COLORS,
    OVERDUE_COLOR,
    REVIEW_COLOR,
    TODAY_COLOR,
)

LINE_HEIGHT = 26


class TimelineLegend(QWidget):
    """What the colours and marks mean; sits above the scrolling picture."""

    def __init__(self, parent: QWidget | None = None, lang: str = "sv") -> None:
        super().__init__(parent)
        self._lang = lang
        self.setFixedHeight(LINE_HEIGHT)

    def _mark_width(self, shape: str) -> float:
        return {"bar": 32.0, "fade": 32.0, "line": 12.0}.get(shape, 2 * DIAMOND + 6.0)

    def _positions(self, width: int) -> list[tuple[float, float]]:
        """Where each item starts (x, middle of its line): items wrap to a new line
        rather than run off a narrow window ("I da" at 1024 px, issue 15)."""
        metrics = self.fontMetrics()
        x, mid, out = 8.0, LINE_HEIGHT / 2, []
        for shape, text, _color in self._items():
            item = self._mark_width(shape) + metrics.horizontalAdvance(text)
            if x > 8.0 and x + item > width - 4:
                x, mid = 8.0, mid + LINE_HEIGHT
            out.append((x, mid))
            x += item + 18
        return out

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        lines = {mid for _x, mid in self._positions(event.size().width())}
        height = LINE_HEIGHT * max(1, len(lines))
        if height != self.height():
            self.setFixedHeight(height)
        super().resizeEvent(event)

    def _items(self) -> list[tuple[str, str, QColor]]:
        return [
            ("bar", label(Kind.MEMBERSHIP, self._lang), KIND_COLORS[Kind.MEMBERSHIP]),
            ("bar", label(Kind.LETTER_OF_INTENT, self._lang), KIND_COLORS[Kind.LETTER_OF_INTENT]),
            ("bar", label(Kind.COOPERATION, self._lang), KIND_COLORS[Kind.COOPERATION]),
            (
                "fade",
                QCoreApplication.translate("Timeline", "Open-ended"),
                KIND_COLORS[Kind.MEMBERSHIP],
            ),
            ("filled", QCoreApplication.translate("Timeline", "Last review"), REVIEW_COLOR),
            ("outline", QCoreApplication.translate("Timeline", "Next review"), REVIEW_COLOR),
            ("outline", QCoreApplication.translate("Timeline", "Due"), DUE_COLOR),
            ("outline", QCoreApplication.translate("Timeline", "Overdue"), OVERDUE_COLOR),
            ("line", QCoreApplication.translate("Timeline", "Today"), TODAY_COLOR),
        ]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = p.fontMetrics()
        for (shape, text, color), (x, mid) in zip(
            self._items(), self._positions(self.width()), strict=True
        ):
            if shape in ("bar", "fade"):
                rect = QRectF(x, mid - BAR_HEIGHT / 2, 26, BAR_HEIGHT)
                if shape == "fade":
                    g = QLinearGradient(x, 0, x + 26, 0)
                    fade = QColor(color)
                    fade.setAlpha(0)
                    g.setColorAt(0, color)
                    g.setColorAt(1, fade)
                    p.fillRect(rect, QBrush(g))
                else:
                    p.fillRect(rect, color)
                x += 32
            elif shape == "line":
                p.setPen(QPen(color, 2))
                p.drawLine(QPointF(x + 4, mid - 8), QPointF(x + 4, mid + 8))
                x += 12
            else:
                d = DIAMOND
                poly = QPolygonF(
                    [
                        QPointF(x + d, mid - d),
                        QPointF(x + 2 * d, mid),
                        QPointF(x + d, mid + d),
                        QPointF(x, mid),
                    ]
                )
                p.setPen(QPen(color, 2))
                p.setBrush(QBrush(color) if shape == "filled" else QBrush(QColor("white")))
                p.drawPolygon(poly)
                p.setBrush(Qt.BrushStyle.NoBrush)
                x += 2 * d + 6
            p.setPen(self.palette().windowText().color())
            p.drawText(QPointF(x, mid + metrics.ascent() / 2 - 1), text)
            x += metrics.horizontalAdvance(text) + 18
        p.end()
