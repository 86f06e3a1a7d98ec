"""Hostile files on disk: random and damaged bytes are refused with a message naming the file, never a crash.

The parsers' own suites fuzz decoded documents (tests/scheduling/test_fuzz.py, tests/catalogue/test_fuzz.py);
this adds the step before: reading the bytes of a file (encoding, JSON syntax, truncation, BOMs).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchmaker.core.errors import MatchmakerError
from matchmaker.core.scheduling import parse_problem
from matchmaker.core.scheduling.fileformat import load_problem, load_solution
from matchmaker.core.taxonomy import load_taxonomy
from tests.scheduling.helpers import problem_doc

PROBLEM = problem_doc(["am", "am"], ["A"], [{"id": "p1"}, {"id": "p2"}], [("p1", "p2")])
VALID = json.dumps(PROBLEM).encode()
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _damaged() -> st.SearchStrategy[bytes]:
    """Random bytes, and the valid file cut short, with bytes flipped, or behind a BOM or odd encoding."""
    cut = st.integers(0, len(VALID)).map(lambda n: VALID[:n])
    flipped = st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)).map(
        lambda p: VALID[: p[0]] + bytes([p[1]]) + VALID[p[0] + 1 :]
    )
    encoded = st.sampled_from(["utf-16", "utf-32", "latin-1", "utf-8-sig"]).map(
        lambda enc: json.dumps(PROBLEM, ensure_ascii=False).replace("p1", "pö").encode(enc)
    )
    return st.binary(max_size=512) | cut | flipped | encoded


def _refused_or_read(load, data: bytes, suffix: str) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"hostile{suffix}"
        path.write_bytes(data)
        try:
            load(path)
        except MatchmakerError as exc:
            assert exc.message.strip(), "a refusal always says why"
            assert "hostile" in exc.message, f"the message names the file: {exc.message}"


@SETTINGS
@given(_damaged())
def test_problem_files(data: bytes) -> None:
    _refused_or_read(load_problem, data, ".json")


@SETTINGS
@given(_damaged())
def test_solution_files(data: bytes) -> None:
    problem = parse_problem(PROBLEM)
    _refused_or_read(lambda path: load_solution(path, problem), data, ".json")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=512) | st.just(b'{"format": "matchmaker-taxonomy", "nodes": [{}]}'))
def test_taxonomy_files(data: bytes) -> None:
    _refused_or_read(load_taxonomy, data, ".json")
