"""From an event in the database to a scheduling problem, and a solution back into Meeting rows.

- Accepted requests become meetings (weight: :attr:`Priority.weight`); participants bring their
  delegates, unavailable slots and active fixed table; break slots and inactive tables are left out.
- Locked meetings, and held or no-show ones, keep their slot and table.
- In a repair with ``now``, slots that have started are past: they and their meetings are left
  out of the problem and untouched.
- :func:`save_solution` refuses (:class:`~.stale.ScheduleChanged`) if a request or meeting changed
  since the problem was read (a colleague's hand move is never overwritten); else it writes Meeting
  rows and a :class:`ScheduleRun` holding what it replaced, raising ``Meeting.ics_sequence`` on
  every change of slot, table or status;
  :func:`undo_last_run` puts the replaced assignment back.

Qt-free and database-agnostic: functions take a Session; the caller owns the transaction, the
scheduler lock and the backup (see :mod:`matchmaker.db.scheduling`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import NotFound, ValidationFailed
from ..model import (
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Participation,
    RequestStatus,
    ScheduleRun,
    ScheduleRunKind,
    SlotKind,
    utcnow,
)
from .changes import MeetingChange, changes_by_participant, meeting_changes
from .problem import (
    Assignment,
    ProblemMeeting,
    ProblemParticipant,
    ProblemSlot,
    ScheduleProblem,
    ScheduleSolution,
)
from .stale import check_unchanged

SNAPSHOT_FORMAT = 1
_FIXED_STATUSES = (MeetingStatus.HELD, MeetingStatus.NO_SHOW)


@dataclass(frozen=True)
class EventProblem:
    """A problem built from an event, with the database ids behind its string ids."""

    problem: ScheduleProblem
    event_id: int
    request_ids: dict[str, int]  # problem meeting id -> MeetingRequest.id
    slot_ids: dict[str, int]  # problem slot id -> Slot.id
    table_ids: dict[str, int]  # table name -> EventTable.id
    participation_ids: dict[str, int]  # problem participant id -> Participation.id
    current: dict[str, Assignment]  # where the problem's meetings are now (for repairs and reports)
    left_out: dict[str, str] = field(default_factory=dict)  # request id (str) -> why it is not in the problem
    slot_labels: dict[str, str] = field(default_factory=dict)
    #: Read-time versions (optimistic locking): accepted request id -> its version, and -> its meeting's
    #: version (None: it had no meeting). :func:`save_solution` refuses if any of them moved on.
    request_versions: dict[int, int] = field(default_factory=dict)
    meeting_versions: dict[int, int | None] = field(default_factory=dict)


@dataclass(frozen=True)
class SaveReport:
    run_id: int
    changes: list[MeetingChange]
    cancelled: list[int]  # meeting ids set to cancelled because their request is no longer accepted

    @property
    def changed(self) -> int:
        return len(self.changes) + len(self.cancelled)


def event_problem(
    session: Session, event: Event, *, now: datetime | None = None, fairness: int | None = None
) -> EventProblem:
    """The scheduling problem of ``event``; ``now`` (naive, event-local) makes started slots past."""
    tables = [t for t in event.tables if t.is_active]
    all_slots = sorted((s for s in event.slots if s.kind == SlotKind.MEETING), key=lambda s: (s.starts_at, s.id))
    open_slots = [s for s in all_slots if now is None or s.starts_at >= now]
    if not all_slots:
        raise ValidationFailed(f"Event '{event.name}' has no meeting slots; add sessions and slots first")
    if not open_slots:
        raise ValidationFailed(f"All meeting slots of '{event.name}' have started; there is nothing left to schedule")
    if not tables:
        raise ValidationFailed(f"Event '{event.name}' has no active tables")
    slot_key = {s.id: f"s{s.id}" for s in open_slots}
    slots = tuple(
        ProblemSlot(slot_key[s.id], s.starts_at, s.ends_at, s.session.code if s.session is not None else "")
        for s in open_slots
    )
    table_name = {t.id: t.name for t in tables}
    all_names = {t.id: t.name for t in event.tables}
    participations = session.scalars(
        select(Participation)
        .where(Participation.event_id == event.id)
        .options(selectinload(Participation.organisation), selectinload(Participation.unavailable_slots))
        .order_by(Participation.id)
    ).all()
    people = {}
    for p in participations:
        people[p.id] = ProblemParticipant(
            f"p{p.id}",
            p.organisation.name,
            max(1, p.delegates),
            frozenset(slot_key[s.id] for s in p.unavailable_slots if s.id in slot_key),
            table_name.get(p.fixed_table_id) if p.fixed_table_id is not None else None,
        )
    requests = session.scalars(
        select(MeetingRequest)
        .where(MeetingRequest.event_id == event.id, MeetingRequest.status == RequestStatus.ACCEPTED)
        .options(selectinload(MeetingRequest.meeting))
        .order_by(MeetingRequest.id)
    ).all()
    meetings, current, left_out = [], {}, {}
    request_versions = {r.id: r.version for r in requests}
    meeting_versions = {r.id: r.meeting.version if r.meeting is not None else None for r in requests}
    for request in requests:
        mid = f"m{request.id}"
        row = request.meeting
        if request.requester_id == request.invitee_id:
            left_out[str(request.id)] = "a request to meet oneself"
            continue
        if row is not None and row.status == MeetingStatus.CANCELLED:
            left_out[str(request.id)] = "its meeting was cancelled"
            continue
        placed = row is not None and row.slot_id in slot_key and row.table_id in table_name
        if row is not None and row.slot_id is not None and row.slot_id not in slot_key and now is not None:
            started = next((s for s in all_slots if s.id == row.slot_id), None)
            if started is not None and started.starts_at < now:
                left_out[str(request.id)] = "its slot has started"
                continue
        if row is not None and row.status in _FIXED_STATUSES and not placed:
            left_out[str(request.id)] = f"it is marked {row.status.value}"
            continue
        fixed = row is not None and placed and (row.locked or row.status in _FIXED_STATUSES)
        if placed and row is not None:
            current[mid] = Assignment(mid, slot_key[row.slot_id], table_name[row.table_id])  # type: ignore[index]
        elif row is not None and row.slot_id is not None and row.status == MeetingStatus.SCHEDULED:
            # Its slot or table is gone (a removed slot or table): it must move, and reports say from where.
            gone = all_names.get(row.table_id, "?") if row.table_id is not None else "?"
            current[mid] = Assignment(mid, f"s{row.slot_id}", gone)
        meetings.append(
            ProblemMeeting(
                mid,
                (f"p{request.requester_id}", f"p{request.invitee_id}"),
                request.priority.weight,
                fixed_slot=current[mid].slot if fixed else None,
                fixed_table=current[mid].table if fixed else None,
                locked=fixed,
            )
        )
    settings = event.settings.get("scheduler", {}) if isinstance(event.settings, dict) else {}
    if fairness is None and isinstance(settings, dict) and isinstance(settings.get("fairness"), int):
        fairness = settings["fairness"]
    problem = ScheduleProblem(
        slots, tuple(t.name for t in tables), tuple(people.values()), tuple(meetings), fairness, False
    )
    labels = {f"s{s.id}": f"{s.starts_at:%a %H:%M}" for s in event.slots}
    return EventProblem(
        problem,
        event.id,
        {m.id: int(m.id[1:]) for m in meetings},
        {slot_key[s.id]: s.id for s in open_slots},
        {t.name: t.id for t in tables},
        {f"p{pid}": pid for pid in people},
        current,
        left_out,
        labels,
        request_versions,
        meeting_versions,
    )


def refresh_versions(session: Session, built: EventProblem) -> EventProblem:
    """``built`` with the versions of its requests and meetings as stored now (after our own undo, say)."""
    ids = list(built.request_versions)
    requests = {r.id: r.version for r in session.scalars(select(MeetingRequest).where(MeetingRequest.id.in_(ids)))}
    rows = session.scalars(select(Meeting).where(Meeting.request_id.in_(ids)))
    meetings: dict[int, int | None] = dict.fromkeys(ids)
    meetings.update({m.request_id: m.version for m in rows})
    return replace(built, request_versions=requests, meeting_versions=meetings)


def save_solution(
    session: Session,
    built: EventProblem,
    solution: ScheduleSolution,
    *,
    kind: ScheduleRunKind = ScheduleRunKind.SOLVE,
    started_at: datetime | None = None,
) -> SaveReport:
    """Write ``solution`` into the event's Meeting rows and record a ScheduleRun for undo (no commit)."""
    if solution.status in ("infeasible", "unknown") and not solution.assignments:
        raise ValidationFailed(f"The scheduler found no schedule ({solution.status}); nothing was saved")
    event_id = built.event_id
    # FOR UPDATE (PostgreSQL; SQLite holds the write lock already): nobody moves a meeting between
    # the check below and the commit; their save waits, then gets a conflict.
    meetings = select(Meeting).where(Meeting.event_id == event_id).with_for_update()
    rows = {m.request_id: m for m in session.scalars(meetings.execution_options(populate_existing=True)).all()}
    check_unchanged(session, built, rows)
    snapshot: list[dict[str, Any]] = []
    new_place = solution.by_meeting()
    for mid, request_id in built.request_ids.items():
        row = rows.get(request_id)
        target = new_place.get(mid)
        slot_id = built.slot_ids[target.slot] if target else None
        table_id = built.table_ids[target.table] if target else None
        if row is None:
            if target is None:
                continue
            row = Meeting(event_id=event_id, request_id=request_id, slot_id=slot_id, table_id=table_id)
            session.add(row)
            snapshot.append({"request": request_id, "created": True})
            continue
        if (row.slot_id, row.table_id, row.status) == (slot_id, table_id, MeetingStatus.SCHEDULED):
            continue
        if row.status in _FIXED_STATUSES:
            continue  # held and no-show meetings are history
        snapshot.append(_snapshot(row))
        row.slot_id, row.table_id, row.status = slot_id, table_id, MeetingStatus.SCHEDULED
        row.ics_sequence += 1
    cancelled = []
    accepted = set(built.request_ids.values())
    left_out_ids = {int(key) for key in built.left_out}
    for request_id, row in rows.items():
        if request_id in accepted or request_id in left_out_ids or row.status != MeetingStatus.SCHEDULED:
            continue
        request = session.get(MeetingRequest, request_id)
        if request is not None and request.status != RequestStatus.ACCEPTED:
            snapshot.append(_snapshot(row))
            row.status = MeetingStatus.CANCELLED
            row.ics_sequence += 1
            cancelled.append(row.id)
    _note_result(snapshot, rows, session)
    changes = meeting_changes(built.problem, built.current, new_place)
    stats = {
        "status": solution.status,
        "weight": solution.weight,
        "weight_bound": solution.weight_bound,
        "breaks": solution.breaks,
        "breaks_bound": solution.breaks_bound,
        "seconds": round(solution.seconds, 3),
        "first_solution_seconds": solution.first_solution_seconds,
        "meetings": len(built.problem.meetings),
        "placed": solution.placed,
        "unscheduled": {u.meeting: u.reason for u in solution.unscheduled},
        "moved": solution.moved,
        "changed": len(changes) + len(cancelled),
    }
    run = ScheduleRun(
        event_id=event_id,
        kind=kind,
        started_at=started_at or utcnow(),
        finished_at=utcnow(),
        status=solution.status,
        stats=stats,
        previous={"format": SNAPSHOT_FORMAT, "meetings": snapshot},
    )
    session.add(run)
    session.flush()
    return SaveReport(run.id, changes, cancelled)


