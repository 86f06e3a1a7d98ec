"""The solver on small instances: every schedule passes the independent checker."""

from __future__ import annotations

import threading
import time

import pytest

from matchmaker.core.progress import run_job
from matchmaker.core.scheduling import SolveOptions, SolverProgress, parse_problem, solution_to_dict, solve_job
from tests.scheduling.checker import check, recount_breaks
from tests.scheduling.helpers import problem_doc, random_event, solve_checked


def test_everything_fits_so_everything_is_placed_without_breaks() -> None:
    doc = problem_doc(6, 2, 4, [("p1", "p2"), ("p1", "p3"), ("p1", "p4"), ("p2", "p3"), ("p3", "p4")])
    solution = solve_checked(doc)
    assert solution.status == "optimal"
    assert solution.placed == 5 and not solution.unscheduled
    assert solution.weight == solution.weight_bound == 5
    assert solution.breaks == solution.breaks_bound == 0


def test_tables_are_numbered_strings_when_given_as_a_count() -> None:
    solution = solve_checked(problem_doc(2, 3, 6, [("p1", "p2"), ("p3", "p4"), ("p5", "p6")]))
    assert {a.table for a in solution.assignments} <= {"1", "2", "3"}
    assert len({(a.slot, a.table) for a in solution.assignments}) == 3


def test_when_tables_run_out_the_heaviest_meetings_are_placed() -> None:
    meetings = [
        {"id": "must", "participants": ["p1", "p2"], "priority": 4},
        {"id": "could1", "participants": ["p3", "p4"], "priority": 1},
        {"id": "could2", "participants": ["p5", "p6"], "priority": 1},
        {"id": "should", "participants": ["p7", "p8"], "priority": 2},
    ]
    solution = solve_checked(problem_doc(1, ["A", "B"], 8, meetings))
    assert {a.meeting for a in solution.assignments} == {"must", "should"}
    assert solution.weight == solution.weight_bound == 6
    assert solution.status == "optimal"
    reasons = {u.meeting: u.reason for u in solution.unscheduled}
    assert set(reasons) == {"could1", "could2"}
    assert all("tables are full in slots s1" in text for text in reasons.values())


def test_delegates_allow_parallel_meetings() -> None:
    people = [{"id": "big", "delegates": 2}, {"id": "a"}, {"id": "b"}]
    solution = solve_checked(problem_doc(1, 2, people, [("big", "a"), ("big", "b")]))
    assert solution.placed == 2


def test_one_delegate_means_one_meeting_per_slot() -> None:
    solution = solve_checked(problem_doc(1, 2, 3, [("p1", "p2"), ("p1", "p3")]))
    assert solution.placed == 1
    assert "busy in s1" in solution.unscheduled[0].reason


def test_availability_sessions_and_fixed_slots_are_respected() -> None:
    people = [{"id": "p1", "unavailable": ["s1", "s2"]}, {"id": "p2"}, {"id": "p3"}, {"id": "p4"}]
    meetings = [
        {"id": "m1", "participants": ["p1", "p2"]},
        {"id": "m2", "participants": ["p3", "p4"], "sessions": ["pm"]},
        {"id": "m3", "participants": ["p2", "p3"], "fixed_slot": "s2"},
    ]
    solution = solve_checked(problem_doc(["am", "am", "pm", "pm"], 2, people, meetings))
    places = {a.meeting: a.slot for a in solution.assignments}
    assert places["m1"] in {"s3", "s4"} and places["m2"] in {"s3", "s4"} and places["m3"] == "s2"


def test_precedence_orders_meetings_and_a_cycle_is_reported_not_crashed() -> None:
    meetings = [
        {"id": "intro", "participants": ["p1", "p2"]},
        {"id": "follow", "participants": ["p1", "p2"], "after": ["intro"]},
        {"id": "x", "participants": ["p3", "p4"], "after": ["y"]},
        {"id": "y", "participants": ["p3", "p4"], "after": ["x"]},
    ]
    solution = solve_checked(problem_doc(3, 2, 4, meetings))
    places = {a.meeting: a.slot for a in solution.assignments}
    assert int(places["intro"][1:]) < int(places["follow"][1:])
    reasons = {u.meeting: u.reason for u in solution.unscheduled}
    assert set(reasons) == {"x", "y"}
    assert "precedence cycle" in reasons["x"]


def test_fixed_tables_host_their_owner_and_extra_delegates_use_shared_tables() -> None:
    people = [
        {"id": "stand", "table": "T1", "delegates": 2},
        {"id": "solo", "table": "T2"},
        {"id": "a"},
        {"id": "b"},
        {"id": "c"},
    ]
    meetings = [("stand", "a"), ("stand", "b"), ("solo", "c"), ("a", "b")]
    solution = solve_checked(problem_doc(2, ["T1", "T2", "T3"], people, meetings))
    assert solution.placed == 4
    by_id = solution.by_meeting()
    assert by_id["m3"].table == "T2"
    assert by_id["m4"].table == "T3"  # nobody's stand
    assert "T1" in {by_id["m1"].table, by_id["m2"].table}


def test_breaks_are_minimised_and_counted_per_session() -> None:
    # p1 meets four partners in a 4-slot session: only a contiguous block has no break.
    doc = problem_doc(["am"] * 6, 4, 5, [("p1", "p2"), ("p1", "p3"), ("p1", "p4"), ("p1", "p5")])
    doc["participants"][1]["unavailable"] = ["s1"]
    doc["participants"][2]["unavailable"] = ["s6"]
    solution = solve_checked(doc)
    assert solution.status == "optimal" and solution.breaks == 0
    slots = sorted(int(a.slot[1:]) for a in solution.assignments)
    assert slots == list(range(slots[0], slots[0] + 4))


