"""Saving edits with optimistic locking, turning a stale save into a :class:`ConflictError`.

Two ways in:

- :func:`save_changes` applies ``{field: value}`` to a row *if it is still at the version the
  edit started from* (forms and drag-and-drop moves hold the version they read);
- :func:`commit_or_conflict` commits an ORM session and, if a Versioned row changed underneath
  (SQLAlchemy's ``StaleDataError``), rolls back and raises the conflict with both versions.

Either way nothing is overwritten silently; :func:`keep_mine` then writes my fields over the
version stored now, and is itself refused if that moved on again.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from matchmaker.core.conflicts import ConflictError, FieldConflict
from matchmaker.core.model import Base

if TYPE_CHECKING:  # database.py installs the seen-version check, which uses this module
    from .database import Database

T = TypeVar("T", bound=Base)
_SKIPPED = {"id", "version", "created_at", "updated_at"}


def save_changes(
    database: Database,
    model: type[T],
    row_id: int,
    version: int,
    changes: dict[str, Any],
    *,
    original: dict[str, Any] | None = None,
) -> T:
    """Write ``changes`` to the row if it is still at ``version``; returns the saved row (new version).

    Raises ConflictError (nothing written) when someone else saved or deleted it meanwhile.
    ``original`` are the values the edit started from, shown in the conflict.
    """
    unknown = sorted(set(changes) - set(_columns(model)))
    if unknown:
        raise ValueError(f"{model.__name__} has no column(s) {', '.join(unknown)}")
    with database.transaction() as session:
        row = session.get(model, row_id, populate_existing=True)
        if row is None or row.version != version:  # type: ignore[attr-defined]
            raise _conflict(session, model, row_id, version, changes, original or {})
        for name, value in changes.items():
            setattr(row, name, value)
        try:
            session.flush()  # UPDATE ... WHERE id = :id AND version = :version
        except StaleDataError:  # saved by someone else between our read and our write (PostgreSQL)
            with database.session() as fresh:
                raise _conflict(fresh, model, row_id, version, changes, original or {}) from None
    return row


def keep_mine(database: Database, model: type[T], conflict: ConflictError) -> T:
    """Resolve ``conflict`` by writing my changed fields over the version stored now."""
    if conflict.their_version is None:
        raise conflict  # deleted: there is nothing left to overwrite
    original = {f.name: f.theirs for f in conflict.fields}
    return save_changes(database, model, conflict.row_id, conflict.their_version, conflict.my_changes,
                        original=original)  # fmt: skip


def commit_or_conflict(database: Database, session: Session) -> None:
    """Commit ``session``; if a row it changed was changed or deleted by someone else, raise ConflictError.

    The session is rolled back then, and its objects keep their (stale) state: reload them to
    take theirs, or call :func:`keep_mine` with the error.
    """
    pending = [(obj, _my_edits(obj)) for obj in list(session.dirty) if hasattr(obj, "version")]
    try:
        session.commit()
    except StaleDataError:
        session.rollback()
        with database.session() as fresh:
            for obj, (version, changes, original) in pending:
                stored = fresh.get(type(obj), obj.id)
                if stored is None or stored.version != version:
                    raise _conflict(fresh, type(obj), obj.id, version, changes, original) from None
        raise  # not one of ours (should not happen): let it be reported as a bug


def _my_edits(obj: Any) -> tuple[int, dict[str, Any], dict[str, Any]]:
    """The version the object was loaded at, my changed values, and their values before my edit."""
    state = inspect(obj)
    changes, original = {}, {}
    version = obj.version
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if attr.key == "version":
            version = history.deleted[0] if history.deleted else obj.version
            continue
        if history.added and attr.key not in _SKIPPED:
            changes[attr.key] = history.added[0]
            original[attr.key] = history.deleted[0] if history.deleted else None
    return int(version), changes, original


def _columns(model: type[Base]) -> list[str]:
    return [attr.key for attr in inspect(model).column_attrs]


def _conflict(
    session: Session,
    model: type[Base],
    row_id: int,
    version: int,
    changes: dict[str, Any],
    original: dict[str, Any],
) -> ConflictError:
    stored = session.get(model, row_id, populate_existing=True)
    table = model.__tablename__
    title = f"{table.replace('_', ' ')} #{row_id}"
    label = getattr(stored, "name", None) if stored is not None else None
    if label:
        title = f"{table.replace('_', ' ')} '{label}'"
    their_version = int(stored.version) if stored is not None else None  # type: ignore[attr-defined]
    names = list(changes)
    if stored is not None:  # also show what they changed that I left alone
        names += [
            n for n in _columns(model) if n not in changes and n in original and original[n] != getattr(stored, n)
        ]
    fields = []
    for name in names:
        theirs = getattr(stored, name) if stored is not None else None
        mine = changes.get(name, original.get(name))
        fields.append(FieldConflict(
            name=name, mine=mine, theirs=theirs, original=original.get(name),
            mine_text=_text(session, model, name, mine),
            theirs_text=_text(session, model, name, theirs) if stored is not None else "(deleted)",
            original_text=_text(session, model, name, original.get(name)) if name in original else "",
            changed_by_me=name in changes,
        ))  # fmt: skip
    return ConflictError(table, row_id, title, version, their_version, fields)


def _text(session: Session, model: type[Base], name: str, value: Any) -> str:
    """A value for people: a slot's time, a table's or organisation's name instead of ids."""
    if value is None:
        return "—"
    column = model.__table__.c[name]
    for key in column.foreign_keys:
        target = key.column.table
        row = session.execute(select(target).where(key.column == value)).mappings().first()
        if row is None:
            return f"#{value} (deleted)"
        if "starts_at" in row and isinstance(row["starts_at"], datetime):
            return row["starts_at"].strftime("%a %d %b %H:%M")
        if row.get("name"):
            return str(row["name"])
        return f"#{value}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)