def _note_result(snapshot: list[dict[str, Any]], rows: Mapping[int, Meeting], session: Session) -> None:
    """Write where the run put each meeting into its undo record, so an undo can tell later changes apart."""
    placed = {m.request_id: m for m in session.new if isinstance(m, Meeting)}
    for item in snapshot:
        row = rows.get(item["request"]) or placed.get(item["request"])
        if row is not None:
            item["after"] = [row.slot_id, row.table_id, (row.status or MeetingStatus.SCHEDULED).value]


def _changed_since_run(previous: list[dict[str, Any]], rows: Mapping[int, Meeting]) -> list[str]:
    """Meetings someone moved, marked or removed after the run (an undo would overwrite them)."""
    changed = []
    for item in previous:
        after = item.get("after")
        if not isinstance(after, list):
            continue  # a hand-move record, or one from before this check
        row = rows.get(item["request"])
        if row is None or [row.slot_id, row.table_id, row.status.value] != after:
            changed.append(f"meeting #{row.id if row is not None else item.get('meeting', '?')}")
    return changed


def _snapshot(row: Meeting) -> dict[str, Any]:
    return {
        "request": row.request_id,
        "meeting": row.id,
        "slot": row.slot_id,
        "table": row.table_id,
        "status": row.status.value,
        "locked": row.locked,
        "created": False,
    }


