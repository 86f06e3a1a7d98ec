"""The problem file format: errors name the field and path; the JSON Schemas agree with the parser."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from matchmaker.core.errors import ValidationFailed
from matchmaker.core.paths import shipped_dir
from matchmaker.core.scheduling import (
    SolveOptions,
    load_problem,
    parse_problem,
    parse_solution,
    problem_to_dict,
    solution_to_dict,
    solve,
)
from tests.scheduling.helpers import problem_doc

ISSUE_EXAMPLE = {
    "format": "matchmaker-schedule-problem/1",
    "slots": [
        {"id": "s1", "start": "2018-10-11T09:00", "end": "2018-10-11T09:20", "session": "d1-am"},
        {"id": "s2", "start": "2018-10-11T09:20", "end": "2018-10-11T09:40", "session": "d1-am"},
        {"id": "s3", "start": "2018-10-11T09:40", "end": "2018-10-11T10:00", "session": "d1-am"},
    ],
    "tables": 14,
    "participants": [
        {"id": "p1", "name": "Nordic AS", "delegates": 1, "unavailable": ["s3"], "table": None},
        {"id": "p2", "name": "Vilnius Film", "delegates": 1, "unavailable": [], "table": None},
    ],
    "meetings": [
        {"id": "m7", "participants": ["p1", "p2"], "priority": 2},
        {
            "id": "m1",
            "participants": ["p1", "p2"],
            "priority": 1,
            "sessions": ["d1-am"],
            "fixed_slot": None,
            "after": ["m7"],
        },
    ],
    "objective": {"fairness": None},
}


def _schema(name: str) -> dict[str, Any]:
    return json.loads((shipped_dir("resources") / "schemas" / name).read_text(encoding="utf-8"))


def _error(doc: object) -> str:
    with pytest.raises(ValidationFailed) as info:
        parse_problem(doc, source="P.json")
    return str(info.value)


def test_the_issue_example_parses_and_matches_the_schema() -> None:
    problem = parse_problem(ISSUE_EXAMPLE)
    assert [s.id for s in problem.slots] == ["s1", "s2", "s3"]
    assert problem.tables == tuple(str(n) for n in range(1, 15)) and problem.tables_numbered
    assert problem.meeting_by_id["m1"].after == ("m7",)
    jsonschema.validate(ISSUE_EXAMPLE, _schema("schedule-problem.schema.json"))
    assert parse_problem(problem_to_dict(problem)) == problem


def test_optional_fields_may_be_left_out_and_slot_order_is_time_order() -> None:
    doc = {"format": "matchmaker-schedule-problem/1", "slots": [{"id": "b"}, {"id": "a"}], "tables": ["T"]}
    problem = parse_problem(doc)
    assert [s.id for s in problem.slots] == ["b", "a"] and not problem.meetings
    timed = {
        "format": "matchmaker-schedule-problem/1",
        "slots": [{"id": "late", "start": "2018-10-11T10:00"}, {"id": "early", "start": "2018-10-11T09:00"}],
        "tables": 1,
    }
    assert [s.id for s in parse_problem(timed).slots] == ["early", "late"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["meetings"][1]["participants"].__setitem__(1, "p99"),
            "meetings[1].participants[1]: unknown participant 'p99'",
        ),
        (
            lambda d: d["meetings"][0]["participants"].__setitem__(1, "p1"),
            "meetings[0].participants[1]: a meeting with itself",
        ),
        (lambda d: d["meetings"][1].__setitem__("after", ["m404"]), "meetings[1].after[0]: unknown meeting 'm404'"),
        (lambda d: d["meetings"][1].__setitem__("fixed_slot", "s9"), "meetings[1].fixed_slot: unknown slot 's9'"),
        (lambda d: d["meetings"][1].__setitem__("sessions", ["d9"]), "meetings[1].sessions[0]: unknown session 'd9'"),
        (lambda d: d["meetings"][1].__setitem__("priority", "high"), "meetings[1].priority: must be a whole number"),
        (
            lambda d: d["participants"][0].__setitem__("unavailable", ["s7"]),
            "participants[0].unavailable[0]: unknown slot 's7'",
        ),
        (lambda d: d["participants"][0].__setitem__("delegates", 0), "participants[0].delegates: must be between 1"),
        (lambda d: d["participants"][0].__setitem__("table", "Z"), "participants[0].table: unknown table 'Z'"),
        (
            lambda d: d["participants"][1].__setitem__("id", "p1"),
            "participants[1].id: 'p1' is also the id of participants[0]",
        ),
        (lambda d: d["slots"][1].__setitem__("id", "s1"), "slots[1].id: 's1' is also the id of slots[0]"),
        (lambda d: d["slots"][1].__setitem__("start", "nine"), "slots[1].start: 'nine' is not a date and time"),
        (lambda d: d["slots"][1].__setitem__("start", "2018-10-11T09:10"), "overlaps slots[0]"),
        (lambda d: d["slots"][1].pop("start"), "slots[1].start: give a start time to every slot or to none"),
        (lambda d: d["slots"][0].__setitem__("colour", "red"), "slots[0].colour: unknown field"),
        (lambda d: d.__setitem__("tables", 0), "tables: must be between 1"),
        (lambda d: d.__setitem__("tables", "many"), "tables: must be a number of tables or a list"),
        (lambda d: d.__setitem__("format", "other/2"), "format: must be 'matchmaker-schedule-problem/1'"),
        (lambda d: d.pop("slots"), "slots: is required"),
        (lambda d: d.__setitem__("meetings", {"m1": 1}), "meetings: must be a list, not an object"),
        (lambda d: d["meetings"].__setitem__(0, "m1"), "meetings[0]: must be an object, not a string"),
        (lambda d: d.__setitem__("objective", {"fairness": -1}), "objective.fairness: must be between 0"),
    ],
)
def test_bad_problems_name_the_path_of_the_error(change: Any, message: str) -> None:
    doc = json.loads(json.dumps(ISSUE_EXAMPLE))
    change(doc)
    text = _error(doc)
    assert text.startswith("P.json: ")
    assert message in text


def test_a_session_must_not_be_interrupted() -> None:
    doc = problem_doc(["am", "pm", "am"], 1, 2, [])
    assert "session 'am' is interrupted" in _error(doc)


def test_not_an_object_and_unreadable_files_are_refused(tmp_path: Path) -> None:
    assert "must be an object, not a list" in _error([1, 2])
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(ValidationFailed, match=r"bad\.json: not valid JSON \(line 1"):
        load_problem(bad)
    with pytest.raises(ValidationFailed, match="Cannot read"):
        load_problem(tmp_path / "missing.json")
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ValidationFailed, match="not a UTF-8"):
        load_problem(binary)


def test_schema_rejects_what_the_parser_rejects_structurally() -> None:
    schema = _schema("schedule-problem.schema.json")
    for broken in (
        {**ISSUE_EXAMPLE, "tables": 0},
        {**ISSUE_EXAMPLE, "format": "x"},
        {**ISSUE_EXAMPLE, "extra": 1},
        {k: v for k, v in ISSUE_EXAMPLE.items() if k != "slots"},
    ):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, schema)
        with pytest.raises(ValidationFailed):
            parse_problem(broken)


def test_solutions_match_the_solution_schema_and_read_back() -> None:
    problem = parse_problem(ISSUE_EXAMPLE)
    solution = solve(problem, SolveOptions(time_limit=2))
    doc = solution_to_dict(solution)
    jsonschema.validate(doc, _schema("schedule-solution.schema.json"))
    assert doc["format"] == "matchmaker-schedule-solution/1"
    assert set(doc) >= {
        "status",
        "assignments",
        "unscheduled",
        "breaks",
        "breaks_bound",
        "weight",
        "weight_bound",
        "seconds",
    }
    again = parse_solution(json.loads(json.dumps(doc)), problem)
    assert again.assignments == solution.assignments and again.weight == solution.weight
    with pytest.raises(ValidationFailed, match=r"assignments\[0\]\.slot: unknown slot 'zz'"):
        parse_solution({**doc, "assignments": [{"meeting": "m1", "slot": "zz", "table": "1"}]}, problem)


def test_schemas_ship_in_the_resources_folder() -> None:
    folder = shipped_dir("resources") / "schemas"
    for name in ("schedule-problem.schema.json", "schedule-solution.schema.json"):
        jsonschema.Draft202012Validator.check_schema(json.loads((folder / name).read_text(encoding="utf-8")))
