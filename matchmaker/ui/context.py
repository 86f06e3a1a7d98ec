"""What every page and controller shares: the database, the task runner, undo and settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from matchmaker.db import Database

from .tasks import TaskRunner


class AppSignals(QObject):
    """App-wide notifications, so pages refresh without knowing each other."""

    #: Something changed in the data; the argument names what ("organisations", "events", "meetings", ...).
    data_changed = Signal(str)
    #: The current event changed (event id, or 0 for none).
    event_selected = Signal(int)
    #: These organisations were created, edited, deleted or re-tagged (ids); tables refresh just those rows.
    organisations_changed = Signal(list)
    #: The organisation a page is showing (id); the Partners page follows the Organisations page.
    organisation_selected = Signal(int)
    #: A status-bar message.
    status = Signal(str)


@dataclass
class AppContext:
    database: Database
    tasks: TaskRunner
    undo_stack: QUndoStack
    settings: QSettings
    signals: AppSignals
    #: The event the Partners, Event and Schedule pages work on (0: none); change it with select_event.
    current_event_id: int = 0

    def select_event(self, event_id: int) -> None:
        """Make ``event_id`` the current event and tell every page."""
        if event_id != self.current_event_id:
            self.current_event_id = event_id
            self.signals.event_selected.emit(event_id)
