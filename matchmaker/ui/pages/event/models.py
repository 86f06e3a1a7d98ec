"""Item models of the Event page: participants, availability, requests (list and matrix), organisations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from matchmaker.core.events import EventSnapshot, ParticipantInfo, RequestInfo, SlotInfo
from matchmaker.core.model import Priority, RequestStatus
from matchmaker.ui.labels import day_time, label, short_day, slot_title
from matchmaker.ui.models import ObjectRole, RowTableModel, SortRole, TableColumn
from matchmaker.ui.organisations.model import TYPE_TITLES

AnyIndex = QModelIndex | QPersistentModelIndex
#: Roles our extra_data answers beyond the shared model's (which returns None for others at once).
COLOURED_ROLES = frozenset({int(Qt.ItemDataRole.BackgroundRole)})


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


#: Soft colours with alpha, readable on light and dark themes.
STATUS_COLOURS = {
    RequestStatus.ACCEPTED: QColor(46, 160, 67, 110),
    RequestStatus.PENDING: QColor(230, 170, 20, 110),
    RequestStatus.DECLINED: QColor(200, 60, 60, 90),
    RequestStatus.CANCELLED: QColor(128, 128, 128, 90),
    RequestStatus.EXPIRED: QColor(128, 128, 128, 60),
}
UNAVAILABLE_COLOUR = QColor(200, 60, 60, 150)
PRIORITY_LETTER = {Priority.MUST: "M", Priority.SHOULD: "S", Priority.COULD: "C"}


# --------------------------------------------------------------------------- participants


@dataclass(frozen=True)
class ParticipantRow:
    info: ParticipantInfo
    fixed_table: str
    accepted: int
    pending: int
    unavailable: int


def participant_rows(snapshot: EventSnapshot) -> list[ParticipantRow]:
    accepted: dict[int, int] = {}
    pending: dict[int, int] = {}
    for r in snapshot.requests:
        target = (
            accepted if r.status == RequestStatus.ACCEPTED else pending if r.status == RequestStatus.PENDING else None
        )
        if target is not None:
            for pid in (r.requester_id, r.invitee_id):
                target[pid] = target.get(pid, 0) + 1
    tables = snapshot.table_by_id
    return [
        ParticipantRow(
            p,
            tables[p.fixed_table_id].name if p.fixed_table_id in tables else "",
            accepted.get(p.id, 0),
            pending.get(p.id, 0),
            len(p.unavailable),
        )
        for p in snapshot.participants
    ]


class ParticipantsModel(RowTableModel[ParticipantRow]):
    NAME, COUNTRY, CITY, DELEGATES, TABLE, ACCEPTED, PENDING, UNAVAILABLE, CHECKED_IN = range(9)
    columns = (
        TableColumn[ParticipantRow](str(QT_TRANSLATE_NOOP("", "Organisation")), lambda r: r.info.name),
        TableColumn[ParticipantRow](str(QT_TRANSLATE_NOOP("", "Country")), lambda r: r.info.country),
        TableColumn[ParticipantRow](str(QT_TRANSLATE_NOOP("", "City")), lambda r: r.info.city),
        TableColumn[ParticipantRow](
            str(QT_TRANSLATE_NOOP("", "Delegates")), lambda r: r.info.delegates, align_right=True
        ),
        TableColumn[ParticipantRow](str(QT_TRANSLATE_NOOP("", "Fixed table")), lambda r: r.fixed_table),
        TableColumn[ParticipantRow](str(QT_TRANSLATE_NOOP("", "Accepted")), lambda r: r.accepted, align_right=True),
        TableColumn[ParticipantRow](str(QT_TRANSLATE_NOOP("", "Pending")), lambda r: r.pending, align_right=True),
        TableColumn[ParticipantRow](
            str(QT_TRANSLATE_NOOP("", "Unavailable slots")), lambda r: r.unavailable, align_right=True
        ),
        TableColumn[ParticipantRow](
            str(QT_TRANSLATE_NOOP("", "Checked in")), lambda r: r.info.checked_in, lambda v: tr("yes") if v else ""
        ),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        #: Called as (participation id, delegates) when the user edits the Delegates cell.
        self.delegates_edited: Callable[[int, int], object] | None = None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.DELEGATES:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == self.DELEGATES:
            return self.row_object(index.row()).info.delegates
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.DELEGATES:
            return False
        try:
            delegates = int(value)
        except (TypeError, ValueError):
            return False
        row = self.row_object(index.row())
        if delegates == row.info.delegates or self.delegates_edited is None:
            return False
        self.delegates_edited(row.info.id, delegates)
        return True


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    country: str
    city: str
    org_type: str


class OrganisationPickerModel(RowTableModel[OrganisationRow]):
    columns = (
        TableColumn[OrganisationRow](str(QT_TRANSLATE_NOOP("", "Organisation")), lambda r: r.name),
        TableColumn[OrganisationRow](str(QT_TRANSLATE_NOOP("", "Country")), lambda r: r.country),
        TableColumn[OrganisationRow](str(QT_TRANSLATE_NOOP("", "City")), lambda r: r.city),
        TableColumn[OrganisationRow](
            str(QT_TRANSLATE_NOOP("", "Type")), lambda r: r.org_type, lambda v: tr(TYPE_TITLES.get(v, v))
        ),
    )


# --------------------------------------------------------------------------- availability


def slot_header(slot: SlotInfo) -> str:
    return f"{short_day(slot.starts_at)}\n{slot.starts_at:%H:%M}"


class AvailabilityModel(QAbstractTableModel):
    """Participants (rows) × meeting slots (columns); a marked cell is a slot the participant cannot attend."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[ParticipantInfo] = []
        self._slots: list[SlotInfo] = []

    def set_snapshot(self, snapshot: EventSnapshot | None) -> None:
        self.beginResetModel()
        self._people = list(snapshot.participants) if snapshot else []
        self._slots = list(snapshot.meeting_slots) if snapshot else []
        self.endResetModel()

    def cell(self, row: int, column: int) -> tuple[int, int]:
        """(participation id, slot id) at a cell."""
        return self._people[row].id, self._slots[column].id

    def is_unavailable(self, row: int, column: int) -> bool:
        return self._slots[column].id in self._people[row].unavailable

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._slots)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._people) or index.column() >= len(self._slots):
            return None
        off = self.is_unavailable(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return "✕" if off else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return UNAVAILABLE_COLOUR if off else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            person, slot = self._people[index.row()], self._slots[index.column()]
            state = tr("not available") if off else tr("available")
            return f"{person.name}, {slot_title(slot.starts_at, slot.ends_at)} ({slot.session_name}): {state}"
        if role in (SortRole, ObjectRole):
            return off if role == SortRole else self.cell(index.row(), index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._slots):
                return slot_header(self._slots[section])
            if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._people):
                return self._people[section].name
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.ToolTipRole and horizontal and 0 <= section < len(self._slots):
            slot = self._slots[section]
            return f"{slot_title(slot.starts_at, slot.ends_at)} — {slot.session_name}"
        return None


