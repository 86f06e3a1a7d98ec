"""Item models of the Schedule page: the slot × table grid (drag and drop), agendas, check-in, statistics."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from matchmaker.core.events import EventSnapshot, MeetingInfo, ParticipantInfo, ParticipantStats, SlotInfo
from matchmaker.core.events.stats import EventStats
from matchmaker.core.model import MeetingStatus, SlotKind
from matchmaker.ui.labels import day_time, label, slot_title
from matchmaker.ui.models import ObjectRole, RowTableModel, SortRole, TableColumn

AnyIndex = QModelIndex | QPersistentModelIndex
#: Roles our extra_data answers beyond the shared model's (which returns None for others at once).
COLOURED_ROLES = frozenset({int(Qt.ItemDataRole.BackgroundRole)})
CHECKABLE_ROLES = COLOURED_ROLES | {int(Qt.ItemDataRole.CheckStateRole)}
MEETING_MIME = "application/x-matchmaker-meeting"

LOCKED_COLOUR = QColor(70, 110, 200, 70)
HIGHLIGHT_COLOUR = QColor(240, 180, 0, 120)
BREAK_COLOUR = QColor(128, 128, 128, 45)
STATUS_COLOURS = {
    MeetingStatus.HELD: QColor(46, 160, 67, 90),
    MeetingStatus.NO_SHOW: QColor(200, 60, 60, 110),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def short(name: str, limit: int = 18) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


class ScheduleGridModel(QAbstractTableModel):
    """Slots (rows, breaks included) × active tables (columns); a cell holds the meeting placed there.

    Drag a meeting and drop it on another cell: ``move_requested(meeting id, slot id, table id)``
    decides (checks conflicts and writes) and returns whether it moved.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._snapshot: EventSnapshot | None = None
        self._slots: list[SlotInfo] = []
        self._tables: list[int] = []
        self._names: list[str] = []
        self._cells: dict[tuple[int, int], MeetingInfo] = {}
        self._highlight: frozenset[int] = frozenset()
        self.move_requested: Callable[[int, int, int], bool] | None = None

    def set_snapshot(self, snapshot: EventSnapshot | None) -> None:
        self.beginResetModel()
        self._snapshot = snapshot
        self._slots = list(snapshot.slots) if snapshot else []
        tables = snapshot.active_tables if snapshot else ()
        self._tables = [t.id for t in tables]
        self._names = [t.name for t in tables]
        self._cells = dict(snapshot.placed) if snapshot else {}
        self.endResetModel()

    def set_highlight(self, participation_ids: frozenset[int]) -> None:
        """Emphasise the meetings of these participants (those of the selected meeting)."""
        if participation_ids == self._highlight:
            return
        self._highlight = participation_ids
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def slot_at(self, row: int) -> SlotInfo:
        return self._slots[row]

    def table_at(self, column: int) -> int:
        return self._tables[column]

    def meeting_at(self, row: int, column: int) -> MeetingInfo | None:
        if not (0 <= row < len(self._slots) and 0 <= column < len(self._tables)):
            return None
        return self._cells.get((self._slots[row].id, self._tables[column]))

    def index_of_meeting(self, meeting_id: int) -> QModelIndex:
        for (slot_id, table_id), meeting in self._cells.items():
            if meeting.id == meeting_id:
                row = next(i for i, s in enumerate(self._slots) if s.id == slot_id)
                return self.index(row, self._tables.index(table_id))
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._slots)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tables)

    def _label(self, meeting: MeetingInfo) -> str:
        assert self._snapshot is not None
        people = self._snapshot.participant_by_id
        a, b = (people[p].name for p in meeting.participants)
        return ("🔒 " if meeting.locked else "") + f"{short(a, 26)}\n{short(b, 26)}"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._snapshot is None or index.row() >= len(self._slots):
            return None
        slot = self._slots[index.row()]
        if slot.kind != SlotKind.MEETING:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return slot.label or tr("Break")
            if role == Qt.ItemDataRole.BackgroundRole:
                return BREAK_COLOUR
            return None
        meeting = self.meeting_at(index.row(), index.column())
        if role == ObjectRole:
            return meeting
        if role == SortRole:
            return meeting.id if meeting else None
        if meeting is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(meeting)
        if role == Qt.ItemDataRole.ToolTipRole:
            people = self._snapshot.participant_by_id
            a, b = (people[p] for p in meeting.participants)
            lock = ", " + tr("locked") if meeting.locked else ""
            return (
                f"{a.name} ({a.country}) – {b.name} ({b.country})\n"
                f"{slot_title(slot.starts_at, slot.ends_at)}, {label(meeting.priority)}, {label(meeting.status)}{lock}"
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            if not self._highlight.isdisjoint(meeting.participants):
                return HIGHLIGHT_COLOUR
            if meeting.status in STATUS_COLOURS:
                return STATUS_COLOURS[meeting.status]
            return LOCKED_COLOUR if meeting.locked else None
        if role == Qt.ItemDataRole.FontRole and not self._highlight.isdisjoint(meeting.participants):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._names):
            return self._names[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._slots):
            slot = self._slots[section]
            return day_time(slot.starts_at)
        return None

    # ------------------------------------------------------------------ drag and drop
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() or self._slots[index.row()].kind != SlotKind.MEETING:
            return flags & ~Qt.ItemFlag.ItemIsSelectable if index.isValid() else flags
        meeting = self.meeting_at(index.row(), index.column())
        if meeting is not None and not meeting.locked and meeting.status == MeetingStatus.SCHEDULED:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MEETING_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        for index in indexes:
            meeting = self.meeting_at(index.row(), index.column())
            if meeting is not None:
                data.setData(MEETING_MIME, QByteArray(str(meeting.id).encode()))
                break
        return data

    @staticmethod
    def meeting_id_of(data: QMimeData) -> int | None:
        if not data.hasFormat(MEETING_MIME):
            return None
        text = bytes(data.data(MEETING_MIME).data()).decode(errors="replace")
        return int(text) if text.isdigit() else None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        target = parent if parent.isValid() else self.index(row, column)
        return (
            self.meeting_id_of(data) is not None
            and target.isValid()
            and self._slots[target.row()].kind == SlotKind.MEETING
        )

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        """Move the dragged meeting to the cell it was dropped on (``parent``, or ``row``/``column``)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = parent if parent.isValid() else self.index(row, column)
        meeting_id = self.meeting_id_of(data)
        assert meeting_id is not None
        if self.move_requested is None:
            return False
        return self.move_requested(meeting_id, self._slots[target.row()].id, self._tables[target.column()])


# --------------------------------------------------------------------------- per participant


@dataclass(frozen=True)
class AgendaRow:
    slot: SlotInfo
    meeting: MeetingInfo | None
    partner: str
    partner_country: str
    table: str


def agenda_rows(snapshot: EventSnapshot, participation_id: int) -> list[AgendaRow]:
    """One participant's day: every slot, with its meeting (or free, or a break)."""
    shown = (MeetingStatus.SCHEDULED, MeetingStatus.HELD, MeetingStatus.NO_SHOW)  # cancelled ones free the slot
    mine = {
        m.slot_id: m
        for m in snapshot.meetings
        if participation_id in m.participants and m.slot_id is not None and m.status in shown
    }
    people, tables = snapshot.participant_by_id, snapshot.table_by_id
    rows = []
    for slot in snapshot.slots:
        meeting = mine.get(slot.id)
        partner, country, table = "", "", ""
        if meeting is not None:
            other = next((p for p in meeting.participants if p != participation_id), participation_id)
            partner, country = people[other].name, people[other].country
            table = tables[meeting.table_id].name if meeting.table_id in tables else ""
        rows.append(AgendaRow(slot, meeting, partner, country, table))
    return rows


