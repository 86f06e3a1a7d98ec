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


def schedule_demo(database: Database) -> ScheduledDemo:
    with database.transaction() as session:
        report = run_job(load_demo(session))
        assert report.event_id is not None
        placed = place_greedily(session, report.event_id)
        assert len(placed) > 100
        event_id = session.scalars(select(Event.id).where(Event.id == report.event_id)).one()
    return ScheduledDemo(database, event_id)


@pytest.fixture
def demo(database: Database) -> ScheduledDemo:
    """The demo event, scheduled, on SQLite and on PostgreSQL."""
    return schedule_demo(database)


@pytest.fixture(scope="session")
def _scheduled_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A SQLite file with the scheduled demo, made once and copied for each test."""
    path = tmp_path_factory.mktemp("documents") / "demo.db"
    database = open_database(sqlite_url(path), daily_backup=False)
    try:
        event_id = schedule_demo(database).event_id
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
