"""Reading a SQLite file straight through sqlite3, as a check from outside the app (after a kill)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from matchmaker.db import open_database


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Every row ``sql`` returns from the file at ``path``."""
    con = sqlite3.connect(path)
    try:
        return list(con.execute(sql).fetchall())
    finally:
        con.close()


def count(path: Path, sql: str) -> int:
    """The single number ``sql`` (a ``SELECT count(*)``) returns."""
    value = rows(path, sql)[0][0]
    assert isinstance(value, int), f"{sql}: not a count ({value!r})"
    return value


def integrity(path: Path) -> str:
    """SQLite's own verdict on the file: 'ok' when it is intact."""
    return str(rows(path, "PRAGMA integrity_check")[0][0])


def empty_database(tmp_path_factory: pytest.TempPathFactory, folder: str) -> Path:
    """A new database at the latest schema, to copy for each run."""
    path = tmp_path_factory.mktemp(folder) / "empty.db"
    open_database(str(path), daily_backup=False).close()
    return path
