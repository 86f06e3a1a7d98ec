"""How long the Event and Schedule pages take to show an event. Prints JSON.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_event_pages.py [--participants 300] [--time-limit 20]

On the demo event and on a generated event (2,000 organisations, N participants), it times:
the snapshot load (worker thread), the statistics, and what runs on the UI thread when a
snapshot arrives: filling every item model of both pages (the target is under 100 ms). On
the generated event it also schedules, so the grid is full. In a fresh process it opens the
Schedule page and starts a run: the page's first build and the UI-thread stall before the
first solver progress (the scheduler is imported then, on the run's worker). Figures depend on the neighbours
on a shared machine; ``cpu_seconds`` are reported too.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _timed(action: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    value = action()
    return value, round((time.perf_counter() - started) * 1000, 1)


def measure(database: Any, event_id: int, label: str, time_limit: float) -> dict[str, Any]:
    from PySide6.QtCore import QSettings

    from matchmaker.core.events import event_stats, load_snapshot
    from matchmaker.core.progress import run_job
    from matchmaker.core.scheduling import SolveOptions
    from matchmaker.db.scheduling import schedule_event_job
    from matchmaker.ui.app import make_context
    from matchmaker.ui.pages.event import EventPage
    from matchmaker.ui.pages.schedule import SchedulePage

    solve_started = time.perf_counter()
    result = run_job(schedule_event_job(database, event_id, SolveOptions(time_limit=time_limit)))
    solve_seconds = round(time.perf_counter() - solve_started, 2)

    def load() -> Any:
        with database.session() as session:
            return load_snapshot(session, event_id)

    snapshot, load_ms = _timed(load)
    _, stats_ms = _timed(lambda: event_stats(snapshot))
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    ctx = make_context(database, settings, synchronous=True)
    ctx.select_event(event_id)
    event_page, schedule_page = EventPage(ctx), SchedulePage(ctx)
    with database.session() as session:  # what the worker prepares after a load
        events, schedules = event_page.controller, schedule_page.controller
        events.prepared, event_prepare_ms = _timed(lambda: events.prepare(session, snapshot))
        schedules.prepared, schedule_prepare_ms = _timed(lambda: schedules.prepare(session, snapshot))
    ui_cpu = time.process_time()
    _, event_fill_ms = _timed(lambda: event_page._show(snapshot))
    _, schedule_fill_ms = _timed(lambda: schedule_page._show(snapshot))
    ui_cpu_ms = round((time.process_time() - ui_cpu) * 1000, 1)
    return {
        "event": label,
        "participants": len(snapshot.participants),
        "requests": len(snapshot.requests),
        "meeting_slots": len(snapshot.meeting_slots),
        "tables": len(snapshot.active_tables),
        "placed": result.solution.placed,
        "solve_status": result.solution.status,
        "solve_seconds": solve_seconds,
        "snapshot_load_ms_worker": load_ms,
        "stats_ms": stats_ms,
        "event_prepare_ms_worker": event_prepare_ms,
        "schedule_prepare_ms_worker": schedule_prepare_ms,
        "both_pages_fill_cpu_ms_ui_thread": ui_cpu_ms,
        "event_page_fill_ms_ui_thread": event_fill_ms,
        "schedule_page_fill_ms_ui_thread": schedule_fill_ms,
    }


def responsiveness(database: Any, event_id: int, time_limit: float) -> dict[str, Any]:
    """Run the scheduler from the Schedule page on a real worker thread; the longest UI-thread stall."""
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from matchmaker.ui.app import make_context
    from matchmaker.ui.pages.schedule import SchedulePage

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    ctx = make_context(database, settings, synchronous=False)
    ctx.select_event(event_id)
    page = SchedulePage(ctx)
    page.show()
    clock, gaps, last = QElapsedTimer(), [], [0]
    clock.start()

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    reports: list[Any] = []
    done: list[Any] = []
    page.controller.solve_progress.connect(reports.append)
    page.controller.solve_finished.connect(done.append)
    deadline = time.time() + 5
    while page.controller.snapshot is None and time.time() < deadline:
        QApplication.processEvents()
    last[0] = clock.elapsed()
    timer.start(10)
    page.controller.run(time_limit=time_limit)
    deadline = time.time() + time_limit + 60
    while not done and time.time() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    settle = time.time() + 1
    while time.time() < settle:  # the reload after the run, and showing it
        QApplication.processEvents()
        time.sleep(0.002)
    timer.stop()
    ctx.tasks.wait()
    return {
        "progress_reports": len(reports),
        "placed": done[0].solution.placed if done else None,
        "timer_ticks": len(gaps),
        "max_ui_stall_ms": max(gaps, default=None),
        "ticks_over_100_ms": sum(1 for g in gaps if g > 100),
    }


SOLVER_START_PROBE = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from matchmaker.db import open_database
from matchmaker.ui.app import make_context
app = QApplication([])
database = open_database(sys.argv[1])
settings = QSettings(str(Path(sys.argv[3]) / "s.ini"), QSettings.Format.IniFormat)
ctx = make_context(database, settings, synchronous=False)
ctx.select_event(int(sys.argv[2]))
started = time.perf_counter()
from matchmaker.ui.pages.schedule import SchedulePage
page = SchedulePage(ctx)
page.show()
build_ms = (time.perf_counter() - started) * 1000
deadline = time.time() + 10
while page.controller.snapshot is None and time.time() < deadline:
    app.processEvents()
clock, gaps, last = QElapsedTimer(), [], [0]
clock.start()
def tick():
    now = clock.elapsed()
    gaps.append(now - last[0])
    last[0] = now
timer = QTimer()
timer.timeout.connect(tick)
first, done = [], []
page.controller.solve_progress.connect(lambda r: first or first.append(clock.elapsed()))
page.controller.solve_finished.connect(done.append)
loaded = "ortools" in sys.modules
timer.start(10)
last[0] = clock.elapsed()
page.controller.run(time_limit=float(sys.argv[4]))
while not first and time.time() < deadline + 120:
    app.processEvents()
    time.sleep(0.002)
before_first = max(gaps, default=0)
while not done and time.time() < deadline + 120:
    app.processEvents()
    time.sleep(0.002)
tick()
timer.stop()
ctx.tasks.wait()
print(json.dumps({"schedule_page_first_build_ms": round(build_ms, 1), "scheduler_loaded_before_run": loaded,
                  "first_progress_after_ms": first[0] if first else None,
                  "max_ui_stall_ms_before_first_progress": before_first,
                  "max_ui_stall_ms_whole_run": max(gaps, default=0),
                  "placed": done[0].solution.placed if done else None}))
"""


