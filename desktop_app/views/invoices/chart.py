"""The billing history (I5): six months of billed against paid as grouped bars, drawn with QPainter
(QtCharts is not part of PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BILLED, PAID = QColor("#2563eb"), QColor("#16a34a")


def axis_won(n: int) -> str:
    """Axis labels in whole won with separators: the same in both interface languages."""
    return f"{n:,}"


def axis_ticks(peak: int, lines: int = 4) -> list[int]:
    """Round axis values from 0 to at least `peak`: steps of 1, 2, 2.5 or 5 times a power of ten (whole won)."""
    raw = max(peak, 1) / lines
    power = 10 ** (len(str(int(raw))) - 1)
    step = next(int(m * power) for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    top = -(-max(peak, 1) // step)  # ceil
    return [step * i for i in range(top + 1)]


class HistoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_chart")
        self.months: list[tuple[str, int, int]] = []
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(520, 240)

    def set_months(self, months: list[tuple[str, int, int]]) -> None:
        self.months = months
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        if not self.months:
            return
        left, top, bottom, right = 84, 28, 34, 12
        area = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        ticks = axis_ticks(max([max(b, pd) for _, b, pd in self.months] + [1]))
        peak = ticks[-1]
        p.setPen(QPen(QColor("#d1d5db")))
        for i, value in enumerate(ticks):  # grid lines with their round values
            y = area.bottom() - area.height() * i / (len(ticks) - 1)
            p.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            p.setPen(QColor("#6b7280"))
            p.drawText(QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       axis_won(value))
            p.setPen(QPen(QColor("#d1d5db")))
        slot = area.width() / len(self.months)
        bar = slot * 0.32
        for i, (month, billed, paid) in enumerate(self.months):
            x = area.left() + slot * i + slot * 0.15
            for j, (value, colour) in enumerate(((billed, BILLED), (paid, PAID))):
                h = area.height() * value / peak
                p.fillRect(QRectF(x + j * bar, area.bottom() - h, bar - 2, h), colour)
            p.setPen(QColor("#374151"))
            label = self.tr("%1월").replace("%1", str(int(month[5:])))  # the year is in the heading
            p.drawText(QRectF(area.left() + slot * i, area.bottom() + 4, slot, 18), Qt.AlignmentFlag.AlignCenter,
                       label)
        for k, (text, colour) in enumerate(((self.tr("청구"), BILLED), (self.tr("결제"), PAID))):
            x = left + k * 80
            p.fillRect(QRectF(x, 8, 12, 12), colour)
            p.setPen(QColor("#374151"))
            p.drawText(QRectF(x + 16, 4, 60, 20), Qt.AlignmentFlag.AlignVCenter, text)
        p.end()
