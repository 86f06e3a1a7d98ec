"""Destructive actions on the Event page are undoable: removing participants puts them back as they were."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, or_, select

from matchmaker.core.model import Event, Meeting, MeetingRequest, Participation, Slot, participation_unavailable
from matchmaker.ui.context import AppContext
from matchmaker.ui.pages.event import EventPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(demo_ctx: AppContext, qtbot) -> EventPage:  # type: ignore[no-untyped-def]
    with demo_ctx.database.session() as session:
        demo_ctx.select_event(session.scalars(select(Event.id)).one())
    page = EventPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def _state(ctx: AppContext, participation_id: int) -> dict[str, Any]:
    """Everything a participant carries: its own fields, unavailable slots, requests and their meetings."""
    with ctx.database.session() as session:
        person = session.get(Participation, participation_id)
        if person is None:
            return {}
        requests = session.scalars(
            select(MeetingRequest).where(
                or_(MeetingRequest.requester_id == participation_id, MeetingRequest.invitee_id == participation_id)
            )
        ).all()
        meetings = session.scalars(select(Meeting).where(Meeting.request_id.in_([r.id for r in requests]))).all()
        return {
            "fields": (
                person.organisation_id,
                person.delegates,
                person.fixed_table_id,
                person.checked_in,
                person.notes,
            ),
            "unavailable": sorted(
                session.scalars(
                    select(participation_unavailable.c.slot_id).where(
                        participation_unavailable.c.participation_id == participation_id
                    )
                )
            ),
            "requests": sorted(
                (r.id, r.requester_id, r.invitee_id, r.priority, r.status, r.source, r.message, tuple(r.reasons))
                for r in requests
            ),
            "meetings": sorted((m.id, m.request_id, m.status, m.slot_id, m.table_id, m.locked) for m in meetings),
        }


def test_removing_a_participant_is_undone_and_redone(page: EventPage, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    ctx, proxy = page.ctx, page.participants_proxy
    # The participant with the most requests that has no meeting placed yet (removal refuses placed meetings).
    with ctx.database.session() as session:
        placed = {
            pid
            for m in session.scalars(select(Meeting).where(Meeting.slot_id.is_not(None)))
            for pid in (m.request.requester_id, m.request.invitee_id)
        }
    rows = [proxy.object_at(row) for row in range(proxy.rowCount())]
    target = max((r for r in rows if r.info.id not in placed), key=lambda r: r.accepted + r.pending)
    pid = target.info.id
    page.controller.set_delegates(pid, 3)
    slots = [s.id for s in page.controller.snapshot.slots if s.kind.value == "meeting"][:3]  # type: ignore[union-attr]
    page.controller.set_availability([(pid, slot) for slot in slots], available=False)
    before = _state(ctx, pid)
    assert before["fields"][1] == 3 and before["unavailable"] == sorted(slots) and len(before["requests"]) >= 2
    requests_before = page.requests_model.rowCount()

    row = proxy.row_of(lambda r: r.info.id == pid)
    page.participants_view.selectionModel().select(
        proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    remove = page.findChild(QPushButton, "participants_remove")
    assert remove is not None
    remove.click()
    assert "Ctrl+Z" in no_dialogs["questions"][-1]
    assert _state(ctx, pid) == {}
    assert page.participants_model.rowCount() == len(rows) - 1
    assert page.requests_model.rowCount() == requests_before - len(before["requests"])
    assert ctx.undo_stack.undoText() == "Remove 1 participant(s)"

    ctx.undo_stack.undo()
    assert _state(ctx, pid) == before
    assert page.participants_model.rowCount() == len(rows)
    assert page.requests_model.rowCount() == requests_before
    ctx.undo_stack.redo()
    assert _state(ctx, pid) == {}
    with ctx.database.session() as session:
        assert session.scalar(select(func.count()).select_from(Participation)) == len(rows) - 1
    ctx.undo_stack.undo()  # and back once more: the undo step survives a redo
    assert _state(ctx, pid) == before
    assert not no_dialogs["errors"]


def test_saving_the_setup_is_undone_with_the_availability_it_dropped(page: EventPage) -> None:
    ctx, form = page.ctx, page.setup
    snapshot = page.controller.snapshot
    assert snapshot is not None
    last_session = form.sessions.rowCount() - 1
    code = form.sessions.item(last_session, 0).text()
    dropped = [s for s in snapshot.slots if s.kind.value == "meeting" and s.session_code == code][:2]
    person = snapshot.participants[0].id
    page.controller.set_availability([(person, s.id) for s in dropped], available=False)

    def unavailable() -> set[tuple[int, object]]:
        with ctx.database.session() as session:
            rows = session.execute(
                select(participation_unavailable.c.participation_id, Slot.starts_at).join(
                    Slot, Slot.id == participation_unavailable.c.slot_id
                )
            ).all()
        return {(int(pid), start) for pid, start in rows}

    def setup() -> tuple[object, ...]:
        with ctx.database.session() as session:
            event = session.scalars(select(Event)).one()
            tables = sorted(t.name for t in event.tables if t.is_active)
            return event.venue, len(event.slots), tuple(tables)

    marks, before = unavailable(), setup()
    assert {(person, s.starts_at) for s in dropped} <= marks
    form.sessions.selectRow(last_session)
    form._remove_selected()
    form.venue.setText("Lindos Park")
    form.by_names.setChecked(True)
    form.table_names.setPlainText("\n".join(form.table_names.toPlainText().splitlines()[:-2]))
    form.apply_button.click()
    after = setup()
    assert after[0] == "Lindos Park" and after[1] < before[1] and len(after[2]) == len(before[2]) - 2
    assert not {(person, s.starts_at) for s in dropped} & unavailable()
    assert ctx.undo_stack.undoText() == "Change the event setup"
    ctx.undo_stack.undo()
    assert setup() == before
    assert unavailable() == marks
    ctx.undo_stack.redo()
    assert setup() == after


def test_undoing_a_run_outside_the_undo_stack_asks_first(demo_ctx: AppContext, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from matchmaker.ui import dialogs
    from matchmaker.ui.pages.schedule import SchedulePage

    def placed() -> int:
        with demo_ctx.database.session() as session:
            return int(session.scalar(select(func.count()).select_from(Meeting).where(Meeting.slot_id.is_not(None))))

    with demo_ctx.database.session() as session:
        demo_ctx.select_event(session.scalars(select(Event.id)).one())
    page = SchedulePage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.time_limit.setValue(page.time_limit.minimum())
    page.run_button.click()
    assert placed() > 0
    demo_ctx.undo_stack.clear()  # as after a restart: the run is not on the undo stack any more
    asked: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text, **kw: asked.append(text) or next(answers))
    assert not page.controller.run_on_top() and page.undo_run_button.isEnabled()
    page.undo_run_button.click()
    assert len(asked) == 1 and "Hand moves" in asked[0] and placed() > 0  # No: nothing changed
    page.undo_run_button.click()
    assert len(asked) == 2 and placed() == 0
