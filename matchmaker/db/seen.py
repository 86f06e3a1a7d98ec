"""No lost updates for actions taken on what a page showed: the versions the user saw are checked at flush.

A page loads a snapshot holding the version of every row it shows (``{(table, id): version}``).
An action (accept a request, check someone in, change delegates, lock a meeting, save the event
setup, ...) runs in a transaction whose session :func:`expect` marks with those versions. Before
each flush, every changed or deleted Versioned row the user saw is compared with the version just
read from the database: if someone else saved it since the page loaded, the flush raises a
:class:`~matchmaker.core.conflicts.ConflictError` with both versions and nothing is written.
A change that sets the same values as stored now is not a conflict.

The versions this session wrote are collected (:func:`written`), so the page can keep acting on
its own changes before its snapshot reloads, and an undo can check that nobody changed the rows
after the action it reverts. On PostgreSQL a colleague's commit can still land between the read and
the UPDATE; the ORM's version check then fails the UPDATE (StaleDataError), turned into the same
conflict by :func:`conflict_from_stale`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from matchmaker.core.conflicts import ConflictError, FieldConflict
from matchmaker.core.model import Base, Meeting, MeetingRequest, Participation
from matchmaker.core.model.base import Versioned

from .conflicts import _text

Key = tuple[str, int]
_SEEN = "matchmaker_seen_versions"
_WRITTEN = "matchmaker_written_versions"
_SKIPPED = {"id", "version", "created_at", "updated_at"}
_ORDER = {name: i for i, name in enumerate(["event", "participation", "meeting_request", "meeting"])}


def install(factory: sessionmaker[Session]) -> None:
    """Check seen versions on every flush of sessions made by ``factory``."""
    event.listen(factory, "before_flush", _check)
    event.listen(factory, "after_flush", _record)


def expect(session: Session, seen: Mapping[Key, int]) -> None:
    """Refuse (ConflictError) to flush a change to a row whose stored version differs from ``seen``."""
    session.info[_SEEN] = dict(seen)
    session.info[_WRITTEN] = {}


def written(session: Session) -> dict[Key, int]:
    """The new versions of the Versioned rows this session changed (after :func:`expect`)."""
    return dict(session.info.get(_WRITTEN, {}))


def _check(session: Session, _context: Any, _instances: Any) -> None:
    seen: dict[Key, int] | None = session.info.get(_SEEN)
    if not seen:
        return
    stale: list[tuple[Base, int, int]] = []
    for obj in [*session.dirty, *session.deleted]:
        if not isinstance(obj, Versioned) or not isinstance(obj, Base):
            continue
        key = (obj.__tablename__, int(getattr(obj, "id", 0) or 0))
        expected = seen.get(key)
        stored = inspect(obj).committed_state.get("version", obj.version)
        if expected is None or stored == expected:
            continue
        if obj in session.deleted or _changes(obj) or _touched(obj):
            stale.append((obj, expected, int(stored)))
    if stale:
        # Show the row the user acted on first: a request's meeting changes along with it, not instead.
        stale.sort(key=lambda item: (_ORDER.get(item[0].__tablename__, len(_ORDER)), int(getattr(item[0], "id", 0))))
        with session.no_autoflush:
            raise _conflict(session, stale)


def _record(session: Session, _context: Any) -> None:
    # after_flush: new/dirty/deleted still list what was flushed, and the rows carry their new versions.
    if _WRITTEN not in session.info:
        return
    seen = session.info[_SEEN]
    for obj in [*session.new, *session.dirty]:
        if isinstance(obj, Versioned) and isinstance(obj, Base):
            key = (obj.__tablename__, int(getattr(obj, "id", 0) or 0))
            session.info[_WRITTEN][key] = int(obj.version)
            if key in seen:  # a later flush of this transaction expects our own version, not the one seen
                seen[key] = int(obj.version)
    for obj in session.deleted:
        if isinstance(obj, Base):
            session.info[_WRITTEN].pop((obj.__tablename__, int(getattr(obj, "id", 0) or 0)), None)


def _changes(obj: Base) -> dict[str, tuple[Any, Any]]:
    """My pending changes that differ from what is stored now: {column: (mine, theirs)}."""
    state = inspect(obj)
    result = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED:
            continue
        history = state.attrs[attr.key].history
        if history.added:
            mine = history.added[0]
            theirs = history.deleted[0] if history.deleted else None
            if mine != theirs:
                result[attr.key] = (mine, theirs)
    return result


def _touched(obj: Base) -> bool:
    """Marked changed on purpose (``updated_at`` set): a change kept in other tables, such as availability."""
    return bool(inspect(obj).attrs["updated_at"].history.added)


def _conflict(session: Session, stale: list[tuple[Base, int, int]]) -> ConflictError:
    obj, my_version, their_version = stale[0]
    model = type(obj)
    deleted = obj in session.deleted
    fields = [
        FieldConflict(name=name, mine=mine, theirs=theirs, original=None,
                      mine_text=_text(session, model, name, mine), theirs_text=_text(session, model, name, theirs))
        for name, (mine, theirs) in _changes(obj).items()
    ]  # fmt: skip
    if deleted:
        fields = [FieldConflict(name="row", mine=None, theirs=None, mine_text="(delete it)", theirs_text="(changed)")]
    elif not fields:  # a change kept in another table (availability): show the versions
        fields = [FieldConflict(name="change", mine=my_version, theirs=their_version,
                                mine_text=f"your change to version {my_version}",
                                theirs_text=f"version {their_version}, saved by someone else")]  # fmt: skip
    title = _title(obj)
    if len(stale) > 1:
        title += f" (and {len(stale) - 1} other row(s) you saw)"
    conflict = ConflictError(model.__tablename__, int(getattr(obj, "id", 0)), title, my_version, their_version, fields)
    conflict.stale_rows = {(o.__tablename__, int(getattr(o, "id", 0))): v for o, _, v in stale}  # type: ignore[attr-defined]
    return conflict


def stale_rows(conflict: ConflictError) -> dict[Key, int]:
    """The rows a seen-version conflict found changed, with their stored versions ('keep mine' expects those)."""
    rows: dict[Key, int] = getattr(conflict, "stale_rows", {})
    if not rows and conflict.their_version is not None:
        rows = {(conflict.table, conflict.row_id): conflict.their_version}
    return rows


def _title(obj: Base) -> str:
    name = getattr(obj, "name", None)
    if isinstance(obj, Participation):
        return f"the participant '{obj.organisation.name}'"
    if isinstance(obj, MeetingRequest):
        return f"the request {obj.requester.organisation.name} → {obj.invitee.organisation.name}"
    if isinstance(obj, Meeting):
        request = obj.request
        return f"the meeting {request.requester.organisation.name} – {request.invitee.organisation.name}"
    label = obj.__tablename__.replace("_", " ")
    return f"the {label} '{name}'" if name else f"the {label} #{getattr(obj, 'id', '?')}"
