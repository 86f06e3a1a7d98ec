"""Small problem builders and a solve-and-check helper for the scheduling tests."""

from __future__ import annotations

import random
from typing import Any

from matchmaker.core.progress import run_job
from matchmaker.core.scheduling import (
    ScheduleSolution,
    SolveOptions,
    parse_problem,
    problem_to_dict,
    solution_to_dict,
    solve_job,
)
from tests.scheduling.checker import check

FORMAT = "matchmaker-schedule-problem/1"


def problem_doc(
    slots: int | list[str] = 6,
    tables: int | list[str] = 4,
    participants: list[dict[str, Any]] | int = 4,
    meetings: list[Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A problem document: ``meetings`` may be pairs like ("p1", "p2") or full dicts."""
    if isinstance(slots, int):
        slot_items = [{"id": f"s{i + 1}"} for i in range(slots)]
    else:
        slot_items = [{"id": f"s{i + 1}", "session": code} for i, code in enumerate(slots)]
    if isinstance(participants, int):
        participants = [{"id": f"p{i + 1}"} for i in range(participants)]
    items = []
    for index, m in enumerate(meetings or []):
        items.append(m if isinstance(m, dict) else {"id": f"m{index + 1}", "participants": list(m)})
    return {
        "format": FORMAT,
        "slots": slot_items,
        "tables": tables,
        "participants": participants,
        "meetings": items,
        **extra,
    }


def solve_checked(
    doc: dict[str, Any], *, time_limit: float = 5.0, previous: Any = None, **options: Any
) -> ScheduleSolution:
    """Solve and assert the independent checker finds no violation (also after a JSON round trip)."""
    problem = parse_problem(doc)
    assert parse_problem(problem_to_dict(problem)) == problem
    solution = run_job(solve_job(problem, SolveOptions(time_limit=time_limit, **options), previous=previous))
    errors = check(doc, solution_to_dict(solution))
    assert not errors, errors
    return solution


def random_event(
    seed: int, participants: int = 30, meetings: int = 80, slots: int = 12, tables: int = 8
) -> dict[str, Any]:
    """A random event-like instance with two sessions, a few unavailable slots and mixed priorities."""
    rng = random.Random(seed)
    half = slots // 2
    slot_items = [{"id": f"s{i + 1}", "session": "am" if i < half else "pm"} for i in range(slots)]
    people = [
        {
            "id": f"p{i + 1}",
            "name": f"Company {i + 1}",
            "delegates": 2 if rng.random() < 0.1 else 1,
            "unavailable": [s["id"] for s in slot_items if rng.random() < 0.05],
        }
        for i in range(participants)
    ]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < meetings:
        a, b = rng.sample(range(participants), 2)
        pairs.add((min(a, b), max(a, b)))
    items = [
        {"id": f"m{k + 1}", "participants": [f"p{a + 1}", f"p{b + 1}"], "priority": rng.choice([4, 2, 2, 1])}
        for k, (a, b) in enumerate(sorted(pairs))
    ]
    return {"format": FORMAT, "slots": slot_items, "tables": tables, "participants": people, "meetings": items}
