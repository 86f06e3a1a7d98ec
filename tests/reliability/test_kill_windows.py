"""kill -9 exactly inside the write window of an import, a scheduler save, a publish and the exports.

Timing alone rarely lands inside a save (it lasts milliseconds), so the CLI runs with the test-only
pause points of :mod:`matchmaker.core.faults`: at the named point (all rows written, not committed;
or a file complete under its temporary name, not renamed) it prints a marker and sleeps. The test
waits for the marker, SIGKILLs the process there, and checks: ``PRAGMA integrity_check`` is ok, the
database opens, it holds none of the operation (the state before it, compared row by row) and no
file the app would read sits at the target path. Every run must land inside its window.

``MATCHMAKER_KILL_RUNS`` (default 1 here) sets the runs per operation; each test prints its tally.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL

from matchmaker.core.demo import load_demo
from matchmaker.core.faults import ENV, MARKER, SECONDS_ENV
from matchmaker.core.model import Meeting, ScheduleRun
from matchmaker.core.progress import run_job
from matchmaker.core.scheduling import SolveOptions
from matchmaker.db import Database, open_database
from matchmaker.db.locks import scheduler_lock
from matchmaker.db.scheduling import schedule_event_job
from tests.reliability.sqlite_files import empty_database, integrity, rows

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("MATCHMAKER_KILL_RUNS", "1"))
pytestmark = pytest.mark.slow


def kill_at(point: str, args: list[str], timeout: float = 120) -> str:
    """Run ``matchmaker ARGS`` paused at ``point``; SIGKILL it there. Returns 'inside' or why not."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), ENV: point, SECONDS_ENV: "120"}
    proc = subprocess.Popen([sys.executable, "-m", "matchmaker", *args], env=env, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stderr.readline, "")), daemon=True)  # type: ignore[union-attr]
    reader.start()
    deadline = time.monotonic() + timeout
    while not any(line.startswith(f"{MARKER} {point}") for line in lines):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            proc.wait(timeout=30)
            reader.join(timeout=5)
            return f"never reached {point}: exit {proc.returncode}: {''.join(lines)[-800:]}"
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=5)
    return "inside" if proc.returncode == -signal.SIGKILL else f"exit {proc.returncode}"


def leftovers(folder: Path, target: Path, before: set[Path]) -> list[str]:
    """New files in ``folder`` that the app could mistake for the export (same suffix, not hidden)."""
    new = set(folder.iterdir()) - before
    return sorted(p.name for p in new if p.suffix == target.suffix and not p.name.startswith("."))


