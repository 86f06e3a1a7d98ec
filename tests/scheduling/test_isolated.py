"""Solving in a child process: same schedules as in-process, live progress, stop, cancel and errors."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from matchmaker.core.errors import MatchmakerError
from matchmaker.core.progress import run_job
from matchmaker.core.scheduling import SolveOptions, SolverProgress, parse_problem, solution_to_dict
from matchmaker.core.scheduling.isolated import solve_job_isolated
from tests.scheduling.checker import check
from tests.scheduling.helpers import problem_doc, random_event, solve_checked


def test_the_child_finds_the_same_optimum_as_the_in_process_solver() -> None:
    doc = random_event(3, participants=20, meetings=40, slots=10, tables=6)
    problem = parse_problem(doc)
    reports: list[object] = []
    solution = run_job(solve_job_isolated(problem, SolveOptions(time_limit=10, workers=2)), reports.append)
    assert not check(doc, solution_to_dict(solution))
    in_process = solve_checked(doc, time_limit=10, workers=2)
    assert solution.status == in_process.status == "optimal"
    assert (solution.weight, solution.breaks) == (in_process.weight, in_process.breaks)
    assert reports and all(isinstance(r, SolverProgress) for r in reports)
    first = reports[0]
    assert isinstance(first, SolverProgress) and first.phase == "greedy" and first.meetings == 40


def test_a_repair_in_the_child_keeps_the_previous_schedule() -> None:
    doc = problem_doc(6, 2, 6, [("p1", "p2"), ("p3", "p4"), ("p5", "p6"), ("p1", "p3")])
    problem = parse_problem(doc)
    before = run_job(solve_job_isolated(problem, SolveOptions(time_limit=5, workers=2)))
    repaired = run_job(solve_job_isolated(problem, SolveOptions(time_limit=5, workers=2), previous=before.by_meeting()))
    assert repaired.moved == 0
    assert repaired.by_meeting() == before.by_meeting()


def test_stop_ends_the_child_search_and_keeps_its_best_schedule() -> None:
    doc = random_event(12, participants=40, meetings=160, slots=12, tables=10)
    stop = threading.Event()
    started = time.monotonic()

    def on_progress(report: object) -> None:
        if time.monotonic() - started > 2:
            stop.set()

    solution = run_job(solve_job_isolated(parse_problem(doc), SolveOptions(time_limit=60, stop=stop)), on_progress)
    assert time.monotonic() - started < 20
    assert solution.status in ("feasible", "optimal") and solution.placed > 0
    assert not check(doc, solution_to_dict(solution))


def test_closing_the_job_kills_the_child_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    children: list[subprocess.Popen[bytes]] = []
    real_popen = subprocess.Popen

    def recording_popen(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        child = real_popen(*args, **kwargs)  # type: ignore[call-overload]
        children.append(child)
        return child  # type: ignore[no-any-return]

    monkeypatch.setattr(subprocess, "Popen", recording_popen)
    job = solve_job_isolated(
        parse_problem(random_event(11, participants=40, meetings=160)), SolveOptions(time_limit=60)
    )
    next(job)
    started = time.monotonic()
    job.close()
    assert time.monotonic() - started < 5
    assert len(children) == 1 and children[0].returncode is not None  # reaped, not left running


def test_a_child_that_dies_is_reported_with_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    # A child that exits without answering (as if killed by the system) must not hang the caller.
    monkeypatch.setattr("matchmaker.core.scheduling.isolated.__name__", "matchmaker.no_such_module_here")
    with pytest.raises(MatchmakerError, match="scheduler process stopped unexpectedly"):
        run_job(solve_job_isolated(parse_problem(problem_doc(2, 1, 2, [("p1", "p2")])), SolveOptions(time_limit=2)))


def test_the_parent_never_loads_or_tools() -> None:
    code = (
        "import sys\n"
        "from matchmaker.core.progress import run_job\n"
        "from matchmaker.core.scheduling import SolveOptions, parse_problem\n"
        "from matchmaker.core.scheduling.isolated import solve_job_isolated\n"
        "doc = {'format': 'matchmaker-schedule-problem/1', 'slots': [{'id': 's1'}], 'tables': 1,\n"
        "       'participants': [{'id': 'a'}, {'id': 'b'}], 'meetings': [{'id': 'm', 'participants': ['a', 'b']}]}\n"
        "solution = run_job(solve_job_isolated(parse_problem(doc), SolveOptions(time_limit=2)))\n"
        "print(solution.placed, 'ortools' in sys.modules, 'pandas' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.split() == ["1", "False", "False"]
