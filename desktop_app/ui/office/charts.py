"""Two small charts drawn with QPainter (no QtCharts: it lives in PySide6-Addons, which the app does not need):
documents per month as paired columns (发文, 收文) with round grid lines, and a bar table — label, bar,
count, share — for one breakdown, its biggest entries first and one line 其他 N 项 for the rest (the
same cut as the printed page, slips/statistics.py `biggest`)."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

OUTGOING, INCOMING = QColor("#29528c"), QColor("#9ebde0")
GRID, INK, MUTED = QColor("#c8c8c8"), QColor("#1a1a1a"), QColor("#666666")
TOP_ROWS = 8


class MonthChart(QWidget):
    """Paired columns for the twelve months; `series` is [(name, colour, [12 counts])]."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[tuple[str, QColor, list[int]]] = []
        self.setMinimumHeight(self.fontMetrics().height() * 11)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_series(self, series: list[tuple[str, QColor, list[int]]]) -> None:
        self.series = series
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(600, self.fontMetrics().height() * 11)

    def paintEvent(self, event) -> None:  # noqa: N802
        from desktop_app.slips.statistics import nice_top

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        peak = max([max(values, default=0) for _, _, values in self.series] + [1])
        top = nice_top(peak)
        left = metrics.horizontalAdvance(f"{top:,}") + 10
        plot = QRectF(left, line * 1.6, self.width() - left - 6, self.height() - line * 3.2)
        painter.setPen(QPen(GRID, 1))
        for step in range(5):
            y = plot.bottom() - plot.height() * step / 4
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, y - line / 2, left - 4, line), Qt.AlignmentFlag.AlignRight |
                             Qt.AlignmentFlag.AlignVCenter, f"{top * step // 4:,}")
            painter.setPen(QPen(GRID, 1))
        slot = plot.width() / 12
        width = slot * 0.72 / max(1, len(self.series))
        for month in range(12):
            x = plot.left() + slot * month + slot * 0.14
            for name, colour, values in self.series:
                height = plot.height() * (values[month] if month < len(values) else 0) / top
                painter.fillRect(QRectF(x, plot.bottom() - height, width - 1, height), colour)
                x += width
            painter.setPen(INK)
            painter.drawText(QRectF(plot.left() + slot * month, plot.bottom() + 2, slot, line),
                             Qt.AlignmentFlag.AlignHCenter, f"{month + 1}月")
        x = plot.left()
        for name, colour, values in self.series:  # the legend, above the plot
            painter.fillRect(QRectF(x, line * 0.3, line * 0.8, line * 0.8), colour)
            text = f"{name} {sum(values):,}"
            painter.setPen(INK)
            painter.drawText(QRectF(x + line, 0, metrics.horizontalAdvance(text) + 4, line * 1.4),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += line + metrics.horizontalAdvance(text) + line
        painter.end()


class BarTable(QWidget):
    """One breakdown: a title, then a row per entry: label | bar | count | share of the total."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.rows: list[tuple[str, int]] = []
        self.total = 0
        self.colour = OUTGOING
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: dict[str, int], total: int, labels: dict[str, str] | None = None,
                   colour: QColor = OUTGOING) -> None:
        from desktop_app.slips.statistics import biggest

        named = {(labels or {}).get(key, key): n for key, n in counts.items()}
        shown, rest = biggest(named, TOP_ROWS)
        self.rows = shown + ([rest] if rest else [])
        self.total, self.colour = total, colour
        self.setFixedHeight(self._row_height() * (max(1, len(self.rows)) + 1) + 6)
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, self._row_height() * (len(self.rows) + 1) + 6)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        metrics = self.fontMetrics()
        row = self._row_height()
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(INK)
        painter.drawText(QRectF(0, 0, self.width(), row), Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        label_width = min(self.width() * 0.38, metrics.horizontalAdvance("县发展和改革委员会") + 8)
        number_width = metrics.horizontalAdvance("88,888　88.8%") + 8
        bar_room = max(10.0, self.width() - label_width - number_width - 8)
        peak = max([n for _, n in self.rows] + [1])
        for index, (label, count) in enumerate(self.rows):
            y = row * (index + 1)
            painter.setPen(INK if not label.startswith("其他") else MUTED)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 6))
            painter.drawText(QRectF(0, y, label_width, row), Qt.AlignmentFlag.AlignVCenter, text)
            length = bar_room * count / peak
            painter.fillRect(QRectF(label_width, y + 3, max(1.0, length), row - 6), self.colour)
            share = f"{count / self.total:.1%}" if self.total else "—"
            painter.drawText(QRectF(label_width + length + 6, y, number_width, row), Qt.AlignmentFlag.AlignVCenter,
                             f"{count:,}　{share}")
        if not self.rows:
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, row, self.width(), row), Qt.AlignmentFlag.AlignVCenter, "—")
        painter.end()
