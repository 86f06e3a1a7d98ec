"""A small greedy placer for tests: puts an event's accepted requests into Meeting rows.

It stands in for the real scheduler (matchmaker.core.scheduling) so the document tests do
not depend on the solver; it respects availability, delegates and fixed tables.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from matchmaker.core.model import (
    Event,
    Meeting,
    MeetingRequest,
    Participation,
    RequestStatus,
    Slot,
    SlotKind,
)


def place_greedily(session: Session, event_id: int) -> list[Meeting]:
    """Place every accepted request without a meeting into the earliest free slot and table."""
    event = session.get(Event, event_id)
    assert event is not None
    slots = [s for s in session.scalars(select(Slot).where(Slot.event_id == event_id).order_by(Slot.starts_at))]
    slots = [s for s in slots if s.kind == SlotKind.MEETING]
    tables = [t for t in event.tables if t.is_active]
    participations = {p.id: p for p in session.scalars(select(Participation).where(Participation.event_id == event_id))}
    unavailable = {pid: {s.id for s in p.unavailable_slots} for pid, p in participations.items()}
    busy: Counter[tuple[int, int]] = Counter()
    used_tables: set[tuple[int, int]] = set()
    for meeting in session.scalars(select(Meeting).where(Meeting.event_id == event_id)):
        if meeting.slot_id is not None:
            busy[(meeting.request.requester_id, meeting.slot_id)] += 1
            busy[(meeting.request.invitee_id, meeting.slot_id)] += 1
            if meeting.table_id is not None:
                used_tables.add((meeting.slot_id, meeting.table_id))
    weights = {"must": 0, "should": 1, "could": 2}
    requests = session.scalars(
        select(MeetingRequest).where(
            MeetingRequest.event_id == event_id, MeetingRequest.status == RequestStatus.ACCEPTED
        )
    ).all()
    placed = []
    for request in sorted(requests, key=lambda r: (weights[r.priority.value], r.id)):
        if request.meeting is not None:
            continue
        ends = [participations[request.requester_id], participations[request.invitee_id]]
        for slot in slots:
            if any(slot.id in unavailable[p.id] or busy[(p.id, slot.id)] >= p.delegates for p in ends):
                continue
            fixed = [p.fixed_table for p in ends if p.fixed_table is not None]
            candidates = fixed[:1] if fixed else tables
            table = next((t for t in candidates if (slot.id, t.id) not in used_tables), None)
            if table is None:
                continue
            meeting = Meeting(event_id=event_id, request=request, slot_id=slot.id, table_id=table.id)
            session.add(meeting)
            placed.append(meeting)
            for p in ends:
                busy[(p.id, slot.id)] += 1
            used_tables.add((slot.id, table.id))
            break
    session.flush()
    return placed
