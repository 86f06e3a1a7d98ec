"""Why meetings cannot be placed: concrete reasons for organisers.

:func:`diagnose` looks at a problem before solving (overloaded participants, precedence cycles,
conflicting locked meetings, too few tables); :func:`unscheduled_reasons` explains each meeting
a schedule left out, slot by slot.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .placement import Placement
from .problem import ProblemMeeting, ScheduleProblem


@dataclass(frozen=True)
class Finding:
    """One problem with the input; ``meetings`` are the ids it concerns."""

    kind: str  # "overloaded", "cycle", "locked-conflict", "no-slot", "capacity"
    message: str
    meetings: tuple[str, ...] = ()


def slot_ranges(problem: ScheduleProblem, indexes: Iterable[int]) -> str:
    """'s3–s5, s9' for slot indexes 2, 3, 4, 8."""
    ordered = sorted(set(indexes))
    parts: list[str] = []
    start = previous = None
    for index in [*ordered, None]:
        if index is not None and previous is not None and index == previous + 1:
            previous = index
            continue
        if start is not None and previous is not None:
            first, last = problem.slots[start].id, problem.slots[previous].id
            parts.append(first if start == previous else f"{first}–{last}")
        start = previous = index
    return ", ".join(parts)


def _label(problem: ScheduleProblem, pid: str) -> str:
    return problem.participant_by_id[pid].label


def precedence_cycles(problem: ScheduleProblem) -> list[list[str]]:
    """Cycles in the ``after`` relation, each as a list of meeting ids."""
    graph = {m.id: list(m.after) for m in problem.meetings}
    colour: dict[str, int] = {}
    cycles: list[list[str]] = []
    for root in graph:
        if colour.get(root):
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        path: list[str] = []
        while stack:
            node, position = stack.pop()
            if position == 0:
                colour[node] = 1
                path.append(node)
            successors = graph[node]
            if position < len(successors):
                stack.append((node, position + 1))
                nxt = successors[position]
                state = colour.get(nxt, 0)
                if state == 0:
                    stack.append((nxt, 0))
                elif state == 1:
                    cycles.append([*path[path.index(nxt) :], nxt])
            else:
                colour[node] = 2
                path.pop()
    return cycles


def diagnose(problem: ScheduleProblem) -> list[Finding]:
    """Reasons, found before solving, why some meetings cannot all be placed."""
    findings: list[Finding] = []
    for p in problem.participants:
        meetings = problem.meetings_of(p.id)
        if not meetings:
            continue
        free = [i for i, s in enumerate(problem.slots) if s.id not in p.unavailable]
        places = len(free) * p.delegates
        if len(meetings) > places:
            what = f"{len(free)} free slots" + (f" for {p.delegates} delegates" if p.delegates > 1 else "")
            findings.append(
                Finding(
                    "overloaded",
                    f"{p.label} has {len(meetings)} meetings but only {what}",
                    tuple(m.id for m in meetings),
                )
            )
    for cycle in precedence_cycles(problem):
        findings.append(Finding("cycle", "precedence cycle: " + " → ".join(reversed(cycle)), tuple(cycle[:-1])))
    for m in problem.meetings:
        if not m.locked and not problem.allowed_slots(m):
            findings.append(Finding("no-slot", f"{_meeting_label(problem, m)}: {_why_no_slot(problem, m)}", (m.id,)))
    findings.extend(_locked_conflicts(problem))
    places = len(problem.slots) * len(problem.tables)
    if len(problem.meetings) > places:
        findings.append(
            Finding(
                "capacity",
                f"{len(problem.tables)} tables × {len(problem.slots)} slots give {places} places "
                f"for {len(problem.meetings)} meetings",
            )
        )
    return findings


def _locked_conflicts(problem: ScheduleProblem) -> list[Finding]:
    findings = []
    by_participant: dict[tuple[str, str], list[str]] = {}
    by_table: dict[tuple[str, str], list[str]] = {}
    for m in problem.meetings:
        if not m.locked or m.fixed_slot is None:
            continue
        for pid in m.participants:
            by_participant.setdefault((pid, m.fixed_slot), []).append(m.id)
        if m.fixed_table is not None:
            by_table.setdefault((m.fixed_table, m.fixed_slot), []).append(m.id)
    for (pid, slot), mids in by_participant.items():
        if len(mids) > problem.participant_by_id[pid].delegates:
            findings.append(
                Finding(
                    "locked-conflict",
                    f"locked meetings {', '.join(mids)} all need {_label(problem, pid)} in slot {slot}",
                    tuple(mids),
                )
            )
    for (table, slot), mids in by_table.items():
        if len(mids) > 1:
            findings.append(
                Finding(
                    "locked-conflict",
                    f"locked meetings {', '.join(mids)} share table {table} in slot {slot}",
                    tuple(mids),
                )
            )
    return findings


def _meeting_label(problem: ScheduleProblem, m: ProblemMeeting) -> str:
    return f"{m.id} ({' – '.join(_label(problem, pid) for pid in m.participants)})"


def _why_no_slot(problem: ScheduleProblem, m: ProblemMeeting) -> str:
    if m.fixed_slot is not None:
        away = [
            _label(problem, pid) for pid in m.participants if m.fixed_slot in problem.participant_by_id[pid].unavailable
        ]
        if m.sessions is not None and problem.slots[problem.slot_index[m.fixed_slot]].session not in m.sessions:
            return f"its fixed slot {m.fixed_slot} is outside its sessions"
        return f"{' and '.join(away)} cannot attend its fixed slot {m.fixed_slot}"
    names = " and ".join(_label(problem, p) for p in m.participants)
    if m.sessions is not None:
        return f"no slot in {', '.join(sorted(m.sessions))} where {names} are all available"
    return f"{names} have no free slot in common"


def unscheduled_reasons(problem: ScheduleProblem, placement: Placement) -> dict[str, str]:
    """A reason for every meeting missing from ``placement``."""
    findings = diagnose(problem)
    per_meeting: dict[str, str] = {}
    for finding in findings:
        if finding.kind in ("cycle", "no-slot", "locked-conflict"):
            for mid in finding.meetings:
                per_meeting.setdefault(mid, finding.message)
    overloaded = {mid: f.message for f in findings if f.kind == "overloaded" for mid in f.meetings}
    use = _usage(problem, placement)
    reasons: dict[str, str] = {}
    for m in problem.meetings:
        if m.id in placement:
            continue
        if m.id in per_meeting:
            reasons[m.id] = per_meeting[m.id]
            continue
        missing = [other for other in m.after if other not in placement]
        if missing:
            reasons[m.id] = (
                f"it must come after {', '.join(missing)}, which {'is' if len(missing) == 1 else 'are'} not placed"
            )
            continue
        reasons[m.id] = _blocked(problem, m, placement, use, overloaded.get(m.id))
    return reasons


def _usage(
    problem: ScheduleProblem, placement: Placement
) -> tuple[dict[tuple[str, int], int], dict[int, int], set[tuple[str, int]]]:
    busy: dict[tuple[str, int], int] = {}
    shared_used: dict[int, int] = {}
    specific: set[tuple[str, int]] = set()
    shared = set(problem.shared_tables)
    for mid, (slot, table) in placement.items():
        for pid in problem.meeting_by_id[mid].participants:
            busy[(pid, slot)] = busy.get((pid, slot), 0) + 1
        if table is not None:
            specific.add((table, slot))
        if table is None or table in shared:
            shared_used[slot] = shared_used.get(slot, 0) + 1
    return busy, shared_used, specific


def _blocked(
    problem: ScheduleProblem,
    m: ProblemMeeting,
    placement: Placement,
    use: tuple[dict[tuple[str, int], int], dict[int, int], set[tuple[str, int]]],
    overloaded: str | None,
) -> str:
    busy, shared_used, specific = use
    earliest = max((placement[o][0] + 1 for o in m.after if o in placement), default=0)
    allowed = problem.allowed_slots(m)
    too_early = [s for s in allowed if s < earliest]
    busy_in: dict[str, list[int]] = {pid: [] for pid in m.participants}
    tables_full: list[int] = []
    tables, shared_ok = problem.table_options(m)
    n_shared = len(problem.shared_tables)
    for s in allowed:
        if s < earliest:
            continue
        blocked = False
        for pid in m.participants:
            if busy.get((pid, s), 0) >= problem.participant_by_id[pid].delegates:
                busy_in[pid].append(s)
                blocked = True
        if blocked:
            continue
        free_specific = any((t, s) not in specific for t in tables)
        if not free_specific and not (shared_ok and shared_used.get(s, 0) < n_shared):
            tables_full.append(s)
    parts = []
    if overloaded:
        parts.append(overloaded)
    for pid, slots in busy_in.items():
        if slots:
            parts.append(f"{_label(problem, pid)} is busy in {slot_ranges(problem, slots)}")
    if tables_full:
        which = f"table {tables[0]} is" if tables and not shared_ok and len(tables) == 1 else "tables are"
        parts.append(f"{which} full in slots {slot_ranges(problem, tables_full)}")
    if too_early:
        parts.append(f"slots {slot_ranges(problem, too_early)} come before meetings it must follow")
    away = sorted(set(range(len(problem.slots))) - set(allowed))
    if away and len(away) < len(problem.slots):
        parts.append(f"not possible in {slot_ranges(problem, away)} (availability, sessions or fixed slot)")
    if not parts:
        return "left out: higher-priority meetings took its places"
    return "; ".join(parts)
