"""The Schedule page on the demo event: run, drag-and-drop moves with conflicts, locks, repair, the event day."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import func, select

from matchmaker.core.events import EventSnapshot, MeetingInfo
from matchmaker.core.model import Event, Meeting, MeetingRequest, MeetingStatus, Participation, RequestStatus
from matchmaker.core.scheduling import SolverProgress
from matchmaker.ui.context import AppContext
from matchmaker.ui.pages.schedule import SchedulePage

pytestmark = pytest.mark.gui
TIME_LIMIT = 3


@pytest.fixture
def page(demo_ctx: AppContext, qtbot) -> SchedulePage:  # type: ignore[no-untyped-def]
    with demo_ctx.database.session() as session:
        demo_ctx.select_event(session.scalars(select(Event.id)).one())
    page = SchedulePage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    return page


@pytest.fixture
def scheduled(page: SchedulePage) -> SchedulePage:
    page.controller.run(time_limit=TIME_LIMIT)
    assert page.controller.last_result is not None
    return page


def _placed(ctx: AppContext) -> dict[int, tuple[int | None, int | None, MeetingStatus]]:
    """Request id -> (slot, table, status) of every meeting row."""
    with ctx.database.session() as session:
        return {m.request_id: (m.slot_id, m.table_id, m.status) for m in session.scalars(select(Meeting))}


def _accepted(ctx: AppContext) -> set[int]:
    with ctx.database.session() as session:
        return set(session.scalars(select(MeetingRequest.id).where(MeetingRequest.status == RequestStatus.ACCEPTED)))


def test_the_scheduler_runs_with_live_progress_and_the_run_can_be_undone(page: SchedulePage) -> None:
    reports: list[SolverProgress] = []
    page.controller.solve_progress.connect(reports.append)
    assert page.grid_model.meeting_at(0, 1) is None and page.unplaced_model.rowCount() == 137
    page.run_button.click()
    assert reports and reports[0].phase == "greedy" and reports[-1].best_weight is not None
    assert all(r.weight_bound is not None and r.best_weight <= r.weight_bound for r in reports if r.best_weight)
    assert "weight" in page.run_status.text() or "placed" in page.run_status.text()
    placed = _placed(page.ctx)
    assert set(placed) == _accepted(page.ctx) and all(slot and table for slot, table, _ in placed.values())
    result = page.controller.last_result
    assert result is not None and result.solution.placed == 137
    assert page.unplaced_model.rowCount() == 0 and page.unplaced_stack.currentIndex() == 0
    assert page.changes_tree.topLevelItemCount() == 42  # everyone got new meetings
    assert "137 of 137 meetings placed" in page.run_summary.text()
    grid_meetings = {
        m.id for r in range(page.grid_model.rowCount()) for c in range(page.grid_model.columnCount())
        if (m := page.grid_model.meeting_at(r, c)) is not None
    }  # fmt: skip
    assert len(grid_meetings) == 137
    assert "<b>137</b> meetings placed" in page.stats_summary.text()
    assert page.ctx.undo_stack.undoText() == "Run scheduler"
    page.undo_run_button.click()
    assert _placed(page.ctx) == {} and page.unplaced_model.rowCount() == 137
    page.ctx.undo_stack.redo()
    assert _placed(page.ctx) == placed


def _cell_of(page: SchedulePage, meeting_id: int) -> tuple[int, int]:
    index = page.grid_model.index_of_meeting(meeting_id)
    assert index.isValid()
    return index.row(), index.column()


def _drop(page: SchedulePage, meeting_id: int, row: int, column: int) -> bool:
    model = page.grid_model
    data = model.mimeData([model.index(*_cell_of(page, meeting_id))])
    return model.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, model.index(row, column))


def _free_rows(page: SchedulePage, snap: EventSnapshot, meeting: MeetingInfo) -> list[int]:
    """Grid rows (meeting slots) where both participants are free and available."""
    busy = {m.slot_id for p in meeting.participants for m in snap.meetings_of(p)}
    off = set().union(*(snap.participant_by_id[p].unavailable for p in meeting.participants))
    return [
        r for r in range(page.grid_model.rowCount())
        if (s := page.grid_model.slot_at(r)).index is not None and s.id not in busy and s.id not in off
    ]  # fmt: skip


def test_a_meeting_is_moved_by_drag_and_drop_and_conflicts_are_refused(scheduled: SchedulePage) -> None:
    page, snap = scheduled, scheduled.controller.snapshot
    assert snap is not None
    free_people = {p.id for p in snap.participants if p.fixed_table_id is None and p.delegates == 1}
    meeting = next(m for m in snap.meetings if set(m.participants) <= free_people and len(_free_rows(page, snap, m)))
    a, b = (snap.participant_by_id[p].name for p in meeting.participants)
    before = _placed(page.ctx)
    # 1. Onto a slot where one side already has another meeting: double-booked.
    other = next(m for m in snap.meetings_of(meeting.participants[0]) if m.id != meeting.id)
    other_row, _ = _cell_of(page, other.id)
    empty_column = next(
        c for c in range(page.grid_model.columnCount()) if page.grid_model.meeting_at(other_row, c) is None
    )
    assert not _drop(page, meeting.id, other_row, empty_column)
    text = page.messages.label.text()
    assert f"Not moved: {a} – {b}" in text and f"{a} already meets" in text
    # 2. Onto a table taken by someone else, in a slot where both are free: table taken.
    row = _free_rows(page, snap, meeting)[0]
    taken = next((c for c in range(page.grid_model.columnCount()) if page.grid_model.meeting_at(row, c)), None)
    if taken is not None:
        assert not _drop(page, meeting.id, row, taken)
        assert f"table {snap.active_tables[taken].name} is taken" in page.messages.label.text()
    # 3. Onto a break row: not a drop target at all.
    break_row = next(r for r in range(page.grid_model.rowCount()) if page.grid_model.slot_at(r).index is None)
    assert not _drop(page, meeting.id, break_row, 0)
    assert _placed(page.ctx) == before  # nothing moved
    # 4. Onto a free cell: moved, and undoable.
    column = next(c for c in range(page.grid_model.columnCount()) if page.grid_model.meeting_at(row, c) is None)
    assert _drop(page, meeting.id, row, column)
    after = _placed(page.ctx)
    slot, table = page.grid_model.slot_at(row).id, snap.active_tables[column].id
    assert after[meeting.request_id][:2] == (slot, table)
    assert {k: v for k, v in after.items() if k != meeting.request_id} == {
        k: v for k, v in before.items() if k != meeting.request_id
    }
    assert page.grid_model.meeting_at(row, column).id == meeting.id  # type: ignore[union-attr]
    page.ctx.undo_stack.undo()
    assert _placed(page.ctx) == before
    # 5. A locked meeting cannot be dragged, and a drop is refused.
    page.controller.set_locked([meeting.id], True)
    r, c = _cell_of(page, meeting.id)
    assert not page.grid_model.flags(page.grid_model.index(r, c)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not _drop(page, meeting.id, row, column)
    assert "locked; unlock it first" in page.messages.label.text()
    with page.ctx.database.session() as session:
        assert session.get_one(Meeting, meeting.id).locked


def test_repair_after_a_cancellation_moves_few_meetings_and_shows_what_changed(scheduled: SchedulePage) -> None:
    page, snap = scheduled, scheduled.controller.snapshot
    assert snap is not None
    busiest = max(snap.participants, key=lambda p: len(snap.meetings_of(p.id)))
    cancelled = snap.meetings_of(busiest.id)[0]
    page.grid.setCurrentIndex(page.grid_model.index(*_cell_of(page, cancelled.id)))
    assert busiest.name in page.meeting_text.text()
    before = _placed(page.ctx)
    page.meeting_buttons["cancel"].click()
    with page.ctx.database.session() as session:
        assert session.get_one(Meeting, cancelled.id).status == MeetingStatus.CANCELLED
        assert session.get_one(MeetingRequest, cancelled.request_id).status == RequestStatus.CANCELLED
    assert "Repair" in page.messages.label.text()
    page.repair_button.click()
    result = page.controller.last_result
    assert result is not None and result.solution.moved is not None
    assert result.solution.moved <= 0.05 * 136  # minimal disruption
    after = _placed(page.ctx)
    accepted = _accepted(page.ctx)
    assert all(after[rid][0] is not None and after[rid][2] == MeetingStatus.SCHEDULED for rid in accepted)
    moved = {rid for rid in accepted if after[rid][:2] != before[rid][:2]}
    assert len(moved) == result.solution.moved or len(moved) <= result.solution.moved + 1
    lines = [page.changes_tree.topLevelItem(i).text(0) for i in range(page.changes_tree.topLevelItemCount())]
    assert len(lines) == len(result.per_participant)
    assert page.ctx.undo_stack.undoText() == "Repair schedule"


def test_check_in_and_a_no_show_then_repair(scheduled: SchedulePage) -> None:
    page = scheduled
    page.tabs.setCurrentIndex(1)
    proxy, model = page.checkin_proxy, page.checkin_model
    row = proxy.row_of(lambda r: r.info.name == "Etronika")
    source = proxy.mapToSource(proxy.index(row, model.CHECKED_IN))
    assert model.setData(source, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    with page.ctx.database.session() as session:
        etronika = session.scalars(select(Participation).where(Participation.id == proxy.object_at(row).info.id)).one()
        assert etronika.checked_in and etronika.checked_in_at is not None
    assert page.checked_in_count.text() == "1 of 42 checked in"
    page.ctx.undo_stack.undo()
    assert page.checked_in_count.text() == "0 of 42 checked in"
    # Nordlys does not come from its second meeting on.
    row = proxy.row_of(lambda r: r.info.name == "Nordlys Analytics AS")
    page.checkin_view.selectionModel().setCurrentIndex(
        proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    pid = proxy.object_at(row).info.id
    agenda = [i for i in range(page.agenda_model.rowCount()) if page.agenda_model.row_object(i).meeting is not None]
    assert len(agenda) >= 2 and "Nordlys Analytics AS" in page.agenda_title.text()
    meeting_ids = [page.agenda_model.row_object(i).meeting.id for i in agenda]  # type: ignore[union-attr]
    page.agenda_view.setCurrentIndex(page.agenda_model.index(agenda[1], 0))
    page.no_show_button.click()
    assert page.agenda_model.row_object(agenda[1]).meeting.status == MeetingStatus.NO_SHOW  # type: ignore[union-attr]
    with page.ctx.database.session() as session:
        rows = [session.get_one(Meeting, mid) for mid in meeting_ids]
        assert rows[0].status == MeetingStatus.SCHEDULED
        assert rows[1].status == MeetingStatus.NO_SHOW and rows[1].no_show_participation_id == pid
        assert all(r.status == MeetingStatus.CANCELLED for r in rows[2:])
    page.repair_button.click()
    result = page.controller.last_result
    assert result is not None and result.saved is not None
    with page.ctx.database.session() as session:
        assert session.get_one(Meeting, rows[1].id).status == MeetingStatus.NO_SHOW  # history is kept
        placed = session.scalar(select(func.count()).select_from(Meeting).where(Meeting.status == "scheduled"))
    assert placed == 137 - (len(rows) - 1)


def test_every_schedule_item_model_passes_the_model_tester(scheduled: SchedulePage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = scheduled
    page.checkin_view.selectionModel().setCurrentIndex(
        page.checkin_proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    models = (page.grid_model, page.agenda_model, page.checkin_model, page.checkin_proxy, page.stats_model,
              page.stats_proxy, page.country_model, page.unplaced_model)  # fmt: skip
    for model in models:
        qtmodeltester.check(model, force_py=True)
    assert page.country_model.rowCount() == 5 and page.agenda_model.rowCount() == 34


def test_cancel_saves_nothing_and_stop_keeps_the_best_schedule(page: SchedulePage) -> None:
    def cancel_at_once(report: SolverProgress) -> None:
        assert page.cancel_button.isEnabled() and not page.run_button.isEnabled()
        page.cancel_button.click()

    page.controller.solve_progress.connect(cancel_at_once)
    page.run_button.click()
    assert _placed(page.ctx) == {} and "cancelled; nothing was changed" in page.run_status.text()
    assert page.run_button.isEnabled() and not page.cancel_button.isEnabled()
    page.controller.solve_progress.disconnect(cancel_at_once)
    page.controller.solve_progress.connect(lambda report: page.stop_button.click())
    page.controller.run(time_limit=60)
    result = page.controller.last_result
    assert result is not None and result.solution.seconds < 30  # stopped long before the limit
    assert len(_placed(page.ctx)) == result.solution.placed > 0
