"""A flat table model over a list of rows, described by column constants."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from matchmaker.core.text import fold

from ..plain import plain_tooltip

#: Role returning the cell's native value (int, str, float, None) for sorting and filtering.
SortRole = int(Qt.ItemDataRole.UserRole) + 1
#: Role returning the whole row object, so a proxy or a view can hand it back.
ObjectRole = int(Qt.ItemDataRole.UserRole) + 2
#: Role returning the row's folded search text (lower case, no accents).
SearchRole = int(Qt.ItemDataRole.UserRole) + 3

# The roles as plain ints: data_at runs for every role of every painted cell, and comparing with
# PySide6's enum members (an attribute lookup and an enum comparison each) costs microseconds.
_DISPLAY, _TOOLTIP, _ALIGNMENT = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
                                  int(Qt.ItemDataRole.TextAlignmentRole))  # fmt: skip
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


def sort_key(value: Any) -> tuple[int, Any]:
    """Nones last; strings compared case- and accent-insensitively."""
    if value is None:
        return (2, 0)
    if isinstance(value, str):
        return (1, fold(value)) if value else (2, 0)
    if isinstance(value, (frozenset, set, list, tuple)):
        return (0, len(value))
    return (0, value)


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
        self._sort_keys: dict[int, list[Any]] = {}
        self._sorted_orders: dict[int, list[int]] = {}

    # ------------------------------------------------------------------ bulk access
    def rows(self) -> list[Row]:
        return self._rows

    def row_object(self, row: int) -> Row:
        return self._rows[row]

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = None
        self._sort_keys = {}
        self._sorted_orders = {}
        self.endResetModel()

    def update_row(self, row: int, value: Row) -> None:
        self._rows[row] = value
        self._sorted_orders = {}
        for column, keys in self._sort_keys.items():
            keys[row] = sort_key(self.columns[column].value(value))
        if self._search is not None:
            self._search[row] = fold(self.search_text(value))
        self.dataChanged.emit(self.index(row, 0), self.index(row, max(0, len(self.columns) - 1)))

    def _keys_appended(self, rows: Sequence[Row]) -> None:
        """Keep precomputed sort keys and search texts in step after rows were appended."""
        self._sorted_orders = {}
        for column, keys in self._sort_keys.items():
            keys.extend(sort_key(self.columns[column].value(row)) for row in rows)
        if self._search is not None:
            self._search.extend(fold(self.search_text(row)) for row in rows)

    def _keys_removed(self, position: int) -> None:
        self._sorted_orders = {}
        for keys in self._sort_keys.values():
            del keys[position]
        if self._search is not None:
            del self._search[position]

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
        if not index.isValid():
            return None
        return self.data_at(index.row(), index.column(), role)

    #: Roles :meth:`data_at` answers; others return None at once (views ask for many roles per cell).
    handled_roles = frozenset({
        int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.TextAlignmentRole),
        int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.DecorationRole), SortRole, ObjectRole, SearchRole,
    })  # fmt: skip

    def data_at(self, row_number: int, column_number: int, role: int) -> Any:
        """The data of one cell by plain numbers (the proxy calls this without building indexes)."""
        if role not in self.handled_roles or row_number >= len(self._rows) or column_number >= len(self.columns):
            return None
        row = self._rows[row_number]
        column = self.columns[column_number]
        if role == _DISPLAY:
            return column.text(row)
        if role == SortRole:
            return column.value(row)
        if role == ObjectRole:
            return row
        if role == SearchRole:
            return self.search_texts()[row_number]
        if role == _ALIGNMENT:
            return _RIGHT_ALIGNED if column.align_right else None
        if role == _TOOLTIP and column.tooltip is not None:
            tip = column.tooltip(row)
            return plain_tooltip(tip) if isinstance(tip, str) else tip
        return self.extra_data(row, column_number, role)

    default_flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def cell_flags(self, row_number: int, column_number: int) -> Qt.ItemFlag:
        """Flags of one cell (default: enabled and selectable, not editable)."""
        return self.default_flags

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self.cell_flags(index.row(), index.column())

    def sort_keys(self, column: int) -> list[Any] | None:
        """Precomputed sort keys for ``column`` (None: the proxy computes them from native values)."""
        return self._sort_keys.get(column)

    def sorted_order(self, column: int) -> list[int] | None:
        """Row numbers in ascending order of ``column``, when computed ahead (e.g. on the loading thread)."""
        return self._sorted_orders.get(column)

    def set_sorted_order(self, column: int, order: list[int]) -> None:
        self._sorted_orders[column] = order

    def set_sort_keys(self, column: int, keys: list[Any]) -> None:
        """Give precomputed keys (e.g. folded names, computed on the loading thread)."""
        self._sort_keys[column] = keys

    def extra_data(self, row: Row, column: int, role: int) -> Any:
        """Hook for subclasses: decoration, colours and the like."""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            # Titles given as class constants are marked with QT_TRANSLATE_NOOP; already translated ones pass through.
            return QCoreApplication.translate("", self.columns[section].title)
        return None
