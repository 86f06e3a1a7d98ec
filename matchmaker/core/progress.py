"""Long jobs are generators that yield :class:`Progress`; callers drive them.

The CLI prints progress lines; the UI runs the generator on a worker thread and
cancels it by calling ``close()`` (the job's ``finally`` blocks roll back).
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    """How far a job is; ``total`` is None when unknown."""

    done: int
    total: int | None = None
    message: str = ""

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, self.done / self.total)


Job = Generator[Progress, None, T]


def run_job(job: Job[T], on_progress: Callable[[Progress], object] | None = None) -> T:
    """Drive ``job`` to the end, passing each progress report on; returns its result."""
    while True:
        try:
            report = next(job)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        if on_progress is not None:
            on_progress(report)
