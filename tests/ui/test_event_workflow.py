"""The organiser runs the demo event in the main window: accept, schedule, move, cancel, repair, check in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from matchmaker.core.model import Meeting, MeetingRequest, MeetingStatus, Participation, RequestStatus
from matchmaker.ui.main_window import MainWindow
from matchmaker.ui.pages import discover_pages
from matchmaker.ui.pages.event import EventPage
from matchmaker.ui.pages.schedule import SchedulePage

pytestmark = pytest.mark.gui


def test_the_event_day_in_the_main_window(qtbot, demo_ctx, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_ctx, pages=discover_pages())
    qtbot.addWidget(window)
    window.show()
    assert demo_ctx.current_event_id  # the window picked the demo event
    db = demo_ctx.database
    # Accept every pending request on the Event page (one undo step), then schedule.
    event = window.show_page("event")
    assert isinstance(event, EventPage)
    event.tabs.setCurrentIndex(3)  # Meeting requests
    event.status_filter.setCurrentIndex(event.status_filter.findData("pending"))
    event.requests_view.selectAll()
    event.findChild(QPushButton, "requests_accept").click()
    with db.session() as session:
        accepted = session.scalar(select(func.count()).where(MeetingRequest.status == RequestStatus.ACCEPTED))
    assert accepted == 137 + 17
    schedule = window.show_page("schedule")
    assert isinstance(schedule, SchedulePage)
    schedule.run_button.click()
    result = schedule.controller.last_result
    assert result is not None and result.saved is not None
    placed = result.solution.placed
    with db.session() as session:
        in_db = session.scalar(select(func.count()).select_from(Meeting).where(Meeting.slot_id.is_not(None)))
    assert in_db == placed >= 150
    # Cancel the first meeting of the grid and repair: few meetings move, all others stay placed.
    model = schedule.grid_model
    first = next(
        model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount()) if model.meeting_at(r, c)
    )
    schedule.grid.setCurrentIndex(first)
    schedule.meeting_buttons["cancel"].click()
    schedule.repair_button.click()
    repair = schedule.controller.last_result
    assert repair is not None and repair.solution.moved is not None and repair.solution.moved <= 0.05 * placed
    with db.session() as session:
        live = session.scalar(select(func.count()).select_from(Meeting).where(Meeting.status == "scheduled"))
    assert live is not None and live >= placed - 1
    # Check a participant in; undo from the window's Edit menu takes it back.
    schedule.tabs.setCurrentIndex(1)
    proxy = schedule.checkin_proxy
    source = proxy.mapToSource(proxy.index(0, schedule.checkin_model.CHECKED_IN))
    schedule.checkin_model.setData(source, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    schedule.checkin_view.selectionModel().setCurrentIndex(
        proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    with db.session() as session:
        assert session.scalar(select(func.count()).where(Participation.checked_in.is_(True))) == 1
    demo_ctx.undo_stack.undo()
    with db.session() as session:
        assert session.scalar(select(func.count()).where(Participation.checked_in.is_(True))) == 0
        statuses = {m.status for m in session.scalars(select(Meeting))}
    assert MeetingStatus.CANCELLED in statuses
    assert no_dialogs["errors"] == []
