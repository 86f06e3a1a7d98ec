"""Item models of the import dialog: the column mapping, the preview, the issues and the duplicates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from matchmaker.core.tabular import ColumnMapping, ImportPlan, Issue, Match, SourceTable
from matchmaker.core.tabular.reading import unique_headers

from ..models.table import ObjectRole, RowTableModel, SortRole, TableColumn

AnyIndex = QModelIndex | QPersistentModelIndex
ERROR_BRUSH = QBrush(QColor("#f8d7da"))
WARNING_BRUSH = QBrush(QColor("#fff3cd"))
MAPPED_BRUSH = QBrush(QColor("#e7f1ff"))
IGNORED = ""


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def field_title(name: str) -> str:
    """How a canonical field reads in the dialog ('contact_email' -> 'contact e-mail')."""
    return name.replace("_", " ").replace("email", "e-mail") if name else tr("(not imported)")


class MappingModel(QAbstractTableModel):
    """One row per source column: its header, a sample value and the field it feeds (editable)."""

    HEADER, FIELD, SAMPLE = range(3)
    mapping_changed = Signal()

    def __init__(self, table: SourceTable, mapping: ColumnMapping, fields: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self.table, self.mapping, self.fields = table, mapping, fields
        self.names = unique_headers(table.headers)
        self.samples = [self._sample(index) for index in range(len(self.names))]

    def _sample(self, column: int) -> str:
        for _, row in self.table.rows[:20]:
            if column < len(row) and row[column].strip():
                return " ".join(row[column].split())[:60]
        return ""

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.names)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (tr("Column in the file"), tr("Imported as"), tr("First value"))[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.FIELD:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.names):
            return None
        row, column = index.row(), index.column()
        name = self.mapping.field_of(row) or IGNORED
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            shown = field_title(name) if role == Qt.ItemDataRole.DisplayRole else name
            return (self.names[row], shown, self.samples[row])[column]
        if role == Qt.ItemDataRole.EditRole and column == self.FIELD:
            return name
        if role == Qt.ItemDataRole.BackgroundRole and name:
            return MAPPED_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FIELD:
            return tr("Double-click to choose the field this column is imported as")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        wanted = str(value or "")
        if wanted and wanted not in self.fields:
            return False
        self.mapping.set(index.row(), wanted or None)
        # another column may have lost this field
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.names) - 1, 2))
        self.mapping_changed.emit()
        return True


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as they will be read, with cells that have problems highlighted."""

    def __init__(self, table: SourceTable, mapping: ColumnMapping, limit: int = 50, parent: Any = None) -> None:
        super().__init__(parent)
        self.table, self.mapping = table, mapping
        self.rows = table.rows[:limit]
        self.names = unique_headers(table.headers)
        self.width = max([len(self.names), *(len(row) for _, row in self.rows)], default=0)
        self.issues: dict[tuple[int, str | None], list[Issue]] = {}

    def set_issues(self, issues: list[Issue]) -> None:
        """Problems by (row, column header); a row-wide problem has column None."""
        self.beginResetModel()
        self.issues = {}
        for issue in issues:
            self.issues.setdefault((issue.row or 0, issue.column), []).append(issue)
        self.endResetModel()

    def refresh_headers(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.width - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.width

    def _row_issues(self, section: int) -> list[Issue]:
        number = self.rows[section][0]
        return [issue for (row, _), issues in self.issues.items() if row == number for issue in issues]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.rows):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                issues = self._row_issues(section)
                mark = " ✖" if any(i.severity == "error" for i in issues) else " !" if issues else ""
                return f"{self.rows[section][0]}{mark}"
            if role == Qt.ItemDataRole.ToolTipRole:
                issues = self._row_issues(section)
                return "\n".join(issue.describe() for issue in issues) or None
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.width:
            return None
        header = self.names[section] if section < len(self.names) else tr("Column {0}").format(section + 1)
        name = self.mapping.field_of(section)
        return f"{header}\n→ {field_title(name)}" if name else header + "\n(" + tr("not imported") + ")"

    def _cell_issues(self, row: int, column: int) -> list[Issue]:
        number = self.rows[row][0]
        header = self.names[column] if column < len(self.names) else None
        found = list(self.issues.get((number, header), []))
        name = self.mapping.field_of(column)
        if name:  # issues about fields without a column of their own (e.g. 'contact_name') sit on the name
            found += self.issues.get((number, name), [])
        return found

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        cells = self.rows[index.row()][1]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            text = cells[column] if column < len(cells) else ""
            return " ".join(text.split()) if role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.ForegroundRole and self.mapping.field_of(column) is None:
            return QBrush(QColor("#8a8a8a"))
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            issues = self._cell_issues(index.row(), column)
            if not issues:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(f"{issue.severity}: {issue.message}" for issue in issues)
            return ERROR_BRUSH if any(issue.severity == "error" for issue in issues) else WARNING_BRUSH
        return None


