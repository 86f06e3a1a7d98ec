"""Backups, restore, cross-process locks and the change feed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from matchmaker.core import model
from matchmaker.core.errors import DatabaseRefused
from matchmaker.db import Database, open_database
from matchmaker.db.backups import daily_backup_if_due, list_backups, restore_backup, take_backup
from matchmaker.db.changes import changes_since, latest_change_id
from matchmaker.db.locks import LockBusy, scheduler_lock


def _add_org(db: Database, name: str) -> None:
    with db.transaction() as session:
        session.add(model.Organisation(name=name, country="LT"))


def _org_names(db: Database) -> list[str]:
    with db.session() as session:
        return sorted(session.scalars(select(model.Organisation.name)))


def test_backups_rotate_keeping_the_newest(sqlite_database: Database) -> None:
    path = Path(sqlite_database.url.database or "")
    for _ in range(5):
        take_backup(path, "before-schedule", keep=3)
    kept = list_backups(path)
    assert len(kept) == 3 and all(b.reason == "before-schedule" for b in kept)


def test_daily_backup_once_a_day(sqlite_database: Database) -> None:
    path = Path(sqlite_database.url.database or "")
    assert daily_backup_if_due(path) is not None
    assert daily_backup_if_due(path) is None


def test_restore_brings_back_the_old_state_and_keeps_a_safety_copy(sqlite_database: Database) -> None:
    path = Path(sqlite_database.url.database or "")
    _add_org(sqlite_database, "Before")
    backup = take_backup(path, "manual")
    _add_org(sqlite_database, "After")
    sqlite_database.close()
    safety = restore_backup(path, backup.path)
    db = open_database(str(path))
    try:
        assert _org_names(db) == ["Before"]
    finally:
        db.close()
    restore_backup(path, safety.path)
    db = open_database(str(path))
    try:
        assert _org_names(db) == ["After", "Before"]
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.close()


def test_restore_refuses_a_foreign_file(sqlite_database: Database, tmp_path: Path) -> None:
    path = Path(sqlite_database.url.database or "")
    _add_org(sqlite_database, "Kept")
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseRefused):
        restore_backup(path, other)
    assert _org_names(sqlite_database) == ["Kept"]


def test_cli_lists_and_restores_backups(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db_file = tmp_path / "e.db"
    db = open_database(str(db_file))
    _add_org(db, "One")
    backup = take_backup(db_file, "manual")
    _add_org(db, "Two")
    db.close()
    code, out, _ = run_cli("--db", str(db_file), "db", "backups")
    assert code == 0 and "manual" in out
    code, out, err = run_cli("--db", str(db_file), "db", "restore", str(backup.path))
    assert code == 0, err
    db = open_database(str(db_file))
    try:
        assert _org_names(db) == ["One"]
    finally:
        db.close()


def test_only_one_scheduler_per_event(database: Database, db_url) -> None:  # type: ignore[no-untyped-def]
    other = open_database(db_url)
    try:
        with scheduler_lock(database, 1):
            with pytest.raises(LockBusy, match="already running the scheduler"), scheduler_lock(other, 1):
                pass
            with scheduler_lock(other, 2):  # another event is fine
                pass
        with scheduler_lock(other, 1):  # released
            pass
    finally:
        other.close()


def test_change_feed_shows_other_clients_edits(database: Database) -> None:
    with database.session() as session:
        start = latest_change_id(session)
    _add_org(database, "Nebula")
    with database.session() as session:
        own = changes_since(session, start, include_own=True)
        assert own.tables == {"organisation"} and own.rows[0][2] == "insert"
        assert changes_since(session, start).rows == ()  # our own edits are not news to us
