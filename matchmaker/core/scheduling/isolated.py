"""Solve in a child process, so the calling process never loads OR-Tools.

Loading OR-Tools (and the pandas and protobuf it pulls in) runs long stretches of native start-up
code that hold the interpreter lock, and CP-SAT's own Python callbacks compete for it all through
the search. In the desktop app that froze the UI thread for a quarter of a second before the
first progress report. Here the parent only reads JSON lines from a pipe.

Protocol (one JSON document per line):

- parent → child, stdin: ``{"problem": ..., "previous": [...], "options": {...}}``; later the line
  ``stop`` asks the search to end and keep its best schedule;
- child → parent, stdout: ``{"progress": {...}}`` while solving, then ``{"solution": {...}}`` or
  ``{"error": "message"}``.

Closing the job (a cancel) kills the child at once.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Mapping
from dataclasses import asdict, fields
from pathlib import Path
from typing import IO, Any

from ..errors import MatchmakerError
from ..progress import Job
from .fileformat import parse_problem, parse_solution, problem_to_dict, solution_to_dict
from .options import SolveOptions, SolverProgress
from .problem import Assignment, ScheduleProblem, ScheduleSolution

_POLL_SECONDS = 0.1
_PROGRESS_FIELDS = {f.name for f in fields(SolverProgress)}


def solve_job_isolated(
    problem: ScheduleProblem,
    options: SolveOptions | None = None,
    *,
    previous: Mapping[str, Assignment] | None = None,
) -> Job[ScheduleSolution]:
    """Like :func:`matchmaker.core.scheduling.solve_job`, but the search runs in a child process."""
    options = options or SolveOptions()
    request = {
        "problem": problem_to_dict(problem),
        "previous": [asdict(a) for a in (previous or {}).values()],
        "options": {
            "time_limit": options.time_limit,
            "workers": options.workers,
            "fairness": options.fairness,
            "move_cost": options.move_cost,
            "seed": options.seed,
        },
    }
    child = subprocess.Popen(
        [sys.executable, "-m", __name__],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_child_environment(),
    )
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    lines: queue.Queue[bytes] = queue.Queue()
    errors: list[bytes] = []
    threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True).start()
    threading.Thread(target=_drain, args=(child.stderr, errors), daemon=True).start()
    stop_sent = False
    try:
        _send(child.stdin, json.dumps(request).encode() + b"\n")
        while True:
            if not stop_sent and options.stop is not None and options.stop.is_set():
                _send(child.stdin, b"stop\n")
                stop_sent = True
            try:
                line = lines.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                continue
            if not line:  # end of output without a result: the child died
                child.wait()
                raise MatchmakerError(_died(child.returncode, errors))
            message = json.loads(line)
            if "progress" in message:
                values = {k: v for k, v in message["progress"].items() if k in _PROGRESS_FIELDS}
                yield SolverProgress(**values)
            elif "solution" in message:
                return parse_solution(message["solution"], problem, source="scheduler process")
            else:
                raise MatchmakerError(str(message.get("error", "The scheduler failed")))
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        for stream in (child.stdin, child.stdout, child.stderr):
            stream.close()


def _child_environment() -> dict[str, str]:
    # The child must import this very copy of matchmaker (a checkout, or an installed wheel).
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[3])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def _send(stream: IO[bytes], data: bytes) -> None:
    try:
        stream.write(data)
        stream.flush()
    except (BrokenPipeError, ValueError):
        pass  # the child has gone; its exit is reported from its output


def _pump(stream: IO[bytes], lines: queue.Queue[bytes]) -> None:
    for line in iter(stream.readline, b""):
        lines.put(line)
    lines.put(b"")


def _drain(stream: IO[bytes], errors: list[bytes]) -> None:
    for line in iter(stream.readline, b""):
        errors.append(line)
        del errors[:-20]


def _died(code: int, errors: list[bytes]) -> str:
    detail = b"".join(errors).decode(errors="replace").strip().splitlines()
    last = detail[-1] if detail else "no message"
    return f"The scheduler process stopped unexpectedly (exit code {code}): {last}"


def _child_main() -> int:
    """The child's side: read one request, solve with progress on stdout, answer with the solution."""
    from .solver import solve_job

    out = sys.stdout
    request = json.loads(sys.stdin.readline())
    stop = threading.Event()

    def watch_stdin() -> None:
        for line in sys.stdin:
            if line.strip() == "stop":
                stop.set()
        stop.set()  # the parent went away: end the search quickly

    threading.Thread(target=watch_stdin, daemon=True).start()

    def emit(message: dict[str, Any]) -> None:
        out.write(json.dumps(message) + "\n")
        out.flush()

    try:
        problem = parse_problem(request["problem"], source="scheduler request")
        previous = {a["meeting"]: Assignment(**a) for a in request["previous"]}
        options = SolveOptions(**request["options"], stop=stop)
        job = solve_job(problem, options, previous=previous or None)
        while True:
            try:
                report = next(job)
            except StopIteration as finished:
                emit({"solution": solution_to_dict(finished.value)})
                return 0
            emit({"progress": asdict(report)})
    except MatchmakerError as exc:
        emit({"error": str(exc)})
        return 0


if __name__ == "__main__":
    raise SystemExit(_child_main())
