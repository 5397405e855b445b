"""The timeline picture: entries as bars, reviews as diamonds, today as a line.

A registrar should see at a glance what runs, what ends and which reviews
are late. Each entry is one row: a bar from start to end (open-ended bars
fade out at the right edge), the last review as a filled diamond, the next
review as an outlined one (red when overdue, amber when due). A vertical
line marks today. The widget paints plain ``RegisterRow`` values and knows
nothing about the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop_app.domain.kinds import Kind, ReviewState, label
from desktop_app.services.register import RegisterRow

LABEL_WIDTH = 300
AXIS_HEIGHT = 46
ROW_HEIGHT = 24
BAR_HEIGHT = 10
RIGHT_MARGIN = 16
DIAMOND = 6

TODAY_COLOR = QColor("#1c3d7a")
OVERDUE_COLOR = QColor("#c92a2a")
DUE_COLOR = QColor("#e67700")
REVIEW_COLOR = QColor("#495057")
GRID_COLOR = QColor("#dee2e6")
STRIPE_COLOR = QColor("#f8f9fa")
KIND_COLORS = {
    Kind.MEMBERSHIP: QColor("#74a9cf"),
    Kind.LETTER_OF_INTENT: QColor("#a99fd6"),
    Kind.COOPERATION: QColor("#82c785"),
}
OTHER_KIND_COLOR = QColor("#adb5bd")


def _year_start(year: int) -> date:
    return date(year, 1, 1)


def time_window(rows: Sequence[RegisterRow], today: date) -> tuple[date, date]:
    """Whole years from the earliest start (at most 4 years back) to the last date.

    Old memberships from 2009 would otherwise squeeze the years that matter
    (the last review, today, the next review) into a sliver; their bars
    simply run in from the left edge.
    """
    starts = [d for r in rows for d in (r.start_date, r.last_review_date) if d]
    ends = [d for r in rows for d in (r.end_date, r.next_review_date) if d]
    first = min([*starts, today]).year
    first = max(first, today.year - 4)
    last = max([*ends, today]).year
    last = min(max(last, today.year + 1), today.year + 6)
    return _year_start(first), _year_start(last + 1)


class TimelineWidget(QWidget):
    """Paints the timeline of a list of register rows; click selects, double-click opens."""

    entry_selected = Signal(int)
    entry_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterRow] = []
        self._today = date.today()
        self._start, self._end = time_window([], self._today)
        self._selected: int | None = None
        self._lang = "sv"
        self._note = ""
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)

    # ------------------------------------------------------------ data

    def set_rows(self, rows: Sequence[RegisterRow], today: date | None = None) -> None:
        self._rows = list(rows)
        self._today = today or date.today()
        self._start, self._end = time_window(self._rows, self._today)
        if self._selected not in {r.id for r in self._rows}:
            self._selected = None
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def set_language(self, lang: str) -> None:
        self._lang = lang

    def set_note(self, text: str) -> None:
        """What the picture shows ("The first 500 of 22 447 entries."): above the labels."""
        self._note = text
        self.update()

    def note(self) -> str:
        return self._note

    def rows(self) -> list[RegisterRow]:
        return list(self._rows)

    def selected_id(self) -> int | None:
        return self._selected

    def select(self, entry_id: int | None) -> None:
        self._selected = entry_id
        self.update()

    # ------------------------------------------------------------ geometry

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(900, AXIS_HEIGHT + max(1, len(self._rows)) * ROW_HEIGHT + 8)

    def _plot_left(self) -> int:
        return LABEL_WIDTH

    def _plot_width(self) -> int:
        return max(50, self.width() - LABEL_WIDTH - RIGHT_MARGIN)

    def x_for(self, day: date) -> float:
        """The x coordinate of a date (may lie outside the plot for old dates)."""
        span = max(1, (self._end - self._start).days)
        return self._plot_left() + (day - self._start).days / span * self._plot_width()

    def today_x(self) -> int:
        return round(self.x_for(self._today))

    def row_top(self, index: int) -> int:
        return AXIS_HEIGHT + index * ROW_HEIGHT

    def entry_at(self, pos: QPoint) -> int | None:
        """The entry whose row is under ``pos``, or None."""
        if pos.y() < self._axis_top() + AXIS_HEIGHT:
            return None  # the (sticky) year axis
        index = (pos.y() - AXIS_HEIGHT) // ROW_HEIGHT
        if 0 <= index < len(self._rows):
            return self._rows[index].id
        return None

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        clip = event.rect()
        first = max(0, (clip.top() - AXIS_HEIGHT) // ROW_HEIGHT)
        last = min(len(self._rows), (clip.bottom() - AXIS_HEIGHT) // ROW_HEIGHT + 1)
        for index in range(first, last):
            self._paint_row_background(p, index)
        self._paint_grid(p)
        for index in range(first, last):
            self._paint_row(p, index)
        top = self._axis_top()
        self._paint_axis(p, top)
        self._paint_today(p, top)
        if not self._rows:
            p.setPen(QColor("#868e96"))
            p.drawText(
                QRect(0, AXIS_HEIGHT, self.width(), ROW_HEIGHT * 2),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("Timeline", "No entries to show."),
            )
        p.end()

    def _paint_row_background(self, p: QPainter, index: int) -> None:
        top = self.row_top(index)
        row = self._rows[index]
        if row.id == self._selected:
            color = QColor(self.palette().highlight().color())
            color.setAlpha(60)
            p.fillRect(QRect(0, top, self.width(), ROW_HEIGHT), color)
        elif index % 2:
            p.fillRect(QRect(0, top, self.width(), ROW_HEIGHT), STRIPE_COLOR)

    def _axis_top(self) -> int:
        """Where the year axis is drawn: the top of the visible part (a sticky header).

        In a scroll area the page repaints the picture on every scroll, so
        the axis stays in view while the registrar scrolls through entries.
        """
        visible = self.visibleRegion().boundingRect()
        return max(0, visible.top()) if not visible.isEmpty() else 0

    def _paint_grid(self, p: QPainter) -> None:
        height = self.height()
        p.setPen(QPen(GRID_COLOR, 1))
        for year in range(self._start.year, self._end.year + 1):
            x0 = self.x_for(_year_start(year))
            p.drawLine(QPointF(x0, AXIS_HEIGHT), QPointF(x0, height))
        p.setPen(QPen(QColor("#adb5bd"), 1))
        p.drawLine(LABEL_WIDTH - 1, 0, LABEL_WIDTH - 1, height)

    def _paint_axis(self, p: QPainter, top: int) -> None:
        p.fillRect(QRect(0, top, self.width(), AXIS_HEIGHT), QColor("white"))
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        for year in range(self._start.year, self._end.year):
            x0 = self.x_for(_year_start(year))
            x1 = self.x_for(_year_start(year + 1))
            p.setPen(QPen(GRID_COLOR, 1))
            p.drawLine(QPointF(x0, top + AXIS_HEIGHT - 8), QPointF(x0, top + AXIS_HEIGHT))
            p.setPen(QColor("#343a40"))
            p.drawText(QRectF(x0, top + 2, x1 - x0, 20), Qt.AlignmentFlag.AlignCenter, str(year))
            if x1 - x0 > 80:  # quarter ticks when there is room
                p.setPen(QPen(GRID_COLOR, 1))
                for month in (4, 7, 10):
                    xm = self.x_for(date(year, month, 1))
                    p.drawLine(QPointF(xm, top + AXIS_HEIGHT - 5), QPointF(xm, top + AXIS_HEIGHT))
        p.setPen(QPen(QColor("#adb5bd"), 1))
        p.drawLine(0, top + AXIS_HEIGHT - 1, self.width(), top + AXIS_HEIGHT - 1)
        p.drawLine(LABEL_WIDTH - 1, top, LABEL_WIDTH - 1, top + AXIS_HEIGHT)
        p.setFont(self.font())
        if self._note:  # the labels' heading: how many entries the picture holds
            p.setPen(QColor("#666666"))
            p.drawText(
                QRect(8, top + 2, LABEL_WIDTH - 16, AXIS_HEIGHT - 4),
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap,
                self._note,
            )

    def _paint_row(self, p: QPainter, index: int) -> None:
        row = self._rows[index]
        top = self.row_top(index)
        mid = top + ROW_HEIGHT / 2
        # The label: case number in bold, then the title, elided.
        metrics = p.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        case = row.case_number or f"#{row.id}"
        case_width = p.fontMetrics().horizontalAdvance(case)
        text_rect = QRect(8, top, LABEL_WIDTH - 16, ROW_HEIGHT)
        p.setPen(self._label_color(row))
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, case)
        p.setFont(self.font())
        title_room = LABEL_WIDTH - 16 - case_width - 8
        if title_room > 20:
            title = metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, title_room)
            p.setPen(QColor("#343a40"))
            p.drawText(
                QRect(8 + case_width + 8, top, title_room, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                title,
            )
        p.save()
        p.setClipRect(QRect(LABEL_WIDTH, top, self.width() - LABEL_WIDTH, ROW_HEIGHT))
        self._paint_bar(p, row, mid)
        if row.last_review_date:
            self._diamond(p, row.last_review_date, mid, REVIEW_COLOR, filled=True)
        if row.next_review_date:
            self._diamond(p, row.next_review_date, mid, self._state_color(row), filled=False)
        p.restore()

    def _paint_bar(self, p: QPainter, row: RegisterRow, mid: float) -> None:
        start = row.start_date or row.decision_date
        if start is None:
            return
        color = KIND_COLORS.get(row.kind, OTHER_KIND_COLOR)
        x0 = max(self.x_for(start), LABEL_WIDTH - 4.0)
        if row.end_date:
            x1 = self.x_for(row.end_date)
            brush = QBrush(color)
        else:
            x1 = float(self.width() - 2)
            gradient = QLinearGradient(x0, 0, x1, 0)
            fade = QColor(color)
            fade.setAlpha(0)
            gradient.setColorAt(0.0, color)
            gradient.setColorAt(max(0.0, (self.today_x() - x0) / max(1.0, x1 - x0)), color)
            gradient.setColorAt(1.0, fade)
            brush = QBrush(gradient)
        if x1 <= x0:
            x1 = x0 + 2
        rect = QRectF(x0, mid - BAR_HEIGHT / 2, x1 - x0, BAR_HEIGHT)
        path = QPainterPath()
        path.addRoundedRect(rect, 3, 3)
        p.fillPath(path, brush)
        if row.end_date:
            p.setPen(QPen(color.darker(130), 1))
            p.drawPath(path)

    def _diamond(self, p: QPainter, day: date, mid: float, color: QColor, filled: bool) -> None:
        x = self.x_for(day)
        d = DIAMOND
        poly = QPolygonF(
            [QPointF(x, mid - d), QPointF(x + d, mid), QPointF(x, mid + d), QPointF(x - d, mid)]
        )
        p.setPen(QPen(color, 2))
        p.setBrush(QBrush(color) if filled else QBrush(QColor("white")))
        p.drawPolygon(poly)
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_today(self, p: QPainter, top: int) -> None:
        x = self.today_x()
        p.setPen(QPen(TODAY_COLOR, 2))
        p.drawLine(x, top + 24, x, self.height())
        text = QCoreApplication.translate("Timeline", "Today {date}").format(
            date=self._today.isoformat()
        )
        metrics = p.fontMetrics()
        w = metrics.horizontalAdvance(text) + 10
        box = QRect(x - w // 2, top + 24, w, metrics.height() + 2)
        box.moveLeft(min(max(box.left(), LABEL_WIDTH + 2), self.width() - w - 2))
        p.fillRect(box, TODAY_COLOR)
        p.setPen(QColor("white"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _state_color(self, row: RegisterRow) -> QColor:
        if row.review_state == ReviewState.OVERDUE:
            return OVERDUE_COLOR
        if row.review_state == ReviewState.DUE:
            return DUE_COLOR
        return REVIEW_COLOR

    def _label_color(self, row: RegisterRow) -> QColor:
        if row.review_state == ReviewState.OVERDUE:
            return OVERDUE_COLOR
        if row.review_state == ReviewState.DUE:
            return QColor("#a35200")
        return QColor("#212529")

    # ------------------------------------------------------------ interaction

    def tooltip_text(self, row: RegisterRow) -> str:
        """The hover text: what a registrar asks about an entry first."""
        lines = [f"<b>{row.case_number}</b> {row.title}", label(row.kind, self._lang)]
        if row.counterparties:
            lines.append(
                QCoreApplication.translate("Timeline", "Counterparty: {0}").format(
                    row.counterparties
                )
            )
        if row.deciding_body:
            lines.append(
                QCoreApplication.translate("Timeline", "Deciding body: {0}").format(
                    row.deciding_body
                )
            )
        until = row.end_date or QCoreApplication.translate("Timeline", "until further notice")
        period = f"{row.start_date or '…'} – {until}"
        lines.append(QCoreApplication.translate("Timeline", "Period: {0}").format(period))
        if row.last_review_date:
            lines.append(
                QCoreApplication.translate("Timeline", "Last review: {0}").format(
                    row.last_review_date.isoformat()
                )
            )
        if row.next_review_date:
            days = (row.next_review_date - self._today).days
            when = (
                QCoreApplication.translate("Timeline", "{0} days overdue").format(-days)
                if days < 0
                else QCoreApplication.translate("Timeline", "in {0} days").format(days)
            )
            lines.append(
                QCoreApplication.translate("Timeline", "Next review: {0} ({1})").format(
                    row.next_review_date.isoformat(), when
                )
            )
        return "<br>".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            entry_id = self.entry_at(event.pos())
            row = next((r for r in self._rows if r.id == entry_id), None)
            if row is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(row), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        entry_id = self.entry_at(event.position().toPoint())
        if entry_id is not None:
            self.select(entry_id)
            self.entry_selected.emit(entry_id)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Up/Down move the selection, Enter opens: the picture works without a mouse."""
        ids = [r.id for r in self._rows]
        key = event.key()
        if ids and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            index = ids.index(self._selected) if self._selected in ids else -1
            index += 1 if key == Qt.Key.Key_Down else -1
            index = min(max(index, 0), len(ids) - 1)
            self.select(ids[index])
            self.entry_selected.emit(ids[index])
            return
        if self._selected is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entry_activated.emit(self._selected)
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        entry_id = self.entry_at(event.position().toPoint())
        if entry_id is not None:
            self.entry_activated.emit(entry_id)
        super().mouseDoubleClickEvent(event)
