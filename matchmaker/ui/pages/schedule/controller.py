"""The Schedule page's logic: run or repair the scheduler, hand moves, locks, the event day."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from matchmaker.core import events as ev
from matchmaker.core.conflicts import KEEP_MINE
from matchmaker.core.errors import Cancelled, MatchmakerError
from matchmaker.core.model import MeetingStatus, RequestStatus, ScheduleRunKind
from matchmaker.core.progress import Job

# Light: OR-Tools is only ever loaded by the scheduler's child process (core.scheduling.isolated).
# Imported here, not in the run's worker, so the idle page preloader pays for these imports
# rather than the first run (importing on a worker briefly starved the UI thread).
from matchmaker.core.scheduling import SolveOptions, SolverProgress
from matchmaker.db.scheduling import EventScheduleResult, schedule_event_job
from matchmaker.ui import conflict_dialog
from matchmaker.ui.context import AppContext
from matchmaker.ui.labels import label
from matchmaker.ui.pages.event.base import EventDataController
from matchmaker.ui.tasks import Task

from .models import CheckInRow, UnplacedRow, check_in_rows, unplaced_rows


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class RunCommand(QUndoCommand):
    """A saved scheduler run: undo puts the previous schedule back, redo saves the same schedule again."""

    def __init__(self, controller: ScheduleController, result: EventScheduleResult, repair: bool) -> None:
        super().__init__(tr("Repair schedule") if repair else tr("Run scheduler"))
        self.controller, self.result, self.repair = controller, result, repair
        self._first = True

    def undo(self) -> None:
        from matchmaker.core.scheduling.event_bridge import refresh_versions
        from matchmaker.db.scheduling import undo_schedule

        database = self.controller.ctx.database
        try:
            saved = self.result.saved
            undo_schedule(database, self.result.built.event_id, saved.run_id if saved is not None else None)
            with database.session() as session:  # a redo then refuses only what others change meanwhile
                self.result = replace(self.result, built=refresh_versions(session, self.result.built))
        except MatchmakerError as exc:
            self.setObsolete(True)
            self.controller.failed.emit(tr("Cannot undo the run"), exc)
        self.controller.ctx.signals.data_changed.emit("schedule")

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        from matchmaker.core.scheduling.event_bridge import save_solution

        kind = ScheduleRunKind.REPAIR if self.repair else ScheduleRunKind.SOLVE
        try:
            with self.controller.ctx.database.transaction() as session:
                saved = save_solution(session, self.result.built, self.result.solution, kind=kind)
            self.result = replace(self.result, saved=saved)  # the next undo reverts this new run
        except MatchmakerError as exc:
            self.setObsolete(True)
            self.controller.failed.emit(tr("Cannot redo the run"), exc)
        self.controller.ctx.signals.data_changed.emit("schedule")


@dataclass(frozen=True)
class ScheduleViewData:
    stats: ev.EventStats
    check_in: list[CheckInRow]
    unplaced: list[UnplacedRow]


class ScheduleController(EventDataController):
    #: Live progress of a run (SolverProgress).
    solve_progress = Signal(object)
    #: A run ended and was saved (EventScheduleResult).
    solve_finished = Signal(object)
    #: True when a run starts, False when it ends (finished, failed or cancelled).
    solving = Signal(bool)
    #: A drop was refused: (list of Conflict, meeting label).
    move_refused = Signal(object, str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: Task | None = None
        self._running = False
        self._stop: threading.Event | None = None
        self._cancel = threading.Event()
        self.last_result: EventScheduleResult | None = None

    def prepare(self, session: Any, snapshot: ev.EventSnapshot) -> ScheduleViewData:
        """On the worker: statistics and the rows of the lists."""
        return ScheduleViewData(ev.event_stats(snapshot), check_in_rows(snapshot), unplaced_rows(snapshot))

    # ------------------------------------------------------------------ the solver
    @property
    def is_solving(self) -> bool:
        return self._running

    def event_now(self) -> datetime | None:
        """Local wall-clock time at the event while it is on (repairs keep started slots), else None."""
        snapshot = self.snapshot
        if snapshot is None or snapshot.starts_on is None:
            return None
        now = datetime.now(ZoneInfo(snapshot.timezone)).replace(tzinfo=None)
        last = snapshot.ends_on or snapshot.starts_on
        return now if snapshot.starts_on <= now.date() <= last else None

    def run(self, *, repair: bool = False, time_limit: float = 10.0, workers: int = 2) -> Task | None:
        """Solve (or minimally repair) the current event's schedule on ctx.tasks; progress is live."""
        if self.is_solving or not self.event_id:
            return None
        self._stop, self._cancel = threading.Event(), threading.Event()
        stop_flag = self._stop
        database, event_id, now = self.ctx.database, self.event_id, self.event_now() if repair else None
        cancel = self._cancel

        def work() -> Job[EventScheduleResult]:
            options = SolveOptions(time_limit=time_limit, workers=workers, stop=stop_flag)
            # Our own cancel flag as well as the task's: it works before the task handle exists.
            # Isolated: the search runs in a child process, so OR-Tools never competes with the UI
            # thread for the interpreter lock (loading it alone froze the window for 0.25 s).
            job = schedule_event_job(database, event_id, options, repair=repair, now=now, isolated=True)
            try:
                while True:
                    if cancel.is_set():
                        raise Cancelled(tr("Scheduling cancelled; nothing was changed"))
                    try:
                        report = next(job)
                    except StopIteration as finished:
                        return finished.value  # type: ignore[no-any-return]
                    yield report
            finally:
                job.close()  # a cancelled run's transaction never commits

        self._running = True
        self.solving.emit(True)
        self.message.emit(tr("Repairing the schedule…") if repair else tr("Scheduling…"))
        self.task = self.ctx.tasks.run(
            work,
            on_progress=self._progress,
            on_result=lambda result: self._finished(result, repair),
            on_error=self._failed,
            on_cancelled=self._cancelled,
        )
        return self.task

    def stop_keep_best(self) -> None:
        """End the search now and save the best schedule found so far."""
        if self._stop is not None:
            self._stop.set()

    def cancel(self) -> None:
        """Abandon the run; nothing is saved."""
        self._cancel.set()
        if self.task is not None:
            self.task.cancel()

    def _progress(self, report: Any) -> None:
        if isinstance(report, SolverProgress):
            self.solve_progress.emit(report)

    def _finished(self, result: EventScheduleResult, repair: bool) -> None:
        self._running = False
        self.solving.emit(False)
        self.last_result = result
        if result.saved is not None:
            self.ctx.undo_stack.push(RunCommand(self, result, repair))
        solution = result.solution
        text = (
            tr("Repair: {0}, {1} of {2} meetings placed, {3} breaks")
            if repair
            else tr("Schedule: {0}, {1} of {2} meetings placed, {3} breaks")
        )
        moved = ", " + tr("{0} moved").format(solution.moved) if repair and solution.moved is not None else ""
        self.message.emit(
            text.format(label(solution.status), solution.placed, len(result.built.problem.meetings), solution.breaks)
            + moved
        )
        self.solve_finished.emit(result)
        self.ctx.signals.data_changed.emit("schedule")

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._cancelled()
            return
        self._running = False
        self.solving.emit(False)
        self.failed.emit(tr("The scheduler stopped"), exc)

    def _cancelled(self) -> None:
        self._running = False
        self.solving.emit(False)
        self.message.emit(tr("Scheduling cancelled; nothing was changed"))

    def run_on_top(self) -> bool:
        """Whether the latest run is the next step of the undo stack (so undoing it can be redone)."""
        stack = self.ctx.undo_stack
        return isinstance(stack.command(stack.index() - 1) if stack.index() > 0 else None, RunCommand)

    def undo_last_run(self) -> bool:
        """Undo the latest run: through the undo stack when it is on top, else directly."""
        stack = self.ctx.undo_stack
        if self.run_on_top():
            stack.undo()
            return True
        from matchmaker.db.scheduling import undo_schedule

        try:
            undo_schedule(self.ctx.database, self.event_id)
        except MatchmakerError as exc:
            self.failed.emit(tr("Cannot undo the run"), exc)
            return False
        stack.clear()  # older steps may no longer apply to the restored schedule
        self.ctx.signals.data_changed.emit("schedule")
        self.message.emit(tr("The last schedule run was undone"))
        return True

    # ------------------------------------------------------------------ hand edits
    def move(self, meeting_id: int, slot_id: int, table_id: int) -> bool:
        """Move a meeting by hand; a conflict refuses it and is reported (``move_refused``)."""
        snapshot = self.snapshot
        meeting = snapshot.meeting_by_id.get(meeting_id) if snapshot else None
        if meeting is not None and (meeting.slot_id, meeting.table_id) == (slot_id, table_id):
            return False
        seen = (meeting.slot_id, meeting.table_id) if meeting is not None else None
        try:
            with self.ctx.database.session() as session:
                event = ev.get_event(session, self.event_id)
                stored = ev.moves.get_meeting(session, event, meeting_id)
                # Team mode: someone else may have moved it since this page loaded.
                stale = ev.moves.moved_meanwhile(session, stored, seen, (slot_id, table_id)) if seen else None
                conflicts = ev.check_move(session, event, stored, slot_id, table_id)
        except MatchmakerError as exc:
            self.failed.emit(tr("Cannot move the meeting"), exc)
            return False
        if stale is not None:
            if conflict_dialog.ask_resolution(None, stale) != KEEP_MINE:
                self.ctx.signals.data_changed.emit("schedule")  # show where it is now
                return False
            seen = (stale.fields[0].theirs, stale.fields[1].theirs)  # overwrite that move, and only that one
            if stale.their_version is not None:  # the user has seen their version now: no second dialog
                self.seen[("meeting", meeting_id)] = stale.their_version
        if conflicts:
            label = self.meeting_label(meeting_id)
            self.move_refused.emit(conflicts, label)
            return False
        placement = self.undoable(
            tr("Move {0}").format(self.meeting_label(meeting_id)),
            lambda s, e: ev.move_meeting(s, e, meeting_id, slot_id, table_id, seen=seen),
            ev.undo_placement,
            what="schedule",
        )
        return placement is not None

    def meeting_label(self, meeting_id: int) -> str:
        snapshot = self.snapshot
        meeting = snapshot.meeting_by_id.get(meeting_id) if snapshot else None
        if snapshot is None or meeting is None:
            return tr("meeting {0}").format(meeting_id)
        a, b = (snapshot.participant_by_id[p].name for p in meeting.participants)
        return f"{a} – {b}"

    def set_locked(self, meeting_ids: Sequence[int], locked: bool) -> None:
        ids = list(meeting_ids)
        self.undoable(
            (tr("Lock {0} meeting(s)") if locked else tr("Unlock {0} meeting(s)")).format(len(ids)),
            lambda s, e: ev.set_locked(s, e, ids, locked),
            lambda s, e, changed: ev.set_locked(s, e, changed, not locked),
            what="schedule",
        )

    def unplace(self, meeting_id: int) -> None:
        label = tr("Unschedule {0}").format(self.meeting_label(meeting_id))
        self.undoable(label, lambda s, e: ev.unplace_meeting(s, e, meeting_id), ev.undo_placement, what="schedule")

    def cancel_meeting(self, meeting_id: int) -> None:
        """Cancel the meeting's request (its slot frees up for a repair)."""
        snapshot = self.snapshot
        meeting = snapshot.meeting_by_id.get(meeting_id) if snapshot else None
        if meeting is None:
            return
        self.undoable(
            tr("Cancel {0}").format(self.meeting_label(meeting_id)),
            lambda s, e: ev.change_status(s, e, [meeting.request_id], RequestStatus.CANCELLED),
            ev.revert_status,
            what="schedule",
        )

    # ------------------------------------------------------------------ the event day
    def set_checked_in(self, participation_ids: Sequence[int], checked_in: bool) -> None:
        ids = list(participation_ids)
        self.undoable(
            tr("Check in") if checked_in else tr("Undo check-in"),
            lambda s, e: ev.set_checked_in(s, e, ids, checked_in),
            lambda s, e, changed: ev.set_checked_in(s, e, changed, not checked_in),
            what="participants",
        )

    def mark_meeting(self, meeting_id: int, status: MeetingStatus, no_show_id: int | None = None) -> None:
        text = {MeetingStatus.HELD: tr("Mark {0} held"), MeetingStatus.NO_SHOW: tr("Mark {0} no-show")}.get(
            status, tr("Mark {0} scheduled")
        )
        self.undoable(
            text.format(self.meeting_label(meeting_id)),
            lambda s, e: [ev.mark_meeting(s, e, meeting_id, status, no_show_id=no_show_id)],
            ev.revert_marks,
            what="schedule",
        )

    def participant_no_show(self, participation_id: int, from_slot_id: int | None) -> list[ev.StatusMark] | None:
        """The participant did not come from this slot on: a no-show there, later meetings cancelled."""
        name = self.snapshot.participant_by_id[participation_id].name if self.snapshot else str(participation_id)
        marks = self.undoable(
            tr("No-show of {0}").format(name),
            lambda s, e: ev.mark_participant_no_show(s, e, participation_id, from_slot_id=from_slot_id),
            ev.revert_marks,
            what="schedule",
        )
        if marks is not None:
            self.message.emit(
                tr("{0}: {1} meeting(s) marked; run a repair to use the freed time").format(name, len(marks))
            )
        return marks
