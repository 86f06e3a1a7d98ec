"""``matchmaker generate``: realistic, deterministic data at any size, for benchmarks and trying things out."""

from __future__ import annotations

import argparse
import json
import time

from matchmaker.core.generate import MAX_ORGANISATIONS, GenerateOptions, generate_data
from matchmaker.core.progress import Progress, run_job

from ..context import CliContext
from ..registry import CommandRegistry


def _count(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return value


def register(cli: CommandRegistry) -> None:
    generate = cli.command(
        "generate",
        help="Write generated organisations from around the Baltic Sea (clusters, capabilities, offers and "
        "requests, contacts) and optionally an event with participants and meeting requests into the "
        "database. The same seed gives the same data.",
    )
    generate.add_argument(
        "--organisations", type=_count, required=True, metavar="N", help=f"how many (1 to {MAX_ORGANISATIONS:,})"
    )
    generate.add_argument(
        "--event-participants",
        type=_count,
        default=0,
        metavar="M",
        help="also create a two-day event with M of them as participants, with meeting requests",
    )
    generate.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    generate.add_argument("--json", action="store_true", help="print what was written as JSON")
    generate.set_defaults(handler=run_generate)


def run_generate(args: argparse.Namespace, ctx: CliContext) -> int:
    database = ctx.database()
    options = GenerateOptions(
        organisations=args.organisations, event_participants=args.event_participants, seed=args.seed
    )

    def show(progress: Progress) -> None:
        percent = f"{100 * progress.fraction:3.0f}%" if progress.fraction is not None else ""
        ctx.progress(f"generate: {percent} {progress.message}")

    started = time.perf_counter()
    with database.transaction() as session:
        report = run_job(generate_data(session, options), show)
    seconds = round(time.perf_counter() - started, 2)
    created = dict(sorted(report.created.items()))
    if args.json:
        data = {"database": database.display_url, "seed": report.seed, "seconds": seconds, "created": created}
        data |= {"event_id": report.event_id, "event": report.event_name} if report.event_id else {}
        ctx.print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    ctx.print(f"Generated into {database.display_url} in {seconds} s (seed {report.seed}):")
    for key in ("organisation", "cluster", "membership", "organisation_capability", "opportunity", "person"):
        ctx.print(f"  {key.replace('_', ' ') + ':':<26} {created.get(key, 0):>9,}")
    if report.event_id:
        ctx.print(f"Event #{report.event_id} '{report.event_name}':")
        for key in ("slot", "event_table", "participation", "meeting_request"):
            ctx.print(f"  {key.replace('_', ' ') + ':':<26} {created.get(key, 0):>9,}")
    return 0