def _agenda_what(row: AgendaRow, unavailable: frozenset[int]) -> str:
    if row.slot.kind != SlotKind.MEETING:
        return row.slot.label or tr("Break")
    if row.meeting is None:
        return tr("(not available)") if row.slot.id in unavailable else tr("(free)")
    return row.partner


class AgendaModel(RowTableModel[AgendaRow]):
    handled_roles = RowTableModel.handled_roles | COLOURED_ROLES
    TIME, WITH, COUNTRY, TABLE, STATUS = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.unavailable: frozenset[int] = frozenset()
        model = self
        self.columns = (
            TableColumn[AgendaRow](str(QT_TRANSLATE_NOOP("", "Time")), lambda r: r.slot.starts_at, day_time),
            TableColumn[AgendaRow](str(QT_TRANSLATE_NOOP("", "With")), lambda r: _agenda_what(r, model.unavailable)),
            TableColumn[AgendaRow](str(QT_TRANSLATE_NOOP("", "Country")), lambda r: r.partner_country),
            TableColumn[AgendaRow](str(QT_TRANSLATE_NOOP("", "Table")), lambda r: r.table),
            TableColumn[AgendaRow](str(QT_TRANSLATE_NOOP("", "Status")), lambda r: _meeting_state(r.meeting)),
        )

    def extra_data(self, row: AgendaRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.slot.kind != SlotKind.MEETING:
                return BREAK_COLOUR
            if row.meeting is not None and row.meeting.status in STATUS_COLOURS:
                return STATUS_COLOURS[row.meeting.status]
        if role == Qt.ItemDataRole.ForegroundRole and row.meeting is None and column == self.WITH:
            return QColor(128, 128, 128)
        return None


def _meeting_state(meeting: MeetingInfo | None) -> str:
    if meeting is None:
        return ""
    text = label(meeting.status)
    return f"{text}, {tr('locked')}" if meeting.locked else text


@dataclass(frozen=True)
class CheckInRow:
    info: ParticipantInfo
    meetings: int


class CheckInModel(RowTableModel[CheckInRow]):
    """Participants with a checkable 'checked in' column; toggling calls ``check_in_toggled``."""

    handled_roles = RowTableModel.handled_roles | CHECKABLE_ROLES

    NAME, COUNTRY, MEETINGS, CHECKED_IN = range(4)
    columns = (
        TableColumn[CheckInRow](str(QT_TRANSLATE_NOOP("", "Participant")), lambda r: r.info.name),
        TableColumn[CheckInRow](str(QT_TRANSLATE_NOOP("", "Country")), lambda r: r.info.country),
        TableColumn[CheckInRow](str(QT_TRANSLATE_NOOP("", "Meetings")), lambda r: r.meetings, align_right=True),
        TableColumn[CheckInRow](str(QT_TRANSLATE_NOOP("", "Checked in")), lambda r: r.info.checked_in, lambda v: ""),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.check_in_toggled: Callable[[int, bool], object] | None = None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.CHECKED_IN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def extra_data(self, row: CheckInRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == self.CHECKED_IN:
            return Qt.CheckState.Checked if row.info.checked_in else Qt.CheckState.Unchecked
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != self.CHECKED_IN:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        row = self.row_object(index.row())
        if checked == row.info.checked_in or self.check_in_toggled is None:
            return False
        self.check_in_toggled(row.info.id, checked)
        return True


def check_in_rows(snapshot: EventSnapshot) -> list[CheckInRow]:
    count: dict[int, int] = {}
    for m in snapshot.meetings:
        if m.is_placed:
            for pid in m.participants:
                count[pid] = count.get(pid, 0) + 1
    return [CheckInRow(p, count.get(p.id, 0)) for p in snapshot.participants]


# --------------------------------------------------------------------------- statistics


class StatsModel(RowTableModel[ParticipantStats]):
    handled_roles = RowTableModel.handled_roles | COLOURED_ROLES
    columns = (
        TableColumn[ParticipantStats](str(QT_TRANSLATE_NOOP("", "Participant")), lambda r: r.name),
        TableColumn[ParticipantStats](str(QT_TRANSLATE_NOOP("", "Country")), lambda r: r.country),
        TableColumn[ParticipantStats](str(QT_TRANSLATE_NOOP("", "Meetings")), lambda r: r.meetings, align_right=True),
        TableColumn[ParticipantStats](str(QT_TRANSLATE_NOOP("", "Breaks")), lambda r: r.breaks, align_right=True),
        TableColumn[ParticipantStats](str(QT_TRANSLATE_NOOP("", "Accepted")), lambda r: r.accepted, align_right=True),
        TableColumn[ParticipantStats](str(QT_TRANSLATE_NOOP("", "Not placed")), lambda r: r.unplaced, align_right=True),
        TableColumn[ParticipantStats](
            str(QT_TRANSLATE_NOOP("", "Unavailable")), lambda r: r.unavailable, align_right=True
        ),
    )

    def extra_data(self, row: ParticipantStats, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == 5 and row.unplaced:
            return STATUS_COLOURS[MeetingStatus.NO_SHOW]
        return None


class CountryMatrixModel(QAbstractTableModel):
    """Meetings between countries (symmetric); the diagonal counts meetings within one country."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._countries: list[str] = []
        self._pairs: dict[tuple[str, str], int] = {}
        self._max = 1

    def set_stats(self, stats: EventStats | None) -> None:
        self.beginResetModel()
        self._countries = list(stats.countries) if stats else []
        self._pairs = dict(stats.country_pairs) if stats else {}
        self._max = max(self._pairs.values(), default=1) or 1
        self.endResetModel()

    def count(self, row: int, column: int) -> int:
        return self._pairs.get((self._countries[row], self._countries[column]), 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._countries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._countries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._countries) or index.column() >= len(self._countries):
            return None
        value = self.count(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value) if value else "·"
        if role in (SortRole, ObjectRole):
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and value:
            return QColor(46, 120, 200, int(40 + 150 * value / self._max))
        if role == Qt.ItemDataRole.ToolTipRole:
            a, b = self._countries[index.row()], self._countries[index.column()]
            return tr("{0}–{1}: {2} meeting(s)").format(a, b, value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._countries):
            return self._countries[section]
        return None


@dataclass(frozen=True)
class UnplacedRow:
    request_id: int
    requester: str
    invitee: str
    priority: str
    reason: str


class UnplacedModel(RowTableModel[UnplacedRow]):
    columns = (
        TableColumn[UnplacedRow](str(QT_TRANSLATE_NOOP("", "From")), lambda r: r.requester),
        TableColumn[UnplacedRow](str(QT_TRANSLATE_NOOP("", "To")), lambda r: r.invitee),
        TableColumn[UnplacedRow](str(QT_TRANSLATE_NOOP("", "Priority")), lambda r: r.priority, label),
        TableColumn[UnplacedRow](
            str(QT_TRANSLATE_NOOP("", "Why not placed")), lambda r: r.reason, tooltip=lambda r: r.reason
        ),
    )


def unplaced_rows(snapshot: EventSnapshot) -> list[UnplacedRow]:
    people = snapshot.participant_by_id
    run = snapshot.last_run
    rows = []
    for r in snapshot.unplaced_accepted():
        reason = run.unscheduled_reason(r.id) if run else ""
        meeting = snapshot.meeting_by_id.get(r.meeting_id or 0)
        if not reason and meeting is not None and meeting.status != MeetingStatus.SCHEDULED:
            reason = tr("its meeting is {0}").format(label(meeting.status))
        rows.append(UnplacedRow(r.id, people[r.requester_id].name, people[r.invitee_id].name, r.priority.value,
                                reason or tr("not scheduled yet: run the scheduler")))  # fmt: skip
    return rows
