"""The logic of importing one file in the app: read, map, check, import, cancel. No widgets.

Work runs through ``ctx.tasks`` (off the UI thread); the import is a core job inside one
transaction, so cancelling it (``Task.cancel`` closes the job) rolls everything back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Generator
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from matchmaker.core.errors import Cancelled, MatchmakerError
from matchmaker.core.progress import Progress, run_job
from matchmaker.core.tabular import (
    ORGANISATION_FIELDS,
    PARTICIPANT_FIELDS,
    ColumnMapping,
    ImportPlan,
    ImportReport,
    Issue,
    SourceTable,
    apply_plan,
    auto_map,
    plan_import,
    read_table,
)

from ..context import AppContext
from ..tasks import Task

PREVIEW_ROWS = 50
T = TypeVar("T")


class ImportController(QObject):
    """Holds the file, its mapping and the plan; the dialog shows what it emits."""

    loaded = Signal()  # the table and an automatic mapping are ready
    previewed = Signal(object)  # list[Issue] for the preview rows, or a MatchmakerError about the mapping
    checked = Signal(object)  # ImportPlan
    progress = Signal(object)  # Progress
    finished = Signal(object)  # ImportReport
    failed = Signal(object)  # BaseException
    cancelled = Signal()

    def __init__(self, ctx: AppContext, path: Path, kind: str = "organisations", event_id: int | None = None,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.path, self.kind, self.event_id = ctx, Path(path), kind, event_id
        self.fields = PARTICIPANT_FIELDS if kind == "participants" else ORGANISATION_FIELDS
        self.table: SourceTable | None = None
        self.mapping: ColumnMapping | None = None
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.task: Task | None = None
        self._stop = False
        self._running = False

    @property
    def busy(self) -> bool:
        return self._running

    @property
    def event_ref(self) -> str | None:
        return str(self.event_id) if self.event_id else None

    # ------------------------------------------------------------------ reading and mapping
    def load(self, *, encoding: str | None = None, sheet: str | None = None) -> None:
        """Read the file (again, e.g. with another encoding or sheet) and map its headers automatically."""

        def done(table: SourceTable) -> None:
            self.table = table
            self.mapping = auto_map(table.headers, self.kind)
            self.plan = None
            self.loaded.emit()
            self.refresh_preview()

        self._run(lambda: read_table(self.path, encoding=encoding, sheet=sheet), done)

    def refresh_preview(self) -> None:
        """Check the first rows with the current mapping, for the highlighted preview."""
        if self.table is None or self.mapping is None:
            return
        sample = dataclasses.replace(self.table, rows=self.table.rows[:PREVIEW_ROWS])
        mapping = self.mapping
        try:
            with self.ctx.database.session() as session:
                job = plan_import(session, sample, mapping, kind=self.kind, event_ref=self.event_ref)
                plan = run_job(job)
        except MatchmakerError as exc:
            self.previewed.emit(exc)
            return
        self.previewed.emit(plan.issues)

    # ------------------------------------------------------------------ checking and importing
    def check(self) -> None:
        """Validate every row and look for duplicates (read-only); emits ``checked`` with the plan."""
        table, mapping = self.table, self.mapping
        if table is None or mapping is None:
            return

        def work() -> Generator[Progress, None, ImportPlan]:
            with self.ctx.database.session() as session:
                job = plan_import(session, table, mapping, kind=self.kind, event_ref=self.event_ref)
                return (yield from self._guarded(job))

        def done(plan: ImportPlan) -> None:
            self.plan = plan
            self.checked.emit(plan)

        self._run(work, done)

    def run_import(
        self, *, on_duplicate: str = "update", on_similar: str = "create", skip_invalid: bool = False
    ) -> None:
        """Write the checked plan in one transaction; emits ``finished`` with the report."""
        plan = self.plan
        if plan is None:
            return

        def work() -> Generator[Progress, None, ImportReport]:
            with self.ctx.database.transaction() as session:
                return (yield from self._guarded(apply_plan(session, plan, on_duplicate, on_similar, skip_invalid)))

        def done(report: ImportReport) -> None:
            self.report = report
            if report.written:
                self.ctx.signals.data_changed.emit("import")  # the Organisations page reloads on it
                if self.kind == "participants":
                    self.ctx.signals.data_changed.emit("participants")
                self.ctx.signals.status.emit(report.summary())
            self.finished.emit(report)

        self._run(work, done)

    def cancel(self) -> None:
        """Stop the running check or import at its next step; an import rolls back completely."""
        self._stop = True
        if self.task is not None and not self.task.finished:
            self.task.cancel()

    def _guarded(self, job: Generator[Progress, None, T]) -> Generator[Progress, None, T]:
        """Pass the job's progress on, raising Cancelled (inside the caller's transaction) once asked to stop.

        This also works when the task runner runs inline (tests), where no Task exists yet to cancel.
        """
        while True:
            if self._stop:
                job.close()
                raise Cancelled(QCoreApplication.translate("", "Cancelled; nothing was written"))
            try:
                report = next(job)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            yield report

    def _run(self, work: Any, done: Any) -> None:
        self._stop = False
        self._running = True

        def finish(signal: Any) -> Any:
            def handler(*args: Any) -> None:
                self._running = False
                signal(*args)

            return handler

        self.task = self.ctx.tasks.run(
            work, on_result=finish(done), on_error=finish(self.failed.emit), on_progress=self.progress.emit,
            on_cancelled=finish(self.cancelled.emit),
        )  # fmt: skip

    def issues(self) -> list[Issue]:
        return list(self.plan.issues) if self.plan is not None else []
