"""Removing participants keeps what undo needs: restore puts rows back with their ids (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from matchmaker.core import events as ev
from matchmaker.core.errors import ValidationFailed
from matchmaker.core.model import (
    Event,
    Meeting,
    MeetingFeedback,
    MeetingRequest,
    MeetingStatus,
    Organisation,
    Participation,
    Priority,
    RequestStatus,
    participation_unavailable,
)
from matchmaker.core.model.enums import FeedbackOutcome
from matchmaker.db import Database


def _dump(session, event_id: int) -> dict[str, list[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    people = session.scalars(select(Participation).where(Participation.event_id == event_id)).all()
    return {
        "people": sorted((p.id, p.organisation_id, p.delegates, p.checked_in, p.notes) for p in people),
        "unavailable": sorted(session.execute(select(participation_unavailable)).all()),
        "requests": sorted(
            (r.id, r.requester_id, r.invitee_id, r.priority, r.status, r.message)
            for r in session.scalars(select(MeetingRequest))
        ),
        "meetings": sorted((m.id, m.request_id, m.status, m.slot_id) for m in session.scalars(select(Meeting))),
        "feedback": sorted(
            (f.id, f.meeting_id, f.participation_id, f.outcome) for f in session.scalars(select(MeetingFeedback))
        ),
    }


def test_removed_participants_come_back_with_requests_availability_and_meetings(database: Database) -> None:
    with database.transaction() as session:
        event = ev.create_event(session, "Baltic Games Days", starts_on=date(2026, 5, 12))
        spec = ev.SessionSpec("am", "AM", date(2026, 5, 12), time(9), time(12), ())
        ev.set_sessions(session, event, [spec], meeting_minutes=20)
        ev.set_tables(session, event, ev.table_names(count=2))
        orgs = [Organisation(name=n, name_key=n.lower(), country=c) for n, c in [("A", "LT"), ("B", "PL"), ("C", "NO")]]
        session.add_all(orgs)
        session.flush()
        a, b, c = ev.add_participants(session, event, [o.id for o in orgs])
        ev.set_delegates(session, event, a.id, 2)
        slots = ev.meeting_slots(event)
        ev.set_availability(
            session, event, [(a.id, slots[0].id), (a.id, slots[1].id), (b.id, slots[2].id)], available=False
        )
        ab = ev.create_request(session, event, a.id, b.id, status=RequestStatus.ACCEPTED, priority=Priority.MUST)
        ev.create_request(session, event, c.id, a.id, message="about VR")
        ev.create_request(session, event, b.id, c.id)
        held = Meeting(event_id=event.id, request=ab, status=MeetingStatus.CANCELLED)  # not placed: removal allowed
        session.add(held)
        session.flush()
        session.add(MeetingFeedback(meeting_id=held.id, participation_id=b.id, outcome=FeedbackOutcome.INFORMATIVE))
        event_id, a_id = event.id, a.id
    with database.session() as session:
        before = _dump(session, event_id)

    with database.transaction() as session:
        removed = ev.remove_participants_keeping(session, session.get_one(Event, event_id), [a_id])
    with database.session() as session:
        after = _dump(session, event_id)
    assert [p[0] for p in after["people"]] == [p[0] for p in before["people"] if p[0] != a_id]
    assert len(after["requests"]) == 1 and not after["meetings"] and not after["feedback"]
    assert all(row[0] != a_id for row in after["unavailable"])

    with database.transaction() as session:
        ev.restore_participants(session, session.get_one(Event, event_id), removed)
    with database.session() as session:
        assert _dump(session, event_id) == before
    with database.transaction() as session, pytest.raises(ValidationFailed, match="back already"):
        ev.restore_participants(session, session.get_one(Event, event_id), removed)