def test_an_unavoidable_break_is_found_and_proven() -> None:
    # p1 is away in s3 and must meet four partners in five slots of one session: one break at least.
    doc = problem_doc(["am"] * 5, 2, 5, [("p1", "p2"), ("p1", "p3"), ("p1", "p4"), ("p1", "p5")])
    doc["participants"][0]["unavailable"] = ["s3"]
    solution = solve_checked(doc)
    assert solution.status == "optimal"
    assert solution.breaks == solution.breaks_bound == 1


def test_the_pause_between_sessions_is_not_a_break() -> None:
    def breaks(sessions: list[str]) -> int:
        doc = problem_doc(sessions, 1, 3, [("p1", "p2"), ("p1", "p3")])
        doc["meetings"][0]["fixed_slot"] = "s2"
        doc["meetings"][1]["fixed_slot"] = "s4"
        return solve_checked(doc).breaks

    assert breaks(["am", "am", "pm", "pm"]) == 0  # last slot before lunch, second after it: lunch is no break
    assert breaks(["day", "day", "day", "day"]) == 1  # idle in s3 of the same session


def test_conflicting_locked_meetings_are_reported_infeasible() -> None:
    meetings = [
        {"id": "a", "participants": ["p1", "p2"], "fixed_slot": "s1", "fixed_table": "1", "locked": True},
        {"id": "b", "participants": ["p1", "p3"], "fixed_slot": "s1", "fixed_table": "2", "locked": True},
        {"id": "c", "participants": ["p2", "p3"]},
    ]
    problem = parse_problem(problem_doc(2, 2, 3, meetings))
    solution = run_job(solve_job(problem, SolveOptions(time_limit=5)))
    assert solution.status == "infeasible"
    assert not solution.assignments
    reasons = {u.meeting: u.reason for u in solution.unscheduled}
    assert "locked meetings a, b all need p1 in slot s1" in reasons["a"]


def test_locked_meetings_stay_where_they_are() -> None:
    meetings = [
        {"id": "a", "participants": ["p1", "p2"], "fixed_slot": "s3", "fixed_table": "2", "locked": True},
        ("p1", "p3"),
        ("p2", "p3"),
    ]
    solution = solve_checked(problem_doc(3, 2, 3, meetings))
    assert solution.by_meeting()["a"].slot == "s3" and solution.by_meeting()["a"].table == "2"
    assert solution.placed == 3


def test_fairness_limits_the_spread_of_breaks() -> None:
    doc = random_event(7, participants=12, meetings=30, slots=8, tables=4)
    plain = solve_checked(doc, time_limit=4)
    fair = solve_checked(doc, time_limit=4, fairness=1)
    per = recount_breaks(doc, solution_to_dict(fair)["assignments"])
    everyone = [per.get(p["id"], 0) for p in doc["participants"]]
    if fair.status == "optimal":
        assert max(everyone) - min(everyone) <= 1 or fair.breaks == plain.breaks
    assert fair.weight == plain.weight


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_events_are_valid_and_fully_placed_when_they_fit(seed: int) -> None:
    doc = random_event(seed)
    solution = solve_checked(doc, time_limit=4)
    assert solution.placed == len(doc["meetings"])
    assert solution.status in ("optimal", "feasible")
    assert solution.first_solution_seconds is not None and solution.first_solution_seconds < 1


def test_progress_reports_best_and_bound_and_closing_stops_the_search() -> None:
    doc = random_event(11, participants=40, meetings=160, slots=12, tables=10)
    job = solve_job(parse_problem(doc), SolveOptions(time_limit=60))
    reports: list[SolverProgress] = []
    started = time.monotonic()
    for report in job:
        reports.append(report)
        if len(reports) >= 4:
            break
    job.close()  # cancels: CP-SAT must stop now, not after 60 s
    assert time.monotonic() - started < 10
    assert all(isinstance(r, SolverProgress) for r in reports)
    first = reports[0]
    assert first.phase == "greedy" and first.best_weight is not None and first.weight_bound is not None
    assert first.meetings == 160 and first.total == 60
    assert any(r.best_breaks is not None for r in reports[1:]) or any(r.phase == "placing" for r in reports)
    assert threading.active_count() < 20


def test_stop_event_ends_early_with_the_best_schedule_so_far() -> None:
    doc = random_event(12, participants=40, meetings=160, slots=12, tables=10)
    stop = threading.Event()
    job = solve_job(parse_problem(doc), SolveOptions(time_limit=60, stop=stop))
    started = time.monotonic()

    def on_progress(report: object) -> None:
        if time.monotonic() - started > 1:
            stop.set()

    solution = run_job(job, on_progress)
    assert time.monotonic() - started < 10
    assert solution.status in ("feasible", "optimal")
    assert not check(doc, solution_to_dict(solution))


def test_closing_during_the_cpsat_search_stops_its_thread_at_once() -> None:
    from matchmaker.core.scheduling.cpsat import ScheduleModel
    from matchmaker.core.scheduling.solver import _run_cpsat

    problem = parse_problem(random_event(13, participants=60, meetings=220, slots=14, tables=12))
    schedule = ScheduleModel(problem)
    schedule.model.add(schedule.weight >= problem.total_weight() - 20)
    schedule.model.minimize(schedule.breaks)
    before = threading.active_count()
    runner = _run_cpsat(schedule, 120, SolveOptions(workers=2), details=True)
    started = time.monotonic()
    next(runner)
    next(runner)
    assert threading.active_count() > before  # the search runs on its own thread
    runner.close()
    assert time.monotonic() - started < 10
    assert threading.active_count() == before