def record_manual_change(
    session: Session, event_id: int, meetings: Sequence[Meeting], *, note: str = ""
) -> ScheduleRun:
    """Record a hand-made change (drag and drop, lock, table swap) so :func:`undo_last_run` can revert it.

    Call it *before* changing ``meetings``; then change them and raise their ``ics_sequence``.
    """
    snapshot = [_snapshot(row) for row in meetings]
    run = ScheduleRun(
        event_id=event_id,
        kind=ScheduleRunKind.MANUAL,
        finished_at=utcnow(),
        status="manual",
        stats={"note": note, "changed": len(snapshot)},
        previous={"format": SNAPSHOT_FORMAT, "meetings": snapshot},
    )
    session.add(run)
    session.flush()
    return run


def last_run(session: Session, event_id: int) -> ScheduleRun | None:
    """The latest schedule run of the event that has not been undone."""
    return session.scalars(
        select(ScheduleRun)
        .where(ScheduleRun.event_id == event_id, ScheduleRun.undone.is_(False))
        .order_by(ScheduleRun.id.desc())
        .limit(1)
    ).first()


def undo_last_run(session: Session, event_id: int, run_id: int | None = None) -> ScheduleRun:
    """Put back what the latest run replaced (raising ics_sequence of every meeting it touches).

    With ``run_id``, only if that run is still the latest (an undo never reverts a colleague's later
    change instead); a scheduler run is refused if meetings were changed after it.
    """
    run = last_run(session, event_id)
    if run is None:
        raise NotFound("There is no schedule run to undo for this event")
    if run_id is not None and run.id != run_id:
        raise ValidationFailed(
            "The schedule was changed after this run (by someone else, or by a step that is no longer "
            "on your undo list); nothing was undone.",
            hint="Look at the schedule first; move meetings by hand or run the scheduler again.",
        )
    previous = run.previous if isinstance(run.previous, dict) else {}
    if previous.get("format") != SNAPSHOT_FORMAT or not isinstance(previous.get("meetings"), list):
        raise ValidationFailed(f"Schedule run {run.id} has no undo record")
    meetings = select(Meeting).where(Meeting.event_id == event_id).with_for_update()
    rows = {m.request_id: m for m in session.scalars(meetings.execution_options(populate_existing=True)).all()}
    changed = _changed_since_run(previous["meetings"], rows)
    if changed:
        raise ValidationFailed(
            f"{len(changed)} meeting(s) were changed after this schedule run ({', '.join(changed[:5])}), "
            "so undoing it would overwrite those changes; nothing was undone.",
            hint="Move those meetings back by hand, or run the scheduler again.",
        )
    for item in previous["meetings"]:
        row = rows.get(item["request"])
        if row is None:
            continue
        if item.get("created"):
            session.delete(row)
            continue
        status = MeetingStatus(item["status"])
        if (row.slot_id, row.table_id, row.status) != (item["slot"], item["table"], status):
            row.slot_id, row.table_id, row.status = item["slot"], item["table"], status
            row.ics_sequence += 1
        if isinstance(item.get("locked"), bool):
            row.locked = item["locked"]
    run.undone = True
    session.flush()
    return run


def participant_report(built: EventProblem, changes: list[MeetingChange]) -> dict[str, list[str]]:
    """Readable changes per participant name."""
    return {group.label: group.lines(built.slot_labels) for group in changes_by_participant(built.problem, changes)}


def current_assignment(built: EventProblem) -> Mapping[str, Assignment]:
    return built.current
