"""Hand edits of a schedule: move a meeting (conflicts checked), lock it, mark no-shows.

A move is refused with :class:`MoveConflict` listing every reason; nothing is written.
Every move is recorded as a manual :class:`ScheduleRun` with the placement it replaced.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..errors import NotFound, ValidationFailed
from ..model import (
    Event,
    EventTable,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Participation,
    ScheduleRun,
    ScheduleRunKind,
    Slot,
    SlotKind,
    utcnow,
)


@dataclass(frozen=True)
class Conflict:
    """Why a meeting cannot go where it was dropped."""

    kind: str  # "double_booked", "table_taken", "unavailable", "fixed_table", "locked", "not_a_slot", ...
    message: str


class MoveConflict(ValidationFailed):
    """A move broke the schedule's rules; ``conflicts`` lists each one."""

    def __init__(self, conflicts: Sequence[Conflict]) -> None:
        super().__init__("Cannot move the meeting: " + "; ".join(c.message for c in conflicts))
        self.conflicts = tuple(conflicts)


@dataclass(frozen=True)
class Placement:
    """Where a meeting was and where it went (what an undo needs)."""

    meeting_id: int
    slot_before: int | None
    table_before: int | None
    slot_after: int | None
    table_after: int | None
    run_id: int | None = None


def get_meeting(session: Session, event: Event, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.event_id != event.id:
        raise NotFound(f"No meeting with id {meeting_id} in '{event.name}'")
    return meeting


def _names(meeting: Meeting) -> tuple[Participation, Participation]:
    return meeting.request.requester, meeting.request.invitee


def check_move(session: Session, event: Event, meeting: Meeting, slot_id: int, table_id: int) -> list[Conflict]:
    """Every rule the meeting would break at (slot, table); empty when the move is fine."""
    slot, table = session.get(Slot, slot_id), session.get(EventTable, table_id)
    if slot is None or slot.event_id != event.id or table is None or table.event_id != event.id:
        return [Conflict("not_a_slot", "that place is not part of this event")]
    conflicts = []
    when = f"{slot.starts_at:%a %H:%M}"
    if slot.kind != SlotKind.MEETING:
        conflicts.append(Conflict("not_a_slot", f"{when} is a break ({slot.label or 'break'})"))
    if not table.is_active:
        conflicts.append(Conflict("table_inactive", f"table {table.name} has been removed"))
    if meeting.locked:
        conflicts.append(Conflict("locked", "the meeting is locked; unlock it first"))
    if meeting.status != MeetingStatus.SCHEDULED:
        conflicts.append(Conflict("not_scheduled", f"the meeting is {meeting.status.value.replace('_', ' ')}"))
    others = session.scalars(
        select(Meeting)
        .join(MeetingRequest, Meeting.request_id == MeetingRequest.id)
        .where(
            Meeting.event_id == event.id,
            Meeting.slot_id == slot.id,
            Meeting.id != meeting.id,
            Meeting.status.in_([MeetingStatus.SCHEDULED, MeetingStatus.HELD]),
        )
    ).all()
    taken = next((m for m in others if m.table_id == table.id), None)
    if taken is not None:
        a, b = _names(taken)
        conflicts.append(
            Conflict(
                "table_taken", f"table {table.name} is taken at {when} by {a.organisation.name} – {b.organisation.name}"
            )
        )
    for person in _names(meeting):
        busy = [m for m in others if person.id in (m.request.requester_id, m.request.invitee_id)]
        if len(busy) >= person.delegates:
            partner = next(p for p in _names(busy[0]) if p.id != person.id)
            conflicts.append(
                Conflict(
                    "double_booked",
                    f"{person.organisation.name} already meets {partner.organisation.name} at {when}",
                )
            )
        if slot in person.unavailable_slots:
            conflicts.append(Conflict("unavailable", f"{person.organisation.name} is not available at {when}"))
        if person.fixed_table_id is not None and person.fixed_table_id != table.id and person.fixed_table:
            conflicts.append(
                Conflict("fixed_table", f"{person.organisation.name} always meets at table {person.fixed_table.name}")
            )
    return conflicts


#: The undo record format of schedule runs (core.scheduling.event_bridge.SNAPSHOT_FORMAT), so that
#: "undo the last run" also undoes a hand move.
UNDO_FORMAT = 1


def _record(session: Session, event: Event, meeting: Meeting, placement: Placement, what: str) -> ScheduleRun:
    run = ScheduleRun(
        event_id=event.id,
        kind=ScheduleRunKind.MANUAL,
        finished_at=utcnow(),
        status="done",
        stats={"action": what, "meetings": 1},
        previous={
            "format": UNDO_FORMAT,
            "meetings": [
                {
                    "request": meeting.request_id, "meeting": meeting.id, "slot": placement.slot_before,
                    "table": placement.table_before, "status": meeting.status.value, "created": False,
                }
            ],
        },
    )  # fmt: skip
    session.add(run)
    return run


def move_meeting(
    session: Session, event: Event, meeting_id: int, slot_id: int, table_id: int, *, check: bool = True
) -> Placement:
    """Move a scheduled meeting to (slot, table); raises MoveConflict when that breaks a rule.

    ``check=False`` is only for undoing a move (putting a meeting back where it was).
    """
    meeting = get_meeting(session, event, meeting_id)
    if check:
        conflicts = check_move(session, event, meeting, slot_id, table_id)
        if conflicts:
            raise MoveConflict(conflicts)
    before = (meeting.slot_id, meeting.table_id)
    meeting.slot_id, meeting.table_id = slot_id, table_id
    meeting.ics_sequence += 1
    placement = Placement(meeting.id, before[0], before[1], slot_id, table_id)
    run = _record(session, event, meeting, placement, "move")
    session.flush()
    session.expire(meeting, ["slot", "table"])
    return replace(placement, run_id=run.id)


def unplace_meeting(session: Session, event: Event, meeting_id: int) -> Placement:
    """Take a meeting out of the schedule (it stays accepted, for the next run to place)."""
    meeting = get_meeting(session, event, meeting_id)
    if meeting.locked:
        raise ValidationFailed("The meeting is locked; unlock it first")
    placement = Placement(meeting.id, meeting.slot_id, meeting.table_id, None, None)
    meeting.slot_id = meeting.table_id = None
    meeting.ics_sequence += 1
    run = _record(session, event, meeting, placement, "unplace")
    session.flush()
    return replace(placement, run_id=run.id)


def undo_placement(session: Session, event: Event, placement: Placement) -> None:
    """Put a meeting back where :func:`move_meeting` or :func:`unplace_meeting` found it."""
    meeting = get_meeting(session, event, placement.meeting_id)
    meeting.slot_id, meeting.table_id = placement.slot_before, placement.table_before
    meeting.ics_sequence += 1
    if placement.run_id is not None:
        run = session.get(ScheduleRun, placement.run_id)
        if run is not None:
            run.undone = True
    session.flush()
    session.expire(meeting, ["slot", "table"])


def set_locked(session: Session, event: Event, meeting_ids: Iterable[int], locked: bool) -> list[int]:
    """Lock meetings (runs and repairs keep them where they are) or unlock them; returns those changed."""
    changed = []
    for mid in meeting_ids:
        meeting = get_meeting(session, event, mid)
        if meeting.locked != locked:
            if locked and meeting.slot_id is None:
                raise ValidationFailed("Only a placed meeting can be locked")
            meeting.locked = locked
            changed.append(mid)
    session.flush()
    return changed


# --------------------------------------------------------------------------- the event day


@dataclass(frozen=True)
class StatusMark:
    """A meeting's status before a no-show or held mark (for undo)."""

    meeting_id: int
    status: MeetingStatus
    no_show_id: int | None


def mark_meeting(
    session: Session, event: Event, meeting_id: int, status: MeetingStatus, *, no_show_id: int | None = None
) -> StatusMark:
    """Mark a placed meeting held, a no-show (of ``no_show_id``, or of both when None), or scheduled again."""
    meeting = get_meeting(session, event, meeting_id)
    if status == MeetingStatus.CANCELLED:
        raise ValidationFailed("Cancel the meeting request instead; it cancels the meeting")
    if meeting.slot_id is None:
        raise ValidationFailed("The meeting is not in the schedule")
    if no_show_id is not None and no_show_id not in (meeting.request.requester_id, meeting.request.invitee_id):
        raise ValidationFailed("The no-show must be one of the meeting's two participants")
    mark = StatusMark(meeting.id, meeting.status, meeting.no_show_participation_id)
    meeting.status = status
    meeting.no_show_participation_id = no_show_id if status == MeetingStatus.NO_SHOW else None
    session.flush()
    return mark


def mark_participant_no_show(
    session: Session, event: Event, participation_id: int, *, from_slot_id: int | None = None
) -> list[StatusMark]:
    """A participant did not come (from a slot on, or at all).

    Its meeting in ``from_slot_id`` becomes a no-show; its later scheduled meetings are
    cancelled, so a repair can give the partners' time to other meetings. Without a slot,
    every scheduled meeting becomes a no-show. Returns the marks for undo.
    """
    person = session.get(Participation, participation_id)
    if person is None or person.event_id != event.id:
        raise NotFound(f"No participant with id {participation_id} in '{event.name}'")
    start = session.get(Slot, from_slot_id) if from_slot_id else None
    if from_slot_id and (start is None or start.event_id != event.id):
        raise NotFound(f"No slot with id {from_slot_id} in '{event.name}'")
    query = (
        select(Meeting)
        .join(MeetingRequest, Meeting.request_id == MeetingRequest.id)
        .join(Slot, Meeting.slot_id == Slot.id)
        .where(
            Meeting.event_id == event.id, Meeting.status == MeetingStatus.SCHEDULED,
            or_(MeetingRequest.requester_id == person.id, MeetingRequest.invitee_id == person.id),
        )
    )  # fmt: skip
    if start is not None:
        query = query.where(Slot.starts_at >= start.starts_at)
    marks = []
    for meeting, starts_at in session.execute(query.add_columns(Slot.starts_at).order_by(Slot.starts_at)).all():
        marks.append(StatusMark(meeting.id, meeting.status, meeting.no_show_participation_id))
        later = start is not None and starts_at > start.starts_at
        meeting.status = MeetingStatus.CANCELLED if later else MeetingStatus.NO_SHOW
        meeting.no_show_participation_id = person.id
        meeting.ics_sequence += 1
    session.flush()
    return marks


def revert_marks(session: Session, event: Event, marks: Sequence[StatusMark]) -> None:
    """Undo :func:`mark_meeting` or :func:`mark_participant_no_show`."""
    for mark in reversed(marks):
        meeting = get_meeting(session, event, mark.meeting_id)
        meeting.status, meeting.no_show_participation_id = mark.status, mark.no_show_id
    session.flush()
