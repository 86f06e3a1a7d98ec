"""Hypothesis fuzz of the problem parser: no input escapes as an unhandled exception."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchmaker.core.errors import ValidationFailed
from matchmaker.core.scheduling import parse_problem
from tests.scheduling.helpers import problem_doc

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
KEYS = ["format", "slots", "tables", "participants", "meetings", "objective", "id", "start", "end", "session",
        "name", "delegates", "unavailable", "table", "priority", "sessions", "fixed_slot", "after", "fixed_table",
        "locked"]  # fmt: skip
BASE = problem_doc(
    ["am", "am", "pm"],
    ["A", "B"],
    [{"id": "p1", "table": "A"}, {"id": "p2"}, {"id": "p3", "unavailable": ["s1"]}],
    [("p1", "p2"), {"id": "m2", "participants": ["p2", "p3"], "after": ["m1"], "sessions": ["pm"]}],
    objective={"fairness": 1},
)


def _parse(doc: object) -> None:
    try:
        parse_problem(doc)
    except ValidationFailed as exc:
        assert exc.message.strip()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JSON)
def test_any_json_value_is_parsed_or_refused_with_a_message(value: Any) -> None:
    _parse(value)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_mutations_of_a_valid_problem_are_parsed_or_refused_with_a_message(data: st.DataObject) -> None:
    doc = json.loads(json.dumps(BASE))
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        path = data.draw(st.sampled_from(paths))
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[path[-1]] = data.draw(JSON | st.sampled_from(["s1", "p1", "m1", "A", "am", 0, -1, 2**40]))
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.sampled_from(KEYS))] = data.draw(JSON)
    _parse(doc)
