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

from matchmaker.core.errors import MatchmakerError
from matchmaker.core.events import EventSnapshot, get_event, load_snapshot
from matchmaker.core.model import Event
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
        self.snapshot_changed.emit(snapshot)

    def _load_failed(self, exc: BaseException) -> None:
        self._finish_loading()
        self.failed.emit(QCoreApplication.translate("", "Cannot load the event"), exc)

    # ------------------------------------------------------------------ writing
    def write(self, title: str, change: Callable[[Session, Event], T], *, what: str = "meetings") -> T | None:
        """Run ``change(session, event)`` in one transaction; on refusal emit ``failed`` and return None."""
        try:
            with self.ctx.database.transaction() as session:
                result = change(session, get_event(session, self.event_id))
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
    ) -> T | None:
        """Do a change now and push it on the undo stack (redo repeats ``do``, undo calls ``undo``)."""
        event_id = self.event_id  # undo works on this event even after another is selected
        result = self.write(text, do, what=what)
        if result is None:
            return None

        def redo_again() -> T:
            with self.ctx.database.transaction() as session:
                value = do(session, get_event(session, event_id))
            self.ctx.signals.data_changed.emit(what)
            return value

        def undo_it(state: T) -> None:
            with self.ctx.database.transaction() as session:
                undo(session, get_event(session, event_id), state)
            self.ctx.signals.data_changed.emit(what)

        def report(exc: BaseException) -> None:
            self.failed.emit(text, exc)

        self.ctx.undo_stack.push(ActionCommand(text, result, redo_again, undo_it, report))
        return result
