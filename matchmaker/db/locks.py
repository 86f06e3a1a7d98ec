"""Cross-process locks: only one scheduler run per event at a time, on SQLite and PostgreSQL."""

from __future__ import annotations

import fcntl
import os
import zlib
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from sqlalchemy import text

from matchmaker.core.errors import MatchmakerError

from .database import Database
from .url import sqlite_path


class LockBusy(MatchmakerError):
    """Someone else holds the lock."""


@contextmanager
def exclusive(database: Database, name: str, *, busy_message: str) -> Iterator[None]:
    """Hold the named lock for the block, or raise LockBusy at once if another process has it.

    PostgreSQL uses a session advisory lock; SQLite a non-blocking ``flock`` beside the file.
    Both are released when the holder dies, so a crash never leaves a stale lock.
    """
    path = sqlite_path(database.url)
    if database.backend == "postgresql":
        key = zlib.crc32(name.encode()) - 2**31
        with database.engine.connect() as connection:
            got = connection.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar()
            if not got:
                raise LockBusy(busy_message)
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                connection.commit()
        return
    if path is None:  # in-memory: one process only
        yield
        return
    lock_path = path.with_name(f"{path.name}.{name}.lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockBusy(busy_message) from None
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def scheduler_lock(database: Database, event_id: int) -> AbstractContextManager[None]:
    """The lock a scheduler run on ``event_id`` must hold."""
    return exclusive(
        database,
        f"scheduler-{event_id}",
        busy_message="Another organiser is already running the scheduler for this event; try again when it finishes",
    )
