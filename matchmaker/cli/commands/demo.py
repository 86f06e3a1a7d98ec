"""``matchmaker demo``: load the demo data from the seed documents into the current database."""

from __future__ import annotations

import argparse
import json

from matchmaker.core.demo import load_demo
from matchmaker.core.progress import Progress, run_job

from ..context import CliContext
from ..registry import CommandRegistry


def register(cli: CommandRegistry) -> None:
    demo = cli.command(
        "demo",
        help="Load the demo data: the clusters and organisations of the seed documents and a "
        "ready-to-schedule event modelled on Bridge 2 Business (Vilnius, 2018). Running it again changes nothing.",
    )
    demo.add_argument("--json", action="store_true", help="print what was added as JSON")
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    database = ctx.database()

    def show(progress: Progress) -> None:
        ctx.progress(f"demo: {progress.message}")

    with database.transaction() as session:
        report = run_job(load_demo(session), show)
    if args.json:
        data = {"database": database.display_url, "event_id": report.event_id, "event": report.event_name}
        ctx.print(json.dumps({**data, "created": dict(report.created)}, indent=2, ensure_ascii=False))
        return 0
    if not report.changed:
        ctx.print(f"The demo data is already in {database.display_url}; nothing changed.")
        return 0
    created = report.created
    ctx.print(f"Loaded the demo data into {database.display_url}:")
    for key in ("clusters", "organisations", "people", "opportunities"):
        ctx.print(f"  {key + ':':<18} {created[key]:>5}")
    if created["events"]:
        ctx.print(f"Event #{report.event_id} '{report.event_name}':")
        for key in ("meeting_slots", "break_slots", "tables", "participations", "meeting_requests"):
            ctx.print(f"  {key.replace('_', ' ') + ':':<18} {created[key]:>5}")
    return 0
