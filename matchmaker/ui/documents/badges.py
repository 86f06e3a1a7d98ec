"""Name badges: one per delegate, on A6 pages or four to an A4/Letter sheet with cut lines."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from matchmaker.core.documents import EventData

from .paged import PagePainter, Paper, base_font, dpi

_BAND = QColor("#1f3b57")


@dataclass(frozen=True)
class Badge:
    name: str
    organisation: str
    country: str
    table: str


def badges_for(data: EventData) -> list[Badge]:
    """A badge per expected delegate: the organisation's first contacts, blank names when it has too few."""
    badges = []
    for party in data.parties_sorted():
        names = [person.name for person in party.people][: max(1, party.delegates)]
        names += [""] * (max(1, party.delegates) - len(names))
        badges += [Badge(name, party.name, party.country_name, party.fixed_table) for name in names]
    return badges


class BadgeSheet(PagePainter):
    """Paints badges; ``per_page`` is 1 on A6 and 4 on A4 or Letter."""

    margin_mm = 6.0

    def __init__(self, data: EventData, paper: Paper) -> None:
        self.title = f"{data.name}: name badges"
        self.event = data.name
        self.badges = badges_for(data)
        self.per_page = 1 if paper == Paper.A6 else 4

    def paint(self, device: QPagedPaintDevice) -> Generator[int, None, None]:
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("Qt could not start painting (is the file writable?)")
        try:
            page = device.pageLayout().paintRectPixels(dpi(device))
            width, height = float(page.width()), float(page.height())
            columns = 1 if self.per_page == 1 else 2
            cell_w, cell_h = width / columns, height / columns
            for start in range(0, len(self.badges), self.per_page):
                if start:
                    device.newPage()
                for index, badge in enumerate(self.badges[start : start + self.per_page]):
                    row, column = divmod(index, columns)
                    cell = QRectF(column * cell_w, row * cell_h, cell_w, cell_h)
                    self._paint_badge(painter, cell, badge, dpi(device))
                if columns > 1:
                    painter.setPen(QPen(QColor("#999999"), dpi(device) / 200, Qt.PenStyle.DashLine))
                    painter.drawLine(int(cell_w), 0, int(cell_w), int(height))
                    painter.drawLine(0, int(cell_h), int(width), int(cell_h))
                yield start // self.per_page + 1
        finally:
            painter.end()

    def _paint_badge(self, painter: QPainter, cell: QRectF, badge: Badge, dpi: int) -> None:
        pad = dpi * 0.15  # about 4 mm
        inner = cell.adjusted(pad, pad, -pad, -pad)
        band = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.17)
        painter.fillRect(band, _BAND)
        painter.setPen(QColor("white"))
        painter.setFont(base_font(10))
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        painter.drawText(band.adjusted(pad / 2, 0, -pad / 2, 0), flags, self.event)
        body = QRectF(inner.left(), band.bottom() + pad, inner.width(), inner.bottom() - band.bottom() - pad)
        painter.setPen(QColor("#111111"))
        name_box = QRectF(body.left(), body.top(), body.width(), body.height() * 0.42)
        if badge.name:
            self._fit(painter, name_box, badge.name, 26, bold=True)
        else:
            painter.setPen(QPen(QColor("#888888"), dpi / 150))
            y = name_box.bottom() - pad
            painter.drawLine(int(name_box.left() + pad), int(y), int(name_box.right() - pad), int(y))
            painter.setPen(QColor("#111111"))
        org_box = QRectF(body.left(), name_box.bottom(), body.width(), body.height() * 0.30)
        self._fit(painter, org_box, badge.organisation, 15, bold=False)
        painter.setPen(QColor("#444444"))
        painter.setFont(base_font(11))
        rest = QRectF(body.left(), org_box.bottom(), body.width(), body.bottom() - org_box.bottom())
        lines = [badge.country] + ([f"Table {badge.table}"] if badge.table else [])
        painter.drawText(rest, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), "\n".join(lines))

    @staticmethod
    def _fit(painter: QPainter, box: QRectF, text: str, points: float, *, bold: bool) -> None:
        """Draw ``text`` wrapped in ``box``, shrinking the font until it fits."""
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        size = points
        while True:
            font = base_font(size)
            font.setBold(bold)
            needed = QFontMetricsF(font, painter.device()).boundingRect(box, flags, text)
            if (needed.height() <= box.height() and needed.width() <= box.width()) or size <= 7:
                break
            size -= 1
        painter.setFont(font)
        painter.drawText(box, flags, text)
