"""The organisations table model: one row per organisation, column constants, native sort values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from matchmaker.core.countries import country_name
from matchmaker.core.organisation_rows import OrganisationRow
from matchmaker.ui.look import ui_language
from matchmaker.ui.models import RowTableModel, TableColumn

from .data import Lookups, TableData, search_text


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def _joined(names: list[str], limit: int = 2) -> str:
    if len(names) <= limit:
        return ", ".join(names)
    return ", ".join(names[:limit]) + f" +{len(names) - limit}"


# Marked for lupdate; shown through tr().
TYPE_TITLES: dict[str, str] = {
    "company": str(QT_TRANSLATE_NOOP("", "Company")),
    "research": str(QT_TRANSLATE_NOOP("", "Research")),
    "public": str(QT_TRANSLATE_NOOP("", "Public body")),
    "cluster": str(QT_TRANSLATE_NOOP("", "Cluster body")),
    "ngo": str(QT_TRANSLATE_NOOP("", "NGO")),
}
SIZE_TITLES: dict[str, str] = {
    "micro": str(QT_TRANSLATE_NOOP("", "Micro (<10)")),
    "small": str(QT_TRANSLATE_NOOP("", "Small (<50)")),
    "medium": str(QT_TRANSLATE_NOOP("", "Medium (<250)")),
    "large": str(QT_TRANSLATE_NOOP("", "Large (250+)")),
}
# Plain ints and one colour: extra_data runs for several roles of every painted cell.
_TOOLTIP, _FOREGROUND = int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.ForegroundRole)
_NONE_COLOUR = QColor("#9a9a9a")
SIZE_ORDER = {"micro": 0, "small": 1, "medium": 2, "large": 3}


class OrganisationTableModel(RowTableModel[OrganisationRow]):
    NAME, COUNTRY, CITY, TYPE, SIZE, FOUNDED, CLUSTERS, CAPABILITIES, TAGS, CONTACTS, OFFERS, REQUESTS = range(12)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lookups = Lookups()
        self._index: dict[int, int] = {}
        lk = self.current_lookups  # the lookups object is replaced on reload, so look it up each time
        self.columns = (
            TableColumn(tr("Name"), lambda r: r.name),
            TableColumn(tr("Country"), lambda r: r.country, tooltip=lambda r: country_name(r.country, ui_language())),
            TableColumn(tr("City"), lambda r: r.city),
            TableColumn(tr("Type"), lambda r: r.org_type, display=lambda v: tr(TYPE_TITLES.get(v, v))),
            TableColumn(tr("Size"), lambda r: SIZE_ORDER.get(r.size_band or ""),
                        display=lambda v: tr(SIZE_TITLES[list(SIZE_ORDER)[v]]) if v is not None else ""),
            TableColumn(tr("Founded"), lambda r: r.founded_year, align_right=True),
            TableColumn(tr("Clusters"), lambda r: r.cluster_ids,
                        display=lambda v: _joined(lk().names(v, lk().clusters), 1),
                        tooltip=lambda r: "\n".join(lk().names(r.cluster_ids, lk().clusters))),
            TableColumn(tr("Capabilities"), lambda r: r.capability_ids,
                        display=lambda v: _joined(lk().names(v, lk().capabilities)),
                        tooltip=lambda r: "\n".join(lk().names(r.capability_ids, lk().capabilities))),
            TableColumn(tr("Tags"), lambda r: r.tag_ids, display=lambda v: _joined(lk().names(v, lk().tags), 3)),
            TableColumn(tr("Contacts"), lambda r: r.contacts, align_right=True),
            TableColumn(tr("Offers"), lambda r: r.offers, align_right=True),
            TableColumn(tr("Requests"), lambda r: r.requests, align_right=True),
        )  # fmt: skip

    def current_lookups(self) -> Lookups:
        return self.lookups

    # ------------------------------------------------------------------ loading
    def load(self, data: TableData) -> None:
        """Replace everything; search texts, name keys and order, and the id index came from the loading thread."""
        self.lookups = data.lookups
        self.beginResetModel()
        self._rows = data.rows
        self._search = data.search
        self._sort_keys = {self.NAME: data.name_keys}
        self._sorted_orders = {self.NAME: data.name_order}
        self._index = data.index
        self.endResetModel()

    def set_rows(self, rows: Sequence[OrganisationRow]) -> None:
        super().set_rows(rows)
        self._index = {row.id: position for position, row in enumerate(self._rows)}

    def search_text(self, row: OrganisationRow) -> str:
        return search_text(row, self.lookups)

    def position_of(self, org_id: int) -> int:
        return self._index.get(org_id, -1)

    def upsert(self, fresh: Sequence[OrganisationRow], gone: Sequence[int] = ()) -> None:
        """Apply changed rows in place, append new ones, drop deleted ones (few rows: no full reload)."""
        added = []
        for row in fresh:
            position = self._index.get(row.id, -1)
            if position >= 0:
                self.update_row(position, row)
            else:
                added.append(row)
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self._keys_appended(added)
            self._index.update({row.id: first + n for n, row in enumerate(added)})
            self.endInsertRows()
        for org_id in gone:
            position = self._index.get(org_id, -1)
            if position < 0:
                continue
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self._keys_removed(position)
            self.endRemoveRows()
            self._index = {row.id: n for n, row in enumerate(self._rows)}

    def extra_data(self, row: OrganisationRow, column: int, role: int) -> Any:
        if role == _TOOLTIP and column == self.NAME and row.is_illustrative:
            return tr("Illustrative demo data")
        if role == _FOREGROUND and column in (self.CONTACTS, self.OFFERS, self.REQUESTS):
            value = (row.contacts, row.offers, row.requests)[column - self.CONTACTS]
            return _NONE_COLOUR if value == 0 else None
        return None
