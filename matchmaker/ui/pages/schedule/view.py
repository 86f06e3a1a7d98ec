"""The Schedule page: the slot × table grid, per-participant agendas and check-in, statistics, runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core.events import Conflict, EventSnapshot, MeetingInfo
from matchmaker.core.model import MeetingStatus, SlotKind
from matchmaker.ui import dialogs
from matchmaker.ui.context import AppContext
from matchmaker.ui.labels import change_line, label, slot_title
from matchmaker.ui.models import FilterSortProxy
from matchmaker.ui.pages import Page, register_page
from matchmaker.ui.pages.event.widgets import EmptyState, MessageBar, named, row_table

from .controller import ScheduleController, ScheduleViewData

if TYPE_CHECKING:  # the scheduler itself is imported by the first run, on its worker
    from matchmaker.core.scheduling import SolverProgress
    from matchmaker.db.scheduling import EventScheduleResult
from .models import (
    AgendaModel,
    CheckInModel,
    CountryMatrixModel,
    ScheduleGridModel,
    StatsModel,
    UnplacedModel,
    agenda_rows,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


@register_page
class SchedulePage(Page):
    page_id = "schedule"
    title = str(QT_TRANSLATE_NOOP("Page", "Schedule"))
    icon_name = "schedule"
    order = 50
    run_status: QLabel
    time_limit: QSpinBox

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = ScheduleController(ctx, self)
        self.heading = named(QLabel(tr("Schedule")), "schedule_heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.messages = MessageBar(self, "schedule_message")
        self.tabs = named(QTabWidget(), "schedule_tabs")
        self.tabs.addTab(self._grid_tab(), tr("Grid"))
        self.tabs.addTab(self._people_tab(), tr("Participants and check-in"))
        self.tabs.addTab(self._stats_tab(), tr("Statistics"))
        self.tabs.addTab(self._changes_tab(), tr("Last run"))
        self.empty = EmptyState(tr("Choose or create an event on the Event page first."))
        self.empty.create_requested.connect(lambda: self.ctx.signals.status.emit(tr("Use Event → New event…")))
        self.body = QStackedWidget()
        self.body.addWidget(self.empty)
        self.body.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addLayout(self._run_bar())
        layout.addWidget(self.messages)
        layout.addWidget(self.body, 1)

        c = self.controller
        c.snapshot_changed.connect(self._show)
        c.failed.connect(self.messages.show_error)
        c.message.connect(self.ctx.signals.status)
        c.message.connect(self.run_status.setText)
        c.solve_progress.connect(self._progress)
        c.solving.connect(self._solving)
        c.solve_finished.connect(self._finished)
        c.move_refused.connect(self._refused)
        self._solving(False)
        self._show(None)
        c.reload()

    # ------------------------------------------------------------------ building
    def _run_bar(self) -> QHBoxLayout:
        self.run_button = named(QPushButton(tr("&Run scheduler")), "schedule_run")
        self.run_button.setToolTip(tr("Place every accepted meeting, then minimise breaks (Ctrl+R)"))
        self.run_button.clicked.connect(lambda: self.controller.run(time_limit=self.time_limit.value()))
        QShortcut(QKeySequence("Ctrl+R"), self).activated.connect(self.run_button.click)
        self.repair_button = named(QPushButton(tr("Re&pair")), "schedule_repair")
        self.repair_button.setToolTip(tr("Re-solve after changes, moving as few meetings as possible"))
        self.repair_button.clicked.connect(lambda: self.controller.run(repair=True, time_limit=self.time_limit.value()))
        self.time_limit = named(QSpinBox(), "schedule_time_limit")
        self.time_limit.setRange(1, 600)
        saved = str(self.ctx.settings.value("schedule/time_limit", 20))
        self.time_limit.setValue(int(saved) if saved.isdigit() else 20)
        self.time_limit.setSuffix(tr(" s"))
        self.time_limit.setToolTip(tr("Time limit of the search"))
        self.time_limit.valueChanged.connect(lambda v: self.ctx.settings.setValue("schedule/time_limit", v))
        self.stop_button = named(QPushButton(tr("Stop && keep best")), "schedule_stop")
        self.stop_button.clicked.connect(self.controller.stop_keep_best)
        self.cancel_button = named(QPushButton(tr("Cancel")), "schedule_cancel")
        self.cancel_button.clicked.connect(self.controller.cancel)
        self.undo_run_button = named(QPushButton(tr("Undo last run")), "schedule_undo_run")
        self.undo_run_button.clicked.connect(self._undo_last_run)
        self.progress = named(QProgressBar(), "schedule_progress")
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.run_status = named(QLabel(), "schedule_run_status")
        self.run_status.setMinimumWidth(300)
        self.run_status.setWordWrap(True)  # wraps instead of running under the buttons (longer in lt/pl)
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addSpacing(12)
        for widget in (self.run_button, self.time_limit, self.repair_button, self.stop_button, self.cancel_button):
            bar.addWidget(widget)
        bar.addWidget(self.progress)
        bar.addWidget(self.run_status, 1)
        bar.addWidget(self.undo_run_button)
        return bar

    def _grid_tab(self) -> QWidget:
        self.grid_model = ScheduleGridModel(self)
        self.grid_model.move_requested = self.controller.move
        self.grid = named(QTableView(), "schedule_grid")
        self.grid.setModel(self.grid_model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setDragEnabled(True)
        self.grid.setAcceptDrops(True)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.grid.setDefaultDropAction(Qt.DropAction.CopyAction)  # the model moves; the view must not clear
        self.grid.setDropIndicatorShown(True)
        self.grid.setWordWrap(False)
        self.grid.horizontalHeader().setDefaultSectionSize(175)
        self.grid.verticalHeader().setDefaultSectionSize(38)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._show_meeting())
        self.meeting_box = named(QGroupBox(tr("Meeting")), "meeting_panel")
        self.meeting_text = named(QLabel(tr("Select a meeting in the grid.")), "meeting_text")
        self.meeting_text.setWordWrap(True)
        self.meeting_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self.meeting_box)
        box.addWidget(self.meeting_text)
        self.meeting_buttons: dict[str, QPushButton] = {}
        for key, text in (("lock", tr("&Lock")), ("unlock", tr("&Unlock")), ("held", tr("Mark &held")),
                          ("no_show_a", tr("No-show")), ("no_show_b", tr("No-show")),
                          ("unplace", tr("Take out of the schedule")), ("cancel", tr("Cancel meeting…"))):  # fmt: skip
            button = named(QPushButton(text), f"meeting_{key}")
            button.clicked.connect(lambda _=False, k=key: self._meeting_action(k))
            box.addWidget(button)
            self.meeting_buttons[key] = button
        for keys, key in (("Ctrl+L", "toggle_lock"), ("Del", "unplace"), ("Ctrl+H", "held")):
            shortcut = QShortcut(QKeySequence(keys), self.grid)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only while the grid has focus
            shortcut.activated.connect(lambda k=key: self._meeting_action(k))
        self.meeting_buttons["lock"].setToolTip("Ctrl+L")
        self.meeting_buttons["unlock"].setToolTip("Ctrl+L")
        self.meeting_buttons["unplace"].setToolTip("Del")
        self.meeting_buttons["held"].setToolTip("Ctrl+H")
        hint = QLabel(tr("The other meetings of both sides are highlighted. Drag a meeting to another cell to move "
                         "it; conflicts are checked before anything moves."))  # fmt: skip
        hint.setWordWrap(True)
        hint.setEnabled(False)
        box.addWidget(hint)
        box.addStretch(1)
        self.meeting_box.setMinimumWidth(250)
        self.meeting_box.setMaximumWidth(320)
        splitter = QSplitter()
        splitter.addWidget(self.grid)
        splitter.addWidget(self.meeting_box)
        splitter.setStretchFactor(0, 1)
        return splitter

    def _people_tab(self) -> QWidget:
        self.checkin_model = CheckInModel(self)
        self.checkin_model.check_in_toggled = lambda pid, on: self.controller.set_checked_in([pid], on)
        self.checkin_proxy = FilterSortProxy(self)
        self.checkin_proxy.setSourceModel(self.checkin_model)
        self.checkin_view = row_table("checkin_table")
        self.checkin_view.setModel(self.checkin_proxy)
        self.checkin_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.checkin_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.checkin_view.setSortingEnabled(True)
        self.checkin_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.checkin_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_agenda())
        self.people_filter = named(QLineEdit(), "checkin_filter")
        self.people_filter.setPlaceholderText(tr("Find a participant"))
        self.people_filter.setClearButtonEnabled(True)
        self.people_filter.textChanged.connect(self.checkin_proxy.set_text_filter)
        self.checked_in_count = named(QLabel(), "checked_in_count")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.people_filter)
        left_layout.addWidget(self.checkin_view, 1)
        left_layout.addWidget(self.checked_in_count)

        self.agenda_model = AgendaModel(self)
        self.agenda_view = row_table("agenda_table")
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.agenda_title = named(QLabel(tr("Select a participant")), "agenda_title")
        self.agenda_title.setStyleSheet("font-weight: 600")
        self.no_show_button = named(QPushButton(tr("Did not come from the selected slot on")), "participant_no_show")
        self.no_show_button.setToolTip(tr("A no-show in that slot; later meetings are cancelled so a repair can "
                                          "give the partners' time to others"))  # fmt: skip
        self.no_show_button.clicked.connect(self._participant_no_show)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.agenda_title)
        right_layout.addWidget(self.agenda_view, 1)
        right_layout.addWidget(self.no_show_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 700])
        return splitter

    def _stats_tab(self) -> QWidget:
        self.stats_summary = named(QLabel(), "stats_summary")
        self.stats_summary.setWordWrap(True)
        self.stats_model = StatsModel(self)
        self.stats_proxy = FilterSortProxy(self)
        self.stats_proxy.setSourceModel(self.stats_model)
        self.stats_view = row_table("stats_table")
        self.stats_view.setModel(self.stats_proxy)
        self.stats_view.setSortingEnabled(True)
        self.stats_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.stats_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.country_model = CountryMatrixModel(self)
        self.country_view = named(QTableView(), "country_matrix")
        self.country_view.setModel(self.country_model)
        self.country_view.horizontalHeader().setDefaultSectionSize(44)
        self.country_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        matrix_box = QGroupBox(tr("Meetings between countries"))
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.addWidget(self.country_view)
        self.country_note = named(QLabel(), "country_note")
        self.country_note.setWordWrap(True)
        matrix_layout.addWidget(self.country_note)
        matrix_layout.addStretch(1)
        matrix_box.setMaximumWidth(380)
        row = QHBoxLayout()
        row.addWidget(self.stats_view, 1)
        row.addWidget(matrix_box)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.stats_summary)
        layout.addLayout(row, 1)
        return tab

    def _changes_tab(self) -> QWidget:
        self.run_summary = named(QLabel(tr("No run in this session yet: press Run scheduler.")), "run_summary")
        self.run_summary.setWordWrap(True)
        self.changes_tree = named(QTreeWidget(), "changes_tree")
        self.changes_tree.setHeaderLabels([tr("What changed, per participant")])
        self.unplaced_model = UnplacedModel(self)
        self.unplaced_view = row_table("unplaced_table")
        self.unplaced_view.setModel(self.unplaced_model)
        self.unplaced_view.horizontalHeader().setStretchLastSection(True)
        changes_box = QGroupBox(tr("Changes"))
        QVBoxLayout(changes_box).addWidget(self.changes_tree)
        unplaced_box = QGroupBox(tr("Accepted but not placed"))
        all_placed = named(QLabel(tr("Every accepted meeting has a slot and a table.")), "all_placed")
        all_placed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unplaced_stack = QStackedWidget()
        self.unplaced_stack.addWidget(all_placed)
        self.unplaced_stack.addWidget(self.unplaced_view)
        QVBoxLayout(unplaced_box).addWidget(self.unplaced_stack)
        splitter = QSplitter()
        splitter.addWidget(changes_box)
        splitter.addWidget(unplaced_box)
        splitter.setSizes([820, 480])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.run_summary)
        layout.addWidget(splitter, 1)
        return tab

    # ------------------------------------------------------------------ showing
    def activated(self) -> None:
        if self.controller.snapshot is None or self.controller.snapshot.id != self.controller.event_id:
            self.controller.reload()

    def _show(self, snapshot: EventSnapshot | None) -> None:
        self.body.setCurrentWidget(self.tabs if snapshot else self.empty)
        self.run_button.setEnabled(snapshot is not None and not self.controller.is_solving)
        self.repair_button.setEnabled(snapshot is not None and not self.controller.is_solving)
        self.undo_run_button.setEnabled(snapshot is not None and snapshot.last_run is not None)
        current = self.grid.currentIndex()
        self.grid_model.set_snapshot(snapshot)
        self.grid.clearSpans()
        for row, slot in enumerate(snapshot.slots if snapshot else ()):
            if slot.kind != SlotKind.MEETING:
                self.grid.setSpan(row, 0, 1, max(1, self.grid_model.columnCount()))
                self.grid.setRowHeight(row, 24)
        if current.isValid():
            self.grid.setCurrentIndex(self.grid_model.index(current.row(), current.column()))
        selected = self._selected_participant()
        data = self.controller.prepared if snapshot else None
        if snapshot is not None and not isinstance(data, ScheduleViewData):  # shown without a load
            data = self.controller.prepare(None, snapshot)
        self.checkin_model.set_rows(data.check_in if data else [])
        stats = data.stats if data else None
        self.stats_model.set_rows(list(stats.participants) if stats else [])
        self.country_model.set_stats(stats)
        self.unplaced_model.set_rows(data.unplaced if data else [])
        self.unplaced_stack.setCurrentIndex(1 if self.unplaced_model.rowCount() else 0)
        if snapshot is None or stats is None:
            self.heading.setText(tr("Schedule"))
            return
        self.heading.setText(tr("Schedule"))
        checked = sum(p.checked_in for p in snapshot.participants)
        self.checked_in_count.setText(tr("{0} of {1} checked in").format(checked, len(snapshot.participants)))
        per_person = [p.meetings for p in stats.participants]
        rows = self.country_model.rowCount()
        header = self.country_view.horizontalHeader().height() + 4
        self.country_view.setFixedHeight(header + rows * self.country_view.verticalHeader().defaultSectionSize())
        busiest = sorted(((n, a, b) for (a, b), n in stats.country_pairs.items() if a < b), reverse=True)[:3]
        self.country_note.setText(
            tr("Busiest pairs: {0}. The diagonal counts meetings within one country.").format(
                ", ".join(f"{a}–{b} {n}" for n, a, b in busiest) or "–"
            )
        )
        self.stats_summary.setText(
            tr("<b>{placed}</b> meetings placed, <b>{unplaced}</b> accepted but not placed · <b>{breaks}</b> breaks · "
               "tables {load:.0%} used · {cross:.0%} cross-border · meetings per participant "
               "{low}–{high} (mean {mean:.1f})").format(
                placed=stats.placed, unplaced=stats.unplaced, breaks=stats.breaks, load=stats.table_load,
                cross=stats.cross_border_share, low=min(per_person, default=0), high=max(per_person, default=0),
                mean=sum(per_person) / len(per_person) if per_person else 0,
            )
        )  # fmt: skip
        if self.checkin_proxy.rowCount():
            row = max(0, self.checkin_proxy.row_of(lambda r: r.info.id == selected)) if selected else 0
            self.checkin_view.selectionModel().setCurrentIndex(
                self.checkin_proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_meeting()
        self._show_agenda()

    def selected_meeting(self) -> MeetingInfo | None:
        index = self.grid.currentIndex()
        return self.grid_model.meeting_at(index.row(), index.column()) if index.isValid() else None

    def _show_meeting(self) -> None:
        meeting, snapshot = self.selected_meeting(), self.controller.snapshot
        self.grid_model.set_highlight(frozenset(meeting.participants) if meeting else frozenset())
        for button in self.meeting_buttons.values():
            button.setEnabled(meeting is not None)
        if meeting is None or snapshot is None:
            self.meeting_text.setText(tr("Select a meeting in the grid."))
            for key in ("no_show_a", "no_show_b"):
                self.meeting_buttons[key].setText(tr("No-show"))
            return
        a, b = (snapshot.participant_by_id[p] for p in meeting.participants)
        slot = snapshot.slot_by_id.get(meeting.slot_id or 0)
        table = snapshot.table_by_id[meeting.table_id].name if meeting.table_id in snapshot.table_by_id else "?"
        self.meeting_text.setText(
            tr("<b>{0}</b> ({1})<br>with <b>{2}</b> ({3})<br>{4}, table {5}<br>priority: {6} · {7}").format(
                a.name,
                a.country,
                b.name,
                b.country,
                slot_title(slot.starts_at, slot.ends_at) if slot else "",
                table,
                label(meeting.priority),
                label(meeting.status),
            )
            + (" · " + tr("locked") if meeting.locked else "")
        )
        self.meeting_buttons["lock"].setVisible(not meeting.locked)
        self.meeting_buttons["unlock"].setVisible(meeting.locked)
        for key, person in (("no_show_a", a), ("no_show_b", b)):
            button = self.meeting_buttons[key]
            text = tr("No-show: {0}").format(person.name)
            room = max(80, button.width() - 16)  # long names (and longer words in lt/pl) are elided, not cut off
            button.setText(button.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room))
            button.setToolTip(text)

    def _selected_participant(self) -> int | None:
        index = self.checkin_view.currentIndex()
        if not index.isValid():
            return None
        return int(self.checkin_proxy.object_at(index.row()).info.id)

    def _show_agenda(self) -> None:
        snapshot, pid = self.controller.snapshot, self._selected_participant()
        self.no_show_button.setEnabled(pid is not None)
        if snapshot is None or pid is None:
            self.agenda_model.set_rows([])
            self.agenda_title.setText(tr("Select a participant"))
            return
        person = snapshot.participant_by_id[pid]
        self.agenda_model.unavailable = person.unavailable
        self.agenda_model.set_rows(agenda_rows(snapshot, pid))
        meetings = len(snapshot.meetings_of(pid))
        self.agenda_title.setText(
            tr("{name} ({country}) · {n} meetings · {d} delegate(s){checked}").format(
                name=person.name, country=person.country, n=meetings, d=person.delegates,
                checked=tr(" · checked in") if person.checked_in else "",
            )
        )  # fmt: skip

    # ------------------------------------------------------------------ actions
    def _meeting_action(self, key: str) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            return
        c = self.controller
        if key == "toggle_lock":
            key = "unlock" if meeting.locked else "lock"
        if key in ("lock", "unlock"):
            c.set_locked([meeting.id], key == "lock")
        elif key == "held":
            c.mark_meeting(meeting.id, MeetingStatus.HELD)
        elif key in ("no_show_a", "no_show_b"):
            c.mark_meeting(meeting.id, MeetingStatus.NO_SHOW, meeting.participants[key == "no_show_b"])
        elif key == "unplace":
            c.unplace(meeting.id)
        elif key == "cancel":
            c.cancel_meeting(meeting.id)
            self.messages.show_text(tr("Meeting cancelled (Ctrl+Z undoes). Press <b>Repair</b> to use the freed "
                                       "slot while moving as few other meetings as possible."))  # fmt: skip

    def _participant_no_show(self) -> None:
        pid = self._selected_participant()
        if pid is None:
            return
        index = self.agenda_view.currentIndex()
        row = self.agenda_model.row_object(index.row()) if index.isValid() else None
        slot = row.slot.id if row is not None and row.slot.kind == SlotKind.MEETING else None
        if self.controller.participant_no_show(pid, slot) is not None:
            self.messages.show_text(tr("Marked. Press <b>Repair</b> to give the freed time to other meetings."))

    def _undo_last_run(self) -> None:
        """Through the undo stack no question is needed (Redo brings it back); directly, ask first."""
        if not self.controller.run_on_top() and not dialogs.ask_yes_no(
            self,
            tr("Undo last run"),
            tr("Put back the schedule from before the last run? Hand moves made since then are undone too."),
            informative=tr("A backup is taken first (File ▸ Restore Backup)."),
            default_yes=False,
        ):
            return
        self.controller.undo_last_run()

    def _refused(self, conflicts: list[Conflict], label: str) -> None:
        items = "".join(f"<li>{c.message}</li>" for c in conflicts)
        self.messages.show_text("<b>" + tr("Not moved") + f": {label}</b><ul style='margin:0'>{items}</ul>", error=True)

    def _solving(self, running: bool) -> None:
        for button in (self.stop_button, self.cancel_button):
            button.setEnabled(running)
        self.run_button.setEnabled(not running and self.controller.snapshot is not None)
        self.repair_button.setEnabled(not running and self.controller.snapshot is not None)
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)

    def _progress(self, report: SolverProgress) -> None:
        if report.total:
            self.progress.setRange(0, report.total)
            self.progress.setValue(report.done)
        parts = [report.phase]
        if report.best_weight is not None:
            parts.append(tr("weight {0} (bound {1})").format(report.best_weight, report.weight_bound))
        if report.best_breaks is not None:
            parts.append(tr("breaks {0} (bound {1})").format(report.best_breaks, report.breaks_bound))
        if report.moved is not None:
            parts.append(tr("{0} moved").format(report.moved))
        parts.append(f"{report.seconds:.1f} s")
        self.run_status.setText(" · ".join(parts))

    def _finished(self, result: EventScheduleResult) -> None:
        solution = result.solution
        self.changes_tree.clear()
        for name, lines in sorted(result.per_participant.items()):
            item = QTreeWidgetItem([f"{name} ({len(lines)})"])
            for line in lines:
                text = change_line(line)
                child = QTreeWidgetItem([text])
                child.setToolTip(0, text)
                item.addChild(child)
            self.changes_tree.addTopLevelItem(item)
        self.changes_tree.expandAll()
        moved = ", " + tr("{0} moved").format(solution.moved) if solution.moved is not None else ""
        self.run_summary.setText(
            tr("{status}: {placed} of {total} meetings placed (weight {w} of bound {wb}), {breaks} breaks "
               "(bound {bb}){moved}, {sec:.1f} s. {changed} participant(s) affected.").format(
                status=label(solution.status), placed=solution.placed, total=len(result.built.problem.meetings),
                w=solution.weight, wb=solution.weight_bound, breaks=solution.breaks, bb=solution.breaks_bound,
                moved=moved, sec=solution.seconds, changed=len(result.per_participant),
            )
        )  # fmt: skip
