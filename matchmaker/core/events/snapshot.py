"""A read-only picture of one event (plain frozen dataclasses, safe to hand across threads).

The UI loads it on a worker thread and builds its item models from it; the
statistics are computed from it too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from ..model import (
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Participation,
    Priority,
    RequestSource,
    RequestStatus,
    ScheduleRun,
    ScheduleRunKind,
    SlotKind,
)
from .participants import unavailable_slot_ids
from .setup import get_event

#: Meetings that occupy their slot and table.
ACTIVE_MEETING = frozenset({MeetingStatus.SCHEDULED, MeetingStatus.HELD})


@dataclass(frozen=True)
class SlotInfo:
    id: int
    starts_at: datetime
    ends_at: datetime
    kind: SlotKind
    label: str
    session_code: str
    session_name: str
    #: Position among the meeting slots (0-based), None for breaks.
    index: int | None

    @property
    def title(self) -> str:
        return f"{self.starts_at:%a %d %b %H:%M}–{self.ends_at:%H:%M}"


@dataclass(frozen=True)
class TableInfo:
    id: int
    name: str
    is_active: bool


@dataclass(frozen=True)
class ParticipantInfo:
    id: int
    organisation_id: int
    name: str
    country: str
    city: str
    delegates: int
    fixed_table_id: int | None
    checked_in: bool
    unavailable: frozenset[int]


@dataclass(frozen=True)
class RequestInfo:
    id: int
    requester_id: int
    invitee_id: int
    priority: Priority
    status: RequestStatus
    source: RequestSource
    message: str
    reasons: tuple[str, ...]
    meeting_id: int | None


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    request_id: int
    participants: tuple[int, int]
    slot_id: int | None
    table_id: int | None
    locked: bool
    status: MeetingStatus
    priority: Priority
    no_show_id: int | None

    @property
    def is_placed(self) -> bool:
        return self.slot_id is not None and self.status in ACTIVE_MEETING


@dataclass(frozen=True)
class RunInfo:
    """The latest schedule run that has not been undone."""

    id: int
    kind: ScheduleRunKind
    status: str
    finished_at: datetime | None
    stats: dict[str, Any]

    def unscheduled_reason(self, request_id: int) -> str:
        """Why the run left an accepted request out (the scheduler's diagnostics), or ''."""
        reasons = self.stats.get("unscheduled", {})
        return str(reasons.get(f"m{request_id}", "")) if isinstance(reasons, dict) else ""


@dataclass(frozen=True)
class EventSnapshot:
    id: int
    name: str
    timezone: str
    starts_on: date | None
    ends_on: date | None
    meeting_minutes: int
    venue: str
    city: str
    country: str
    slots: tuple[SlotInfo, ...]
    tables: tuple[TableInfo, ...]
    participants: tuple[ParticipantInfo, ...]
    requests: tuple[RequestInfo, ...]
    meetings: tuple[MeetingInfo, ...]
    sessions: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    last_run: RunInfo | None = None
    #: The version of every row shown, ``{(table, id): version}``: actions on the snapshot are refused
    #: with a conflict if someone else saved one of the rows they change since (``matchmaker.db.seen``).
    versions: dict[tuple[str, int], int] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def meeting_slots(self) -> tuple[SlotInfo, ...]:
        return tuple(s for s in self.slots if s.kind == SlotKind.MEETING)

    @cached_property
    def active_tables(self) -> tuple[TableInfo, ...]:
        return tuple(t for t in self.tables if t.is_active)

    @cached_property
    def participant_by_id(self) -> dict[int, ParticipantInfo]:
        return {p.id: p for p in self.participants}

    @cached_property
    def slot_by_id(self) -> dict[int, SlotInfo]:
        return {s.id: s for s in self.slots}

    @cached_property
    def table_by_id(self) -> dict[int, TableInfo]:
        return {t.id: t for t in self.tables}

    @cached_property
    def meeting_by_id(self) -> dict[int, MeetingInfo]:
        return {m.id: m for m in self.meetings}

    @cached_property
    def placed(self) -> dict[tuple[int, int], MeetingInfo]:
        """(slot id, table id) -> the active meeting there."""
        return {(m.slot_id, m.table_id): m for m in self.meetings if m.is_placed and m.table_id is not None}  # type: ignore[misc]

    def meetings_of(self, participation_id: int) -> list[MeetingInfo]:
        """The participant's placed meetings in slot order."""
        order = {s.id: i for i, s in enumerate(self.slots)}
        mine = [m for m in self.meetings if m.is_placed and participation_id in m.participants]
        return sorted(mine, key=lambda m: order.get(m.slot_id or 0, 0))

    def unplaced_accepted(self) -> list[RequestInfo]:
        """Accepted requests without a placed meeting."""
        placed = {m.request_id for m in self.meetings if m.is_placed}
        return [r for r in self.requests if r.status == RequestStatus.ACCEPTED and r.id not in placed]

    def partner_name(self, meeting: MeetingInfo, participation_id: int) -> str:
        a, b = meeting.participants
        other = b if a == participation_id else a
        return self.participant_by_id[other].name


def load_snapshot(session: Session, event_id: int) -> EventSnapshot:
    """Read everything the Event and Schedule pages show about one event, in a few queries."""
    event = get_event(session, event_id)
    session.refresh(event)
    order = {b.id: b for b in event.sessions}
    slots = []
    index = 0
    for slot in sorted(event.slots, key=lambda s: (s.starts_at, s.kind != SlotKind.MEETING)):
        block = order.get(slot.session_id or 0)
        slots.append(
            SlotInfo(
                slot.id, slot.starts_at, slot.ends_at, slot.kind, slot.label, block.code if block else "",
                block.name if block else "", index if slot.kind == SlotKind.MEETING else None,
            )
        )  # fmt: skip
        index += slot.kind == SlotKind.MEETING
    tables = tuple(TableInfo(t.id, t.name, t.is_active) for t in event.tables)
    unavailable = unavailable_slot_ids(session, event)
    people = session.scalars(
        select(Participation).where(Participation.event_id == event.id).options(joinedload(Participation.organisation))
    ).all()
    participants = tuple(
        sorted(
            (
                ParticipantInfo(
                    p.id,
                    p.organisation_id,
                    p.organisation.name,
                    p.organisation.country,
                    p.organisation.city or "",
                    p.delegates,
                    p.fixed_table_id,
                    p.checked_in,
                    frozenset(unavailable.get(p.id, ())),
                )
                for p in people
            ),
            key=lambda p: p.name.casefold(),
        )
    )
    requests = session.scalars(
        select(MeetingRequest).where(MeetingRequest.event_id == event.id).options(selectinload(MeetingRequest.meeting))
    ).all()
    request_infos = tuple(
        RequestInfo(
            r.id,
            r.requester_id,
            r.invitee_id,
            r.priority,
            r.status,
            r.source,
            r.message,
            tuple(r.reasons or ()),
            r.meeting.id if r.meeting else None,
        )
        for r in sorted(requests, key=lambda r: r.id)
    )
    by_request = {r.id: r for r in requests}
    meetings = session.scalars(select(Meeting).where(Meeting.event_id == event.id).order_by(Meeting.id)).all()
    meeting_infos = tuple(
        MeetingInfo(
            m.id,
            m.request_id,
            (by_request[m.request_id].requester_id, by_request[m.request_id].invitee_id),
            m.slot_id,
            m.table_id,
            m.locked,
            m.status,
            by_request[m.request_id].priority,
            m.no_show_participation_id,
        )
        for m in meetings
    )
    run = session.scalars(
        select(ScheduleRun)
        .where(ScheduleRun.event_id == event.id, ScheduleRun.undone.is_(False))
        .order_by(ScheduleRun.id.desc())
        .limit(1)
    ).first()
    last_run = RunInfo(run.id, run.kind, run.status, run.finished_at, dict(run.stats or {})) if run else None
    return EventSnapshot(
        event.id, event.name, event.timezone, event.starts_on, event.ends_on, event.meeting_minutes, event.venue,
        event.city or "", event.country or "", tuple(slots), tables, participants, request_infos, meeting_infos,
        tuple((b.code, b.name) for b in event.sessions), last_run,
        _versions((event, *event.sessions, *event.slots, *event.tables, *people, *requests, *meetings)),
    )  # fmt: skip


def _versions(rows: tuple[Any, ...]) -> dict[tuple[str, int], int]:
    return {(row.__tablename__, int(row.id)): int(row.version) for row in rows}


def list_events(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every event, newest first."""
    return [(e.id, e.name) for e in session.scalars(select(Event).order_by(Event.starts_on.desc(), Event.id.desc()))]
