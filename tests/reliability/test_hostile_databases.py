"""Hostile database files and arguments: every rejection is a clear message, and nothing is modified."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchmaker.core.errors import MatchmakerError
from matchmaker.db import open_database, resolve_database_url
from matchmaker.db.migrate import SQLITE_MAGIC


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=st.one_of(st.binary(max_size=4096), st.binary(max_size=4096).map(lambda b: SQLITE_MAGIC + b)))
def test_random_files_are_refused_with_a_message_and_left_untouched(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.db"
        path.write_bytes(content)
        try:
            db = open_database(str(path))
        except MatchmakerError as exc:
            assert str(exc).strip()
            assert path.read_bytes() == content
        else:  # only an empty file may be taken over (it becomes a new database)
            db.close()
            assert content == b""


@settings(max_examples=80, deadline=None)
@given(value=st.text(max_size=80))
def test_any_db_argument_resolves_or_gives_a_message(value: str) -> None:
    try:
        url = resolve_database_url(value)
    except MatchmakerError as exc:
        assert str(exc).strip()
    else:
        assert url.get_backend_name() in {"sqlite", "postgresql"}


def test_truncated_database_is_refused(tmp_path: Path) -> None:
    good = tmp_path / "good.db"
    open_database(str(good)).close()
    con = sqlite3.connect(good)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    broken = tmp_path / "broken.db"
    broken.write_bytes(good.read_bytes()[:6000])
    try:
        open_database(str(broken)).close()
    except MatchmakerError as exc:
        assert "broken.db" in str(exc)
    else:
        raise AssertionError("a truncated database was accepted")
