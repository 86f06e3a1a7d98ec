"""Fixtures for the documents tests: the demo event with its accepted requests placed into meetings."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from matchmaker.core.demo import load_demo
from matchmaker.core.documents import EventData, ensure_database_uid, load_event_data
from matchmaker.core.model import Event
from matchmaker.core.progress import run_job
from matchmaker.core.scheduling import SolveOptions, solve
from matchmaker.core.scheduling.event_bridge import event_problem, save_solution
from matchmaker.db import Database, open_database
from matchmaker.db.url import sqlite_url
from tests.documents.scheduling import place_greedily


@dataclass
class ScheduledDemo:
    database: Database
    event_id: int

    def data(self) -> EventData:
        with self.database.transaction() as session:
            uid = ensure_database_uid(session)
        with self.database.session() as session:
            return load_event_data(session, self.event_id, uid=uid)


def schedule_demo(database: Database, *, solver: bool = False) -> ScheduledDemo:
    """Load the demo and place its accepted requests: greedily (fast), or with the real CP-SAT scheduler."""
    with database.transaction() as session:
        report = run_job(load_demo(session))
        assert report.event_id is not None
        event = session.scalars(select(Event).where(Event.id == report.event_id)).one()
        if solver:
            built = event_problem(session, event)
            solution = solve(built.problem, SolveOptions(time_limit=8.0, workers=2, seed=1))
            assert len(solution.assignments) > 100, solution.status
            save_solution(session, built, solution)
        else:
            assert len(place_greedily(session, event.id)) > 100
        event_id = event.id
    return ScheduledDemo(database, event_id)


@pytest.fixture
def demo(database: Database) -> ScheduledDemo:
    """The demo event, scheduled, on SQLite and on PostgreSQL."""
    return schedule_demo(database)


@pytest.fixture(scope="session")
def _scheduled_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A SQLite file with the demo scheduled by the real scheduler, made once and copied for each test."""
    path = tmp_path_factory.mktemp("documents") / "demo.db"
    database = open_database(sqlite_url(path), daily_backup=False)
    try:
        event_id = schedule_demo(database, solver=True).event_id
    finally:
        database.close()
    return path, event_id


@pytest.fixture
def sqlite_demo(_scheduled_sqlite_template: tuple[Path, int], tmp_path: Path) -> Iterator[ScheduledDemo]:
    """The demo event, scheduled, on SQLite only (for the slower file tests)."""
    template, event_id = _scheduled_sqlite_template
    path = tmp_path / "matchmaker.db"
    shutil.copyfile(template, path)
    database = open_database(sqlite_url(path), daily_backup=False)
    yield ScheduledDemo(database, event_id)
    database.close()
