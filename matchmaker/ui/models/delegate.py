"""A cell painter for big plain-text tables: one line of elided text per cell, laid out once and reused.

Why: QStyledItemDelegate asks the model for about seven roles per cell and lays every cell's text out
with QTextLayout on each paint; on a screenful of rows and a dozen columns that is 20–35 ms per
repaint, most of a type-to-filter keystroke. This delegate asks for three roles (text, alignment,
colour), keeps the elided text as a prepared QStaticText, and paints selection and focus as the
style does. Use it on tables whose cells hold text only (no icons, check boxes or rich text).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionFocusRect, QStyleOptionViewItem

AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY, _ALIGN, _FOREGROUND = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.TextAlignmentRole),
                                 int(Qt.ItemDataRole.ForegroundRole))  # fmt: skip
_RIGHT = int(Qt.AlignmentFlag.AlignRight)
# Plain ints: bit tests on PySide6's Python enum flags cost microseconds each, paid per cell.
_STATE = QStyle.StateFlag
_SELECTED, _ACTIVE, _ENABLED, _FOCUS = (_STATE.State_Selected.value, _STATE.State_Active.value,
                                        _STATE.State_Enabled.value, _STATE.State_HasFocus.value)  # fmt: skip
# Colour groups and roles by small ints: hashing PySide6 enum members in a cache key costs more than the lookup.
_GROUPS = (QPalette.ColorGroup.Normal, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
_ROLES = (QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText)
_TEXT, _HIGHLIGHTED_TEXT = 0, 1
_MARGIN = 4


class PlainTextDelegate(QStyledItemDelegate):
    """Paints a cell's DisplayRole text on one line (elided at the right), aligned and coloured as the model says."""

    #: Prepared texts kept (a few screenfuls); the cache starts afresh beyond this.
    cache_limit = 6000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts: dict[tuple[str, int], QStaticText] = {}
        self._font = QFont()
        self._colours: dict[tuple[int, int, int], QColor] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = index.model()
        rect = option.rect
        state: int = option.state.value
        palette = option.palette
        selected = bool(state & _SELECTED)
        group_code = (0 if state & _ACTIVE else 1) if state & _ENABLED else 2
        group = _GROUPS[group_code]
        if selected:
            painter.fillRect(rect, palette.brush(group, QPalette.ColorRole.Highlight))
        text = model.data(index, _DISPLAY)
        if text:
            font = option.font
            static = self._prepared(str(text), rect.width() - 2 * _MARGIN, font, painter)
            if selected:
                painter.setPen(self._colour(palette, group_code, _HIGHLIGHTED_TEXT))
            else:
                colour = model.data(index, _FOREGROUND)
                if isinstance(colour, QBrush):
                    colour = colour.color()
                if not isinstance(colour, QColor):
                    colour = self._colour(palette, group_code, _TEXT)
                painter.setPen(colour)
            painter.setFont(font)
            size = static.size()
            align = model.data(index, _ALIGN)
            left = rect.left() + _MARGIN
            if isinstance(align, int) and align & _RIGHT:
                left = rect.right() - _MARGIN - int(size.width()) + 1
            painter.drawStaticText(left, rect.top() + (rect.height() - int(size.height())) // 2, static)
        if state & _FOCUS:
            self._paint_focus(painter, option, selected, group)

    def _prepared(self, text: str, width: int, font: QFont, painter: QPainter) -> QStaticText:
        if font != self._font:  # another font (zoom, preferences): the prepared texts no longer fit
            self._texts.clear()
            self._font = QFont(font)
        key = (text, width)
        static = self._texts.get(key)
        if static is None:
            if len(self._texts) >= self.cache_limit:
                self._texts.clear()
            static = QStaticText(QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width))
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(painter.transform(), font)
            self._texts[key] = static
        return static

    def _colour(self, palette: QPalette, group: int, role: int) -> QColor:
        key = (palette.cacheKey(), group, role)  # a palette change (dark theme) gives another key
        colour = self._colours.get(key)
        if colour is None:
            if len(self._colours) > 64:
                self._colours.clear()
            colour = self._colours[key] = palette.color(_GROUPS[group], _ROLES[role])
        return colour

    def _paint_focus(self, painter: QPainter, option: QStyleOptionViewItem, selected: bool,
                     group: QPalette.ColorGroup) -> None:  # fmt: skip
        """The focus frame, as QStyledItemDelegate draws it (one cell at most)."""
        widget = option.widget
        if widget is None:
            return
        focus = QStyleOptionFocusRect()
        focus.initFrom(widget)
        focus.rect = option.rect
        focus.state = option.state | QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_Item
        role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Window
        focus.backgroundColor = option.palette.color(group, role)
        widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)
