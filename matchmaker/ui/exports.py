"""The Exports page's controller: loads the event's documents data, previews, prints and exports.

The page (``matchmaker.ui.pages.exports``) only lays out widgets and forwards user actions here;
long work runs on the context's TaskRunner as core jobs, so it shows progress and can be cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QPagedPaintDevice

from matchmaker.core.documents import (
    EventData,
    ExportResult,
    Party,
    ensure_database_uid,
    export_csv,
    export_ics,
    export_xlsx,
    load_event_data,
)
from matchmaker.core.documents.files import agenda_file_name
from matchmaker.core.documents.jobs import event_file_stem
from matchmaker.core.progress import Job, Progress

from .context import AppContext
from .documents import Paper, configure_device, document_for, export_agendas_pdf, export_document
from .documents.agendas import agenda_document
from .documents.paged import Paintable
from .tasks import Task

#: A preview of "all participants" shows this many agendas; the export has them all.
PREVIEW_AGENDAS = 12


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class ExportKind(StrEnum):
    AGENDAS_PDF = "agendas_pdf"
    CALENDARS = "ics"
    SCHEDULE_XLSX = "xlsx"
    MEETINGS_CSV = "csv"
    DOOR_SHEETS = "tables"
    CHECKIN = "checkin"
    BADGES = "badges"
    REPORT = "report"

    @property
    def label(self) -> str:
        return {
            "agendas_pdf": tr("Personal agendas (PDF)"),
            "ics": tr("Calendars (iCalendar .ics)"),
            "xlsx": tr("Master schedule (Excel .xlsx)"),
            "csv": tr("Meetings (CSV)"),
            "tables": tr("Table door sheets (PDF)"),
            "checkin": tr("Check-in desk list (PDF)"),
            "badges": tr("Name badges (PDF)"),
            "report": tr("Event report (PDF)"),
        }[self.value]

    @property
    def description(self) -> str:
        return {
            "agendas_pdf": tr("A PDF per participant, or one combined file: every meeting with its time, table, "
                              "partner and the partner's contact (when they consented), breaks, and room for notes."),
            "ics": tr("An .ics per participant and one for the whole event. Re-exports update calendars instead of "
                      "duplicating: every meeting keeps its UID, changes raise its SEQUENCE."),
            "xlsx": tr("A sheet per day with slots against tables, and a sheet of every participant's meetings."),
            "csv": tr("One row per meeting, for mail merges and other tools."),
            "tables": tr("One page per table to pin on its door: who meets whom at every slot."),
            "checkin": tr("Every participant in alphabetical order with delegates, first meeting and a box to tick."),
            "badges": tr("A badge per delegate: four to an A4 or Letter sheet with cut lines, or one per A6 page."),
            "report": tr("After the event: meetings held, no-shows, feedback outcomes, meetings between countries "
                         "and the top capability pairs, with charts."),
        }[self.value]  # fmt: skip

    @property
    def is_pdf(self) -> bool:
        return self not in (ExportKind.CALENDARS, ExportKind.SCHEDULE_XLSX, ExportKind.MEETINGS_CSV)

    @property
    def per_participant(self) -> bool:
        """Agendas and calendars can be limited to one participant."""
        return self in (ExportKind.AGENDAS_PDF, ExportKind.CALENDARS, ExportKind.SCHEDULE_XLSX, ExportKind.MEETINGS_CSV)

    @property
    def writes_folder(self) -> bool:
        """Exports that write a file per participant go into a folder."""
        return self in (ExportKind.AGENDAS_PDF, ExportKind.CALENDARS)


@dataclass(frozen=True)
class ExportOptions:
    kind: ExportKind = ExportKind.AGENDAS_PDF
    participant_id: int | None = None
    combined: bool = False
    paper: Paper = Paper.A4


class ExportsController(QObject):
    """Owns the loaded :class:`EventData` and runs previews, prints and exports."""

    data_ready = Signal()
    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: EventData | None = None
        self.stale = True
        self._task: Task | None = None

    # ------------------------------------------------------------------ data
    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.finished

    def load(self) -> None:
        """(Re)read the current event's data on a worker; ``data_ready`` when done."""
        event_id = self.ctx.current_event_id
        self.stale = False
        if not event_id:
            self.data = None
            self.data_ready.emit()
            return
        database = self.ctx.database

        def work() -> EventData:
            with database.transaction() as session:
                uid = ensure_database_uid(session)
            with database.session() as session:
                return load_event_data(session, event_id, uid=uid)

        def done(data: EventData) -> None:
            self.data = data
            self.data_ready.emit()

        self.ctx.tasks.run(work, on_result=done, on_error=self.failed.emit)

    def participants(self) -> list[tuple[int, str]]:
        """(participation id, 'Name (CC)') in alphabetical order."""
        if self.data is None:
            return []
        return [(p.participation_id, f"{p.name} ({p.country})") for p in self.data.parties_sorted()]

    def _parties(self, options: ExportOptions) -> list[Party] | None:
        if self.data is None or options.participant_id is None or not options.kind.per_participant:
            return None
        party = self.data.parties.get(options.participant_id)
        return [party] if party is not None else None

    # ------------------------------------------------------------------ preview and print
    def preview_document(self, options: ExportOptions) -> Paintable | None:
        """The document a preview or a print shows (None for non-PDF kinds or without data)."""
        if self.data is None or not options.kind.is_pdf:
            return None
        if options.kind == ExportKind.AGENDAS_PDF:
            parties = self._parties(options) or self.data.parties_sorted()
            return agenda_document(self.data, parties[:PREVIEW_AGENDAS] if options.participant_id is None else parties)
        return document_for(options.kind.value, self.data, self._paper(options))

    def print_document(self, options: ExportOptions) -> Paintable | None:
        """Like the preview, but agendas for every chosen participant."""
        if self.data is None or not options.kind.is_pdf:
            return None
        if options.kind == ExportKind.AGENDAS_PDF:
            return agenda_document(self.data, self._parties(options) or self.data.parties_sorted())
        return self.preview_document(options)

    def paint(self, document: Paintable, device: QPagedPaintDevice, options: ExportOptions) -> int:
        """Lay out ``device`` for the paper and paint every page of ``document``; returns the part count."""
        configure_device(device, self._paper(options), margin_mm=getattr(document, "margin_mm", 14.0))
        return sum(1 for _ in document.paint(device))

    @staticmethod
    def _paper(options: ExportOptions) -> Paper:
        if options.paper == Paper.A6 and options.kind != ExportKind.BADGES:
            return Paper.A4
        return options.paper

    def text_preview(self, options: ExportOptions, limit: int = 120) -> str:
        """A look at a calendar, CSV or workbook export, as text."""
        if self.data is None:
            return tr("Choose an event in the toolbar.")
        parties = self._parties(options)
        from matchmaker.core.documents.tabular import csv_text, workbook  # openpyxl: only when looked at

        if options.kind == ExportKind.MEETINGS_CSV:
            return "\n".join(csv_text(self.data, parties).splitlines()[:limit])
        if options.kind == ExportKind.SCHEDULE_XLSX:
            book = workbook(self.data, parties)
            lines = [tr("Workbook with %n sheet(s):").replace("%n", str(len(book.sheetnames)))]
            for sheet in book.worksheets:
                lines.append(
                    "  • " + tr("{0}: {1} rows × {2} columns").format(sheet.title, sheet.max_row - 1, sheet.max_column)
                )
            return "\n".join(lines)
        from matchmaker.core.documents.ics import CalendarWriter

        writer = CalendarWriter(self.data)
        chosen = parties or self.data.parties_sorted()[:1]
        if not chosen:
            return tr("This event has no participants yet.")
        text = writer.participant_calendar(chosen[0]).decode("utf-8")
        head = tr("Calendar of %s (one .ics per participant and one for the whole event):") % chosen[0].name
        return head + "\n\n" + "\n".join(text.splitlines()[:limit])

    # ------------------------------------------------------------------ export
    def default_target(self, options: ExportOptions, folder: Path) -> Path:
        """Where the export goes inside ``folder`` (a folder itself for per-participant files)."""
        assert self.data is not None
        stem = event_file_stem(self.data)
        parties = self._parties(options)
        if options.kind.writes_folder:
            return folder
        names = {
            ExportKind.SCHEDULE_XLSX: f"schedule-{stem}.xlsx",
            ExportKind.MEETINGS_CSV: f"meetings-{stem}.csv",
            ExportKind.DOOR_SHEETS: f"door-sheets-{stem}.pdf",
            ExportKind.CHECKIN: f"checkin-{stem}.pdf",
            ExportKind.BADGES: f"badges-{stem}.pdf",
            ExportKind.REPORT: f"report-{stem}.pdf",
        }
        name = names[options.kind]
        if parties:
            name = agenda_file_name(parties[0].participation_id, parties[0].name, Path(name).suffix)
        return folder / name

    def job(self, options: ExportOptions, target: Path) -> Job[ExportResult]:
        """The export job for ``options`` writing to ``target``."""
        assert self.data is not None
        data, parties, paper = self.data, self._parties(options), self._paper(options)
        if options.kind == ExportKind.AGENDAS_PDF:
            return export_agendas_pdf(data, target, parties, combined=options.combined, paper=paper)
        if options.kind == ExportKind.CALENDARS:
            return export_ics(data, target, parties)
        if options.kind == ExportKind.SCHEDULE_XLSX:
            return export_xlsx(data, target, parties)
        if options.kind == ExportKind.MEETINGS_CSV:
            return export_csv(data, target, parties)
        return export_document(options.kind.value, data, target, paper)

    def export(self, options: ExportOptions, target: Path) -> Task | None:
        """Run the export on a worker; ``progress``, then ``finished``, ``failed`` or ``cancelled``."""
        if self.data is None or self.busy:
            return None
        options = replace(options)

        def report(value: Progress) -> None:
            self.progress.emit(value)

        def done(result: ExportResult) -> None:
            self.busy_changed.emit(False)
            self.finished.emit(result)

        def error(exc: BaseException) -> None:
            self.busy_changed.emit(False)
            self.failed.emit(exc)

        def stopped() -> None:
            self.busy_changed.emit(False)
            self.cancelled.emit()

        self.busy_changed.emit(True)
        self._task = self.ctx.tasks.run(
            lambda: self.job(options, target), on_result=done, on_error=error, on_progress=report, on_cancelled=stopped
        )
        return self._task

    def cancel(self) -> None:
        if self._task is not None and not self._task.finished:
            self._task.cancel()
