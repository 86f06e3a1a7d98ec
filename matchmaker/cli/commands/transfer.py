"""``matchmaker import organisations|participants FILE`` and ``matchmaker export organisations|participants FILE``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from matchmaker.core.progress import Progress, run_job
from matchmaker.core.tabular import (
    ACTIONS,
    ENCODINGS,
    ImportOptions,
    export_organisations,
    export_participants,
    import_file,
    parse_map_options,
)

from ..context import CliContext
from ..registry import CommandRegistry

_IMPORT_HELP = "Import organisations or participants from CSV or XLSX files"
_EXPORT_HELP = "Export data to files"
_FORMATS = "CSV (delimiter , ; or tab detected; UTF-8, UTF-16, cp1257, cp1250 detected) or XLSX"


def register(cli: CommandRegistry) -> None:
    orgs = cli.subcommand(
        "import",
        "organisations",
        help=f"Import organisations with their contacts from {_FORMATS}. Rows matching an existing organisation "
        "(same normalised name and country) update it; importing the same file twice creates nothing new.",
        group_help=_IMPORT_HELP,
    )
    _import_options(orgs)
    orgs.add_argument("--event", metavar="EVENT", help=argparse.SUPPRESS)
    orgs.set_defaults(handler=run_import, kind="organisations")

    participants = cli.subcommand(
        "import",
        "participants",
        help=f"Import the participants of an event from {_FORMATS}: their organisations (created or updated) "
        "and delegates and unavailable slots",
        group_help=_IMPORT_HELP,
    )
    _import_options(participants)
    participants.add_argument(
        "--event", metavar="EVENT", help="the event (id or name), unless the file has an event column"
    )
    participants.set_defaults(handler=run_import, kind="participants")

    export_orgs = cli.subcommand(
        "export",
        "organisations",
        help="Export all organisations with their contacts (one row per contact) to FILE.csv or FILE.xlsx",
        group_help=_EXPORT_HELP,
    )
    export_orgs.add_argument("file", type=Path, metavar="FILE")
    export_orgs.set_defaults(handler=run_export, kind="organisations", event=None)

    export_parts = cli.subcommand(
        "export",
        "participants",
        help="Export the participants of an event to FILE.csv or FILE.xlsx",
        group_help=_EXPORT_HELP,
    )
    export_parts.add_argument("--event", required=True, metavar="EVENT", help="the event (id or name)")
    export_parts.add_argument("file", type=Path, metavar="FILE")
    export_parts.set_defaults(handler=run_export, kind="participants")


def _import_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--sheet", metavar="S", help="the sheet of an XLSX workbook (name or number; default: first)")
    parser.add_argument(
        "--map",
        action="append",
        metavar='"HEADER=FIELD"',
        help="map a source column to a field (repeatable); 'HEADER=' ignores the column",
    )
    parser.add_argument("--encoding", choices=ENCODINGS, default="auto", help="the CSV encoding (default: detected)")
    parser.add_argument("--dry-run", action="store_true", help="check the file and report; write nothing")
    parser.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows even if others are invalid (listed)"
    )
    parser.add_argument(
        "--on-duplicate",
        choices=ACTIONS,
        default="update",
        help="rows matching an existing organisation by name and country (default: update)",
    )
    parser.add_argument(
        "--on-similar",
        choices=ACTIONS,
        default="create",
        help="rows whose name is close to an existing one, e.g. a typo (default: create, with a warning)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    options = ImportOptions(
        kind=args.kind,
        encoding=None if args.encoding == "auto" else args.encoding,
        sheet=args.sheet,
        mapping=parse_map_options(args.map),
        on_duplicate=args.on_duplicate,
        on_similar=args.on_similar,
        skip_invalid=args.skip_invalid,
        dry_run=args.dry_run,
        event=args.event,
    )
    database = ctx.database()

    def show(progress: Progress) -> None:
        if progress.message:
            ctx.progress(f"import: {progress.message}")

    with database.transaction() as session:
        report = run_job(import_file(session, args.file, options), show)
    if args.json:
        ctx.print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        ctx.print(report.format())
    if report.outcome == "refused" or (report.invalid_rows and not options.skip_invalid):
        return 1
    return 0


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    database = ctx.database()
    path: Path = args.file.expanduser()

    def show(progress: Progress) -> None:
        ctx.progress(f"export: {progress.message}")

    with database.transaction() as session:
        if args.kind == "participants":
            count = run_job(export_participants(session, path, args.event), show)
        else:
            count = run_job(export_organisations(session, path), show)
    ctx.print(f"Exported {count} rows of {args.kind} to {path}")
    return 0
