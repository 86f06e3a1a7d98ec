"""The task runner delivers results, errors, progress and cancellation on the main thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from matchmaker.core.progress import Progress
from matchmaker.ui.tasks import TaskRunner


def test_result_and_progress_arrive_on_the_main_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    main = QThread.currentThread()
    seen: dict[str, object] = {"progress": []}
    worker_threads: list[threading.Thread] = []

    def job():  # type: ignore[no-untyped-def]
        worker_threads.append(threading.current_thread())
        for i in range(3):
            yield Progress(i, 3)
        return 42

    def on_progress(p: Progress) -> None:
        assert QThread.currentThread() is main
        seen["progress"].append(p.done)  # type: ignore[attr-defined]

    def on_result(value: object) -> None:
        assert QThread.currentThread() is main
        seen["result"] = value

    runner.run(job, on_progress=on_progress, on_result=on_result)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen == {"progress": [0, 1, 2], "result": 42}
    assert worker_threads[0] is not threading.main_thread()


def test_errors_are_delivered_not_lost(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("bad row 3")

    runner.run(boom, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "bad row 3"


def test_cancel_closes_the_job_so_it_can_roll_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    closed: list[bool] = []
    outcome: list[str] = []

    def job():  # type: ignore[no-untyped-def]
        try:
            for i in range(1000):
                time.sleep(0.005)
                yield Progress(i, 1000)
        finally:
            closed.append(True)
        return "finished"

    task = runner.run(
        job,
        on_progress=lambda p: task.cancel() if p.done >= 2 else None,
        on_result=lambda _: outcome.append("result"),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"] and closed == [True]


def test_synchronous_runner_runs_inline() -> None:
    runner = TaskRunner(synchronous=True)
    results: list[object] = []
    runner.run(lambda: 7, on_result=results.append)
    assert results == [7]
