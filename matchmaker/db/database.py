"""An opened, migrated database with its session factory."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from matchmaker.core.errors import MatchmakerError
from matchmaker.core.taxonomy import ensure_taxonomy

from . import seen
from .backups import daily_backup_if_due
from .changes import CLIENT_ID, prune_changes, track_changes
from .engine import WRITE_ATTEMPTS, WRITE_OPTION, make_engine
from .migrate import MigrationReport, upgrade_database
from .storage import DatabaseBusy
from .url import describe_url, resolve_database_url, sqlite_path

log = logging.getLogger(__name__)


class Database:
    """One database: its URL, engine and sessions."""

    def __init__(
        self, url: URL, engine: Engine, report: MigrationReport | None = None, client_id: str = CLIENT_ID
    ) -> None:
        self.url = url
        self.engine = engine
        self.report = report
        #: Who this client is in the change feed (one per process; tests make two in one process).
        self.client_id = client_id
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        #: Called by :meth:`close` (for connections kept outside the pool).
        self.on_close: list[Callable[[], None]] = []
        track_changes(self._sessions, client_id)
        seen.install(self._sessions)  # actions on what a page showed get a conflict, never overwrite

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    @property
    def display_url(self) -> str:
        return describe_url(self.url)

    def session(self) -> Session:
        """A new session; the caller commits or closes it."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error.

        On SQLite it starts by taking the write lock; while another process writes, it waits (the busy
        timeout) and tries again, up to WRITE_ATTEMPTS times, before reporting :class:`DatabaseBusy`.
        """
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            session = self._sessions()
            try:
                began = session.begin()
                session.connection(execution_options={WRITE_OPTION: True})
                break
            except DatabaseBusy:
                session.close()
                if attempt == WRITE_ATTEMPTS:
                    raise
                log.warning("Another program is writing to the database; waiting (attempt %d of %d)",
                            attempt + 1, WRITE_ATTEMPTS)  # fmt: skip
            except BaseException:
                session.close()
                raise
        with session, began:
            yield session

    def close(self) -> None:
        for close in list(self.on_close):  # connections held outside the pool (a LISTEN connection)
            close()
        self.on_close.clear()
        self.engine.dispose()


def open_database(
    option: str | URL | None = None, *, upgrade: bool = True, daily_backup: bool = True, client_id: str = CLIENT_ID
) -> Database:
    """Open (and by default create or upgrade) the database chosen by ``option``/env/default."""
    url = option if isinstance(option, URL) else resolve_database_url(option)
    engine = make_engine(url)
    try:
        report = upgrade_database(engine, url) if upgrade else None
        path = sqlite_path(url)
        if daily_backup and path is not None and report is not None and not report.created:
            daily_backup_if_due(path)
        if upgrade:
            # Load or upgrade the shipped capability taxonomy; one small query when unchanged.
            with Session(engine) as session:
                ensure_taxonomy(session)
            _prune_change_log(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine, report, client_id)


def _prune_change_log(engine: Engine) -> None:
    """Drop old change-log entries; never a reason not to open (read-only file, a colleague pruning too)."""
    try:
        with Session(engine) as session, session.begin():
            prune_changes(session)
    except (SQLAlchemyError, MatchmakerError) as exc:
        log.info("change log not pruned: %s", exc)
