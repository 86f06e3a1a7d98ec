"""The B2B meeting scheduler: problem files, CP-SAT solving, repair and diagnostics (no Qt, no database)."""

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
from .solver import DEFAULT_MOVE_COST, DEFAULT_TIME_LIMIT, SolveOptions, SolverProgress, solve, solve_job

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
