"""Choosing the database: ``--db``, ``MATCHMAKER_DB``, or the per-user default."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from matchmaker.core.errors import MatchmakerError
from matchmaker.core.paths import default_database_path

ENV_VAR = "MATCHMAKER_DB"


def resolve_database_url(option: str | None = None) -> URL:
    """The database URL from the ``--db`` option, else the environment, else the default file.

    A value with ``://`` is a SQLAlchemy URL; anything else is a SQLite file path.
    """
    value = option or os.environ.get(ENV_VAR) or ""
    if not value.strip():
        return sqlite_url(default_database_path())
    if "://" in value:
        try:
            url = make_url(value)
        except (ArgumentError, ValueError) as exc:
            raise MatchmakerError(f"Not a valid database URL: {describe_text(value)} ({exc})") from None
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        if url.get_backend_name() not in {"sqlite", "postgresql"}:
            raise MatchmakerError(
                f"Unsupported database '{url.get_backend_name()}': use a SQLite file or a PostgreSQL URL"
            )
        return url
    try:
        return sqlite_url(Path(value).expanduser())
    except (ValueError, OSError, RuntimeError) as exc:
        raise MatchmakerError(f"Not a usable database path: {value!r} ({exc})") from None


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path.resolve()))


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for PostgreSQL and in-memory databases."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def describe_url(url: URL) -> str:
    """The URL for display: any password masked."""
    return url.render_as_string(hide_password=True)


def describe_text(value: str) -> str:
    """Mask a password in a URL the user typed, even one SQLAlchemy cannot parse."""
    try:
        return describe_url(make_url(value))
    except (ArgumentError, ValueError):
        head, sep, tail = value.partition("@")
        if sep and ":" in head.split("//", 1)[-1]:
            scheme, _, creds = head.partition("//")
            user = creds.split(":", 1)[0]
            return f"{scheme}//{user}:***@{tail}"
        return value
