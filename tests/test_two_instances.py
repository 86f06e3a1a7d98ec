"""Two processes writing the same SQLite file take turns; nobody sees "database is locked"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from matchmaker.core import model
from matchmaker.db import open_database

ROOT = Path(__file__).resolve().parents[1]

WRITER = """
import sys
from sqlalchemy import select
from matchmaker.core import model
from matchmaker.db import open_database
db = open_database(sys.argv[1])
for _ in range(int(sys.argv[2])):
    with db.transaction() as session:  # read, then write: the classic lock-upgrade trap
        org = session.scalars(select(model.Organisation)).one()
        org.facts = {"edits": org.facts.get("edits", 0) + 1}
db.close()
"""


def test_two_writers_take_turns_without_lost_updates(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    db = open_database(str(path))
    with db.transaction() as session:
        session.add(model.Organisation(name="Shared", country="LT", facts={"edits": 0}))
    db.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = 150
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(runs)], env=env, stderr=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    errors = [p.communicate(timeout=180)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    assert not any("locked" in e for e in errors)
    db = open_database(str(path))
    try:
        with db.session() as session:
            assert session.scalars(select(model.Organisation)).one().facts == {"edits": 3 * runs}
    finally:
        db.close()
