"""Participants of an event: adding them from organisations, delegates, availability, check-in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from ..errors import NotFound, ValidationFailed
from ..model import (
    Event,
    Meeting,
    MeetingFeedback,
    MeetingRequest,
    MeetingStatus,
    Organisation,
    Participation,
    RequestFileImport,
    Slot,
    SlotKind,
    participation_unavailable,
    utcnow,
)

MAX_DELEGATES = 20


def get_participation(session: Session, event: Event, participation_id: int) -> Participation:
    """The participation of ``event`` with this id, or NotFound."""
    found = session.get(Participation, participation_id)
    if found is None or found.event_id != event.id:
        raise NotFound(f"No participant with id {participation_id} in '{event.name}'")
    return found


def add_participants(
    session: Session, event: Event, organisation_ids: Iterable[int], *, delegates: int = 1
) -> list[Participation]:
    """Add organisations as participants; ones already taking part are skipped. Returns the new ones."""
    _check_delegates(delegates, "Delegates")
    ids = list(dict.fromkeys(organisation_ids))
    found = {org.id: org for org in session.scalars(select(Organisation).where(Organisation.id.in_(ids)))}
    missing = [str(i) for i in ids if i not in found]
    if missing:
        raise NotFound(f"No organisation with id {', '.join(missing)}")
    taking_part = set(session.scalars(select(Participation.organisation_id).where(Participation.event_id == event.id)))
    added = []
    for org_id in ids:
        if org_id in taking_part:
            continue
        participation = Participation(organisation=found[org_id], delegates=delegates)
        event.participations.append(participation)
        added.append(participation)
    session.flush()
    return added


def remove_participants(session: Session, event: Event, participation_ids: Iterable[int]) -> int:
    """Remove participants with their requests; refused while one has scheduled meetings."""
    people = [get_participation(session, event, pid) for pid in participation_ids]
    ids = [p.id for p in people]
    busy = session.scalars(
        select(Participation)
        .join(
            MeetingRequest,
            (MeetingRequest.requester_id == Participation.id) | (MeetingRequest.invitee_id == Participation.id),
        )
        .join(Meeting, Meeting.request_id == MeetingRequest.id)
        .where(Participation.id.in_(ids), Meeting.status == MeetingStatus.SCHEDULED, Meeting.slot_id.is_not(None))
        .distinct()
    ).all()
    if busy:
        names = ", ".join(sorted(p.organisation.name for p in busy))
        raise ValidationFailed(f"Cannot remove {names}: they have scheduled meetings. Cancel those first.")
    for person in people:
        event.participations.remove(person)
    session.flush()
    return len(people)


@dataclass(frozen=True)
class RemovedParticipants:
    """What :func:`remove_participants_keeping` took out, enough to put it back as it was."""

    participation_ids: tuple[int, ...]
    #: (ORM class name, column values) in insertion order: participants, requests, meetings, feedback.
    rows: tuple[tuple[str, dict[str, Any]], ...]
    #: (participation id, slot id) pairs of the participants' unavailable slots.
    unavailable: tuple[tuple[int, int], ...]
    #: Rows that only pointed at a participant (set to NULL on removal): (class name, row id, column, participant).
    links: tuple[tuple[str, int, str, int], ...]


_RESTORED = {cls.__name__: cls for cls in (Participation, MeetingRequest, Meeting, MeetingFeedback, RequestFileImport)}


def _values(row: Any) -> dict[str, Any]:
    return {attr.key: getattr(row, attr.key) for attr in row.__mapper__.column_attrs}


def remove_participants_keeping(
    session: Session, event: Event, participation_ids: Iterable[int]
) -> RemovedParticipants:
    """:func:`remove_participants`, returning everything removed with them for :func:`restore_participants`."""
    ids = [get_participation(session, event, pid).id for pid in participation_ids]
    people = session.scalars(select(Participation).where(Participation.id.in_(ids))).all()
    requests = session.scalars(
        select(MeetingRequest).where(MeetingRequest.requester_id.in_(ids) | MeetingRequest.invitee_id.in_(ids))
    ).all()
    meetings = session.scalars(select(Meeting).where(Meeting.request_id.in_([r.id for r in requests]))).all()
    meeting_ids = {m.id for m in meetings}
    feedback = session.scalars(
        select(MeetingFeedback).where(
            MeetingFeedback.meeting_id.in_(meeting_ids) | MeetingFeedback.participation_id.in_(ids)
        )
    ).all()
    unavailable = session.execute(
        select(participation_unavailable.c.participation_id, participation_unavailable.c.slot_id).where(
            participation_unavailable.c.participation_id.in_(ids)
        )
    ).all()
    links = [
        ("Meeting", m.id, "no_show_participation_id", m.no_show_participation_id)
        for m in session.scalars(select(Meeting).where(Meeting.no_show_participation_id.in_(ids)))
        if m.id not in meeting_ids
    ]
    imports = select(RequestFileImport).where(RequestFileImport.participation_id.in_(ids))
    links += [("RequestFileImport", f.id, "participation_id", f.participation_id) for f in session.scalars(imports)]
    removed = RemovedParticipants(
        tuple(ids),
        tuple((type(row).__name__, _values(row)) for group in (people, requests, meetings, feedback) for row in group),
        tuple((int(a), int(b)) for a, b in unavailable),
        tuple((kind, int(row_id), column, int(pid)) for kind, row_id, column, pid in links if pid is not None),
    )
    remove_participants(session, event, ids)
    return removed


def restore_participants(session: Session, event: Event, removed: RemovedParticipants) -> None:
    """Put removed participants back with their ids, delegates, availability, requests and meetings."""
    taken = session.scalars(select(Participation.id).where(Participation.id.in_(removed.participation_ids))).all()
    if taken:
        raise ValidationFailed("Those participants are back already (restored elsewhere?)")
    for kind, values in removed.rows:
        if kind == "Participation" and values["event_id"] != event.id:
            raise ValidationFailed(f"Participant {values['id']} belongs to another event")
        session.add(_RESTORED[kind](**values))
        session.flush()  # parents before children: the foreign keys need them
    if removed.unavailable:
        session.execute(
            insert(participation_unavailable),
            [{"participation_id": pid, "slot_id": slot} for pid, slot in removed.unavailable],
        )
    for kind, row_id, column, pid in removed.links:
        model = _RESTORED[kind]
        session.execute(update(model).where(model.id == row_id).values({column: pid}))
    session.flush()


def _check_delegates(delegates: int, where: str) -> None:
    if not 1 <= delegates <= MAX_DELEGATES:
        raise ValidationFailed(f"{where}: {delegates} is outside 1-{MAX_DELEGATES}")


def set_delegates(session: Session, event: Event, participation_id: int, delegates: int) -> int:
    """Set how many meetings a participant can hold at once; returns the previous value."""
    person = get_participation(session, event, participation_id)
    _check_delegates(delegates, f"Delegates of {person.organisation.name}")
    previous = person.delegates
    person.delegates = delegates
    session.flush()
    return previous


def unavailable_slot_ids(session: Session, event: Event) -> dict[int, set[int]]:
    """Participation id -> the ids of slots it cannot attend."""
    rows = session.execute(
        select(participation_unavailable.c.participation_id, participation_unavailable.c.slot_id)
        .join(Participation, Participation.id == participation_unavailable.c.participation_id)
        .where(Participation.event_id == event.id)
    ).all()
    result: dict[int, set[int]] = {}
    for pid, sid in rows:
        result.setdefault(pid, set()).add(sid)
    return result


def set_availability(
    session: Session, event: Event, cells: Iterable[tuple[int, int]], *, available: bool
) -> list[tuple[int, int]]:
    """Mark (participation id, slot id) cells available or unavailable.

    Returns the cells that actually changed, so an undo can flip exactly those back.
    Break slots and other events' rows are refused.
    """
    wanted = set(cells)
    if not wanted:
        return []
    people = set(session.scalars(select(Participation.id).where(Participation.event_id == event.id)))
    slots = {s.id: s.kind for s in session.scalars(select(Slot).where(Slot.event_id == event.id))}
    for pid, sid in wanted:
        if pid not in people:
            raise NotFound(f"No participant with id {pid} in '{event.name}'")
        if sid not in slots:
            raise NotFound(f"No slot with id {sid} in '{event.name}'")
        if slots[sid] != SlotKind.MEETING:
            raise ValidationFailed("Availability: breaks are not meeting slots")
    current = unavailable_slot_ids(session, event)
    if available:
        changed = sorted(c for c in wanted if c[1] in current.get(c[0], set()))
        for pid, sid in changed:
            session.execute(
                delete(participation_unavailable).where(
                    participation_unavailable.c.participation_id == pid, participation_unavailable.c.slot_id == sid
                )
            )
    else:
        changed = sorted(c for c in wanted if c[1] not in current.get(c[0], set()))
        if changed:
            session.execute(
                insert(participation_unavailable), [{"participation_id": p, "slot_id": s} for p, s in changed]
            )
    for pid in {c[0] for c in changed}:
        person = session.get(Participation, pid)
        if person is not None:
            session.expire(person, ["unavailable_slots"])
            person.updated_at = utcnow()  # a new version: availability is part of the participant's row
    session.flush()
    return changed


def set_checked_in(session: Session, event: Event, participation_ids: Iterable[int], checked_in: bool) -> list[int]:
    """Check participants in (with the time) or out; returns the ids whose state changed."""
    changed = []
    for pid in participation_ids:
        person = get_participation(session, event, pid)
        if person.checked_in == checked_in:
            continue
        person.checked_in = checked_in
        person.checked_in_at = utcnow() if checked_in else None
        changed.append(pid)
    session.flush()
    return changed
