"""The scheduler's options and progress reports: light, so importing them never loads OR-Tools."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from ..progress import Progress

DEFAULT_TIME_LIMIT = 30.0
LARGE_MODEL_CELLS = 60_000  # meeting-slot pairs beyond which CP-SAT is skipped
DEFAULT_MOVE_COST = 5  # a move can change at most 4 breaks, so a move is never traded for fewer breaks


@dataclass(frozen=True)
class SolverProgress(Progress):
    """A live report of a solve: ``done``/``total`` are elapsed and allowed whole seconds."""

    phase: str = ""  # "greedy", "placing", "breaks", "repair", "done"
    status: str = "unknown"
    best_weight: int | None = None
    weight_bound: int | None = None
    best_breaks: int | None = None
    breaks_bound: int | None = None
    placed: int | None = None
    meetings: int = 0
    moved: int | None = None
    seconds: float = 0.0


@dataclass(frozen=True)
class SolveOptions:
    """``stop``: set it to end the search early and keep the best schedule found so far."""

    time_limit: float = DEFAULT_TIME_LIMIT
    workers: int = 8  # CP-SAT's portfolio needs several workers for its neighbourhood search, even on 2 cores
    fairness: int | None = None  # overrides the problem's objective.fairness when set
    move_cost: int = DEFAULT_MOVE_COST
    seed: int = 0
    stop: threading.Event | None = field(default=None, compare=False)
