"""Rotating backups of SQLite databases: daily, before migrations and before schedule runs.

Backups sit in ``<database>.backups/`` next to the file, named
``YYYYmmdd-HHMMSS-<reason>.db``; only the newest ``keep`` of each database are kept.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from matchmaker.core.errors import DatabaseRefused, MatchmakerError

from .migrate import SQLITE_MAGIC, backup_sqlite

log = logging.getLogger(__name__)
DEFAULT_KEEP = 10
_NAME = re.compile(r"^(\d{8}-\d{6}(?:-\d+)?)-([a-z0-9-]+)\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_folder(database_file: Path) -> Path:
    return database_file.with_name(database_file.name + ".backups")


def list_backups(database_file: Path) -> list[Backup]:
    """The backups of ``database_file``, newest first."""
    folder = backup_folder(database_file)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            stamp = match.group(1)[:15]
            found.append(Backup(path, datetime.strptime(stamp, "%Y%m%d-%H%M%S"), match.group(2)))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def take_backup(database_file: Path, reason: str, *, keep: int = DEFAULT_KEEP) -> Backup:
    """Copy the live database consistently into the backup folder, then drop the oldest beyond ``keep``."""
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(f"backup reason must be a slug: {reason!r}")
    folder = backup_folder(database_file)
    now = datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stamp}-{reason}.db"
    counter = 1
    while target.exists():
        target = folder / f"{stamp}-{counter}-{reason}.db"
        counter += 1
    partial = folder / f".{target.stem}.{os.getpid()}.{secrets.token_hex(4)}.partial"
    try:
        backup_sqlite(database_file, partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise MatchmakerError(f"Could not back up {database_file} to {folder}: {exc}") from None
    for old in list_backups(database_file)[keep:]:
        old.path.unlink(missing_ok=True)
    return Backup(target, now.replace(microsecond=0), reason)


def daily_backup_if_due(database_file: Path, *, keep: int = DEFAULT_KEEP) -> Backup | None:
    """Take a 'daily' backup unless one was taken in the last 24 hours."""
    if not database_file.is_file() or database_file.stat().st_size == 0:
        return None
    recent = [b for b in list_backups(database_file) if b.reason == "daily"]
    if recent and datetime.now() - recent[0].taken_at < timedelta(hours=24):
        return None
    try:
        return take_backup(database_file, "daily", keep=keep)
    except MatchmakerError as exc:
        # A missed daily backup must not keep the user from their data; the next start tries again.
        log.warning("daily backup skipped: %s", exc)
        return None


def restore_backup(database_file: Path, backup: Path) -> Backup:
    """Replace the live database's content with ``backup``; the current state is backed up first.

    Returns the safety backup of what was replaced, so a restore can itself be undone.
    """
    _check_is_matchmaker_file(backup)
    safety = take_backup(database_file, "before-restore")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(database_file, timeout=15)
        try:
            with target:
                source.backup(target)
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise MatchmakerError(f"Could not restore {backup}: {exc}; the database is unchanged") from None
    finally:
        source.close()
    return safety


def _check_is_matchmaker_file(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise DatabaseRefused(f"{path} is not a Matchmaker backup (not a SQLite file)")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            con.execute("SELECT version_num FROM alembic_version").fetchone()
            check = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise DatabaseRefused(f"{path} is not a Matchmaker backup ({exc})") from None
    except OSError as exc:
        raise DatabaseRefused(f"Cannot read {path}: {exc.strerror}") from None
    if not check or check[0] != "ok":
        raise DatabaseRefused(f"{path} is damaged ({check[0] if check else 'no answer'}); not restored")
