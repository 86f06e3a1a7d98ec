"""Repair: minimal moves after changes, exact change reports, locked meetings kept."""

from __future__ import annotations

import copy

from matchmaker.core.scheduling import Assignment, parse_problem
from matchmaker.core.scheduling.changes import changes_by_participant, meeting_changes
from tests.scheduling.helpers import random_event, solve_checked


def _base() -> tuple[dict, dict[str, Assignment]]:  # type: ignore[type-arg]
    doc = random_event(21, participants=24, meetings=60, slots=12, tables=8)
    solution = solve_checked(doc, time_limit=4)
    assert solution.placed == 60
    return doc, solution.by_meeting()


def test_a_cancellation_moves_nothing_else() -> None:
    doc, before = _base()
    changed = copy.deepcopy(doc)
    gone = changed["meetings"].pop(5)["id"]
    previous = {mid: a for mid, a in before.items() if mid != gone}
    solution = solve_checked(changed, time_limit=4, previous=previous)
    assert solution.moved == 0
    assert solution.by_meeting() == previous


def test_a_new_request_is_placed_without_moving_others_when_there_is_room() -> None:
    doc, before = _base()
    changed = copy.deepcopy(doc)
    taken = {tuple(sorted(m["participants"])) for m in doc["meetings"]}
    pair = next(
        (a["id"], b["id"])
        for a in doc["participants"]
        for b in doc["participants"]
        if a["id"] < b["id"] and (a["id"], b["id"]) not in taken
    )
    changed["meetings"].append({"id": "new", "participants": list(pair), "priority": 4})
    solution = solve_checked(changed, time_limit=4, previous=before)
    placed = solution.by_meeting()
    assert "new" in placed
    assert solution.moved == 0
    assert {mid: a for mid, a in placed.items() if mid != "new"} == before


def test_a_late_arrival_moves_only_its_early_meetings() -> None:
    doc, before = _base()
    changed = copy.deepcopy(doc)
    slots = [s["id"] for s in doc["slots"]]
    busiest = max(changed["participants"], key=lambda p: sum(p["id"] in m["participants"] for m in doc["meetings"]))
    busiest["unavailable"] = sorted(set(busiest["unavailable"]) | set(slots[:3]))
    problem = parse_problem(changed)
    forced = [
        mid for mid, a in before.items()
        if busiest["id"] in problem.meeting_by_id[mid].participants and a.slot in slots[:3]
    ]  # fmt: skip
    solution = solve_checked(changed, time_limit=6, previous=before)
    after = solution.by_meeting()
    moved = [mid for mid, a in before.items() if mid not in after or after[mid].slot != a.slot]
    assert set(forced) <= set(moved)
    assert solution.moved == len(moved)
    assert len(moved) <= len(forced) * 3  # the forced moves and at most a few knock-on moves
    for mid in moved:
        assert (
            after.get(mid) is None
            or after[mid].slot not in slots[:3]
            or busiest["id"] not in problem.meeting_by_id[mid].participants
        )


def test_a_removed_slot_and_table_are_repaired_and_reported_per_participant() -> None:
    doc, before = _base()
    changed = copy.deepcopy(doc)
    removed = "s4"
    changed["slots"] = [s for s in changed["slots"] if s["id"] != removed]
    for p in changed["participants"]:
        p["unavailable"] = [s for s in p["unavailable"] if s != removed]
    changed["tables"] = 7  # table "8" is gone
    solution = solve_checked(changed, time_limit=6, previous=before)
    after = solution.by_meeting()
    in_removed = [mid for mid, a in before.items() if a.slot == removed]
    assert in_removed and all(mid not in after or after[mid].slot != removed for mid in in_removed)
    problem = parse_problem(changed)
    changes = meeting_changes(problem, before, after)
    kinds = {c.meeting: c.kind for c in changes}
    for mid in in_removed:
        assert kinds[mid] in ("moved", "removed")
    on_table_8 = [mid for mid, a in before.items() if a.table == "8" and a.slot != removed]
    for mid in on_table_8:
        assert kinds.get(mid) in ("table", "moved", "removed")
    for mid, kind in kinds.items():  # nothing is reported that did not change
        assert before.get(mid) != after.get(mid), (mid, kind)
    groups = changes_by_participant(problem, changes)
    for group in groups:
        for change in group.changes:
            assert group.participant in problem.meeting_by_id[change.meeting].participants
        assert len(group.lines()) == len(group.changes)


def test_locked_meetings_never_move_in_a_repair() -> None:
    doc, before = _base()
    changed = copy.deepcopy(doc)
    locked = changed["meetings"][0]
    locked.update(fixed_slot=before[locked["id"]].slot, fixed_table=before[locked["id"]].table, locked=True)
    people = set(locked["participants"])
    for p in changed["participants"]:
        if p["id"] in people:
            p["unavailable"] = [before[locked["id"]].slot]  # even when they are marked away then
    solution = solve_checked(changed, time_limit=4, previous=before)
    assert solution.by_meeting()[locked["id"]] == before[locked["id"]]


def test_a_repair_keeps_the_tables_of_a_stand_with_two_delegates() -> None:
    # "big" owns table A and has two delegates: its meetings may use A or the shared tables.
    people = [{"id": "big", "table": "A", "delegates": 2}] + [{"id": f"p{i}"} for i in range(1, 9)]
    meetings = [{"id": f"m{i}", "participants": ["big", f"p{i}"]} for i in range(1, 9)]
    doc = {"format": "matchmaker-schedule-problem/1", "slots": [{"id": f"s{i}"} for i in range(1, 6)],
           "tables": ["A", "B", "C"], "participants": people, "meetings": meetings}  # fmt: skip
    before = solve_checked(doc, time_limit=4).by_meeting()
    changed = copy.deepcopy(doc)
    changed["meetings"].pop(0)
    changed["participants"].append({"id": "q"})
    changed["meetings"].append({"id": "new", "participants": ["q", "p8"]})
    previous = {mid: a for mid, a in before.items() if mid != "m1"}
    solution = solve_checked(changed, time_limit=4, previous=previous)
    after = solution.by_meeting()
    assert "new" in after and solution.moved == 0
    assert {mid: after[mid] for mid in previous} == previous  # same slots and the same tables
