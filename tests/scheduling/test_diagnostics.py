"""Concrete reasons when meetings cannot be placed."""

from __future__ import annotations

from matchmaker.core.scheduling import diagnose, parse_problem
from tests.scheduling.helpers import problem_doc, solve_checked


def test_an_overloaded_participant_is_named_with_its_numbers() -> None:
    people = [{"id": "x", "name": "Nordic AS", "unavailable": ["s1", "s2"]}] + [{"id": f"p{i}"} for i in range(1, 16)]
    meetings = [("x", f"p{i}") for i in range(1, 15)]
    doc = problem_doc(14, 20, people, meetings)
    findings = diagnose(parse_problem(doc))
    assert any(
        f.kind == "overloaded" and f.message == "Nordic AS has 14 meetings but only 12 free slots" for f in findings
    )
    solution = solve_checked(doc)
    assert solution.placed == 12
    for item in solution.unscheduled:
        assert "Nordic AS has 14 meetings but only 12 free slots" in item.reason


def test_full_tables_are_reported_with_slot_ranges() -> None:
    meetings = [(f"a{i}", f"b{i}") for i in range(7)]
    people = [{"id": f"a{i}"} for i in range(7)] + [{"id": f"b{i}"} for i in range(7)]
    doc = problem_doc(5, 1, people, meetings)
    for p in people[:7]:
        p["unavailable"] = ["s1", "s2"]
    solution = solve_checked(doc)
    assert solution.placed == 3
    assert all("tables are full in slots s3–s5" in u.reason for u in solution.unscheduled)
    assert all("not possible in s1–s2" in u.reason for u in solution.unscheduled)


def test_capacity_cycles_and_impossible_meetings_are_found_before_solving() -> None:
    meetings = [
        {"id": "x", "participants": ["p1", "p2"], "after": ["y"]},
        {"id": "y", "participants": ["p1", "p3"], "after": ["x"]},
        {"id": "z", "participants": ["p2", "p3"], "fixed_slot": "s1"},
    ]
    doc = problem_doc(2, 1, 3, meetings)
    doc["participants"][2]["unavailable"] = ["s1"]
    findings = {f.kind: f for f in diagnose(parse_problem(doc))}
    assert findings["cycle"].message in ("precedence cycle: x → y → x", "precedence cycle: y → x → y")
    assert "p3 cannot attend its fixed slot s1" in findings["no-slot"].message
    crowded = problem_doc(1, 1, 4, [("p1", "p2"), ("p3", "p4")])
    assert any(
        f.kind == "capacity" and "1 tables × 1 slots give 1 places for 2 meetings" in f.message
        for f in diagnose(parse_problem(crowded))
    )


def test_a_meeting_that_must_follow_an_unplaced_one_says_so() -> None:
    meetings = [
        {"id": "first", "participants": ["p1", "p2"], "fixed_slot": "s2"},
        {"id": "second", "participants": ["p1", "p2"], "after": ["first"]},
    ]
    solution = solve_checked(problem_doc(2, 1, 2, meetings))
    reasons = {u.meeting: u.reason for u in solution.unscheduled}
    assert set(reasons) == {"second"}
    assert "come before meetings it must follow" in reasons["second"]