# --------------------------------------------------------------------------- requests


@dataclass(frozen=True)
class RequestRow:
    info: RequestInfo
    requester: str
    invitee: str
    countries: str
    placed_at: str


def request_rows(snapshot: EventSnapshot) -> list[RequestRow]:
    people = snapshot.participant_by_id
    slots = snapshot.slot_by_id
    tables = snapshot.table_by_id
    rows = []
    for r in snapshot.requests:
        a, b = people[r.requester_id], people[r.invitee_id]
        meeting = snapshot.meeting_by_id.get(r.meeting_id or 0)
        placed = ""
        if meeting is not None and meeting.is_placed and meeting.slot_id in slots:
            table = tables[meeting.table_id].name if meeting.table_id in tables else "?"
            placed = f"{day_time(slots[meeting.slot_id].starts_at)}, {table}"
        rows.append(RequestRow(r, a.name, b.name, f"{a.country}–{b.country}", placed))
    return rows


_PRIORITY_ORDER = {Priority.MUST: 0, Priority.SHOULD: 1, Priority.COULD: 2}


class RequestsModel(RowTableModel[RequestRow]):
    handled_roles = RowTableModel.handled_roles | COLOURED_ROLES
    FROM, TO, COUNTRIES, PRIORITY, STATUS, SOURCE, PLACED, REASONS = range(8)
    columns = (
        TableColumn[RequestRow](str(QT_TRANSLATE_NOOP("", "From")), lambda r: r.requester),
        TableColumn[RequestRow](str(QT_TRANSLATE_NOOP("", "To")), lambda r: r.invitee),
        TableColumn[RequestRow](str(QT_TRANSLATE_NOOP("", "Countries")), lambda r: r.countries),
        TableColumn[RequestRow](
            str(QT_TRANSLATE_NOOP("", "Priority")),
            lambda r: _PRIORITY_ORDER[r.info.priority],
            lambda v: label([p.value for p in _PRIORITY_ORDER][v]),
        ),
        TableColumn[RequestRow](str(QT_TRANSLATE_NOOP("", "Status")), lambda r: r.info.status.value, label),
        TableColumn[RequestRow](str(QT_TRANSLATE_NOOP("", "Source")), lambda r: r.info.source.value, label),
        TableColumn[RequestRow](str(QT_TRANSLATE_NOOP("", "Scheduled")), lambda r: r.placed_at),
        TableColumn[RequestRow](
            str(QT_TRANSLATE_NOOP("", "Why")),
            lambda r: "; ".join(r.info.reasons) or r.info.message,
            tooltip=lambda r: "\n".join(r.info.reasons),
        ),
    )

    def extra_data(self, row: RequestRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS:
            return STATUS_COLOURS.get(row.info.status)
        return None


class RequestMatrixModel(QAbstractTableModel):
    """Participants × participants; a cell shows the request between the two (priority letter, status colour)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[ParticipantInfo] = []
        self._pairs: dict[tuple[int, int], RequestInfo] = {}

    def set_snapshot(self, snapshot: EventSnapshot | None) -> None:
        self.beginResetModel()
        self._people = list(snapshot.participants) if snapshot else []
        self._pairs = {}
        for r in snapshot.requests if snapshot else ():
            self._pairs[(r.requester_id, r.invitee_id)] = r
            self._pairs[(r.invitee_id, r.requester_id)] = r
        self.endResetModel()

    def request_at(self, row: int, column: int) -> RequestInfo | None:
        if not (0 <= row < len(self._people) and 0 <= column < len(self._people)):
            return None
        return self._pairs.get((self._people[row].id, self._people[column].id))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        request = self.request_at(index.row(), index.column())
        if role == ObjectRole:
            return request
        if request is None:
            if role == Qt.ItemDataRole.BackgroundRole and index.row() == index.column():
                return QColor(128, 128, 128, 50)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return PRIORITY_LETTER[request.priority]
        if role == SortRole:
            return request.status.value
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATUS_COLOURS.get(request.status)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            by = {p.id: p.name for p in self._people}
            return f"{by[request.requester_id]} → {by[request.invitee_id]}\n" + tr("priority: {0}, status: {1}").format(
                label(request.priority), label(request.status)
            )
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if 0 <= section < len(self._people):
            person = self._people[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return person.name if orientation == Qt.Orientation.Vertical else str(section + 1)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{section + 1}. {person.name} ({person.country})"
        return None