class IssueModel(RowTableModel[Issue]):
    """Errors and warnings of a check, sortable and filterable like every table."""

    columns = (
        TableColumn[Issue](tr("Severity"), lambda issue: issue.severity),
        TableColumn[Issue](tr("Row"), lambda issue: issue.row, align_right=True),
        TableColumn[Issue](tr("Column"), lambda issue: issue.column or ""),
        TableColumn[Issue](tr("Problem"), lambda issue: issue.message, tooltip=lambda issue: issue.describe()),
    )

    def extra_data(self, row: Issue, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            return ERROR_BRUSH if row.severity == "error" else WARNING_BRUSH
        return None


@dataclass
class DuplicateRow:
    index: int  # the record's index in the plan
    row: int
    name: str
    country: str
    match: Match


class DuplicateModel(QAbstractTableModel):
    """Rows that match existing organisations, with the action chosen for each (editable)."""

    ROW, IN_FILE, EXISTING, HOW, ACTION = range(5)
    ACTIONS = ("update", "skip", "create")

    def __init__(self, plan: ImportPlan, on_duplicate: str = "update", on_similar: str = "create",
                 parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.plan = plan
        self.on_duplicate, self.on_similar = on_duplicate, on_similar
        self.items = [DuplicateRow(index, plan.records[index].row, plan.records[index].name,
                                   plan.records[index].country, match)
                      for index, match in sorted(plan.matches.items())]  # fmt: skip

    def set_policies(self, on_duplicate: str, on_similar: str) -> None:
        """New defaults; rows the user set by hand keep their choice."""
        self.on_duplicate, self.on_similar = on_duplicate, on_similar
        if self.items:
            self.dataChanged.emit(self.index(0, self.ACTION), self.index(len(self.items) - 1, self.ACTION))

    def action(self, item: DuplicateRow) -> str:
        return self.plan.action(item.index, self.on_duplicate, self.on_similar)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return (tr("Row"), tr("In the file"), tr("Existing organisation"), tr("Match"), tr("Action"))[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == self.ACTION else base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == ObjectRole:
            return item
        if role == Qt.ItemDataRole.EditRole and column == self.ACTION:
            return self.action(item)
        if role == SortRole:
            return (item.row, item.name, item.match.name, item.match.score, self.action(item))[column]
        if role == Qt.ItemDataRole.DisplayRole:
            how = tr("same name and country") if item.match.exact else tr("%d%% similar name") % round(item.match.score)
            action = {"update": tr("Update the existing one"), "skip": tr("Skip this row"),
                      "create": tr("Create a new organisation")}[self.action(item)]  # fmt: skip
            existing = f"{item.match.name} (#{item.match.org_id})"
            return (str(item.row), f"{item.name} ({item.country})", existing, how, action)[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == self.HOW and not item.match.exact:
            return WARNING_BRUSH
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.ACTION or role != Qt.ItemDataRole.EditRole:
            return False
        if value not in self.ACTIONS:
            return False
        self.plan.choices[self.items[index.row()].index] = str(value)
        self.dataChanged.emit(index, index)
        return True

    def set_all(self, action: str) -> None:
        """Choose ``action`` for every listed row."""
        for item in self.items:
            self.plan.choices[item.index] = action
        if self.items:
            self.dataChanged.emit(self.index(0, self.ACTION), self.index(len(self.items) - 1, self.ACTION))
