"""A change feed so team-mode clients see each other's edits (polling ``change_log``).

Every ORM flush records which rows of which tables were inserted, updated or
deleted, in the same transaction as the change itself.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from matchmaker.core.model import Base, ChangeLog

CLIENT_ID = uuid.uuid4().hex[:16]


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
        session.connection().execute(insert(ChangeLog), rows)


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
    return ChangeBatch(
        last_id=newest,
        tables=frozenset(e.table_name for e in entries),
        rows=tuple((e.table_name, e.row_id, e.operation) for e in entries),
    )
