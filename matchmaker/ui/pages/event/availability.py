"""The availability grid: press on a cell and drag across slots (and participants) to mark them.

Dragging from a free cell marks the rectangle unavailable; dragging from a marked cell
clears it. The whole drag is one change (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .models import AvailabilityModel


class AvailabilityView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("availability_grid")
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(46)
        self.horizontalHeader().setMinimumHeight(40)
        self.verticalHeader().setDefaultSectionSize(22)
        self.verticalHeader().setMinimumWidth(200)
        #: Called with (cells, available) when a drag ends.
        self.painted: Callable[[list[tuple[int, int]], bool], object] | None = None
        self._anchor: QModelIndex | None = None
        self._mark_available = False

    def availability_model(self) -> AvailabilityModel:
        model = self.model()
        assert isinstance(model, AvailabilityModel)
        return model

    def setModel(self, model: AvailabilityModel) -> None:  # type: ignore[override]
        super().setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or not index.isValid():
            super().mousePressEvent(event)
            return
        self._anchor = index
        self._mark_available = self.availability_model().is_unavailable(index.row(), index.column())
        self._select_to(index)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._anchor is None:
            return
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self._select_to(index)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._anchor is None:
            super().mouseReleaseEvent(event)
            return
        index = self.indexAt(event.position().toPoint())
        end = index if index.isValid() else self._anchor
        cells = self.cells_between(self._anchor, end)
        self._anchor = None
        self.clearSelection()
        if self.painted is not None and cells:
            self.painted(cells, self._mark_available)

    def cells_between(self, a: QModelIndex, b: QModelIndex) -> list[tuple[int, int]]:
        """(participation id, slot id) of every cell in the rectangle from ``a`` to ``b``."""
        model = self.availability_model()
        rows = range(min(a.row(), b.row()), max(a.row(), b.row()) + 1)
        columns = range(min(a.column(), b.column()), max(a.column(), b.column()) + 1)
        return [model.cell(r, c) for r in rows for c in columns]

    def _select_to(self, index: QModelIndex) -> None:
        assert self._anchor is not None
        model, a = self.availability_model(), self._anchor
        top_left = model.index(min(a.row(), index.row()), min(a.column(), index.column()))
        bottom_right = model.index(max(a.row(), index.row()), max(a.column(), index.column()))
        selection = QItemSelection(top_left, bottom_right)
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
