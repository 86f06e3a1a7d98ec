"""``matchmaker requests import FILE``: merge a company's request file (.mmreq) into this database."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from matchmaker.core.catalogue import import_requests

from ..context import CliContext
from ..registry import CommandRegistry


def register(cli: CommandRegistry) -> None:
    command = cli.subcommand(
        "requests",
        "import",
        help="Import a company's request file (.mmreq) made from a catalogue this database published",
        group_help="Meeting requests sent back by companies",
    )
    command.add_argument("files", nargs="+", type=Path, metavar="FILE")
    command.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    command.add_argument("--json", action="store_true")
    command.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    database = ctx.database()
    reports = []
    for path in args.files:
        # One transaction per file: a refused file leaves the others' imports in place.
        with database.transaction() as session:
            reports.append(import_requests(session, path, dry_run=args.dry_run))
    if args.json:
        ctx.print(json.dumps([r.to_json() for r in reports], indent=2, ensure_ascii=False))
        return 0
    for report in reports:
        head = {"imported": "Imported", "dry-run": "Would import", "unchanged": "Already imported"}[report.status]
        ctx.print(f"{head} {report.file}: file {report.sequence} from {report.organisation}")
        if report.status == "unchanged":
            ctx.print("  nothing changed")
            continue
        ctx.print(f"  meeting requests: {report.added} new, {report.updated} changed, {report.withdrawn} withdrawn, "
                  f"{report.kept} already decided (kept)")  # fmt: skip
        ctx.print(f"  unavailable slots: {report.unavailable_added} added, {report.unavailable_removed} removed")
        ctx.print(f"  shortlist: {report.shortlist_added} added, {report.shortlist_removed} removed")
        for problem in report.skipped:
            ctx.print(f"  skipped: {problem}")
    return 0
