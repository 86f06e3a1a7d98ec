"""Event services on SQLite and PostgreSQL: setup, participants, requests, hand moves, the day, statistics."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matchmaker.core import events as ev
from matchmaker.core.demo import load_demo
from matchmaker.core.errors import NotFound, ValidationFailed
from matchmaker.core.model import (
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Organisation,
    Participation,
    Priority,
    RequestStatus,
    ScheduleRun,
    ScheduleRunKind,
    Slot,
    SlotKind,
)
from matchmaker.core.progress import run_job
from matchmaker.db import Database

DAY = date(2026, 5, 12)


def _demo(database: Database) -> int:
    with database.transaction() as session:
        report = run_job(load_demo(session))
    assert report.event_id is not None
    return report.event_id


def _spec(code: str = "am", start: str = "09:00", end: str = "12:00", breaks: str = "") -> ev.SessionSpec:
    return ev.SessionSpec(
        code, code.upper(), DAY, time.fromisoformat(start), time.fromisoformat(end), ev.parse_breaks(breaks)
    )


def _new_event(session: Session) -> Event:
    event = ev.create_event(session, "Nordic Games Days", starts_on=DAY, timezone="Europe/Warsaw")
    ev.set_sessions(session, event, [_spec(breaks="10:20-10:40 Coffee")], meeting_minutes=20)
    ev.set_tables(session, event, ev.table_names(count=3))
    return event


def _place(session: Session, event: Event, request: MeetingRequest, slot: Slot, table_index: int = 0) -> Meeting:
    meeting = Meeting(event_id=event.id, request=request, slot=slot, table=event.tables[table_index])
    session.add(meeting)
    session.flush()
    return meeting


# --------------------------------------------------------------------------- setup


def test_time_zone_must_be_an_iana_name(database: Database) -> None:
    assert ev.validate_timezone(" Europe/Vilnius ") == "Europe/Vilnius"
    with pytest.raises(ValidationFailed, match=r"not an IANA time zone name\. Did you mean Europe/Vilnius"):
        ev.validate_timezone("Vilnius")
    with pytest.raises(ValidationFailed, match="not an IANA"), database.transaction() as session:
        ev.create_event(session, "Bad zone", starts_on=DAY, timezone="CET+1")
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 0  # nothing half-written


def test_sessions_generate_meeting_and_break_slots_and_keep_ids_when_regenerated(database: Database) -> None:
    with database.transaction() as session:
        event = _new_event(session)
        slots = sorted(event.slots, key=lambda s: s.starts_at)
        # 09:00-10:20 four meetings, the coffee break, 10:40-12:00 four meetings
        assert [(s.starts_at.strftime("%H:%M"), s.kind) for s in slots][3:6] == [
            ("10:00", SlotKind.MEETING), ("10:20", SlotKind.BREAK), ("10:40", SlotKind.MEETING),
        ]  # fmt: skip
        assert sum(s.kind == SlotKind.MEETING for s in slots) == 8
        kept = {s.starts_at: s.id for s in slots}
        event_id = event.id
    with database.transaction() as session:
        event = session.get_one(Event, event_id)
        ev.set_sessions(session, event, [_spec(breaks="10:20-10:40 Coffee"), _spec("pm", "13:00", "14:00")])
        assert ev.add_break(session, event, DAY, time(12, 0), time(13, 0), "Lunch").kind == SlotKind.BREAK
    with database.session() as session:
        event = session.get_one(Event, event_id)
        assert [b.code for b in event.sessions] == ["am", "pm"]
        assert {s.starts_at: s.id for s in event.slots if s.session and s.session.code == "am"} == kept
        assert len(ev.meeting_slots(event)) == 11
        spec = ev.session_specs(event)[0]
        assert (spec.start, spec.end, ev.format_breaks(spec.breaks)) == (time(9), time(12), "10:20-10:40 Coffee")


@pytest.mark.parametrize(
    ("specs", "message"),
    [
        ([], "at least one session"),
        ([_spec(code="a b")], "the code must be"),
        ([_spec(), _spec()], "used twice"),
        ([_spec(end="09:10")], "holds no 20-minute slot"),
        ([_spec(breaks="08:00-08:30 Early")], "is not inside it"),
        ([_spec(), _spec("x", "11:00", "13:00")], "overlap"),
    ],
)
def test_bad_sessions_are_refused_with_a_clear_message(sqlite_database: Database, specs, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed, match=message), sqlite_database.transaction() as session:
        event = ev.create_event(session, "E", starts_on=DAY)
        ev.set_sessions(session, event, specs)


def test_breaks_text_is_parsed_or_refused() -> None:
    assert ev.parse_breaks("10:50-11:10 Coffee break; 15.10–15.30") == (
        ev.BreakSpec(time(10, 50), time(11, 10), "Coffee break"), ev.BreakSpec(time(15, 10), time(15, 30), "Break"),
    )  # fmt: skip
    with pytest.raises(ValidationFailed, match="'tea at 4' is not like"):
        ev.parse_breaks("tea at 4")


def test_tables_by_count_or_names_and_busy_tables_cannot_go(database: Database) -> None:
    assert ev.table_names(count=3) == ["1", "2", "3"]
    assert ev.table_names(names="Neris 1, Neris 2\nVilnia 1") == ["Neris 1", "Neris 2", "Vilnia 1"]
    with pytest.raises(ValidationFailed, match="'a' is listed twice"):
        ev.table_names(names=["A", "a"])
    with pytest.raises(ValidationFailed, match="more than 500"):
        ev.table_names(count=501)
    event_id = _demo(database)
    with database.transaction() as session:
        event = session.get_one(Event, event_id)
        request = session.scalars(select(MeetingRequest).where(MeetingRequest.status == RequestStatus.ACCEPTED)).first()
        assert request is not None
        _place(session, event, request, ev.meeting_slots(event)[0], table_index=21)  # Vilnia 10
    refused = pytest.raises(ValidationFailed, match=r"1 scheduled meeting\(s\) are at table\(s\) Vilnia 10")
    with refused, database.transaction() as session:
        event = session.get_one(Event, event_id)
        ev.set_tables(session, event, [t.name for t in event.tables][:12])
    with database.transaction() as session:
        event = session.get_one(Event, event_id)
        active = ev.set_tables(session, event, [t.name for t in event.tables] + ["Terrace"])
        assert [t.name for t in active][-2:] == ["Vilnia 10", "Terrace"]


def test_regenerating_sessions_refuses_to_drop_a_slot_with_a_meeting(database: Database) -> None:
    event_id = _demo(database)
    with database.transaction() as session:
        event = session.get_one(Event, event_id)
        request = session.scalars(select(MeetingRequest).where(MeetingRequest.status == RequestStatus.ACCEPTED)).first()
        assert request is not None
        _place(session, event, request, ev.meeting_slots(event)[-1])
        specs = ev.session_specs(event)
    refused = pytest.raises(ValidationFailed, match=r"1 scheduled meeting\(s\) are in slots that would be removed")
    with refused, database.transaction() as session:
        ev.set_sessions(session, session.get_one(Event, event_id), specs[:-1])


# --------------------------------------------------------------------------- participants and requests


def test_participants_delegates_and_availability(database: Database) -> None:
    event_id = _demo(database)
    with database.transaction() as session:
        event = session.get_one(Event, event_id)
        taking_part = set(session.scalars(select(Participation.organisation_id)))
        outsider = session.scalars(select(Organisation).where(Organisation.id.not_in(taking_part))).first()
        assert outsider is not None
        added = ev.add_participants(session, event, [outsider.id, next(iter(taking_part))])
        assert [p.organisation_id for p in added] == [outsider.id]  # the one already in is skipped
        newcomer = added[0].id
        assert ev.set_delegates(session, event, newcomer, 3) == 1
        with pytest.raises(ValidationFailed, match="outside 1-20"):
            ev.set_delegates(session, event, newcomer, 0)
        slots = [s.id for s in ev.meeting_slots(event)[:3]]
        cells = [(newcomer, sid) for sid in slots]
        assert ev.set_availability(session, event, cells, available=False) == sorted(cells)
        assert ev.set_availability(session, event, cells[:2], available=False) == []  # already so
        assert ev.set_availability(session, event, cells[:1], available=True) == cells[:1]
        lunch = next(s for s in event.slots if s.kind == SlotKind.BREAK)
        with pytest.raises(ValidationFailed, match="breaks are not meeting slots"):
            ev.set_availability(session, event, [(newcomer, lunch.id)], available=False)
    with database.session() as session:
        person = session.get_one(Participation, newcomer)
        assert person.delegates == 3 and {s.id for s in person.unavailable_slots} == set(slots[1:])
    with pytest.raises(NotFound, match="No organisation with id 999999"), database.transaction() as session:
        ev.add_participants(session, session.get_one(Event, event_id), [999_999])


def test_requests_are_created_once_per_pair_and_change_status_with_undo(database: Database) -> None:
    event_id = _demo(database)
    with database.transaction() as session:
        event = session.get_one(Event, event_id)
        pending = session.scalars(select(MeetingRequest).where(MeetingRequest.status == RequestStatus.PENDING)).first()
        assert pending is not None
        with pytest.raises(ValidationFailed, match="already have one"):
            ev.create_request(session, event, pending.invitee_id, pending.requester_id)
        with pytest.raises(ValidationFailed, match="cannot meet itself"):
            ev.create_request(session, event, pending.invitee_id, pending.invitee_id)
        changes = ev.change_status(session, event, [pending.id], RequestStatus.ACCEPTED)
        assert pending.status == RequestStatus.ACCEPTED and pending.responded_at is not None
        ev.revert_status(session, event, changes)
        assert pending.status == RequestStatus.PENDING and pending.responded_at is None
        declined = session.scalars(
            select(MeetingRequest).where(MeetingRequest.status == RequestStatus.DECLINED)
        ).first()
        assert declined is not None
        cancelled = session.scalars(
            select(MeetingRequest).where(MeetingRequest.status == RequestStatus.CANCELLED)
        ).first()
        assert cancelled is not None
        with pytest.raises(ValidationFailed, match="cannot go from cancelled to accepted"):
            ev.change_status(session, event, [pending.id, cancelled.id], RequestStatus.ACCEPTED)


def test_cancelling_an_accepted_request_cancels_its_meeting_and_undo_restores_it(database: Database) -> None:
    event_id = _demo(database)
    with database.transaction() as session:
        event = session.get_one(Event, event_id)
        request = session.scalars(select(MeetingRequest).where(MeetingRequest.status == RequestStatus.ACCEPTED)).first()
        assert request is not None
        meeting = _place(session, event, request, ev.meeting_slots(event)[0])
        changes = ev.change_status(session, event, [request.id], RequestStatus.CANCELLED)
        assert meeting.status == MeetingStatus.CANCELLED and meeting.ics_sequence == 1
        snapshot = ev.load_snapshot(session, event_id)
        assert not snapshot.meeting_by_id[meeting.id].is_placed
        ev.revert_status(session, event, changes)
        assert (request.status, meeting.status) == (RequestStatus.ACCEPTED, MeetingStatus.SCHEDULED)


# --------------------------------------------------------------------------- hand moves and the day


def _two_meetings(session: Session) -> tuple[Event, Meeting, Meeting, list[Slot]]:
    """An event with participants A, B, C: meetings A-B (slot 0, table 1) and A-C (slot 1, table 1)."""
    event = _new_event(session)
    orgs = [Organisation(name=n, name_key=n.lower(), country=c) for n, c in [("A", "LT"), ("B", "NO"), ("C", "LT")]]
    session.add_all(orgs)
    session.flush()
    a, b, c = ev.add_participants(session, event, [o.id for o in orgs])
    slots = ev.meeting_slots(event)
    ab = ev.create_request(session, event, a.id, b.id, status=RequestStatus.ACCEPTED)
    ac = ev.create_request(session, event, a.id, c.id, status=RequestStatus.ACCEPTED, priority=Priority.MUST)
    return event, _place(session, event, ab, slots[0]), _place(session, event, ac, slots[1]), slots


def test_moves_are_checked_for_every_conflict(database: Database) -> None:
    with database.transaction() as session:
        event, ab, ac, slots = _two_meetings(session)
        a, b = ab.request.requester, ab.request.invitee
        kinds = {c.kind for c in ev.check_move(session, event, ac, slots[0].id, event.tables[0].id)}
        assert kinds == {"table_taken", "double_booked"}
        assert {c.kind for c in ev.check_move(session, event, ac, slots[0].id, event.tables[1].id)} == {"double_booked"}
        ev.set_availability(session, event, [(b.id, slots[3].id)], available=False)
        conflicts = ev.check_move(session, event, ab, slots[3].id, event.tables[2].id)
        assert [c.message for c in conflicts] == ["B is not available at Tue 10:00"]
        a.delegates = 2  # two delegates: A may hold both meetings at once
        assert ev.check_move(session, event, ac, slots[0].id, event.tables[1].id) == []
        brk = next(s for s in event.slots if s.kind == SlotKind.BREAK)
        assert "is a break (Coffee)" in ev.check_move(session, event, ab, brk.id, event.tables[1].id)[0].message
        ev.set_locked(session, event, [ab.id], True)
        with pytest.raises(ev.MoveConflict, match="locked; unlock it first") as refused:
            ev.move_meeting(session, event, ab.id, slots[5].id, event.tables[1].id)
        assert [c.kind for c in refused.value.conflicts] == ["locked"]


def test_a_move_is_recorded_and_can_be_undone(database: Database) -> None:
    with database.transaction() as session:
        event, ab, _, slots = _two_meetings(session)
        placement = ev.move_meeting(session, event, ab.id, slots[4].id, event.tables[2].id)
        assert (ab.slot_id, ab.table_id) == (slots[4].id, event.tables[2].id)
        run = session.get_one(ScheduleRun, placement.run_id)
        assert run.kind == ScheduleRunKind.MANUAL
        assert run.previous == {
            "format": 1,
            "meetings": [{"request": ab.request_id, "meeting": ab.id, "slot": slots[0].id,
                          "table": event.tables[0].id, "status": "scheduled", "created": False}],
        }  # fmt: skip
        ev.undo_placement(session, event, placement)
        assert (ab.slot_id, ab.table_id, run.undone) == (slots[0].id, event.tables[0].id, True)


def test_check_in_and_no_shows(database: Database) -> None:
    with database.transaction() as session:
        event, ab, ac, slots = _two_meetings(session)
        a, b = ab.request.requester, ab.request.invitee
        assert ev.set_checked_in(session, event, [a.id, b.id], True) == [a.id, b.id]
        assert a.checked_in and a.checked_in_at is not None
        assert ev.set_checked_in(session, event, [a.id], True) == []
        mark = ev.mark_meeting(session, event, ab.id, MeetingStatus.NO_SHOW, no_show_id=b.id)
        assert (ab.status, ab.no_show_participation_id) == (MeetingStatus.NO_SHOW, b.id)
        ev.revert_marks(session, event, [mark])
        assert (ab.status, ab.no_show_participation_id) == (MeetingStatus.SCHEDULED, None)
        with pytest.raises(ValidationFailed, match="one of the meeting's two participants"):
            ev.mark_meeting(session, event, ab.id, MeetingStatus.NO_SHOW, no_show_id=ac.request.invitee_id)
        marks = ev.mark_participant_no_show(session, event, a.id, from_slot_id=slots[1].id)
        assert [m.meeting_id for m in marks] == [ac.id]  # the earlier meeting is left alone
        assert ac.status == MeetingStatus.NO_SHOW and ab.status == MeetingStatus.SCHEDULED
        ev.revert_marks(session, event, marks)
        marks = ev.mark_participant_no_show(session, event, a.id, from_slot_id=slots[0].id)
        assert (ab.status, ac.status) == (MeetingStatus.NO_SHOW, MeetingStatus.CANCELLED)  # later ones free up
        assert ac.no_show_participation_id == a.id


def test_statistics_count_meetings_breaks_and_country_pairs(database: Database) -> None:
    with database.transaction() as session:
        event, _ab, ac, slots = _two_meetings(session)
        ev.move_meeting(session, event, ac.id, slots[2].id, event.tables[0].id)  # A: slots 0 and 2 -> one break
        stats = ev.event_stats(ev.load_snapshot(session, event.id))
    by_name = {p.name: p for p in stats.participants}
    assert (by_name["A"].meetings, by_name["A"].breaks, by_name["B"].breaks) == (2, 1, 0)
    assert stats.country_pairs == {("LT", "NO"): 1, ("NO", "LT"): 1, ("LT", "LT"): 1}
    assert stats.countries == ("LT", "NO") and stats.breaks == 1
    assert (stats.placed, stats.unplaced, stats.slots, stats.tables) == (2, 0, 8, 3)
    assert stats.cross_border_share == 0.5
    assert ev.count_breaks([(0, "am"), (1, "am"), (3, "am"), (3, "am"), (7, "pm"), (9, "pm")]) == 2


def test_snapshot_of_the_demo_event(database: Database) -> None:
    event_id = _demo(database)
    with database.session() as session:
        snapshot = ev.load_snapshot(session, event_id)
        assert ev.list_events(session) == [(event_id, snapshot.name)]
    assert len(snapshot.participants) == 42 and len(snapshot.requests) == 179
    assert len(snapshot.active_tables) == 22 and len(snapshot.meeting_slots) == 29
    assert snapshot.timezone == "Europe/Vilnius"
    etronika = next(p for p in snapshot.participants if p.name == "Etronika")
    assert len(etronika.unavailable) == 3
    assert len(snapshot.unplaced_accepted()) == 137
