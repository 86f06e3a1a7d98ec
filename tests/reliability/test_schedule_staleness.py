"""A scheduler run never overwrites a colleague's hand move made while it solved (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from matchmaker.core import events as ev
from matchmaker.core.demo import load_demo
from matchmaker.core.errors import ValidationFailed
from matchmaker.core.model import Meeting, MeetingRequest, MeetingStatus, RequestStatus, ScheduleRun
from matchmaker.core.progress import run_job
from matchmaker.core.scheduling import SolveOptions
from matchmaker.core.scheduling.stale import ScheduleChanged
from matchmaker.db import Database, open_database
from matchmaker.db.scheduling import schedule_event_job, undo_schedule

FAST = SolveOptions(time_limit=2, seed=1, workers=1)


def _scheduled_demo(database: Database) -> int:
    with database.transaction() as session:
        event_id = run_job(load_demo(session)).event_id
    assert event_id is not None
    run_job(schedule_event_job(database, event_id, FAST))
    return event_id


def _state(database: Database) -> tuple[dict[int, tuple[int | None, int | None, int]], int]:
    with database.session() as session:
        meetings = {m.id: (m.slot_id, m.table_id, m.version) for m in session.scalars(select(Meeting))}
        return meetings, int(session.scalar(select(func.count()).select_from(ScheduleRun)) or 0)


def _colleague_moves_a_meeting(colleague: Database, event_id: int) -> tuple[int, int, int]:
    """A hand move to a free (slot, table) that breaks no rule; returns (meeting, slot, table)."""
    with colleague.transaction() as session:
        event = ev.get_event(session, event_id)
        snapshot = ev.load_snapshot(session, event_id)
        for meeting in snapshot.meetings:
            stored = ev.moves.get_meeting(session, event, meeting.id)
            for slot in snapshot.meeting_slots:
                for table in snapshot.active_tables:
                    taken = (slot.id, table.id) in snapshot.placed
                    if taken or ev.check_move(session, event, stored, slot.id, table.id):
                        continue
                    ev.move_meeting(session, event, meeting.id, slot.id, table.id)
                    return meeting.id, slot.id, table.id
    raise AssertionError("no free place to move a meeting to")


def test_a_run_that_read_the_event_before_a_hand_move_saves_nothing(database: Database) -> None:
    event_id = _scheduled_demo(database)
    colleague = open_database(database.url, daily_backup=False, client_id="colleague")
    try:
        job = schedule_event_job(database, event_id, FAST)
        next(job)  # the problem is read and the solver started
        moved, slot_id, table_id = _colleague_moves_a_meeting(colleague, event_id)
        with colleague.transaction() as session:  # and declines a request that the run will schedule
            declined = session.scalars(
                select(MeetingRequest).where(MeetingRequest.status == RequestStatus.ACCEPTED).order_by(
                    MeetingRequest.id.desc())).first()  # fmt: skip
            assert declined is not None
            ev.change_status(session, ev.get_event(session, event_id), [declined.id], RequestStatus.DECLINED)
        before = _state(database)
        with pytest.raises(ScheduleChanged) as caught:
            run_job(job)
    finally:
        colleague.close()
    assert _state(database) == before, "nothing of the run was saved"
    with database.session() as session:
        meeting = session.get(Meeting, moved)
        assert meeting is not None and (meeting.slot_id, meeting.table_id) == (slot_id, table_id), "their move stays"
    message = str(caught.value)
    assert "was changed (now" in message and "changed (now declined" in message and "Run the scheduler again" in message
    assert len(caught.value.changes) >= 2
    # Run again: it reads the current schedule and saves.
    result = run_job(schedule_event_job(database, event_id, FAST))
    assert result.saved is not None


def test_a_run_without_concurrent_changes_still_saves(database: Database) -> None:
    event_id = _scheduled_demo(database)
    job = schedule_event_job(database, event_id, FAST)
    next(job)
    with database.transaction() as session:  # our own unrelated edit elsewhere (a participant's notes)
        snapshot = ev.load_snapshot(session, event_id)
        ev.set_checked_in(session, ev.get_event(session, event_id), [snapshot.participants[0].id], True)
    result = run_job(job)
    assert result.saved is not None


def test_undoing_a_run_never_reverts_a_colleagues_later_change(database: Database) -> None:
    event_id = _scheduled_demo(database)
    with database.transaction() as session:  # the next run has meetings to place (and an undo to revert)
        for meeting in session.scalars(select(Meeting).order_by(Meeting.id).limit(5)):
            meeting.slot_id = meeting.table_id = None
    result = run_job(schedule_event_job(database, event_id, FAST))
    assert result.saved is not None
    my_run = result.saved.run_id
    colleague = open_database(database.url, daily_backup=False, client_id="colleague")
    try:
        with colleague.transaction() as session:  # marked held on the day: no schedule-run record of its own
            touched = {i["request"] for i in session.get_one(ScheduleRun, my_run).previous["meetings"]}
            snapshot = ev.load_snapshot(session, event_id)
            held = next(m for m in snapshot.meetings if m.is_placed and m.request_id in touched)
            ev.mark_meeting(session, ev.get_event(session, event_id), held.id, MeetingStatus.HELD)
        before = _state(database)
        with pytest.raises(ValidationFailed, match="changed after this schedule run"):
            undo_schedule(database, event_id, my_run)
        assert _state(database) == before
        moved, _, _ = _colleague_moves_a_meeting(colleague, event_id)  # a hand move: a run record on top
        with pytest.raises(ValidationFailed, match="changed after this run"):
            undo_schedule(database, event_id, my_run)
    finally:
        colleague.close()
    with database.session() as session:
        assert session.get_one(Meeting, held.id).status == MeetingStatus.HELD
        assert session.get_one(Meeting, moved).version > 1
