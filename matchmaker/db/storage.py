"""Storage faults (full disk, read-only file, vanished folder, I/O errors) as messages a user can act on.

SQLite reports them as terse ``OperationalError`` texts. An engine ``handle_error`` hook turns them
into :class:`StorageError` wherever they surface (CLI and app alike). SQLite never applies half a
transaction, so in every case what was stored before is intact; the messages say so.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from matchmaker.core.errors import MatchmakerError

from .url import sqlite_path

_INTACT = "Nothing of this change was saved; everything saved before is intact."


class StorageError(MatchmakerError):
    """The disk or file refused a read or write."""

    exit_code = 74  # EX_IOERR


class DatabaseBusy(StorageError):
    """Another process kept the file's write lock longer than we waited."""

    exit_code = 75  # EX_TEMPFAIL


def storage_error(path: Path | str, reason: str) -> StorageError | None:
    """The StorageError for a SQLite error text about ``path``, or None if it is not a storage fault."""
    text = reason.lower()
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseBusy(
            f"Another program (another Matchmaker window?) has been writing to {path} for a long time, "
            f"so this change could not wait any longer. {_INTACT}",
            hint="Let the other window finish (an import or a scheduler run?), then try again.",
        )
    if "database or disk is full" in text or "no space left" in text:
        return StorageError(f"The disk holding {path} is full. {_INTACT}", hint="Free some disk space, then try again.")
    if "readonly database" in text or "read-only file system" in text:
        return StorageError(
            f"{path} is read-only, so Matchmaker cannot write to it. {_INTACT}",
            hint="Check the file's and folder's permissions, or copy the file somewhere writable and open the copy.",
        )
    if "unable to open database file" in text:
        return StorageError(
            f"Cannot open or create {path}: the file or its folder is missing or not writable.",
            hint="Check that the folder exists and that you may write to it (a removed USB drive?).",
        )
    if "disk i/o error" in text:
        return StorageError(
            f"The disk reported an error while reading or writing {path}. {_INTACT}",
            hint="Check the drive (was it removed?); automatic backups are next to the file in NAME.db.backups.",
        )
    return None


def install_storage_errors(engine: Engine) -> None:
    """Make ``engine`` raise StorageError for SQLite storage faults."""
    path = sqlite_path(engine.url) or engine.url.database or "the database"

    def translate(context: ExceptionContext) -> BaseException | None:
        original = context.original_exception
        if isinstance(original, sqlite3.Error):
            return storage_error(path, str(original))
        return None

    event.listen(engine, "handle_error", translate)
