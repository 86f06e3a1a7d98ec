"""Placements (meeting -> slot and table choice), the greedy first schedule, and table assignment.

A placement gives each placed meeting a slot index and either a specific table (a fixed table)
or ``None`` for "one of the shared tables"; :func:`assign_tables` then names the shared tables,
keeping each meeting's previous table when it can.
"""

from __future__ import annotations

from collections.abc import Mapping

from .problem import Assignment, ProblemMeeting, ScheduleProblem

Placement = dict[str, tuple[int, str | None]]


class Occupancy:
    """What a partial schedule uses: delegates per participant and slot, tables per slot."""

    def __init__(self, problem: ScheduleProblem) -> None:
        self.problem = problem
        count = len(problem.slots)
        self.load: dict[str, list[int]] = {p.id: [0] * count for p in problem.participants}
        self.specific: set[tuple[str, int]] = set()  # (table, slot) taken
        self.shared_used = [0] * count  # shared tables in use, including specific uses of shared tables
        self.runs: dict[tuple[str, str], int] = {}  # runs of busy slots per participant and session
        self._shared = set(problem.shared_tables)
        self._capacity = len(problem.shared_tables)
        self._delegates = {p.id: p.delegates for p in problem.participants}
        sessions = [slot.session for slot in problem.slots]
        self._session = sessions
        self._left = [i > 0 and sessions[i - 1] == sessions[i] for i in range(count)]
        self._right = [i + 1 < count and sessions[i + 1] == sessions[i] for i in range(count)]
        self._options = {m.id: problem.table_options(m) for m in problem.meetings}

    def table_choice(self, meeting: ProblemMeeting, slot: int, prefer: str | None = None) -> tuple[bool, str | None]:
        """Whether ``meeting`` fits into ``slot`` now, and at which specific table (None: shared).

        ``prefer``: the table it had, kept when it is still possible.
        """
        for pid in meeting.participants:
            if self.load[pid][slot] >= self._delegates[pid]:
                return False, None
        tables, shared_ok = self._options.get(meeting.id) or self.problem.table_options(meeting)
        if prefer is not None and tables:
            if prefer in tables and (prefer, slot) not in self.specific:
                if prefer not in self._shared or self.shared_used[slot] < self._capacity:
                    return True, prefer
            elif prefer in self._shared and shared_ok and self.shared_used[slot] < self._capacity:
                return True, None
        for table in tables:
            if (table, slot) in self.specific:
                continue
            if table in self._shared and self.shared_used[slot] >= self._capacity:
                continue
            return True, table
        if shared_ok and self.shared_used[slot] < self._capacity:
            return True, None
        return False, None

    def add(self, meeting: ProblemMeeting, slot: int, table: str | None) -> None:
        session = self._session[slot]
        for pid in meeting.participants:
            row = self.load[pid]
            if not row[slot]:
                left, right = self.neighbours_busy(pid, slot)
                key = (pid, session)
                self.runs[key] = self.runs.get(key, 0) + 1 - int(left) - int(right)
            row[slot] += 1
        if table is not None:
            self.specific.add((table, slot))
        if table is None or table in self._shared:
            self.shared_used[slot] += 1

    def is_busy(self, pid: str, slot: int) -> bool:
        return self.load[pid][slot] > 0

    def neighbours_busy(self, pid: str, slot: int) -> tuple[bool, bool]:
        """Whether ``pid`` is busy in the slots just before and after ``slot`` in the same session."""
        row = self.load[pid]
        return self._left[slot] and row[slot - 1] > 0, self._right[slot] and row[slot + 1] > 0


def break_delta(problem: ScheduleProblem, occupancy: Occupancy, meeting: ProblemMeeting, slot: int) -> int:
    """How many breaks placing ``meeting`` in ``slot`` adds (negative: it closes gaps)."""
    session = occupancy._session[slot]
    delta = 0
    for pid in meeting.participants:
        row = occupancy.load[pid]
        if row[slot]:
            continue
        left, right = occupancy.neighbours_busy(pid, slot)
        runs_before = occupancy.runs.get((pid, session), 0)
        runs_after = runs_before + 1 - int(left) - int(right)
        delta += max(0, runs_after - 1) - max(0, runs_before - 1)
    return delta


