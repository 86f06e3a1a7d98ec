"""The scheduler as a core job: greedy first schedule, then CP-SAT, lexicographically.

Phase 1 maximises the total priority weight of placed meetings; phase 2 keeps that weight and
minimises breaks (in repairs: ``move_cost`` per moved meeting plus breaks), then the fairness
excess. CP-SAT runs on a worker thread so the job can yield live progress; closing the
generator stops the search at once.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import Any

from ortools.sat.python import cp_model

from ..progress import Job
from .cpsat import ScheduleModel, capacity_weight_bound, participant_lower_bounds
from .diagnostics import unscheduled_reasons
from .localsearch import anneal
from .options import DEFAULT_MOVE_COST, DEFAULT_TIME_LIMIT, LARGE_MODEL_CELLS, SolveOptions, SolverProgress
from .placement import Placement, assign_tables, greedy_placement
from .problem import Assignment, ScheduleProblem, ScheduleSolution, Unscheduled, count_breaks

__all__ = ["DEFAULT_MOVE_COST", "DEFAULT_TIME_LIMIT", "SolveOptions", "SolverProgress", "solve", "solve_job"]


@dataclass
class _Tick:
    objective: float | None = None
    bound: float | None = None
    breaks: int | None = None
    moved: int | None = None
    placed: int | None = None
    solutions: int = 0


class _Callback(cp_model.CpSolverSolutionCallback):
    def __init__(self, model: ScheduleModel, tick: _Tick, lock: threading.Lock, details: bool) -> None:
        super().__init__()
        self._model, self._tick, self._lock, self._details = model, tick, lock, details

    def on_solution_callback(self) -> None:
        with self._lock:
            self._tick.objective = self.objective_value
            self._tick.bound = self.best_objective_bound
            self._tick.solutions += 1
            if self._details:
                self._tick.breaks = int(self.value(self._model.breaks))
                self._tick.moved = int(self.value(self._model.moves))


def _run_cpsat(
    schedule: ScheduleModel, seconds: float, options: SolveOptions, details: bool
) -> Generator[_Tick, None, tuple[Any, cp_model.CpSolver]]:
    """Solve on a thread, yielding a snapshot every 0.2 s; stops the search if the caller goes away."""
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, seconds)
    solver.parameters.num_workers = max(1, options.workers)
    solver.parameters.random_seed = options.seed
    tick, lock = _Tick(), threading.Lock()
    callback = _Callback(schedule, tick, lock, details)

    def on_bound(bound: float) -> None:
        with lock:
            tick.bound = bound

    solver.best_bound_callback = on_bound
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(solver.solve(schedule.model, callback)), daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.2)
            if options.stop is not None and options.stop.is_set():
                solver.stop_search()
            with lock:
                snapshot = _Tick(tick.objective, tick.bound, tick.breaks, tick.moved, None, tick.solutions)
            yield snapshot
    finally:
        if thread.is_alive():
            solver.stop_search()
            thread.join()
    return result[0] if result else cp_model.UNKNOWN, solver


def solve_job(
    problem: ScheduleProblem,
    options: SolveOptions | None = None,
    *,
    previous: Mapping[str, Assignment] | None = None,
) -> Job[ScheduleSolution]:
    """Schedule ``problem``; with ``previous`` (a repair) minimise moved meetings first, then breaks."""
    options = options or SolveOptions()
    if options.fairness is not None:
        problem = _with_fairness(problem, options.fairness)
    started = time.monotonic()
    deadline = started + options.time_limit
    limit = max(1, math.ceil(options.time_limit))
    total = problem.total_weight()
    count = len(problem.meetings)
    previous = {mid: a for mid, a in (previous or {}).items() if mid in problem.meeting_by_id}
    repair = bool(previous)

    def report(
        phase: str,
        status: str,
        *,
        best_weight: int | None = None,
        weight_bound: int | None = None,
        best_breaks: int | None = None,
        breaks_bound: int | None = None,
        placed: int | None = None,
        moved: int | None = None,
    ) -> SolverProgress:
        seconds = time.monotonic() - started
        values = {
            "best_weight": best_weight, "weight_bound": weight_bound, "best_breaks": best_breaks,
            "breaks_bound": breaks_bound, "moved": moved,
        }  # fmt: skip
        return SolverProgress(
            min(limit, int(seconds)), limit, _message(phase, values), phase, status,
            best_weight, weight_bound, best_breaks, breaks_bound, placed, count, moved, seconds,
        )  # fmt: skip

    best = greedy_placement(problem, previous=previous)
    best_ok = all(m.id in best for m in problem.meetings if m.locked)
    first_seconds = time.monotonic() - started if best_ok else None
    best_weight = _weight(problem, best)
    weight_bound = min(total, capacity_weight_bound(problem))
    weight_optimal = best_ok and best_weight >= weight_bound
    yield report(
        "greedy", "feasible" if best_ok else "unknown", best_weight=best_weight, weight_bound=weight_bound,
        placed=len(best),
    )  # fmt: skip
    if not count:
        return _finish(problem, {}, "optimal", started, 0.0, previous)
    # Large instances skip the CP-SAT model (hundreds of thousands of variables): greedy + local search.
    large = sum(len(problem.allowed_slots(m)) for m in problem.meetings) > LARGE_MODEL_CELLS
    schedule: ScheduleModel | None = None
    if not weight_optimal and not large:
        schedule = ScheduleModel(problem, previous=previous)
        schedule.model.maximize(schedule.weight)
        if best_ok:
            schedule.hint(best)
        budget = _remaining(deadline) * 0.6
        runner = _run_cpsat(schedule, budget, options, details=False)
        while True:
            try:
                tick = next(runner)
            except StopIteration as stop:
                status, solver = stop.value
                break
            if tick.objective is not None and first_seconds is None:
                first_seconds = time.monotonic() - started
            bound = math.floor(tick.bound + 1e-6) if tick.bound is not None else weight_bound
            shown = max(best_weight, int(tick.objective or 0)) if best_ok or tick.objective else None
            yield report(
                "placing",
                "feasible" if shown is not None else "unknown",
                best_weight=shown,
                weight_bound=min(weight_bound, bound),
            )
        if status == cp_model.INFEASIBLE:
            return _infeasible(problem, started)
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            found = schedule.read(solver)
            if not best_ok or _weight(problem, found) >= best_weight:
                best, best_ok, best_weight = found, True, _weight(problem, found)
            weight_bound = min(weight_bound, math.floor(solver.best_objective_bound + 1e-6))
            weight_optimal = status == cp_model.OPTIMAL or best_weight >= weight_bound
    if not best_ok:
        return _finish(problem, {}, "unknown", started, None, previous, weight_bound=weight_bound)
    if weight_optimal:
        weight_bound = best_weight
    if _stopped(options) or _remaining(deadline) <= 0.05:
        return _finish(problem, best, "feasible", started, first_seconds, previous, weight_bound=weight_bound)

    # Phase 2: keep the weight, minimise (moves and) breaks, then the fairness excess.
    floors = participant_lower_bounds(problem) if best_weight == total else {}
    lower = sum(floors.values())
    # In a repair, meetings whose slot is gone or no longer allowed must move: a bound on the cost.
    forced = sum(
        1 for mid, before in previous.items()
        if problem.slot_index.get(before.slot) not in problem.allowed_slots(problem.meeting_by_id[mid])
    )  # fmt: skip
    target = options.move_cost * forced + lower
    phase = "repair" if repair else "breaks"
    best_breaks = count_breaks(problem, assign_tables(problem, best, previous))
    yield report(
        phase,
        "feasible",
        best_weight=best_weight,
        weight_bound=weight_bound,
        best_breaks=best_breaks,
        breaks_bound=lower,
    )
    # Local search first: it closes gaps much faster than CP-SAT's own neighbourhoods. Short rounds
    # (re-annealing from the best) reach the bound sooner than one long round.
    # Large instances keep a little time to name the tables and explain what was left out.
    reserve = min(5.0, 0.03 * options.time_limit) if large else 0.0
    search_until = time.monotonic() + (_remaining(deadline) - reserve if large else _remaining(deadline) * 0.5)
    found, found_cost, round_seconds, round_number = best, None, 10.0 if not large else options.time_limit, 0
    while found_cost is None or (found_cost > target and time.monotonic() < search_until):
        round_number += 1
        search = anneal(
            problem, found, seconds=min(round_seconds, max(0.05, search_until - time.monotonic())),
            previous=previous, move_cost=options.move_cost, target=target,
            seed=options.seed + round_number,
        )  # fmt: skip
        while True:
            try:
                found_cost, found = next(search)
            except StopIteration as stop:
                found_cost, found = stop.value
                break
            if _stopped(options):
                search.close()
                break
            yield report(
                phase, "feasible", best_weight=best_weight, weight_bound=weight_bound,
                best_breaks=best_breaks if repair else found_cost, breaks_bound=lower,
            )  # fmt: skip
        if _stopped(options):
            break
        round_seconds *= 2
    best = found
    best_breaks = count_breaks(problem, assign_tables(problem, best, previous))
    if found_cost is not None and found_cost <= target and (problem.fairness is None or best_breaks == 0):
        status_text = "optimal" if weight_optimal else "feasible"
        return _finish(
            problem, best, status_text, started, first_seconds, previous, weight_bound=weight_bound, breaks_bound=lower
        )
    if large or _stopped(options) or _remaining(deadline) <= 0.05:
        return _finish(
            problem, best, "feasible", started, first_seconds, previous, weight_bound=weight_bound, breaks_bound=lower
        )
    if schedule is None:
        schedule = ScheduleModel(problem, previous=previous)
    scale = len(problem.slots) + 1 if problem.fairness is not None else 1
    # A table change at the same time costs like a break; a move costs more than any breaks it could save.
    cost: Any = schedule.breaks + (options.move_cost * schedule.moves + schedule.table_changes if repair else 0)
    schedule.model.clear_objective()  # type: ignore[no-untyped-call]
    schedule.model.add(schedule.weight >= best_weight)
    for pid, floor in floors.items():  # every meeting is placed: each participant's unavoidable breaks
        schedule.model.add(schedule.participant_breaks[pid] >= floor)
    schedule.model.minimize(scale * cost + schedule.fairness_excess)
    schedule.hint(best)
    runner = _run_cpsat(schedule, _remaining(deadline), options, details=True)
    while True:
        try:
            tick = next(runner)
        except StopIteration as stop:
            status, solver = stop.value
            break
        shown_bound = 0
        if tick.bound is not None and not repair:
            shown_bound = max(lower, math.floor(math.ceil(tick.bound - 1e-6) / scale))
        yield report(
            phase, "feasible", best_weight=best_weight, weight_bound=weight_bound,
            best_breaks=tick.breaks if tick.breaks is not None else best_breaks,
            breaks_bound=shown_bound, moved=tick.moved, placed=len(best),
        )  # fmt: skip
    breaks_bound = lower
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        best = schedule.read(solver)
        if status == cp_model.OPTIMAL:
            breaks_bound = lower if repair else -1  # -1: proven, filled in from the final schedule
        elif not repair:
            breaks_bound = max(lower, math.floor(math.ceil(solver.best_objective_bound - 1e-6) / scale))
    optimal = weight_optimal and status == cp_model.OPTIMAL
    return _finish(
        problem, best, "optimal" if optimal else "feasible", started, first_seconds, previous,
        weight_bound=weight_bound, breaks_bound=breaks_bound,
    )  # fmt: skip


def solve(problem: ScheduleProblem, options: SolveOptions | None = None) -> ScheduleSolution:
    """Run :func:`solve_job` to the end without progress reports."""
    from ..progress import run_job

    return run_job(solve_job(problem, options))


def _finish(
    problem: ScheduleProblem,
    placement: Placement,
    status: str,
    started: float,
    first_seconds: float | None,
    previous: Mapping[str, Assignment],
    *,
    weight_bound: int | None = None,
    breaks_bound: int = 0,
) -> ScheduleSolution:
    assignments = assign_tables(problem, placement, previous)
    breaks = count_breaks(problem, assignments)
    if breaks_bound < 0:
        breaks_bound = breaks
    weight = _weight(problem, placement)
    reasons = unscheduled_reasons(problem, placement)
    unscheduled = tuple(Unscheduled(m.id, reasons[m.id]) for m in problem.meetings if m.id not in placement)
    moved = None
    if previous:
        moved = sum(
            1
            for mid, before in previous.items()
            if mid not in placement or problem.slots[placement[mid][0]].id != before.slot
        )
    return ScheduleSolution(
        status,
        tuple(assignments),
        unscheduled,
        breaks,
        min(breaks, breaks_bound),
        weight,
        weight if weight_bound is None else max(weight, weight_bound),
        time.monotonic() - started,
        first_seconds,
        moved,
    )


def _infeasible(problem: ScheduleProblem, started: float) -> ScheduleSolution:
    reasons = unscheduled_reasons(problem, {})
    unscheduled = tuple(Unscheduled(m.id, reasons[m.id]) for m in problem.meetings)
    return ScheduleSolution("infeasible", (), unscheduled, 0, 0, 0, 0, time.monotonic() - started)


def _weight(problem: ScheduleProblem, placement: Placement) -> int:
    meetings = problem.meeting_by_id
    return sum(meetings[mid].priority for mid in placement)


def _remaining(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())


def _stopped(options: SolveOptions) -> bool:
    return options.stop is not None and options.stop.is_set()


def _with_fairness(problem: ScheduleProblem, fairness: int) -> ScheduleProblem:
    from dataclasses import replace

    return replace(problem, fairness=fairness)


def _message(phase: str, values: Mapping[str, object]) -> str:
    parts = {
        "greedy": "first schedule",
        "placing": "placing meetings",
        "breaks": "reducing breaks",
        "repair": "repairing",
    }
    text = parts.get(phase, phase)
    if values.get("best_weight") is not None:
        text += f": weight {values['best_weight']} (bound {values.get('weight_bound')})"
    if values.get("best_breaks") is not None:
        text += f", breaks {values['best_breaks']} (bound {values.get('breaks_bound')})"
    if values.get("moved") is not None:
        text += f", moved {values['moved']}"
    return text
