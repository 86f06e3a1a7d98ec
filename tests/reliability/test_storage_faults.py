"""A full disk, a read-only file, or a folder that cannot be written give clear messages; stored data is intact.

Tests run as root, for whom file permissions do not stop writes. So the faults are real ones:
a tiny tmpfs that really fills up, and ``chattr +i`` (immutable), which stops root too. Where the
machine does not allow mounting, the full disk is SQLite's own page limit (``max_page_count``),
which fails the same way (SQLITE_FULL) at the same place.
"""

from __future__ import annotations

import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from matchmaker.core.demo import load_demo
from matchmaker.core.generate import GenerateOptions, generate_data
from matchmaker.core.model import Organisation
from matchmaker.core.progress import run_job
from matchmaker.db import engine as engine_module
from matchmaker.db import open_database
from matchmaker.db.storage import StorageError, storage_error


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True).returncode == 0


def _demo_database(path: Path) -> int:
    db = open_database(str(path), daily_backup=False)
    try:
        with db.transaction() as session:
            run_job(load_demo(session))
        with db.session() as session:
            return int(session.scalar(select(func.count()).select_from(Organisation)) or 0)
    finally:
        db.close()


def _check(path: Path) -> tuple[str, int]:
    con = sqlite3.connect(path)
    try:
        return (
            con.execute("PRAGMA integrity_check").fetchone()[0],
            con.execute("SELECT count(*) FROM organisation").fetchone()[0],
        )
    finally:
        con.close()


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on a 4 MB disk: a real tmpfs if we may mount one, else SQLite's page limit."""
    folder = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    mounted = _run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder))
    if not mounted:
        original = engine_module._sqlite_on_connect

        def limited(connection: Any, record: Any) -> None:
            original(connection, record)
            connection.execute("PRAGMA max_page_count = 1000")  # 4 MB of 4 KB pages

        monkeypatch.setattr(engine_module, "_sqlite_on_connect", limited)
    try:
        yield folder
    finally:
        if mounted:
            _run("umount", "-l", str(folder))


def test_a_full_disk_gives_a_message_and_keeps_what_was_stored(small_disk: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    path = small_disk / "event.db"
    before = _demo_database(path)
    code, _, err = run_cli("--db", str(path), "generate", "--organisations", "20000")
    assert code == StorageError.exit_code, err
    assert f"The disk holding {path} is full" in err and "everything saved before is intact" in err
    assert "Traceback" not in err and "internal error" not in err
    assert _check(path) == ("ok", before)
    db = open_database(str(path), daily_backup=False)  # and it still opens and works
    try:
        with db.transaction() as session:
            session.add(Organisation(name="Still writable when there is room", country="LT"))
        with pytest.raises(StorageError, match="is full"), db.transaction() as session:
            run_job(generate_data(session, GenerateOptions(20_000)))
    finally:
        db.close()
    assert _check(path) == ("ok", before + 1)


@pytest.fixture
def immutable() -> Iterator[list[Path]]:
    """Paths made immutable with chattr +i (even root cannot write them); cleared afterwards."""
    paths: list[Path] = []
    yield paths
    for path in paths:
        _run("chattr", "-i", str(path))


def _make_immutable(paths: list[Path], path: Path) -> None:
    assert _run("chattr", "+i", str(path)), "chattr +i is needed to make a file read-only for root"
    paths.append(path)


def test_a_read_only_database_file_gives_a_message_and_stays_intact(tmp_path: Path, run_cli, immutable) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "readonly.db"
    before = _demo_database(path)
    _make_immutable(immutable, path)
    code, _, err = run_cli("--db", str(path), "generate", "--organisations", "50")
    assert code == StorageError.exit_code
    assert f"{path} is read-only" in err and "Traceback" not in err
    _run("chattr", "-i", str(path))
    assert _check(path) == ("ok", before)


def test_a_folder_that_cannot_be_written_gives_a_message(tmp_path: Path, run_cli, immutable) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "locked"
    folder.mkdir()
    _make_immutable(immutable, folder)
    code, _, err = run_cli("--db", str(folder / "new.db"), "info")
    assert code == StorageError.exit_code and "Cannot open or create" in err and "Traceback" not in err
    (tmp_path / "a-file.txt").write_text("not a folder")
    code, _, err = run_cli("--db", str(tmp_path / "a-file.txt" / "x.db"), "info")
    assert code == StorageError.exit_code and "Cannot create the folder" in err


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        ("database or disk is full", "is full"),
        ("attempt to write a readonly database", "is read-only"),
        ("unable to open database file", "Cannot open or create"),
        ("disk I/O error", "reported an error"),
    ],
)
def test_every_sqlite_storage_fault_has_a_message(reason: str, words: str) -> None:
    error = storage_error("/data/event.db", reason)
    assert error is not None and words in error.message and "/data/event.db" in error.message and error.hint
    assert storage_error("/data/event.db", "no such table: organisation") is None