def solver_start(path: Path, event_id: int, time_limit: float) -> dict[str, Any]:
    """In a fresh process (as after start-up: the scheduler not imported yet) open the Schedule page and run:
    the page's first build, and the UI-thread stalls before the first solver progress and over the run."""
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent), QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as home:
        command = [sys.executable, "-c", SOLVER_START_PROBE, str(path), str(event_id), home, str(time_limit)]
        out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=300)
    parser.add_argument("--organisations", type=int, default=2000)
    parser.add_argument("--time-limit", type=float, default=20)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from matchmaker.core.demo import load_demo
    from matchmaker.core.generate import GenerateOptions, generate_data
    from matchmaker.core.progress import run_job
    from matchmaker.db import open_database

    app = QApplication.instance() or QApplication(sys.argv)
    cpu = time.process_time()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        demo = open_database(str(Path(folder) / "demo.db"))
        with demo.transaction() as session:
            demo_id = run_job(load_demo(session)).event_id
        results.append(measure(demo, int(demo_id or 0), "demo", args.time_limit))
        ui = responsiveness(demo, int(demo_id or 0), min(args.time_limit, 10))
        demo.close()
        first_run = solver_start(Path(folder) / "demo.db", int(demo_id or 0), min(args.time_limit, 10))
        big = open_database(str(Path(folder) / "generated.db"))
        with big.transaction() as session:
            report = run_job(generate_data(session, GenerateOptions(args.organisations, args.participants, seed=7)))
        results.append(measure(big, int(report.event_id or 0), "generated", args.time_limit))
        big.close()
    app.processEvents()
    summary = {"results": results, "responsiveness_demo": ui, "solver_start_fresh_process_demo": first_run,
               "cpu_seconds": round(time.process_time() - cpu, 1),
               "load_average": [round(x, 1) for x in os.getloadavg()]}  # fmt: skip
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
