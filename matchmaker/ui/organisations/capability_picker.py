"""A searchable taxonomy tree with check boxes, for choosing capabilities."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core.taxonomy import TaxonomyGraph, TaxonomyNode
from matchmaker.core.text import fold

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 10
TERMS_ROLE = int(Qt.ItemDataRole.UserRole) + 11


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class CapabilityPicker(QWidget):
    """Type to find a capability by label or synonym in any language ('montažas', 'VFX'); tick to choose."""

    changed = Signal()

    def __init__(self, graph: TaxonomyGraph, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capability_picker")
        self.graph, self.language = graph, language
        self.search = QLineEdit()
        self.search.setObjectName("capability_search")
        self.search.setPlaceholderText(tr("Find a capability (any language, synonyms too)…"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("capability_tree")
        self.tree.setHeaderLabels([tr("Capability"), tr("NACE")])
        self.tree.setColumnWidth(0, 360)
        self.tree.setUniformRowHeights(True)
        self.summary = QLabel()
        self.summary.setObjectName("capability_summary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        self._items: dict[int, QTreeWidgetItem] = {}
        self._build()
        self.search.textChanged.connect(self._filter)
        self.tree.itemChanged.connect(self._item_changed)
        self._update_summary()

    def _build(self) -> None:
        self.tree.blockSignals(True)

        def add(node: TaxonomyNode, parent: QTreeWidgetItem | None) -> None:
            item = QTreeWidgetItem([node.label(self.language), node.nace_code or ""])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, ID_ROLE, node.id)
            item.setData(0, TERMS_ROLE, fold(" ".join(node.terms())))
            synonyms = sorted({word for group in node.synonyms.values() for word in group})
            item.setToolTip(0, node.code + ("\n" + ", ".join(synonyms) if synonyms else ""))
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            if node.id is not None:
                self._items[node.id] = item
            for child in self.graph.children(node.code):
                add(child, item)

        for root in self.graph.roots():
            add(root, None)
        self.tree.blockSignals(False)

    def set_selected(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        self.tree.blockSignals(True)
        for cap_id, item in self._items.items():
            item.setCheckState(0, Qt.CheckState.Checked if cap_id in wanted else Qt.CheckState.Unchecked)
            if cap_id in wanted:
                parent = item.parent()
                while parent is not None:
                    parent.setExpanded(True)
                    parent = parent.parent()
        self.tree.blockSignals(False)
        self._update_summary()

    def selected(self) -> tuple[int, ...]:
        return tuple(sorted(i for i, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked))

    def item_for(self, capability_id: int) -> QTreeWidgetItem:
        return self._items[capability_id]

    def visible_ids(self) -> list[int]:
        return [i for i, item in self._items.items() if not item.isHidden()]

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self._update_summary()
            self.changed.emit()

    def _update_summary(self) -> None:
        labels = [self._items[i].text(0) for i in self.selected()]
        self.summary.setText(tr("Chosen: %s") % (", ".join(labels) if labels else tr("none")))

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        iterator = QTreeWidgetItemIterator(self.tree)
        matched: list[QTreeWidgetItem] = []
        while iterator.value():
            item = iterator.value()
            hit = all(word in str(item.data(0, TERMS_ROLE)) for word in words)
            item.setHidden(bool(words) and not hit)
            if words and hit:
                matched.append(item)
            iterator += 1
        for item in matched:  # keep the path to every match visible and open
            parent = item.parent()
            while parent is not None:
                parent.setHidden(False)
                parent.setExpanded(True)
                parent = parent.parent()
        if not words:
            self.tree.collapseAll()
            self.set_selected(self.selected())
