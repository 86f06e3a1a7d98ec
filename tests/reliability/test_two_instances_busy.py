"""Two instances on one SQLite file: a write waits for the other's long write (busy timeout + retries).

The other instance is a process holding the write lock (as a long import would) for longer than one
busy timeout; ``matchmaker import`` in a second process must wait, retry and succeed, never printing
"database is locked". When the other holds on for longer than all the retries, the user gets a
clear message (exit 75) and nothing is half-written. The busy timeout is shortened to 1 s here
(``MATCHMAKER_SQLITE_BUSY_MS``); the app waits 15 s per attempt, 4 attempts.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from matchmaker.core.paths import log_dir
from matchmaker.db import open_database
from tests.reliability.sqlite_files import count

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

HOLDER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("INSERT INTO app_meta (key, value) VALUES ('holder', 'x')")
print("holding", flush=True)
sys.stdin.readline()  # until the test says so
con.execute("COMMIT")
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "MATCHMAKER_SQLITE_BUSY_MS": "1000"}


def _hold(path: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], text=True, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, env=_env())  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    return holder


def _import(path: Path, source: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "matchmaker", "--db", str(path), "import", "organisations",
                             str(source)], text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=_env())  # fmt: skip


def _count(path: Path) -> int:
    return count(path, "SELECT count(*) FROM organisation")


@pytest.fixture
def shared(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "shared.db"
    open_database(str(path), daily_backup=False).close()
    source = tmp_path / "orgs.csv"
    source.write_text("name,country,city\n" + "".join(f"Studija {i},LT,Vilnius\n" for i in range(20)), "utf-8")
    return path, source


def test_a_write_waits_for_the_other_instance_and_goes_through(shared: tuple[Path, Path]) -> None:
    path, source = shared
    holder = _hold(path)
    writer = _import(path, source)
    log = log_dir() / "matchmaker.log"  # the CLI logs there (the test's own temp user folders)
    deadline = time.monotonic() + 90
    while "waiting (attempt 2 of 4)" not in (log.read_text("utf-8") if log.exists() else ""):
        assert writer.poll() is None and time.monotonic() < deadline, writer.communicate()[1]
        time.sleep(0.05)  # its first attempt timed out while the other instance wrote
    holder.communicate("done\n", timeout=30)  # the other instance finishes its long write
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert "locked" not in (out + err).lower()
    assert _count(path) == 20


def test_an_endless_writer_gives_a_clear_message_and_nothing_half_written(shared: tuple[Path, Path]) -> None:
    path, source = shared
    holder = _hold(path)
    try:
        writer = _import(path, source)
        out, err = writer.communicate(timeout=120)  # four 1 s attempts, then it gives up
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert writer.returncode == 75, err
    output = out + err
    assert "database is locked" not in output and "Traceback" not in output
    assert "Another program" in output and "Nothing of this change was saved" in output
    assert _count(path) == 0
