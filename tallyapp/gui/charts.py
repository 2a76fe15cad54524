"""Charts drawn by the app itself, so that no label or value is ever elided or clipped.

Every row of a bar chart takes the width its full label needs and prints its value beside
the bar, formatted in the reader's language; the widget asks for the height of all its rows.
A scroll area around it shows what the window cannot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW = 24  # pixels per bar, at the default font
RADIUS = 120.0  # of the half ring of seats
GAP = 8


@dataclass(frozen=True)
class Segment:
    value: float
    colour: str


@dataclass(frozen=True)
class BarRow:
    label: str
    segments: tuple[Segment, ...]
    text: str  # the value as printed beside the bar, already in the reader's language


@dataclass
class BarChartData:
    title: str
    rows: Sequence[BarRow]
    maximum: float
    marker: float | None = None  # a vertical dashed line (the threshold), where it applies
    marker_label: str = ""
    legend: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (colour, words)


class Chart(QWidget):
    """A chart the app draws itself: on screen (`paintEvent`) and, for export, on any painter
    at any width (`paint`), titled in bold."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def title(self) -> str:
        return self._title

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, self.width())
        finally:
            painter.end()

    def paint(self, painter: QPainter, width: int) -> None:
        raise NotImplementedError

    def _begin(self, painter: QPainter) -> QFontMetrics:
        """Antialiased, the title drawn; returns the body's font metrics."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(QPointF(0, metrics.ascent()), self._title)
        painter.setFont(self.font())
        return metrics


class BarChart(Chart):
    """Horizontal bars, one row per party or commission, labels and values in full."""

    def __init__(self, data: BarChartData, parent: QWidget | None = None) -> None:
        super().__init__(data.title, parent)
        self.data = data

    def _heights(self) -> tuple[int, int]:
        line = QFontMetrics(self.font()).height()
        head = line + GAP + (line + GAP if self.data.legend else 0)
        return head, max(ROW, line + 6)

    def sizeHint(self) -> QSize:
        head, row = self._heights()
        metrics = QFontMetrics(self.font())
        label = max((metrics.horizontalAdvance(r.label) for r in self.data.rows), default=0)
        return QSize(label + 320, head + row * len(self.data.rows) + GAP + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width() // 2, self.sizeHint().height())

    def paint(self, painter: QPainter, width: int) -> None:
        metrics = self._begin(painter)
        head, row = self._heights()
        line = metrics.height()
        x: float = 0
        for colour, words in self.data.legend:  # a key for stacked bars
            painter.fillRect(QRectF(x, line + GAP, 12, 12), QColor(colour))
            painter.drawText(QPointF(x + 16, line + GAP + metrics.ascent() - 2), words)
            x += 16 + metrics.horizontalAdvance(words) + 3 * GAP
        label_width = max((metrics.horizontalAdvance(r.label) for r in self.data.rows), default=0)
        value_width = max((metrics.horizontalAdvance(r.text) for r in self.data.rows), default=0)
        left = label_width + GAP
        span = max(width - left - value_width - 2 * GAP, 40)
        scale = span / self.data.maximum if self.data.maximum > 0 else 0
        if self.data.marker is not None:  # under the bars and their values, never over them
            at = left + self.data.marker * scale
            bottom = head + row * len(self.data.rows)
            painter.setPen(QPen(QColor("#c0392b"), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(at, head - 2), QPointF(at, bottom))
            painter.setPen(QColor("#c0392b"))
            painter.drawText(QPointF(at + 4, bottom + metrics.ascent()), self.data.marker_label)
        for i, bar in enumerate(self.data.rows):
            top = head + i * row
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(0, top, label_width, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                bar.label,
            )
            x = left
            for segment in bar.segments:
                length = segment.value * scale
                painter.fillRect(QRectF(x, top + 4, length, row - 8), QColor(segment.colour))
                x += length
            value = QRectF(x + GAP / 2, top + 3, metrics.horizontalAdvance(bar.text) + 4, row - 6)
            painter.fillRect(value, self.palette().window())
            painter.drawText(
                value, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.text
            )


@dataclass(frozen=True)
class SeatGroup:
    label: str  # "AMANAT 40", in full
    seats: int
    colour: str


class SeatsChart(Chart):
    """The chamber as a half ring of seats by party, with every party's seats in a legend
    under it: no label sits on a narrow slice where it could be cut."""

    def __init__(self, title: str, groups: Sequence[SeatGroup], parent: QWidget | None = None):
        super().__init__(title, parent)
        self.groups = list(groups)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        legend = max((metrics.horizontalAdvance(g.label) for g in self.groups), default=0)
        lines = len(self.groups) * (metrics.height() + 4)
        return QSize(
            max(int(2 * RADIUS) + 20, legend + 40),
            int(RADIUS) + lines + 2 * metrics.height() + 3 * GAP,
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paint(self, painter: QPainter, width: int) -> None:
        metrics = self._begin(painter)
        total = sum(g.seats for g in self.groups) or 1
        top = metrics.height() + GAP
        radius = RADIUS
        box = QRectF(10, top, 2 * radius, 2 * radius)
        start = 180 * 16
        for group in self.groups:
            span = -round(180 * 16 * group.seats / total)
            painter.setBrush(QColor(group.colour))
            painter.setPen(QPen(QColor("white"), 1))
            painter.drawPie(box, start, span)
            start += span
        painter.setBrush(self.palette().window())
        painter.setPen(Qt.PenStyle.NoPen)
        inner = radius * 0.5
        painter.drawEllipse(QPointF(10 + radius, top + radius), inner, inner)
        x = 10  # the legend under the half ring, every party's seats in full
        for i, group in enumerate(self.groups):
            y = top + radius + 2 * GAP + i * (metrics.height() + 4)
            painter.fillRect(QRectF(x, y + 2, 12, 12), QColor(group.colour))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QPointF(x + 18, y + metrics.ascent()), group.label)
