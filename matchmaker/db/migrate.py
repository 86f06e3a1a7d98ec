"""Schema migrations with Alembic, configured in code.

At startup the database is brought to the head revision: a new database is
created, an older one is backed up and then upgraded, and anything Matchmaker
cannot safely own (a foreign file, a foreign schema, a newer schema) is refused
and left untouched.
"""

from __future__ import annotations

import ast
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from matchmaker.core.errors import DatabaseRefused
from matchmaker.core.paths import shipped_dir

from .url import describe_url, sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SQLITE_MAGIC = b"SQLite format 3\x00"
# Alembic itself is imported only when a database must be created or upgraded (or checked in depth):
# it costs a quarter of a second, which start-up on an up-to-date database does not pay.
_REVISION_LINE = re.compile(r"^(revision|down_revision) = (.+)$", re.MULTILINE)


@dataclass(frozen=True)
class MigrationReport:
    """What happened when the database was opened."""

    before: str | None
    after: str
    created: bool
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return self.before != self.after


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config built in code; ``connection`` is handed to ``env.py``."""
    import sys

    from alembic.config import Config

    # Alembic's default stdout is bound when alembic.config is first imported; that import is lazy
    # now, so pass the current stream rather than whatever sys.stdout was at that moment.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(shipped_dir("migrations")))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "migrations/ has no revisions"
    return head


def quick_head_revision() -> str | None:
    """The head revision read straight from the revision files' ``revision``/``down_revision`` lines,
    without importing Alembic; None when that is not clear-cut (then ask Alembic: :func:`head_revision`)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (shipped_dir("migrations") / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        found = {match.group(1): match.group(2) for match in _REVISION_LINE.finditer(text)}
        try:
            revision, down = ast.literal_eval(found["revision"]), ast.literal_eval(found["down_revision"])
        except (KeyError, ValueError, SyntaxError):
            return None
        if not isinstance(revision, str) or revision in revisions:
            return None
        revisions.add(revision)
        parents.update([down] if isinstance(down, str) else down or ())
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def check_sqlite_file(path: Path) -> None:
    """Refuse a non-empty file that is not a SQLite database, before SQLite touches it."""
    if path.is_dir():
        raise DatabaseRefused(f"{path} is a folder, not a database file")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseRefused(f"Cannot read {path}: {exc.strerror}") from None
    if header != SQLITE_MAGIC:
        raise DatabaseRefused(
            f"{path} is not a Matchmaker database (it is not a SQLite file); it was left untouched",
            hint="Choose another file with --db, or move this one away.",
        )


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy a live SQLite database consistently with ``sqlite3``'s online backup API."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            with dst:
                src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return destination


def upgrade_database(engine: Engine, url: URL) -> MigrationReport:
    """Bring the database to head, or refuse it. See the module docstring."""
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from .storage import StorageError

            raise StorageError(
                f"Cannot create the folder {path.parent} for the database: {exc.strerror}",
                hint="Choose another place with --db, or check the folder's permissions.",
            ) from None
    if path is not None and path.exists():
        # Read-only look first: the engine's pragmas (WAL) would already modify a foreign file.
        tables, before = _peek_sqlite(path)
        if before is not None and before == quick_head_revision():
            return MigrationReport(before=before, after=before, created=False, backup=None)  # the usual start
    else:
        with _refusing_unreadable(url), engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            before = current_revision(connection) if "alembic_version" in tables else None
    if tables and "alembic_version" not in tables:
        raise DatabaseRefused(
            f"{describe_url(url)} is not a Matchmaker database (it holds other tables: "
            f"{', '.join(sorted(tables)[:5])}); it was left untouched"
        )
    head = head_revision()
    if before is not None and before != head:
        known = {rev.revision for rev in script_directory().walk_revisions()}
        if before not in known:
            raise DatabaseRefused(
                f"{describe_url(url)} was written by a newer version of Matchmaker "
                f"(schema {before}; this version knows up to {head}); it was left untouched",
                hint="Install the newer Matchmaker to open it.",
            )
    if before == head:
        return MigrationReport(before=before, after=head, created=False, backup=None)
    backup = None
    if before is not None and path is not None:
        from .backups import take_backup  # backups builds on this module

        backup = take_backup(path, f"before-upgrade-to-{head}".lower().replace("_", "-")).path
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return MigrationReport(before=before, after=head, created=before is None, backup=backup)


def _peek_sqlite(path: Path) -> tuple[set[str], str | None]:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            before = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                before = str(row[0]) if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(f"Cannot open {path}: {exc}; it was left untouched") from None
    return tables, before


@contextmanager
def _refusing_unreadable(url: URL) -> Iterator[None]:
    try:
        yield
    except (OperationalError, SADatabaseError) as exc:
        reason = str(exc.orig) if getattr(exc, "orig", None) else str(exc)
        raise DatabaseRefused(f"Cannot open {describe_url(url)}: {reason}") from None