def greedy_placement(
    problem: ScheduleProblem,
    *,
    previous: Mapping[str, Assignment] | None = None,
    order: list[str] | None = None,
) -> Placement:
    """A quick valid schedule: locked meetings first, then by weight and fewest options.

    Each meeting goes where it adds the fewest breaks (its previous slot first, in repairs).
    Meetings whose predecessors are not placed yet are retried in later passes.
    """
    occupancy = Occupancy(problem)
    placement: Placement = {}
    allowed = {m.id: problem.allowed_slots(m) for m in problem.meetings}
    load: dict[str, int] = {}
    for m in problem.meetings:
        for pid in m.participants:
            load[pid] = load.get(pid, 0) + 1
    if order is None:
        ranked = sorted(
            problem.meetings,
            key=lambda m: (
                not m.locked,
                -m.priority,
                len(allowed[m.id]),
                -max(load[p] for p in m.participants),
                m.id,
            ),
        )
    else:
        ranked = [problem.meeting_by_id[mid] for mid in order]
    previous = previous or {}
    for _ in range(4):
        progressed = False
        for meeting in ranked:
            if meeting.id in placement:
                continue
            earliest = 0
            if meeting.after:
                if any(other not in placement for other in meeting.after):
                    continue
                earliest = max(placement[other][0] for other in meeting.after) + 1
            best: tuple[int, int, int] | None = None
            choice: str | None = None
            before = previous.get(meeting.id)
            for slot in allowed[meeting.id]:
                if slot < earliest:
                    continue
                same = before is not None and problem.slot_index.get(before.slot) == slot
                fits, table = occupancy.table_choice(meeting, slot, before.table if same and before else None)
                if not fits:
                    continue
                stays = 0 if before is not None and problem.slot_index.get(before.slot) == slot else 1
                score = (stays, break_delta(problem, occupancy, meeting, slot), slot)
                if best is None or score < best:
                    best, choice = score, table
            if best is not None:
                slot = best[2]
                occupancy.add(meeting, slot, choice)
                placement[meeting.id] = (slot, choice)
                progressed = True
        if not progressed:
            break
    return placement


def assign_tables(
    problem: ScheduleProblem, placement: Placement, previous: Mapping[str, Assignment] | None = None
) -> list[Assignment]:
    """Name the shared tables of a placement; a meeting keeps its previous table when still free."""
    previous = previous or {}
    by_slot: dict[int, list[str]] = {}
    for mid, (slot, _table) in placement.items():
        by_slot.setdefault(slot, []).append(mid)
    shared = problem.shared_tables
    result: list[Assignment] = []
    for slot, mids in sorted(by_slot.items()):
        taken = {placement[mid][1] for mid in mids if placement[mid][1] is not None}
        wanting = [mid for mid in mids if placement[mid][1] is None]
        named: dict[str, str] = {}
        # Keep previous shared tables: first for meetings that stayed in this slot, then for moved ones.
        for stayed in (True, False):
            for mid in wanting:
                before = previous.get(mid)
                if mid in named or before is None or before.table not in shared or before.table in taken:
                    continue
                if (problem.slot_index.get(before.slot) == slot) == stayed:
                    named[mid] = before.table
                    taken.add(before.table)
        free = iter([t for t in shared if t not in taken])
        for mid in sorted(wanting):
            if mid not in named:
                named[mid] = next(free)
        for mid in mids:
            table = placement[mid][1]
            result.append(Assignment(mid, problem.slots[slot].id, table if table is not None else named[mid]))
    order = {m.id: i for i, m in enumerate(problem.meetings)}
    result.sort(key=lambda a: (problem.slot_index[a.slot], order[a.meeting]))
    return result
