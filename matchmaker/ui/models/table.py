"""A flat table model over a list of rows, described by column constants."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from matchmaker.core.text import fold

#: Role returning the cell's native value (int, str, float, None) for sorting and filtering.
SortRole = int(Qt.ItemDataRole.UserRole) + 1
#: Role returning the whole row object, so a proxy or a view can hand it back.
ObjectRole = int(Qt.ItemDataRole.UserRole) + 2
#: Role returning the row's folded search text (lower case, no accents).
SearchRole = int(Qt.ItemDataRole.UserRole) + 3

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TableColumn(Generic[Row]):
    """One column: its header, how to get the native value and how to show it."""

    title: str
    value: Callable[[Row], Any]
    display: Callable[[Any], str] | None = None
    align_right: bool = False
    tooltip: Callable[[Row], str] | None = None

    def text(self, row: Row) -> str:
        value = self.value(row)
        if self.display is not None:
            return self.display(value)
        return "" if value is None else str(value)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows in a Python list; subclasses set ``columns`` and may override :meth:`search_text`.

    Replace everything with :meth:`set_rows` (one reset), or one row with :meth:`update_row`.
    The proxy reads :meth:`rows`, :meth:`native_values` and :meth:`search_texts` in bulk, which is
    what keeps type-to-filter fast on tens of thousands of rows.
    """

    columns: Sequence[TableColumn[Row]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._search: list[str] | None = None

    # ------------------------------------------------------------------ bulk access
    def rows(self) -> list[Row]:
        return self._rows

    def row_object(self, row: int) -> Row:
        return self._rows[row]

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = None
        self.endResetModel()

    def update_row(self, row: int, value: Row) -> None:
        self._rows[row] = value
        if self._search is not None:
            self._search[row] = fold(self.search_text(value))
        self.dataChanged.emit(self.index(row, 0), self.index(row, max(0, len(self.columns) - 1)))

    def search_text(self, row: Row) -> str:
        """The text type-to-filter looks in (default: every column's text)."""
        return " ".join(column.text(row) for column in self.columns)

    def search_texts(self) -> list[str]:
        """Folded search text of every row (computed once per reset)."""
        if self._search is None:
            self._search = [fold(self.search_text(row)) for row in self._rows]
        return self._search

    def native_values(self, column: int) -> list[Any]:
        getter = self.columns[column].value
        return [getter(row) for row in self._rows]

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SortRole:
            return column.value(row)
        if role == ObjectRole:
            return row
        if role == SearchRole:
            return self.search_texts()[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: Row, column: int, role: int) -> Any:
        """Hook for subclasses: decoration, colours and the like."""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None