def campaign(
    name: str, template: Path, tmp_path: Path, point: str, args: Callable[[Path], list[str]],
    state: Callable[[Path], object], target: Callable[[Path], Path], capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """RUNS kills of ``args`` at ``point``; each must land inside and leave the state before it."""
    tally: Counter[str] = Counter()
    for run in range(RUNS):
        folder = tmp_path / f"{name}-{run}"
        folder.mkdir()
        path = folder / "matchmaker.db"
        shutil.copyfile(template, path)
        before, files_before = state(path), set(folder.iterdir())
        landed = kill_at(point, args(path))
        assert landed == "inside", landed
        assert integrity(path) == "ok", f"{name} run {run}: integrity_check failed"
        open_database(str(path), daily_backup=False).close()  # opens without repair
        out = target(path)
        outcome = "none"
        if state(path) != before:
            outcome = "INCONSISTENT: the database holds part of the operation"
        elif out.exists() and out.stat().st_size:
            outcome = "INCONSISTENT: a file at the target path"
        elif stray := leftovers(folder, out, files_before):
            outcome = f"INCONSISTENT: stray files {stray}"
        tally[outcome] += 1
    with capsys.disabled():
        print(f"\nkill-window {name} at {point}: runs={RUNS} inside={RUNS} consistent={tally['none']} {dict(tally)}")
    assert tally == {"none": RUNS}, tally


@pytest.fixture(scope="module")
def scheduled_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event with a saved schedule: a kill must leave exactly that schedule."""
    path = tmp_path_factory.mktemp("kill-windows") / "demo.db"
    db = open_database(str(path), daily_backup=False)
    with db.transaction() as session:
        event_id = run_job(load_demo(session)).event_id
    assert event_id == 1
    run_job(schedule_event_job(db, event_id, SolveOptions(time_limit=3, seed=1)))
    with db.transaction() as session:  # so the killed run has meetings to place, not only a run to record
        for meeting in session.scalars(select(Meeting).order_by(Meeting.id).limit(6)):
            meeting.slot_id = meeting.table_id = None
    db.close()
    return path


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return empty_database(tmp_path_factory, "kill-windows")


MEETINGS = "SELECT id, request_id, slot_id, table_id, status, version FROM meeting ORDER BY id"


def schedule_state(path: Path) -> object:
    return rows(path, MEETINGS), rows(path, "SELECT count(*) FROM schedule_run")


def test_kill_inside_the_scheduler_save(scheduled_template: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    campaign("schedule", scheduled_template, tmp_path, "schedule.commit",
             lambda p: ["--db", str(p), "schedule", "--event", "1", "--time-limit", "1", "--workers", "1"],
             schedule_state, lambda p: p.with_suffix(".none"), capsys)  # fmt: skip


def test_kill_inside_an_import(empty_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "organisations.csv"
    lines = [f"Šviesa Studija {i},LT,Kaunas,Rūta {i},ruta{i}@example.org,taip" for i in range(500)]
    source.write_text("name,country,city,contact_name,contact_email,contact_consent\n" + "\n".join(lines) + "\n",
                      encoding="utf-8")  # fmt: skip
    campaign("import", empty_template, tmp_path, "import.commit",
             lambda p: ["--db", str(p), "import", "organisations", str(source)],
             lambda p: rows(p, "SELECT (SELECT count(*) FROM organisation), (SELECT count(*) FROM person)"),
             lambda p: p.with_suffix(".none"), capsys)  # fmt: skip


def test_kill_inside_a_catalogue_publish(scheduled_template: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    campaign("catalogue-publish", scheduled_template, tmp_path, "catalogue.commit",
             lambda p: ["--db", str(p), "catalogue", "publish", "--event", "1", "--out", str(p.with_suffix(".mmcat"))],
             lambda p: rows(p, "SELECT uid FROM catalogue_publication"), lambda p: p.with_suffix(".mmcat"),
             capsys)  # fmt: skip


def _out(p: Path) -> str:
    return str(p.parent / "out")


EXPORTS = {
    "problem": (lambda p: ["export", "problem", "--event", "1", str(p.with_suffix(".json"))], ".json"),
    "agendas-xlsx": (lambda p: ["export", "agendas", "--event", "1", "--format", "xlsx", "--out", _out(p)], ".xlsx"),
    "agendas-pdf": (lambda p: ["export", "agendas", "--event", "1", "--format", "pdf", "--combined", "--out", _out(p)],
                    ".pdf"),
    "badges": (lambda p: ["export", "badges", "--event", "1", "--out", str(p.with_suffix(".pdf"))], ".pdf"),
    "participants-csv": (lambda p: ["export", "participants", "--event", "1", str(p.with_suffix(".csv"))], ".csv"),
}  # fmt: skip


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_kill_inside_an_export(kind: str, scheduled_template: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """The file is complete under its temporary name when killed: the target is absent, nothing misleads."""
    args, suffix = EXPORTS[kind]

    def target(path: Path) -> Path:
        out = path.parent / "out"
        found = sorted(out.glob(f"*{suffix}")) if out.is_dir() else []
        return found[0] if found else path.with_suffix(suffix)

    campaign(f"export-{kind}", scheduled_template, tmp_path, "export.rename",
             lambda p: ["--db", str(p), *args(p)], lambda p: rows(p, MEETINGS), target, capsys)  # fmt: skip


def test_kill_inside_the_scheduler_save_on_postgresql(pg_url: URL, capsys: pytest.CaptureFixture[str]) -> None:
    """On PostgreSQL the killed connection's transaction is rolled back and its advisory lock freed."""
    db = open_database(pg_url)
    try:
        with db.transaction() as session:
            event_id = run_job(load_demo(session)).event_id
        assert event_id is not None
        run_job(schedule_event_job(db, event_id, SolveOptions(time_limit=3, seed=1)))
        url = pg_url.render_as_string(hide_password=False)
        tally: Counter[str] = Counter()
        for _ in range(RUNS):
            before = _pg_state(db)
            landed = kill_at("schedule.commit", ["--db", url, "schedule", "--event", str(event_id),
                                                 "--time-limit", "1", "--workers", "1"])  # fmt: skip
            assert landed == "inside", landed
            tally["none" if _pg_state(db) == before else "INCONSISTENT"] += 1
            deadline = time.monotonic() + 30  # the server notices the dead client and frees its lock
            while True:
                try:
                    with scheduler_lock(db, event_id):
                        break
                except Exception:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
        with capsys.disabled():
            print(f"\nkill-window schedule (postgresql) at schedule.commit: runs={RUNS} inside={RUNS} "
                  f"consistent={tally['none']} {dict(tally)}")  # fmt: skip
        assert tally == {"none": RUNS}
    finally:
        db.close()


def _pg_state(db: Database) -> object:
    with db.session() as session:
        meetings = [(m.id, m.slot_id, m.table_id, m.status, m.version) for m in
                    session.scalars(select(Meeting).order_by(Meeting.id))]  # fmt: skip
        return meetings, len(session.scalars(select(ScheduleRun.id)).all())


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> object:
    from tests.conftest import fresh_postgres_url

    admin, template = request.getfixturevalue("_pg_template")
    url, drop = fresh_postgres_url(admin, template)
    yield url
    drop()  # type: ignore[operator]
