"""Engine creation with the pragmas and timeouts Matchmaker relies on."""

from __future__ import annotations

import os
import sqlite3
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL

#: How long a SQLite write waits for another process's write to finish, per attempt (see
#: ``Database.transaction``, which makes :data:`WRITE_ATTEMPTS` of them). ``MATCHMAKER_SQLITE_BUSY_MS``
#: shortens it for tests.
SQLITE_BUSY_TIMEOUT_MS = int(os.environ.get("MATCHMAKER_SQLITE_BUSY_MS", "15000"))
WRITE_ATTEMPTS = 4
#: Connection execution option marking a transaction that will write.
WRITE_OPTION = "matchmaker_write"


def make_engine(url: URL, **kwargs: Any) -> Engine:
    """An engine for ``url``. SQLite gets foreign keys, WAL and a busy timeout."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        from .storage import install_storage_errors  # storage imports url, which needs nothing from here

        install_storage_errors(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        mode = cursor.execute("PRAGMA journal_mode").fetchone()
        if mode and str(mode[0]).lower() not in ("wal", "memory"):
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _sqlite_on_begin(connection: Connection) -> None:
    # A write transaction takes the write lock up front (BEGIN IMMEDIATE), so it waits on the busy
    # timeout instead of failing with "database is locked" when it reads first and writes later while
    # another process writes. Other sessions keep pysqlite's own behaviour: reads hold no snapshot and
    # a transaction starts at the first write, so long-lived UI sessions never block or go stale.
    if connection.get_execution_options().get(WRITE_OPTION, False):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
