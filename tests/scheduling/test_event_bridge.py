"""The database bridge on SQLite and PostgreSQL: event -> problem -> saved meetings -> undo."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from matchmaker.core.demo import load_demo
from matchmaker.core.model import (
    Event,
    Meeting,
    MeetingRequest,
    Participation,
    RequestStatus,
    ScheduleRun,
    Slot,
    SlotKind,
)
from matchmaker.core.progress import run_job
from matchmaker.core.scheduling import SolveOptions, problem_to_dict, solution_to_dict
from matchmaker.core.scheduling.event_bridge import event_problem
from matchmaker.db import Database
from matchmaker.db.locks import LockBusy, scheduler_lock
from matchmaker.db.scheduling import build_event_problem, schedule_event_job, undo_schedule
from tests.scheduling.checker import check

FAST = SolveOptions(time_limit=8)


def _demo(database: Database) -> int:
    with database.transaction() as session:
        report = run_job(load_demo(session))
    assert report.event_id is not None
    return report.event_id


def _meetings(database: Database, event_id: int) -> dict[int, tuple[int | None, int | None, str, int]]:
    with database.session() as session:
        rows = session.scalars(select(Meeting).where(Meeting.event_id == event_id)).all()
        return {m.request_id: (m.slot_id, m.table_id, m.status.value, m.ics_sequence) for m in rows}


def test_the_demo_event_is_scheduled_fully_and_saved(database: Database) -> None:
    event_id = _demo(database)
    built = build_event_problem(database, event_id)
    with database.session() as session:
        accepted = session.scalars(
            select(MeetingRequest).where(
                MeetingRequest.event_id == event_id, MeetingRequest.status == RequestStatus.ACCEPTED
            )
        ).all()
        breaks = session.scalars(select(Slot).where(Slot.event_id == event_id, Slot.kind == SlotKind.BREAK)).all()
        fixed = session.scalars(select(Participation).where(Participation.fixed_table_id.is_not(None))).all()
        fixed_tables = {p.fixed_table.name for p in fixed if p.fixed_table is not None}
    assert len(built.problem.meetings) == len(accepted)
    assert not {f"s{s.id}" for s in breaks} & {s.id for s in built.problem.slots}
    assert fixed_tables and fixed_tables <= {p.table for p in built.problem.participants if p.table}
    weights = sorted({m.priority for m in built.problem.meetings})
    assert set(weights) <= {1, 2, 4}

    result = run_job(schedule_event_job(database, event_id, FAST))
    solution = result.solution
    assert solution.placed == len(accepted), solution.unscheduled
    assert not check(problem_to_dict(built.problem), solution_to_dict(solution))
    assert result.saved is not None
    rows = _meetings(database, event_id)
    assert len(rows) == len(accepted)
    assert all(
        slot is not None and table is not None and status == "scheduled" for slot, table, status, _ in rows.values()
    )
    # The saved rows are the solution: read them back as a problem's current assignment.
    again = build_event_problem(database, event_id)
    assert again.current == solution.by_meeting()
    with database.session() as session:
        run = session.get(ScheduleRun, result.saved.run_id)
        assert run is not None and run.kind.value == "solve" and run.stats["placed"] == len(accepted)
        assert run.stats["breaks"] == solution.breaks


def test_a_new_run_raises_ics_sequence_of_changed_meetings_and_undo_restores(database: Database) -> None:
    event_id = _demo(database)
    run_job(schedule_event_job(database, event_id, FAST))
    first = _meetings(database, event_id)
    assert all(sequence == 0 for *_, sequence in first.values())  # new meetings start at 0
    with database.transaction() as session:
        request = session.scalars(
            select(MeetingRequest).where(
                MeetingRequest.event_id == event_id, MeetingRequest.status == RequestStatus.ACCEPTED
            )
        ).first()
        assert request is not None
        request.status = RequestStatus.CANCELLED
        cancelled_id = request.id
    result = run_job(schedule_event_job(database, event_id, FAST, repair=True, now=datetime(2018, 10, 1)))
    second = _meetings(database, event_id)
    assert second[cancelled_id][2] == "cancelled" and second[cancelled_id][3] == 1
    for request_id, (slot, table, status, sequence) in second.items():
        before = first[request_id]
        changed = (slot, table, status) != before[:3]
        assert sequence == (1 if changed else 0), request_id
    assert result.solution.moved is not None and result.solution.moved <= 2

    run = undo_schedule(database, event_id)
    assert run.undone
    third = _meetings(database, event_id)
    for request_id, (slot, table, status, sequence) in third.items():
        assert (slot, table, status) == first[request_id][:3]
        assert sequence == second[request_id][3] + (1 if second[request_id][:3] != first[request_id][:3] else 0)
    undo_schedule(database, event_id)  # the first run: meetings it created are gone
    assert _meetings(database, event_id) == {}


def test_repair_keeps_past_and_locked_meetings_and_reports_per_participant(database: Database) -> None:
    event_id = _demo(database)
    run_job(schedule_event_job(database, event_id, FAST))
    first = _meetings(database, event_id)
    with database.transaction() as session:
        event = session.get(Event, event_id)
        assert event is not None
        slots = sorted((s for s in event.slots if s.kind == SlotKind.MEETING), key=lambda s: s.starts_at)
        now = slots[len(slots) // 2].starts_at
        meetings = session.scalars(select(Meeting).where(Meeting.event_id == event_id)).all()
        future = [m for m in meetings if m.slot is not None and m.slot.starts_at >= now]
        locked = future[0]
        locked.locked = True
        locked_id = locked.request_id
        # A participant leaves early: unavailable for every slot after `now` + 1 h.
        leaver = future[1].request.requester
        leaver.unavailable_slots.extend(s for s in slots if s.starts_at >= now and s not in leaver.unavailable_slots)
        leaver_id = leaver.id
    result = run_job(schedule_event_job(database, event_id, FAST, repair=True, now=now))
    after = _meetings(database, event_id)
    with database.session() as session:
        for request_id, (slot_id, *_rest) in first.items():
            slot = session.get(Slot, slot_id)
            assert slot is not None
            if slot.starts_at < now:
                assert after[request_id][:3] == first[request_id][:3]  # past: untouched
        assert after[locked_id][:2] == first[locked_id][:2]
        leaver_future = [
            r.id for r in session.scalars(select(MeetingRequest).where(MeetingRequest.event_id == event_id)).all()
            if leaver_id in (r.requester_id, r.invitee_id) and r.id in first and r.id != locked_id
            and session.get(Slot, first[r.id][0]).starts_at >= now  # type: ignore[union-attr]
        ]  # fmt: skip
        leaver_name = session.get(Participation, leaver_id).organisation.name  # type: ignore[union-attr]
    assert leaver_future
    for request_id in leaver_future:  # the leaver is gone: its later meetings lose their place
        assert after[request_id][0] is None and after[request_id][3] == 1
    assert result.solution.moved is not None and result.solution.moved >= len(leaver_future)
    lines = result.per_participant[leaver_name]
    assert sum("no longer scheduled" in line for line in lines) == len(leaver_future)


def test_a_second_scheduler_on_the_same_event_is_refused(database: Database) -> None:
    event_id = _demo(database)
    with scheduler_lock(database, event_id), pytest.raises(LockBusy):
        run_job(schedule_event_job(database, event_id, FAST))


def test_removed_tables_and_break_slots_stay_out_of_the_problem(database: Database) -> None:
    event_id = _demo(database)
    with database.transaction() as session:
        event = session.get(Event, event_id)
        assert event is not None
        event.tables[-1].is_active = False
        gone = event.tables[-1].name
        built = event_problem(session, event)
    assert gone not in built.problem.tables
    assert all(s.start is not None for s in built.problem.slots)


def test_a_manual_move_is_recorded_and_undone(database: Database) -> None:
    from matchmaker.core.scheduling.event_bridge import record_manual_change, undo_last_run

    event_id = _demo(database)
    run_job(schedule_event_job(database, event_id, FAST))
    before = _meetings(database, event_id)
    with database.transaction() as session:
        row = session.scalars(select(Meeting).where(Meeting.event_id == event_id).order_by(Meeting.id)).first()
        assert row is not None
        record_manual_change(session, event_id, [row], note="moved by hand")
        row.locked = True
        row.table_id = None
        row.ics_sequence += 1
        request_id = row.request_id
    with database.transaction() as session:
        run = undo_last_run(session, event_id)
        assert run.kind.value == "manual"
    after = _meetings(database, event_id)
    with database.session() as session:
        restored = session.scalars(select(Meeting).where(Meeting.request_id == request_id)).one()
        assert not restored.locked
    assert after[request_id][:3] == before[request_id][:3]
    assert after[request_id][3] == 2  # the move and its undo were both announced to calendars
