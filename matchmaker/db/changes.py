"""A change feed so team-mode clients see each other's edits (polling ``change_log``).

Every ORM flush records which rows of which tables were inserted, updated or
deleted, in the same transaction as the change itself. On PostgreSQL it also sends
``NOTIFY matchmaker_changes`` (delivered at commit), so listeners poll at once instead of
at their next tick (see :mod:`matchmaker.db.notify`); polling stays the fallback.

The log is pruned when a database is opened (:func:`prune_changes`): entries older than
:data:`KEEP_DAYS` go. A client that slept through a pruning and asks for changes from before
it is told to reload everything (a gap), so it can never miss a change silently.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, event, func, insert, select, text, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session, sessionmaker

from matchmaker.core.model import AppMeta, Base, ChangeLog, utcnow

CLIENT_ID = uuid.uuid4().hex[:16]
#: PostgreSQL channel a commit with changes notifies (payload: the client id).
CHANNEL = "matchmaker_changes"
#: How long change-log entries are kept.
KEEP_DAYS = 7
#: AppMeta key: change-log ids up to this one were pruned.
PRUNED_KEY = "change_log_pruned_through"
#: ChangeBatch table name meaning "changes may have been missed: reload everything".
GAP = "*"


def track_changes(factory: sessionmaker[Session], client: str = CLIENT_ID) -> None:
    """Record every flush of sessions made by ``factory`` into the change log, as made by ``client``."""
    event.listen(factory, "after_flush", lambda session, context: _record_flush(session, context, client))


def _record_flush(session: Session, _context: Any, client: str = CLIENT_ID) -> None:
    rows = []
    for operation, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            if isinstance(obj, ChangeLog) or not isinstance(obj, Base):
                continue
            if operation == "update" and not session.is_modified(obj, include_collections=False):
                continue
            rows.append(
                {
                    "table_name": obj.__tablename__,
                    "row_id": getattr(obj, "id", None),
                    "operation": operation,
                    "client": client,
                }
            )
    if rows:
        connection = session.connection()
        connection.execute(insert(ChangeLog), rows)
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_notify(:channel, :client)"), {"channel": CHANNEL, "client": client})


@dataclass(frozen=True)
class ChangeBatch:
    last_id: int
    tables: frozenset[str]
    rows: tuple[tuple[str, int | None, str], ...]


def latest_change_id(session: Session) -> int:
    return int(session.scalar(select(func.max(ChangeLog.id))) or 0)


def changes_since(
    session: Session, last_id: int, *, include_own: bool = False, limit: int = 5000, client: str = CLIENT_ID
) -> ChangeBatch:
    """Changes after ``last_id`` made by clients other than ``client`` (or all, with ``include_own``)."""
    query = select(ChangeLog).where(ChangeLog.id > last_id).order_by(ChangeLog.id).limit(limit)
    if not include_own:
        query = query.where(ChangeLog.client != client)
    entries = session.scalars(query).all()
    newest = max([last_id, *(e.id for e in entries)])
    if not include_own:
        newest = max(newest, latest_change_id(session)) if len(entries) < limit else newest
    rows = tuple((e.table_name, e.row_id, e.operation) for e in entries)
    if last_id < pruned_through(session):  # entries we never saw are gone
        rows = ((GAP, None, "pruned"), *rows)
    return ChangeBatch(last_id=newest, tables=frozenset(r[0] for r in rows), rows=rows)


def pruned_through(session: Session) -> int:
    value = session.scalar(select(AppMeta.value).where(AppMeta.key == PRUNED_KEY))
    return int(value) if value and value.isdigit() else 0


def prune_changes(session: Session, *, keep: timedelta = timedelta(days=KEEP_DAYS), now: datetime | None = None) -> int:
    """Delete change-log entries older than ``keep`` (no commit); returns how many went.

    Uses Core statements on purpose: pruning is not a change others need to hear about.
    """
    cutoff = (now or utcnow()) - keep
    newest_old = session.scalar(select(func.max(ChangeLog.id)).where(ChangeLog.changed_at < cutoff))
    if newest_old is None:
        return 0
    gone: CursorResult[Any] = session.execute(delete(ChangeLog).where(ChangeLog.id <= newest_old))  # type: ignore[assignment]
    mark = max(int(newest_old), pruned_through(session))
    moved: CursorResult[Any] = session.execute(  # type: ignore[assignment]
        update(AppMeta).where(AppMeta.key == PRUNED_KEY).values(value=str(mark))
    )
    if moved.rowcount == 0:
        session.execute(insert(AppMeta).values(key=PRUNED_KEY, value=str(mark)))
    return int(gone.rowcount or 0)
