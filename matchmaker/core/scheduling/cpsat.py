"""The CP-SAT model of a scheduling problem (see :mod:`.problem` for the rules it encodes).

Meetings get one Boolean per allowed slot. Shared tables are interchangeable, so they are a
capacity per slot and get their names afterwards (:func:`.placement.assign_tables`); only a
meeting that may choose between specific tables (fixed tables) gets table variables.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ortools.sat.python import cp_model

from .placement import Placement
from .problem import Assignment, ScheduleProblem

LinearExpr = Any  # cp_model expressions: ints, variables and sums (their stubs defeat mypy)


class ScheduleModel:
    """Variables and constraints; the objectives are set per phase by the solver."""

    def __init__(self, problem: ScheduleProblem, *, previous: Mapping[str, Assignment] | None = None) -> None:
        self.problem = problem
        self.model = cp_model.CpModel()
        self.previous = dict(previous or {})
        self.x: dict[tuple[str, int], cp_model.IntVar] = {}
        self.y: dict[tuple[str, int, str], cp_model.IntVar] = {}
        self.placed: dict[str, LinearExpr] = {}
        self.participant_breaks: dict[str, LinearExpr] = {}
        self._build_placement()
        self._build_tables()
        self._build_precedence()
        self.weight: LinearExpr = sum(m.priority * self.placed[m.id] for m in problem.meetings)
        self._build_breaks()
        self.breaks: LinearExpr = sum(self.participant_breaks.values())
        self.moves: LinearExpr = self._build_moves()
        self.table_changes: LinearExpr = self._build_table_changes()
        self.fairness_excess: LinearExpr = self._build_fairness()

    # -- constraints ------------------------------------------------------------------------
    def _build_placement(self) -> None:
        problem, model = self.problem, self.model
        for m in problem.meetings:
            slots = problem.allowed_slots(m)
            for s in slots:
                self.x[(m.id, s)] = model.new_bool_var(f"x[{m.id},{s}]")
            placed = sum(self.x[(m.id, s)] for s in slots)
            self.placed[m.id] = placed
            if m.locked:
                model.add(placed == 1)
            elif slots:
                model.add(placed <= 1)
        by_participant_slot: dict[tuple[str, int], list[cp_model.IntVar]] = {}
        for (mid, s), var in self.x.items():
            for pid in problem.meeting_by_id[mid].participants:
                by_participant_slot.setdefault((pid, s), []).append(var)
        self._by_participant_slot = by_participant_slot
        for (pid, _s), variables in by_participant_slot.items():
            delegates = problem.participant_by_id[pid].delegates
            if len(variables) > delegates:
                if delegates == 1:
                    model.add_at_most_one(variables)
                else:
                    model.add(sum(variables) <= delegates)

    def _build_tables(self) -> None:
        problem, model = self.problem, self.model
        shared = set(problem.shared_tables)
        specific_use: dict[tuple[str, int], list[LinearExpr]] = {}
        shared_use: dict[int, list[LinearExpr]] = {}
        self.choices: dict[str, tuple[tuple[str, ...], bool]] = {}
        for m in problem.meetings:
            tables, shared_ok = problem.table_options(m)
            self.choices[m.id] = (tables, shared_ok)
            for s in problem.allowed_slots(m):
                x = self.x[(m.id, s)]
                if not tables:
                    shared_use.setdefault(s, []).append(x)
                    continue
                if len(tables) == 1 and not shared_ok:
                    specific_use.setdefault((tables[0], s), []).append(x)
                    continue
                picks = []
                for table in tables:
                    pick = model.new_bool_var(f"y[{m.id},{s},{table}]")
                    self.y[(m.id, s, table)] = pick
                    picks.append(pick)
                    specific_use.setdefault((table, s), []).append(pick)
                if shared_ok:
                    model.add(sum(picks) <= x)
                    shared_use.setdefault(s, []).append(x - sum(picks))
                else:
                    model.add(sum(picks) == x)
        for (table, s), uses in specific_use.items():
            if len(uses) > 1:
                model.add(sum(uses) <= 1)
            if table in shared:
                shared_use.setdefault(s, []).extend(uses)
        for uses in shared_use.values():
            if len(uses) > len(shared):
                model.add(sum(uses) <= len(shared))

    def _build_precedence(self) -> None:
        problem, model = self.problem, self.model
        for m in problem.meetings:
            for before in m.after:
                earlier = problem.allowed_slots(problem.meeting_by_id[before])
                for s in problem.allowed_slots(m):
                    options = [self.x[(before, t)] for t in earlier if t < s]
                    if options:
                        model.add(self.x[(m.id, s)] <= sum(options))
                    else:
                        model.add(self.x[(m.id, s)] == 0)

    def _build_breaks(self) -> None:
        """breaks(p, session) >= runs of busy slots - 1, where a run starts where p becomes busy."""
        problem, model = self.problem, self.model
        slots = problem.slots
        for p in problem.participants:
            busy: dict[int, LinearExpr] = {}
            for s in range(len(slots)):
                variables = self._by_participant_slot.get((p.id, s))
                if not variables:
                    continue
                if len(variables) == 1:
                    busy[s] = variables[0]
                elif p.delegates == 1:
                    busy[s] = sum(variables)
                else:
                    flag = model.new_bool_var(f"busy[{p.id},{s}]")
                    for var in variables:
                        model.add_implication(var, flag)
                    model.add(flag <= sum(variables))
                    busy[s] = flag
            total: list[LinearExpr] = []
            for session, span in problem.session_ranges.items():
                starts: list[LinearExpr] = []
                for s in span:
                    if s not in busy:
                        continue
                    if s - 1 in busy and s != span.start:
                        start = model.new_bool_var(f"start[{p.id},{s}]")
                        model.add(start >= busy[s] - busy[s - 1])
                        starts.append(start)
                    else:
                        starts.append(busy[s])
                if len(starts) < 2:
                    continue
                extra = model.new_int_var(0, len(starts) - 1, f"breaks[{p.id},{session}]")
                model.add(extra >= sum(starts) - 1)
                total.append(extra)
            if total:
                self.participant_breaks[p.id] = sum(total)

    def _build_moves(self) -> LinearExpr:
        """Previously placed meetings that leave their slot (repairs)."""
        moved: list[LinearExpr] = []
        for mid, before in self.previous.items():
            if mid not in self.problem.meeting_by_id:
                continue
            s = self.problem.slot_index.get(before.slot)
            kept = self.x.get((mid, s)) if s is not None else None
            moved.append(1 - kept if kept is not None else 1)
        return sum(moved)

    def _build_table_changes(self) -> LinearExpr:
        """Previously placed meetings that stay in their slot but change between specific and shared tables.

        Only meetings with a choice of specific tables can change table inside the model; the shared
        tables are named afterwards, keeping each meeting's table when it can.
        """
        changes: list[LinearExpr] = []
        shared = set(self.problem.shared_tables)
        for mid, before in self.previous.items():
            s = self.problem.slot_index.get(before.slot)
            if s is None or (mid, s) not in self.x or mid not in self.choices:
                continue
            x = self.x[(mid, s)]
            tables, shared_ok = self.choices[mid]
            picks = [self.y[(mid, s, t)] for t in tables if (mid, s, t) in self.y]
            if not picks:
                continue
            if before.table in tables:
                changes.append(x - self.y[(mid, s, before.table)])
            elif before.table in shared and shared_ok:
                changes.append(sum(picks))
        return sum(changes)

    def _build_fairness(self) -> LinearExpr:
        """How far the spread of breaks between participants exceeds ``fairness``."""
        d = self.problem.fairness
        if d is None or not self.participant_breaks:
            return 0
        top = len(self.problem.slots)
        high = self.model.new_int_var(0, top, "breaks_max")
        for expr in self.participant_breaks.values():
            self.model.add(expr <= high)
        low = (
            0 if len(self.participant_breaks) < len(self.problem.participants) else self.model.new_int_var(0, top, "m")
        )
        if not isinstance(low, int):
            for expr in self.participant_breaks.values():
                self.model.add(expr >= low)
        excess = self.model.new_int_var(0, top, "fairness_excess")
        self.model.add(excess >= high - low - d)
        return excess

    # -- hints and reading back ---------------------------------------------------------------
    def hint(self, placement: Placement) -> None:
        self.model.clear_hints()  # type: ignore[no-untyped-call]
        for (mid, s), var in self.x.items():
            chosen = placement.get(mid)
            self.model.add_hint(var, chosen is not None and chosen[0] == s)
        for (mid, s, table), var in self.y.items():
            chosen = placement.get(mid)
            self.model.add_hint(var, chosen is not None and chosen == (s, table))

    def read(self, solver: cp_model.CpSolver) -> Placement:
        placement: Placement = {}
        for (mid, s), var in self.x.items():
            if solver.boolean_value(var):
                tables, shared_ok = self.choices[mid]
                table: str | None = None
                if len(tables) == 1 and not shared_ok:
                    table = tables[0]
                else:
                    for candidate in tables:
                        if solver.boolean_value(self.y[(mid, s, candidate)]):
                            table = candidate
                placement[mid] = (s, table)
        return placement


def participant_lower_bounds(problem: ScheduleProblem) -> dict[str, int]:
    """Breaks each participant cannot avoid once all its meetings are placed, looking at it alone.

    Its meetings need ceil(meetings / delegates) busy slots among the slots they may take; within a
    session, every stretch of such slots beyond the first adds a break. A small DP spreads the busy
    slots over the sessions as cheaply as possible. The sum is a valid lower bound on total breaks
    whenever every meeting is placed.
    """
    result: dict[str, int] = {}
    for p in problem.participants:
        meetings = problem.meetings_of(p.id)
        if len(meetings) < 2:
            continue
        candidates: set[int] = set()
        for m in meetings:
            candidates.update(problem.allowed_slots(m))
        need = -(-len(meetings) // p.delegates)
        costs: list[list[int]] = []
        for span in problem.session_ranges.values():
            segments: list[int] = []
            run = 0
            for s in span:
                if s in candidates:
                    run += 1
                elif run:
                    segments.append(run)
                    run = 0
            if run:
                segments.append(run)
            segments.sort(reverse=True)
            cost = [0]
            covered, used = 0, 0
            for c in range(1, sum(segments) + 1):
                while covered < c:
                    covered += segments[used]
                    used += 1
                cost.append(used - 1)
            costs.append(cost)
        infinity = 10**9
        best = [0] + [infinity] * need
        for cost in costs:
            nxt = [infinity] * (need + 1)
            for have, value in enumerate(best):
                if value == infinity:
                    continue
                for c in range(min(len(cost) - 1, need - have) + 1):
                    nxt[have + c] = min(nxt[have + c], value + cost[c])
            best = nxt
        if best[need] < infinity and best[need] > 0:
            result[p.id] = best[need]
    return result


def capacity_weight_bound(problem: ScheduleProblem) -> int:
    """An upper bound on the placed weight: no more meetings than slots × tables, the heaviest first."""
    places = len(problem.slots) * len(problem.tables)
    weights = sorted((m.priority for m in problem.meetings), reverse=True)
    return sum(weights[:places])
