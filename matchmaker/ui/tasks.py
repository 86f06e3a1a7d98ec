"""Run work off the UI thread and get the outcome back on it (after picard's util/thread.py).

Work is either a plain callable or a core job (a generator yielding Progress). The
callbacks (`on_result`, `on_error`, `on_progress`, `on_cancelled`) always run on the
main thread, so they may touch widgets; the work itself never does. Tests pass
``synchronous=True`` so everything runs inline and deterministically.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from matchmaker.core.progress import Progress

log = logging.getLogger(__name__)

ResultCallback = Callable[[Any], object]
ErrorCallback = Callable[[BaseException], object]
ProgressCallback = Callable[[Progress], object]


class _Relay(QObject):
    """Lives on the main thread; signals emitted from a worker arrive there queued."""

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Task:
    """A handle on running work: ask it to cancel, see whether it finished."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.finished = False

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report; nothing half-done is kept by core jobs."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, task: Task) -> None:
        super().__init__()
        self._work, self._relay, self._task = work, relay, task

    def run(self) -> None:
        _execute(self._work, self._task, self._relay.progress.emit, self._relay.succeeded.emit,
                 self._relay.failed.emit, self._relay.cancelled.emit)  # fmt: skip


def _execute(
    work: Callable[[], Any],
    task: Task,
    progress: Callable[[Progress], object],
    succeeded: Callable[[Any], object],
    failed: Callable[[BaseException], object],
    cancelled: Callable[[], object],
) -> None:
    try:
        outcome = work()
        if isinstance(outcome, Generator):
            job = outcome
            while True:
                if task.cancel_requested:
                    job.close()  # GeneratorExit inside the job: its transaction rolls back
                    cancelled()
                    return
                try:
                    report = next(job)
                except StopIteration as stop:
                    outcome = stop.value
                    break
                progress(report)
        if task.cancel_requested:
            cancelled()
            return
        succeeded(outcome)
    except BaseException as exc:  # delivered to the UI, which shows it; never lost in a thread
        log.exception("background task failed")
        failed(exc)


class TaskRunner(QObject):
    """Starts background work; one per app (tests use ``synchronous=True``)."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._live: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        *,
        on_result: ResultCallback | None = None,
        on_error: ErrorCallback | None = None,
        on_progress: ProgressCallback | None = None,
        on_cancelled: Callable[[], object] | None = None,
    ) -> Task:
        """Run ``work()`` off the UI thread. If it returns a generator of Progress, drive it as a job."""
        task = Task()

        def done_ok(value: Any) -> None:
            task.finished = True
            if on_result:
                on_result(value)

        def done_err(exc: BaseException) -> None:
            task.finished = True
            if on_error:
                on_error(exc)

        def done_cancel() -> None:
            task.finished = True
            if on_cancelled:
                on_cancelled()

        def report(p: Progress) -> None:
            if on_progress:
                on_progress(p)

        if self.synchronous:
            _execute(work, task, report, done_ok, done_err, done_cancel)
            return task
        relay = _Relay()
        self._live.add(relay)
        relay.progress.connect(report)
        relay.succeeded.connect(done_ok)
        relay.failed.connect(done_err)
        relay.cancelled.connect(done_cancel)
        for signal in (relay.succeeded, relay.failed, relay.cancelled):
            signal.connect(lambda *_: self._live.discard(relay))
        self.pool.start(_Runnable(work, relay, task))
        return task

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until all work is done (for shutdown and tests)."""
        return bool(self.pool.waitForDone(msecs))
