"""What the Event and Schedule controllers share: the current event's snapshot, writes and undo.

Reads run on ``ctx.tasks`` (a snapshot of plain dataclasses comes back); writes are small
single transactions on the UI thread, each pushed on ``ctx.undo_stack`` when it can be undone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from matchmaker.core.conflicts import KEEP_MINE, TAKE_THEIRS, ConflictError
from matchmaker.core.errors import MatchmakerError
from matchmaker.core.events import EventSnapshot, get_event, load_snapshot
from matchmaker.core.model import Event
from matchmaker.db import seen as seen_check
from matchmaker.db.seen import Key
from matchmaker.ui import conflict_dialog
from matchmaker.ui.context import AppContext

log = logging.getLogger(__name__)
T = TypeVar("T")


class ActionCommand(QUndoCommand):
    """An undoable change that was already done once when pushed.

    ``redo`` repeats the action (returning what ``undo`` needs), ``undo`` reverses it.
    """

    def __init__(self, text: str, done: Any, redo: Callable[[], Any], undo: Callable[[Any], None],
                 on_error: Callable[[BaseException], None]) -> None:  # fmt: skip
        super().__init__(text)
        self._state, self._redo, self._undo, self._on_error = done, redo, undo, on_error
        self._first = True

    def redo(self) -> None:
        if self._first:  # the action already happened before the push
            self._first = False
            return
        try:
            self._state = self._redo()
        except MatchmakerError as exc:
            self.setObsolete(True)
            self._on_error(exc)

    def undo(self) -> None:
        try:
            self._undo(self._state)
        except MatchmakerError as exc:
            self.setObsolete(True)
            self._on_error(exc)


class EventDataController(QObject):
    """Loads the current event and writes to it; subclasses add their page's actions."""

    #: A fresh snapshot of the event (None when no event is selected).
    snapshot_changed = Signal(object)
    #: (title, exception) of a refused or failed action, for the view to show.
    failed = Signal(str, object)
    #: A one-line message for the status bar and the page's own status line.
    message = Signal(str)
    #: True while a load runs.
    busy = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot: EventSnapshot | None = None
        #: What :meth:`prepare` built for the current snapshot.
        self.prepared: Any = None
        self._loading = False
        self._reload_again = False
        #: The versions of the rows the page shows (and of those it wrote since): see matchmaker.db.seen.
        self.seen: dict[Key, int] = {}
        self.last_written: dict[Key, int] = {}
        #: The newest version of each row this page wrote itself (so undoing older steps still works).
        self.own_writes: dict[Key, int] = {}
        self.last_resolution: str | None = None
        ctx.signals.event_selected.connect(lambda _id: self.reload())
        ctx.signals.data_changed.connect(self._data_changed)

    @property
    def event_id(self) -> int:
        return int(getattr(self.ctx, "current_event_id", 0) or 0)

    def _data_changed(self, what: str) -> None:
        if what in ("events", "meetings", "participants", "requests", "schedule", "all"):
            self.reload()

    def reload(self) -> None:
        """Load the current event's snapshot off the UI thread (coalescing overlapping calls)."""
        event_id = self.event_id
        if not event_id:
            self.snapshot = None
            self.snapshot_changed.emit(None)
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        self.busy.emit(True)
        database = self.ctx.database

        prepare = self.prepare

        def work() -> tuple[EventSnapshot, Any]:
            with database.session() as session:
                snapshot = load_snapshot(session, event_id)
                return snapshot, prepare(session, snapshot)

        self.ctx.tasks.run(work, on_result=self._loaded, on_error=self._load_failed)

    def prepare(self, session: Session, snapshot: EventSnapshot) -> Any:
        """Runs on the worker after a load: build what the view needs (rows, statistics) off the UI thread."""
        return None

    def _finish_loading(self) -> bool:
        self._loading = False
        self.busy.emit(False)
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return True
        return False

    def _loaded(self, loaded: tuple[EventSnapshot, Any]) -> None:
        snapshot, self.prepared = loaded
        if self._finish_loading():
            return
        if snapshot.id != self.event_id:
            self.reload()
            return
        self.snapshot = snapshot
        # Versions only grow: a snapshot read before our own last write must not forget it.
        self.seen = {key: max(version, self.seen.get(key, 0)) for key, version in snapshot.versions.items()}
        self.snapshot_changed.emit(snapshot)

    def _load_failed(self, exc: BaseException) -> None:
        self._finish_loading()
        self.failed.emit(QCoreApplication.translate("", "Cannot load the event"), exc)

    # ------------------------------------------------------------------ writing
    def _write_once(self, event_id: int, change: Callable[[Session, Event], T], seen: dict[Key, int]) -> T:
        """One transaction of ``change`` that refuses to overwrite rows changed since ``seen``."""
        database = self.ctx.database
        try:
            with database.transaction() as session:
                seen_check.expect(session, seen)
                result = change(session, get_event(session, event_id))
                session.flush()
                self.last_written = seen_check.written(session)
        except StaleDataError:  # PostgreSQL: a colleague committed between our read and our UPDATE
            raise MatchmakerError(
                QCoreApplication.translate(
                    "", "Someone else saved the same rows a moment ago; nothing was saved. Try again."
                )
            ) from None
        self.seen.update(self.last_written)
        self.own_writes.update(self.last_written)
        return result

    def _mine_since(self, after: dict[Key, int]) -> dict[Key, int]:
        """What an undo or redo expects: the versions it left, moved on only by this page's own later writes."""
        return {key: max(version, self.own_writes.get(key, 0)) for key, version in after.items()}

    def write(
        self, title: str, change: Callable[[Session, Event], T], *, what: str = "meetings",
        seen: dict[Key, int] | None = None,
    ) -> T | None:  # fmt: skip
        """Run ``change(session, event)`` in one transaction; on refusal emit ``failed`` and return None.

        Team mode: if a row the change touches was saved by someone else since this page loaded it,
        the conflict dialog shows both versions; "keep mine" repeats the change over theirs, the
        other choices drop it and reload. Nothing is overwritten silently. ``seen``: the versions an
        edit kept open across reloads started from (the setup form), instead of the latest snapshot's.
        """
        seen = {**self.seen, **self._mine_since(seen)} if seen is not None else dict(self.seen)
        self.last_resolution = None  # what the user chose in a conflict dialog, if one came up
        while True:
            try:
                result = self._write_once(self.event_id, change, seen)
                break
            except ConflictError as conflict:
                self.last_resolution = conflict_dialog.ask_resolution(None, conflict)
                if self.last_resolution != KEEP_MINE or conflict.deleted:
                    if self.last_resolution == TAKE_THEIRS:
                        self.ctx.signals.data_changed.emit(what)  # show what is stored now
                    return None  # cancel: nothing saved, nothing dropped
                seen.update(seen_check.stale_rows(conflict))
            except MatchmakerError as exc:
                self.failed.emit(title, exc)
                return None
            except Exception as exc:  # a bug: logged, shown without a traceback
                log.exception("%s failed", title)
                self.failed.emit(title, exc)
                return None
        self.ctx.signals.data_changed.emit(what)
        return result

    def undoable(
        self,
        text: str,
        do: Callable[[Session, Event], T],
        undo: Callable[[Session, Event, T], object],
        *,
        what: str = "meetings",
        seen: dict[Key, int] | None = None,
    ) -> T | None:
        """Do a change now and push it on the undo stack (redo repeats ``do``, undo calls ``undo``).

        Undo and redo refuse (a conflict, shown) when someone else changed the rows after us.
        """
        event_id = self.event_id  # undo works on this event even after another is selected
        result = self.write(text, do, what=what, seen=seen)
        if result is None:
            return None
        after = dict(self.last_written)

        def redo_again() -> T:
            nonlocal after
            value = self._write_once(event_id, do, self._mine_since(after))
            after = dict(self.last_written)
            self.ctx.signals.data_changed.emit(what)
            return value

        def undo_it(state: T) -> None:
            nonlocal after
            self._write_once(event_id, lambda s, e: undo(s, e, state), self._mine_since(after))
            after = dict(self.last_written)
            self.ctx.signals.data_changed.emit(what)

        def report(exc: BaseException) -> None:
            self.failed.emit(text, exc)

        self.ctx.undo_stack.push(ActionCommand(text, result, redo_again, undo_it, report))
        return result
