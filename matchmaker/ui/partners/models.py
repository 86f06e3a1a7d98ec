"""Suggestion and shortlist table models, and the score-bar delegate."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from matchmaker.core.partner_actions import ShortlistItem
from matchmaker.ui.models import RowTableModel, SortRole, TableColumn
from matchmaker.ui.organisations.model import TYPE_TITLES


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class SuggestionRow(NamedTuple):
    partner_id: int
    name: str
    country: str
    org_type: str
    score: int
    mutual: bool
    reasons: tuple[str, ...]
    capability_ids: frozenset[int]
    shortlisted: bool
    request: str  # status of an existing request at the current event, or ""


class SuggestionTableModel(RowTableModel[SuggestionRow]):
    SCORE, PARTNER, COUNTRY, TYPE, MUTUAL, SHORTLIST, REQUEST, WHY = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            TableColumn(tr("Score"), lambda r: r.score, align_right=True),
            TableColumn(tr("Partner"), lambda r: r.name),
            TableColumn(tr("Country"), lambda r: r.country),
            TableColumn(tr("Type"), lambda r: r.org_type, display=lambda v: tr(TYPE_TITLES.get(v, v))),
            TableColumn(tr("Mutual"), lambda r: r.mutual, display=lambda v: "⇄" if v else "",
                        tooltip=lambda r: tr("Each side has something the other asked for") if r.mutual else ""),
            TableColumn(tr("Shortlist"), lambda r: r.shortlisted, display=lambda v: "★" if v else ""),
            TableColumn(tr("Request"), lambda r: r.request, display=lambda v: tr(v) if v else ""),
            TableColumn(tr("Why"), lambda r: r.reasons[0] if r.reasons else "",
                        tooltip=lambda r: "\n".join(r.reasons)),
        )  # fmt: skip

    def position_of(self, partner_id: int) -> int:
        for position, row in enumerate(self._rows):
            if row.partner_id == partner_id:
                return position
        return -1


class ShortlistTableModel(RowTableModel[ShortlistItem]):
    NAME, COUNTRY, NOTE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            TableColumn(tr("Shortlisted partner"), lambda r: r.name),
            TableColumn(tr("Country"), lambda r: r.country),
            TableColumn(tr("Note"), lambda r: r.note),
        )


class ScoreBarDelegate(QStyledItemDelegate):
    """Draws a score 0..100 as a bar with the number on it."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        value = index.data(SortRole)
        if not isinstance(value, int):
            super().paint(painter, option, index)
            return
        widget: QWidget | None = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # selection and focus background as usual, without the text
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        cell = QRectF(option.rect)
        number_width = option.fontMetrics.horizontalAdvance("100") + 8
        rect = QRectF(cell.x() + 4, cell.y() + 5, max(10.0, cell.width() - number_width - 8), cell.height() - 10)
        palette: QPalette = option.palette
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(60)
        fill = QColor("#2e7d32") if value >= 60 else QColor("#f9a825") if value >= 35 else QColor("#9e9e9e")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(fill)
        filled = QRectF(rect.x(), rect.y(), rect.width() * max(0, min(100, value)) / 100, rect.height())
        painter.drawRoundedRect(filled, 3, 3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        number = QRectF(cell.right() - number_width - 2, cell.y(), number_width, cell.height())
        painter.drawText(number, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(value))
        painter.restore()

    def displayText(self, value: Any, locale: Any) -> str:
        return str(value)
