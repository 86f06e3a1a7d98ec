"""The B2B meeting scheduler: problem files, CP-SAT solving, repair and diagnostics (no Qt, no database).

``solve`` and ``solve_job`` load OR-Tools, so they are imported on first use (PEP 562): reading
problems, options and progress reports stays light, and the app can solve in a child process
(:mod:`.isolated`) without ever loading OR-Tools itself.
"""

from typing import TYPE_CHECKING, Any

from .diagnostics import Finding, diagnose, unscheduled_reasons
from .fileformat import (
    load_problem,
    load_solution,
    parse_problem,
    parse_solution,
    problem_to_dict,
    solution_to_dict,
    write_json,
)
from .options import DEFAULT_MOVE_COST, DEFAULT_TIME_LIMIT, SolveOptions, SolverProgress
from .problem import (
    PROBLEM_FORMAT,
    SOLUTION_FORMAT,
    Assignment,
    ProblemMeeting,
    ProblemParticipant,
    ProblemSlot,
    ScheduleProblem,
    ScheduleSolution,
    Unscheduled,
    count_breaks,
    participant_breaks,
)

if TYPE_CHECKING:
    from .solver import solve, solve_job


def __getattr__(name: str) -> Any:
    if name in ("solve", "solve_job"):
        from . import solver

        return getattr(solver, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_MOVE_COST",
    "DEFAULT_TIME_LIMIT",
    "PROBLEM_FORMAT",
    "SOLUTION_FORMAT",
    "Assignment",
    "Finding",
    "ProblemMeeting",
    "ProblemParticipant",
    "ProblemSlot",
    "ScheduleProblem",
    "ScheduleSolution",
    "SolveOptions",
    "SolverProgress",
    "Unscheduled",
    "count_breaks",
    "diagnose",
    "load_problem",
    "load_solution",
    "parse_problem",
    "parse_solution",
    "participant_breaks",
    "problem_to_dict",
    "solution_to_dict",
    "solve",
    "solve_job",
    "unscheduled_reasons",
    "write_json",
]
