"""The scheduling problem and its solution as plain, immutable data (no solver, no database).

Definitions used everywhere in the scheduler (and checked by the tests' independent checker):

- Slots are in time order. A participant holds at most ``delegates`` meetings per slot.
- One meeting per table per slot. A table that is some participant's fixed table (its stand) only
  hosts meetings of that participant. A meeting with a participant that has a fixed table is held
  at that table (or at the partner's fixed table); when such a participant has more than one
  delegate, the extra delegates may also meet at the shared tables.
- A meeting listed in another's ``after`` must be placed in an earlier slot; a meeting is only
  placed when every meeting it comes after is placed before it.
- **Breaks** are counted per session: within one session, each idle stretch between two meetings
  of a participant is one break (two consecutive meetings not in adjacent slots). The pause
  between sessions (lunch, the night) is the organiser's and never counts as a break. Slots
  without a session form one session together.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

PROBLEM_FORMAT = "matchmaker-schedule-problem/1"
SOLUTION_FORMAT = "matchmaker-schedule-solution/1"
STATUSES = ("optimal", "feasible", "infeasible", "unknown")


@dataclass(frozen=True)
class ProblemSlot:
    """A meeting slot; ``session`` is '' when the problem has no sessions."""

    id: str
    start: datetime | None = None
    end: datetime | None = None
    session: str = ""


@dataclass(frozen=True)
class ProblemParticipant:
    """A participant: how many meetings it can hold at once, when it is away, its fixed table."""

    id: str
    name: str = ""
    delegates: int = 1
    unavailable: frozenset[str] = frozenset()
    table: str | None = None

    @property
    def label(self) -> str:
        return self.name or self.id


@dataclass(frozen=True)
class ProblemMeeting:
    """A meeting to place. ``locked`` meetings must be placed at ``fixed_slot`` (and ``fixed_table``)."""

    id: str
    participants: tuple[str, ...]
    priority: int = 1
    sessions: frozenset[str] | None = None
    fixed_slot: str | None = None
    after: tuple[str, ...] = ()
    fixed_table: str | None = None
    locked: bool = False


@dataclass(frozen=True)
class ScheduleProblem:
    """Slots in time order, tables, participants and the meetings to place."""

    slots: tuple[ProblemSlot, ...]
    tables: tuple[str, ...]
    participants: tuple[ProblemParticipant, ...]
    meetings: tuple[ProblemMeeting, ...]
    fairness: int | None = None
    tables_numbered: bool = False  # ``tables`` was a count: names are "1", "2", ...

    @cached_property
    def slot_index(self) -> dict[str, int]:
        return {slot.id: index for index, slot in enumerate(self.slots)}

    @cached_property
    def session_ranges(self) -> dict[str, range]:
        """Each session's slot indexes (sessions are consecutive in time order)."""
        spans: dict[str, list[int]] = {}
        for index, slot in enumerate(self.slots):
            spans.setdefault(slot.session, []).append(index)
        return {session: range(indexes[0], indexes[-1] + 1) for session, indexes in spans.items()}

    @cached_property
    def participant_by_id(self) -> dict[str, ProblemParticipant]:
        return {p.id: p for p in self.participants}

    @cached_property
    def meeting_by_id(self) -> dict[str, ProblemMeeting]:
        return {m.id: m for m in self.meetings}

    @cached_property
    def reserved_tables(self) -> dict[str, frozenset[str]]:
        """Fixed tables and the participants they belong to."""
        owners: dict[str, set[str]] = {}
        for p in self.participants:
            if p.table is not None:
                owners.setdefault(p.table, set()).add(p.id)
        return {table: frozenset(ids) for table, ids in owners.items()}

    @cached_property
    def shared_tables(self) -> tuple[str, ...]:
        """Tables nobody owns."""
        return tuple(t for t in self.tables if t not in self.reserved_tables)

    @cached_property
    def _meetings_by_participant(self) -> dict[str, list[ProblemMeeting]]:
        index: dict[str, list[ProblemMeeting]] = {p.id: [] for p in self.participants}
        for m in self.meetings:
            for pid in m.participants:
                index[pid].append(m)
        return index

    def meetings_of(self, participant: str) -> list[ProblemMeeting]:
        return self._meetings_by_participant.get(participant, [])

    @cached_property
    def _allowed(self) -> dict[str, list[int]]:
        return {m.id: self._compute_allowed(m) for m in self.meetings}

    def allowed_slots(self, meeting: ProblemMeeting) -> list[int]:
        """Indexes of the slots a meeting may take: sessions, fixed slot and availability."""
        cached = self._allowed.get(meeting.id)
        if cached is not None and self.meeting_by_id.get(meeting.id) is meeting:
            return list(cached)
        return self._compute_allowed(meeting)

    def _compute_allowed(self, meeting: ProblemMeeting) -> list[int]:
        away: set[str] = set()
        for pid in meeting.participants:
            away |= self.participant_by_id[pid].unavailable
        result = []
        for index, slot in enumerate(self.slots):
            if meeting.fixed_slot is not None and slot.id != meeting.fixed_slot:
                continue
            if meeting.sessions is not None and slot.session not in meeting.sessions:
                continue
            if slot.id in away and not meeting.locked:
                continue
            result.append(index)
        return result

    def table_options(self, meeting: ProblemMeeting) -> tuple[tuple[str, ...], bool]:
        """The specific tables a meeting may use, and whether it may use the shared tables instead."""
        if meeting.fixed_table is not None:
            return (meeting.fixed_table,), False
        owned: list[str] = []
        shared = True
        for pid in meeting.participants:
            participant = self.participant_by_id[pid]
            if participant.table is not None:
                owned.append(participant.table)
                if participant.delegates <= 1:
                    shared = False
        if not owned:
            return (), True
        return tuple(dict.fromkeys(owned)), shared

    def total_weight(self) -> int:
        return sum(m.priority for m in self.meetings)


@dataclass(frozen=True)
class Assignment:
    meeting: str
    slot: str
    table: str


@dataclass(frozen=True)
class Unscheduled:
    meeting: str
    reason: str


@dataclass(frozen=True)
class ScheduleSolution:
    """The result of a solve: where each placed meeting went, what could not be placed and why."""

    status: str
    assignments: tuple[Assignment, ...]
    unscheduled: tuple[Unscheduled, ...]
    breaks: int
    breaks_bound: int
    weight: int
    weight_bound: int
    seconds: float
    first_solution_seconds: float | None = None
    moved: int | None = None  # repairs: meetings whose slot changed or that lost their place
    extra: Mapping[str, object] = field(default_factory=dict)

    @property
    def placed(self) -> int:
        return len(self.assignments)

    def by_meeting(self) -> dict[str, Assignment]:
        return {a.meeting: a for a in self.assignments}


def participant_breaks(problem: ScheduleProblem, assignments: Iterable[Assignment]) -> dict[str, int]:
    """Breaks per participant (see the module docstring for the definition)."""
    busy: dict[str, set[int]] = {p.id: set() for p in problem.participants}
    meetings = problem.meeting_by_id
    for a in assignments:
        for pid in meetings[a.meeting].participants:
            busy[pid].add(problem.slot_index[a.slot])
    result = {}
    for pid, indexes in busy.items():
        breaks = 0
        ordered = sorted(indexes)
        for before, after in itertools.pairwise(ordered):
            same_session = problem.slots[before].session == problem.slots[after].session
            if same_session and after != before + 1:
                breaks += 1
        result[pid] = breaks
    return result


def count_breaks(problem: ScheduleProblem, assignments: Iterable[Assignment]) -> int:
    return sum(participant_breaks(problem, assignments).values())
