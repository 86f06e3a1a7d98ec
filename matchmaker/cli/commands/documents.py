"""``matchmaker export agendas|tables|badges|checkin|report``: agendas and event documents."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from matchmaker.core.documents import (
    EventData,
    ExportResult,
    ensure_database_uid,
    export_csv,
    export_ics,
    export_xlsx,
    load_event_data,
    parties_in,
)
from matchmaker.core.documents.jobs import event_file_stem
from matchmaker.core.errors import ValidationFailed
from matchmaker.core.progress import Job, Progress, run_job

from ..context import CliContext
from ..registry import CommandRegistry

GROUP_HELP = "Write files: agendas, schedules and event documents"
_DOCUMENTS = {
    "tables": "Table door sheets as PDF: one page per table listing its meetings",
    "badges": "Name badges as PDF: four to an A4 or Letter sheet, or one per A6 page (--paper a6)",
    "checkin": "The check-in desk list as PDF: participants, delegates, first meeting, a box to tick",
    "report": "The event report as PDF: meetings held, no-shows, feedback, country pairs, capability pairs, charts",
}


def register(cli: CommandRegistry) -> None:
    agendas = cli.subcommand(
        "export",
        "agendas",
        help="Personal agendas as PDF or iCalendar, or the master schedule as XLSX or CSV",
        group_help=GROUP_HELP,
    )
    agendas.add_argument("--event", required=True, metavar="E", help="event id or name")
    agendas.add_argument("--format", required=True, choices=["pdf", "ics", "xlsx", "csv"], help="file format")
    agendas.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder to write into (created)")
    agendas.add_argument(
        "--participant",
        action="append",
        default=[],
        metavar="P",
        help="only this participant (participation id, organisation id or name); repeatable",
    )
    agendas.add_argument("--combined", action="store_true", help="PDF: one file with a part per participant")
    agendas.add_argument("--paper", choices=["a4", "letter"], default="a4", help="PDF paper size (default a4)")
    agendas.add_argument("--json", action="store_true", help="print what was written as JSON")
    agendas.set_defaults(handler=run_agendas)
    for kind, text in _DOCUMENTS.items():
        parser = cli.subcommand("export", kind, help=text, group_help=GROUP_HELP)
        parser.add_argument("--event", required=True, metavar="E", help="event id or name")
        parser.add_argument("--out", required=True, type=Path, metavar="FILE", help="the PDF file to write")
        papers = ["a4", "letter", "a6"] if kind == "badges" else ["a4", "letter"]
        parser.add_argument("--paper", choices=papers, default="a4", help="paper size (default a4)")
        parser.add_argument("--json", action="store_true", help="print what was written as JSON")
        parser.set_defaults(handler=run_document, kind=kind)


def _load(ctx: CliContext, event: str) -> EventData:
    database = ctx.database()
    with database.transaction() as session:
        uid = ensure_database_uid(session)  # calendar UIDs stay the same in every later export
    with database.session() as session:
        return load_event_data(session, event, uid=uid)


def _drive(ctx: CliContext, job: Job[ExportResult], what: str) -> ExportResult:
    def show(progress: Progress) -> None:
        total = f"/{progress.total}" if progress.total else ""
        ctx.progress(f"{what}: {progress.done}{total} {progress.message}")

    return run_job(job, show)


def _report(ctx: CliContext, args: argparse.Namespace, data: EventData, result: ExportResult, seconds: float) -> None:
    if args.json:
        ctx.print(
            json.dumps(
                {
                    "event_id": data.event_id,
                    "event": data.name,
                    "files": [str(path) for path in result.files],
                    "participants": result.participants,
                    "meetings": result.meetings,
                    "seconds": round(seconds, 3),
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    ctx.print(f"Wrote {result.describe()} ({seconds:.1f} s).")
    if not data.meetings:
        ctx.stderr.write("Note: no meetings are placed in this event yet; schedule it first.\n")


def run_agendas(args: argparse.Namespace, ctx: CliContext) -> int:
    data = _load(ctx, args.event)
    parties = parties_in(data, args.participant) if args.participant else None
    if args.combined and args.format != "pdf":
        raise ValidationFailed("--combined only applies to --format pdf")
    started = time.perf_counter()
    folder: Path = args.out
    if folder.exists() and not folder.is_dir():
        raise ValidationFailed(f"{folder} is a file; --out must be a folder")
    stem = event_file_stem(data)
    if args.format == "ics":
        job = export_ics(data, folder, parties)
    elif args.format == "xlsx":
        job = export_xlsx(data, folder / f"schedule-{stem}.xlsx", parties)
    elif args.format == "csv":
        job = export_csv(data, folder / f"meetings-{stem}.csv", parties)
    else:
        from matchmaker.ui.documents import Paper, export_agendas_pdf

        job = export_agendas_pdf(data, folder, parties, combined=args.combined, paper=Paper(args.paper))
    result = _drive(ctx, job, "agendas")
    _report(ctx, args, data, result, time.perf_counter() - started)
    return 0


def run_document(args: argparse.Namespace, ctx: CliContext) -> int:
    from matchmaker.ui.documents import Paper, export_document

    data = _load(ctx, args.event)
    target: Path = args.out
    if target.is_dir():
        raise ValidationFailed(f"{target} is a folder; --out must name the PDF file to write")
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    started = time.perf_counter()
    result = _drive(ctx, export_document(args.kind, data, target, Paper(args.paper)), args.kind)
    _report(ctx, args, data, result, time.perf_counter() - started)
    return 0
