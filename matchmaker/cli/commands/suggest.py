"""``matchmaker suggest``: partner suggestions with reasons; ``matchmaker propose``: proposed meeting requests."""

from __future__ import annotations

import argparse
import json

from matchmaker.core.lookup import find_by_id_or_name
from matchmaker.core.matching import ProposalReport, propose_requests, suggest_partners
from matchmaker.core.model import Event, Organisation

from ..context import CliContext
from ..registry import CommandRegistry


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def register(cli: CommandRegistry) -> None:
    suggest = cli.command(
        "suggest",
        help="Suggest cross-border partners for an organisation, best first, with the reasons.",
    )
    suggest.add_argument("org", metavar="ORG", help="organisation id or name")
    suggest.add_argument("--top", type=_positive, default=10, metavar="K", help="how many (default 10)")
    suggest.add_argument("--event", metavar="E", help="only participants of this event (id or name)")
    suggest.add_argument(
        "--include-same-country", action="store_true", help="also suggest organisations from the same country"
    )
    suggest.add_argument("--json", action="store_true", help="print a JSON array, best first")
    suggest.set_defaults(handler=run_suggest)

    propose = cli.command(
        "propose",
        help="Propose meeting requests for event participants with too few, for the organiser to review "
        "(created as pending requests from 'suggestion'; nothing is accepted).",
    )
    propose.add_argument("event", metavar="EVENT", help="event id or name")
    propose.add_argument(
        "--min-requests", type=_positive, default=3, metavar="N", help="wanted requests per participant (default 3)"
    )
    propose.add_argument("--include-same-country", action="store_true", help="also propose same-country pairs")
    propose.add_argument("--dry-run", action="store_true", help="show the proposals without saving them")
    propose.add_argument("--json", action="store_true", help="print the report as JSON")
    propose.set_defaults(handler=run_propose)


def run_suggest(args: argparse.Namespace, ctx: CliContext) -> int:
    database = ctx.database()
    with database.session() as session:
        org = find_by_id_or_name(session, Organisation, args.org, what="organisation")
        event_id = find_by_id_or_name(session, Event, args.event, what="event").id if args.event else None
        suggestions = suggest_partners(
            session, org.id, top=args.top, event_id=event_id, include_same_country=args.include_same_country
        )
        if args.json:
            ctx.print(json.dumps([s.to_dict() for s in suggestions], indent=2, ensure_ascii=False))
            return 0
        scope = f" at event #{event_id}" if event_id is not None else ""
        if not suggestions:
            ctx.print(f"No partner suggestions for {org.name} ({org.country}){scope}.")
            return 0
        ctx.print(f"Partners for {org.name} ({org.country}){scope}, best first:")
        for rank, s in enumerate(suggestions, start=1):
            marker = "  mutual" if s.mutual else ""
            ctx.print(f"{rank:>3}. {s.score:>3}  {s.name} ({s.country}, id {s.id}){marker}")
            for reason in s.reasons:
                ctx.print(f"           - {reason}")
    return 0


class _DryRun(Exception):
    """Leaves the transaction without saving (``--dry-run``)."""

    def __init__(self, report: ProposalReport, event_name: str) -> None:
        super().__init__("dry run")
        self.report, self.event_name = report, event_name


def run_propose(args: argparse.Namespace, ctx: CliContext) -> int:
    database = ctx.database()
    try:
        with database.transaction() as session:
            event = find_by_id_or_name(session, Event, args.event, what="event")
            report = propose_requests(
                session, event.id, min_requests=args.min_requests, include_same_country=args.include_same_country
            )
            event_name = event.name
            if args.dry_run:
                raise _DryRun(report, event_name)
    except _DryRun as stop:
        report, event_name = stop.report, stop.event_name
    _print_report(args, ctx, report, event_name)
    return 0


def _print_report(args: argparse.Namespace, ctx: CliContext, report: ProposalReport, event_name: str) -> None:
    if args.json:
        data = {
            "event_id": report.event_id,
            "min_requests": report.min_requests,
            "participants": report.participants,
            "short_before": report.short_before,
            "still_short": report.still_short,
            "saved": not args.dry_run,
            "created": [vars(p) | {"request_id": None if args.dry_run else p.request_id} for p in report.created],
        }
        ctx.print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    verb = "Would propose" if args.dry_run else "Proposed"
    ctx.print(
        f"{verb} {len(report.created)} meeting request(s) at '{event_name}' for the "
        f"{report.short_before} of {report.participants} participants with fewer than {report.min_requests}."
    )
    for p in report.created:
        ctx.print(f"  {p.score:>3}  {p.requester_name} -> {p.invitee_name}{'  mutual' if p.mutual else ''}")
    if report.still_short:
        ctx.print(f"  {len(report.still_short)} participant(s) still have too few: no suitable partner left.")
    if not args.dry_run and report.created:
        ctx.print("They are pending: review them on the event's requests page before scheduling.")
