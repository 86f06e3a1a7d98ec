"""Scheduler runs on the database: the lock, the backup and the transaction around the core.

:func:`schedule_event_job` is a job (a generator of :class:`SolverProgress`) the CLI and the
Schedule page both drive: it holds :func:`scheduler_lock` for the whole run, builds the problem,
solves (or repairs), takes a SQLite backup and saves in one transaction. Closing the generator
cancels the run and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm.exc import StaleDataError

from matchmaker.core.errors import MatchmakerError, NotFound
from matchmaker.core.faults import pause_point
from matchmaker.core.model import Event, ScheduleRun, ScheduleRunKind, utcnow
from matchmaker.core.progress import Job
from matchmaker.core.scheduling import ScheduleSolution, SolveOptions
from matchmaker.core.scheduling.event_bridge import (
    EventProblem,
    SaveReport,
    event_problem,
    participant_report,
    save_solution,
    undo_last_run,
)
from matchmaker.core.scheduling.isolated import solve_job_isolated

from .backups import take_backup
from .database import Database
from .locks import scheduler_lock
from .url import sqlite_path


@dataclass(frozen=True)
class EventScheduleResult:
    """What a run did: the solution, the saved run (None for a dry run) and the changes per participant."""

    built: EventProblem
    solution: ScheduleSolution
    saved: SaveReport | None
    per_participant: dict[str, list[str]]


def build_event_problem(
    database: Database, event_id: int, *, now: datetime | None = None, fairness: int | None = None
) -> EventProblem:
    """The event's problem, read in a short session of its own."""
    with database.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise NotFound(f"No event with id {event_id}")
        return event_problem(session, event, now=now, fairness=fairness)


def schedule_event_job(
    database: Database,
    event_id: int,
    options: SolveOptions | None = None,
    *,
    repair: bool = False,
    now: datetime | None = None,
    save: bool = True,
    isolated: bool = False,
) -> Job[EventScheduleResult]:
    """Solve (or, with ``repair``, minimally repair) the event's schedule and save it, undoably.

    ``isolated``: solve in a child process (:mod:`matchmaker.core.scheduling.isolated`), so this
    process never loads OR-Tools; the app uses it to keep its UI thread free.
    """
    if isolated:
        solve_job = solve_job_isolated
    else:
        from matchmaker.core.scheduling.solver import solve_job  # loads OR-Tools
    with scheduler_lock(database, event_id):
        started_at = utcnow()
        built = build_event_problem(database, event_id, now=now if repair else None)
        previous = built.current if repair else None
        solution = yield from solve_job(built.problem, options, previous=previous)
        saved = None
        if save and solution.assignments:
            path = sqlite_path(database.url)
            if path is not None:
                take_backup(path, "before-schedule")
            kind = ScheduleRunKind.REPAIR if repair else ScheduleRunKind.SOLVE
            try:
                with database.transaction() as session:
                    saved = save_solution(session, built, solution, kind=kind, started_at=started_at)
                    session.flush()
                    pause_point("schedule.commit")  # test-only: see matchmaker.core.faults
            except StaleDataError:
                raise MatchmakerError(
                    "Meetings of this event changed while the scheduler ran; nothing was saved. Run it again."
                ) from None
        changes = saved.changes if saved is not None else []
        if saved is None:
            from matchmaker.core.scheduling.changes import meeting_changes

            changes = meeting_changes(built.problem, built.current, solution.by_meeting())
        return EventScheduleResult(built, solution, saved, participant_report(built, changes))


def undo_schedule(database: Database, event_id: int, run_id: int | None = None) -> ScheduleRun:
    """Undo the event's latest schedule run (backup first on SQLite, under the scheduler lock).

    ``run_id``: only if that run is still the latest (see :func:`undo_last_run`).
    """
    with scheduler_lock(database, event_id):
        path = sqlite_path(database.url)
        if path is not None:
            take_backup(path, "before-undo")
        try:
            with database.transaction() as session:
                return undo_last_run(session, event_id, run_id)
        except StaleDataError:
            raise MatchmakerError("Meetings of this event changed during the undo; nothing was changed") from None
