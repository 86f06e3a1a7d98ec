"""Seeing the others' changes: poll the change feed every few seconds and tell the pages what changed.

On PostgreSQL a LISTEN connection (``matchmaker.db.notify``) makes a colleague's commit show at once;
the poll every few seconds stays as the fallback (and is all SQLite has).

Works the same on a team PostgreSQL database and on a SQLite file shared by two app instances.
Only other clients' changes are announced (this client's own saves already refreshed its pages).
The watcher never touches the pages' data itself: each page decides how to refresh, and a page
with an unsaved edit keeps it (saving it later goes through the conflict check).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from matchmaker.core.errors import MatchmakerError
from matchmaker.core.model import Opportunity, Person
from matchmaker.db.changes import ChangeBatch, changes_since, latest_change_id
from matchmaker.db.notify import ChangeListener

from .context import AppContext

log = logging.getLogger(__name__)
POLL_MS = 2000

#: Which ``data_changed`` topic a changed table belongs to.
TOPICS = {
    "organisation": "organisations", "person": "organisations", "opportunity": "organisations",
    "membership": "organisations", "organisation_capability": "organisations",
    "opportunity_capability": "organisations",
    "organisation_tag": "organisations", "tag": "organisations", "shortlist_entry": "organisations",
    "suggestion_exclusion": "suggestions", "erasure_record": "organisations",
    "cluster": "clusters", "capability": "capabilities",
    "event": "events", "event_session": "events", "slot": "events", "event_table": "events",
    "participation": "participants", "participation_unavailable": "participants",
    "meeting_request": "requests", "request_file_import": "requests",
    "meeting": "meetings", "meeting_feedback": "meetings", "schedule_run": "meetings",
    "catalogue_publication": "catalogues",
}  # fmt: skip


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def topics_of(batch: ChangeBatch) -> list[str]:
    """The data_changed topics for a batch of changes, sorted; unknown tables mean 'all'."""
    return sorted({TOPICS.get(table, "all") for table in batch.tables})


class ChangeWatcher(QObject):
    """Polls ``changes_since`` on a timer and emits ``ctx.signals.data_changed`` for others' changes."""

    #: Emitted with each batch of others' changes (after data_changed).
    others_changed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._failing = False
        with ctx.database.session() as session:
            self.last_id = latest_change_id(session)
        self.timer = QTimer(self)
        self.timer.setObjectName("change_watcher_timer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.listener: ChangeListener | None = None
        self._notifier: QSocketNotifier | None = None

    def start(self) -> None:
        self.timer.start()
        if self.ctx.database.backend == "postgresql" and self.listener is None:
            self._listen()

    def stop(self) -> None:
        self.timer.stop()
        self._stop_listening()

    # PostgreSQL: NOTIFY wakes us at once; the timer stays as the fallback (and for SQLite).
    def _listen(self) -> None:
        try:
            self.listener = ChangeListener(self.ctx.database)
        except (SQLAlchemyError, OSError, ValueError) as exc:
            log.info("no LISTEN/NOTIFY, polling only: %s", exc)
            return
        self._notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._notified)

    def _notified(self) -> None:
        listener = self.listener
        if listener is None:
            return
        try:
            others = listener.drain()
        except Exception as exc:  # the connection broke: polling goes on, listening again when it is back
            log.info("LISTEN connection lost: %s", exc)
            self._stop_listening()
            return
        if others:
            self.poll()

    def _stop_listening(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self.listener is not None:
            try:
                self.listener.close()
            except Exception:  # closing a broken connection
                log.debug("closing the LISTEN connection failed", exc_info=True)
            self.listener = None

    def poll(self) -> ChangeBatch | None:
        """Look for new changes by others now; returns them (None when the database could not be read)."""
        try:
            with self.ctx.database.session() as session:
                batch = changes_since(session, self.last_id, client=self.ctx.database.client_id)
        except (SQLAlchemyError, MatchmakerError) as exc:
            if not self._failing:  # say it once, then keep trying quietly
                log.warning("cannot read the change feed: %s", exc)
                self.ctx.signals.status.emit(tr("Cannot reach the database to look for others' changes; retrying."))
            self._failing = True
            return None
        if self._failing:
            self.ctx.signals.status.emit(tr("Connected again."))
            if self.timer.isActive() and self.listener is None and self.ctx.database.backend == "postgresql":
                self._listen()
        self._failing = False
        self.last_id = batch.last_id
        if batch.rows:
            self._announce_organisations(batch)
            for topic in topics_of(batch):
                self.ctx.signals.data_changed.emit(topic)
            self.ctx.signals.status.emit(tr("%n changes by others were loaded.").replace("%n", str(len(batch.rows))))
            self.others_changed.emit(batch)
        return batch

    def _announce_organisations(self, batch: ChangeBatch) -> None:
        """Organisation rows refresh one by one (the Organisations page listens to ``organisations_changed``)."""
        ids = {row_id for table, row_id, _ in batch.rows if table == "organisation" and row_id is not None}
        children = {table: {r for t, r, _ in batch.rows if t == table and r is not None} for table in _CHILDREN}
        unresolved = any(TOPICS.get(t) == "organisations" and t != "organisation" and t not in _CHILDREN
                         for t, _, _ in batch.rows)  # fmt: skip
        try:
            with self.ctx.database.session() as session:
                for table, model in _CHILDREN.items():
                    if children[table]:
                        owners = select(model.organisation_id).where(model.id.in_(children[table]))
                        ids.update(session.scalars(owners))
        except (SQLAlchemyError, MatchmakerError):
            unresolved = True
        if ids:
            self.ctx.signals.organisations_changed.emit(sorted(ids))
        elif unresolved:  # memberships, tags, capabilities of someone: reload the list
            self.ctx.signals.data_changed.emit("organisations:all")


#: Tables whose rows belong to an organisation (refreshed as that organisation's row).
_CHILDREN: dict[str, type[Person] | type[Opportunity]] = {"person": Person, "opportunity": Opportunity}
