"""The Event page on the demo event: setup form, participants, click-drag availability, requests with undo."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QPushButton, QTimeEdit
from sqlalchemy import func, select

from matchmaker.core.model import Event, EventTable, MeetingRequest, Participation, RequestStatus, Slot, SlotKind
from matchmaker.ui.context import AppContext
from matchmaker.ui.pages.event import EventPage
from matchmaker.ui.pages.event.models import (
    AvailabilityModel,
    OrganisationPickerModel,
    ParticipantsModel,
    RequestMatrixModel,
    RequestsModel,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def page(demo_ctx: AppContext, qtbot) -> EventPage:  # type: ignore[no-untyped-def]
    with demo_ctx.database.session() as session:
        event_id = session.scalars(select(Event.id)).one()
    demo_ctx.select_event(event_id)
    page = EventPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


def _count(ctx: AppContext, query) -> int:  # type: ignore[no-untyped-def]
    with ctx.database.session() as session:
        return int(session.scalar(query) or 0)


def test_the_page_shows_the_demo_event(page: EventPage) -> None:
    assert page.body.currentWidget() is page.tabs
    assert page.heading.text() == "Bridge 2 Business Vilnius 2018 (demo)"
    assert "42 participants · 29 slots · 22 tables" in page.summary.text()
    assert page.participants_model.rowCount() == 42 and page.requests_model.rowCount() == 179
    assert (page.availability_model.rowCount(), page.availability_model.columnCount()) == (42, 29)
    assert page.setup.sessions.rowCount() == 4 and page.setup.timezone.currentText() == "Europe/Vilnius"


def test_setup_form_saves_sessions_tables_and_refuses_a_bad_time_zone(page: EventPage) -> None:
    form = page.setup
    form.timezone.setCurrentText("Vilnius")
    form.apply_button.click()
    assert "not an IANA time zone name" in form.error.text()
    form.timezone.setCurrentText("Europe/Riga")
    form.add_session_row()  # the next one: a morning on the day after the last session
    row = form.sessions.rowCount() - 1
    form.sessions.item(row, 0).setText("d3-am")
    form.sessions.item(row, 1).setText("Day 3 morning")
    end = form.sessions.cellWidget(row, 4)
    assert isinstance(end, QTimeEdit) and isinstance(form.sessions.cellWidget(row, 2), QDateEdit)
    end.setTime(end.time().fromString("11:10", "HH:mm"))
    form.sessions.item(row, 5).setText("10:30-10:50 Coffee")
    form.by_names.setChecked(True)
    form.table_names.setPlainText(form.table_names.toPlainText() + "\nTerrace")
    form.apply_button.click()
    assert form.error.text() == "", page.messages.label.text()
    ctx = page.ctx
    with ctx.database.session() as session:
        event = session.scalars(select(Event)).one()
        assert event.timezone == "Europe/Riga" and str(event.ends_on) == "2018-10-12"
        day3 = [s for s in event.slots if s.session and s.session.code == "d3-am"]
        assert [(s.starts_at.time(), s.kind) for s in day3] == [
            (time(9, 30), SlotKind.MEETING), (time(9, 50), SlotKind.MEETING), (time(10, 10), SlotKind.MEETING),
            (time(10, 30), SlotKind.BREAK), (time(10, 50), SlotKind.MEETING),
        ]  # fmt: skip
        assert [t.name for t in event.tables][-1] == "Terrace" and len(event.tables) == 23
    assert "33 slots · 23 tables" in page.summary.text()


def test_a_bad_session_row_is_named_and_nothing_is_saved(page: EventPage) -> None:
    page.setup.sessions.item(1, 5).setText("tea at four")
    page.setup.apply_button.click()
    assert "Session 2, breaks: 'tea at four' is not like" in page.setup.error.text()
    page.setup.sessions.item(1, 5).setText("")
    page.setup.sessions.item(1, 0).setText("d1-am")  # a duplicate code
    page.setup.apply_button.click()
    assert "used twice" in page.messages.label.text()
    assert (
        _count(page.ctx, select(func.count()).select_from(Slot)) == 34
    )  # 29 meeting slots, 3 coffee breaks, 2 lunches


def test_participants_are_added_from_organisations_and_delegates_edited(page: EventPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    received: list[list[object]] = []
    page.controller.organisations_loaded.disconnect(page._pick_organisations)
    page.controller.organisations_loaded.connect(received.append)
    page.controller.load_organisations()
    outsiders = received[0]
    assert len(outsiders) == 75 - 42
    chosen = [row.id for row in outsiders[:2]]  # type: ignore[attr-defined]
    assert page.controller.add_participants(chosen) is not None
    assert page.participants_model.rowCount() == 44
    assert _count(page.ctx, select(func.count()).select_from(Participation)) == 44
    page.ctx.undo_stack.undo()
    assert _count(page.ctx, select(func.count()).select_from(Participation)) == 42
    # Delegates are edited in the table (through the proxy, as a user would).
    proxy = page.participants_proxy
    row = proxy.row_of(lambda r: r.info.name == "Etronika")
    assert proxy.setData(proxy.index(row, ParticipantsModel.DELEGATES), 3)
    with page.ctx.database.session() as session:
        etronika = session.get_one(Participation, proxy.object_at(row).info.id)
        assert etronika.delegates == 3
    page.ctx.undo_stack.undo()
    with page.ctx.database.session() as session:
        assert session.get_one(Participation, etronika.id).delegates == 1
    assert not proxy.setData(proxy.index(row, ParticipantsModel.NAME), "renamed")


def _mouse(view, kind: QEvent.Type, point: QPoint) -> None:  # type: ignore[no-untyped-def]
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, QPointF(point), QPointF(view.viewport().mapToGlobal(point)), Qt.MouseButton.LeftButton,
                        buttons, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(view.viewport(), event)


def test_availability_is_marked_by_click_drag_and_undone(page: EventPage) -> None:
    page.tabs.setCurrentIndex(2)
    view, model = page.availability_view, page.availability_model
    first = model.index(0, 2)  # 1ClickFactory, Wed 10:10
    last = model.index(1, 5)  # Baltic Amber Solutions, Wed 11:30 (slots 2..5, the coffee break is not a column)
    start, end = view.visualRect(first).center(), view.visualRect(last).center()
    _mouse(view, QEvent.Type.MouseButtonPress, start)
    _mouse(view, QEvent.Type.MouseMove, end)
    assert len(view.selectionModel().selectedIndexes()) == 8  # the rectangle is shown while dragging
    _mouse(view, QEvent.Type.MouseButtonRelease, end)
    cells = {model.cell(r, c) for r in (0, 1) for c in range(2, 6)}
    with page.ctx.database.session() as session:
        marked = {(p.id, s.id) for p in session.scalars(select(Participation)) for s in p.unavailable_slots}
    assert cells <= marked
    assert model.is_unavailable(1, 5) and model.data(model.index(1, 5)) == "✕"
    assert page.ctx.undo_stack.undoText() == "Mark unavailable (8 slot(s))"
    # Dragging from a marked cell clears.
    _mouse(view, QEvent.Type.MouseButtonPress, view.visualRect(model.index(0, 3)).center())
    _mouse(view, QEvent.Type.MouseButtonRelease, view.visualRect(model.index(0, 4)).center())
    assert not model.is_unavailable(0, 3) and not model.is_unavailable(0, 4) and model.is_unavailable(0, 5)
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    assert not any(model.is_unavailable(r, c) for r in (0, 1) for c in range(2, 6))


def _select_requests(page: EventPage, predicate) -> list[int]:  # type: ignore[no-untyped-def]
    proxy, selection = page.requests_proxy, page.requests_view.selectionModel()
    selection.clearSelection()
    ids = []
    for row in range(proxy.rowCount()):
        if predicate(proxy.object_at(row)):
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            selection.select(proxy.index(row, 0), flags)
            ids.append(proxy.object_at(row).info.id)
    return ids


def _statuses(ctx: AppContext, ids: list[int]) -> list[RequestStatus]:
    with ctx.database.session() as session:
        return [session.get_one(MeetingRequest, rid).status for rid in ids]


def test_requests_are_accepted_and_declined_with_undo(page: EventPage) -> None:
    page.tabs.setCurrentIndex(3)
    page.status_filter.setCurrentIndex(page.status_filter.findData("pending"))
    assert page.requests_proxy.rowCount() == 17 and page.requests_count.text() == "17 of 179 requests"
    pending = _select_requests(page, lambda r: r.requester.startswith(("V", "Ž")))
    assert len(pending) >= 2
    page.findChild(QPushButton, "requests_accept").click()
    assert _statuses(page.ctx, pending) == [RequestStatus.ACCEPTED] * len(pending)
    assert page.requests_proxy.rowCount() == 17 - len(pending)  # the filter still shows pending only
    page.ctx.undo_stack.undo()
    assert _statuses(page.ctx, pending) == [RequestStatus.PENDING] * len(pending)
    page.ctx.undo_stack.redo()
    assert _statuses(page.ctx, pending) == [RequestStatus.ACCEPTED] * len(pending)
    # Decline in the matrix: select the cell of one pending pair.
    page.status_filter.setCurrentIndex(0)
    page.layout_choice.setCurrentIndex(1)
    matrix = page.matrix_model
    cell = next(
        (r, c) for r in range(matrix.rowCount()) for c in range(matrix.columnCount())
        if (req := matrix.request_at(r, c)) is not None and req.status == RequestStatus.PENDING
    )  # fmt: skip
    target = matrix.request_at(*cell)
    assert target is not None and matrix.data(matrix.index(*cell)) in ("M", "S", "C")
    page.matrix_view.selectionModel().select(matrix.index(*cell), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert page.selected_requests() == [target.id]
    page.findChild(QPushButton, "requests_decline").click()
    assert _statuses(page.ctx, [target.id]) == [RequestStatus.DECLINED]
    # A cancelled request cannot be accepted: refused with a message, nothing changed.
    cancelled = _count(page.ctx, select(func.min(MeetingRequest.id)).where(MeetingRequest.status == "cancelled"))
    assert not page.controller.set_status([cancelled], RequestStatus.ACCEPTED)
    assert "cannot go from cancelled to accepted" in page.messages.label.text()


def test_a_new_request_is_refused_when_the_pair_already_has_one(page: EventPage) -> None:
    request = page.requests_model.row_object(0).info
    assert page.controller.create_request(request.invitee_id, request.requester_id, request.priority) is None
    assert "already have one" in page.messages.label.text()
    assert _count(page.ctx, select(func.count()).select_from(MeetingRequest)) == 179


def test_every_event_item_model_passes_the_model_tester(page: EventPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    for model in (page.participants_model, page.availability_model, page.requests_model, page.matrix_model,
                  page.participants_proxy, page.requests_proxy):  # fmt: skip
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)
    picker = OrganisationPickerModel()
    with page.ctx.database.session() as session:
        count = session.scalar(select(func.count()).select_from(EventTable))
    assert count == 22
    from matchmaker.ui.pages.event.models import OrganisationRow

    picker.set_rows([OrganisationRow(1, "Nebula", "LT", "Vilnius", "cluster")])
    qtmodeltester.check(picker, force_py=True)
    for empty in (AvailabilityModel(), RequestMatrixModel(), RequestsModel(), ParticipantsModel()):
        qtmodeltester.check(empty, force_py=True)
