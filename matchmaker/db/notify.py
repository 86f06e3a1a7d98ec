"""PostgreSQL LISTEN for the change feed: a commit with changes wakes the other clients at once.

:class:`ChangeListener` holds one connection of its own (autocommit) listening on
:data:`~matchmaker.db.changes.CHANNEL`. The UI watches :meth:`fileno` for readability and calls
:meth:`drain`, then polls the change log as usual; the log stays the source of truth, NOTIFY only
says when to look. SQLite has no NOTIFY: it keeps polling.
"""

from __future__ import annotations

from typing import Any

from .changes import CHANNEL
from .database import Database


class ChangeListener:
    """``LISTEN matchmaker_changes`` on a dedicated connection of ``database`` (PostgreSQL only)."""

    def __init__(self, database: Database) -> None:
        if database.backend != "postgresql":
            raise ValueError("LISTEN/NOTIFY needs PostgreSQL")
        self._client = database.client_id
        self._raw = database.engine.raw_connection()
        try:
            self._raw.rollback()  # leave any implicit transaction: autocommit can only be set outside one
            connection: Any = self._raw.driver_connection
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
            self._connection = connection
        except BaseException:
            self._raw.invalidate()
            raise
        self._database = database
        database.on_close.append(self.close)

    def fileno(self) -> int:
        return int(self._connection.fileno())

    def drain(self) -> int:
        """Read the notifications waiting now (never blocks); returns how many came from other clients."""
        return sum(1 for n in self._connection.notifies(timeout=0) if n.payload != self._client)

    def close(self) -> None:
        """Drop the connection (never handed back to the pool while it listens); closing twice is fine."""
        if self.close in self._database.on_close:
            self._database.on_close.remove(self.close)
        if self._raw.dbapi_connection is not None:
            self._raw.invalidate()
