"""``matchmaker catalogue ...`` and ``matchmaker open``: publish a catalogue, and work with one headless.

The company-side commands (us, shortlist, request, unavailable, export-requests) edit the
work file beside the catalogue, exactly as the browse window does.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from matchmaker.core.catalogue import (
    DraftRequest,
    export_requests,
    load_work,
    publish_catalogue,
    read_catalogue,
    save_work,
    work_location,
)
from matchmaker.core.catalogue.browse import PartnerFilter, find_organisation
from matchmaker.core.catalogue.document import Catalogue
from matchmaker.core.catalogue.work import Work
from matchmaker.core.errors import NotFound, ValidationFailed
from matchmaker.core.lookup import find_by_id_or_name
from matchmaker.core.model import Cluster, Event, Priority
from matchmaker.core.progress import Progress, run_job

from ..context import CliContext
from ..registry import CommandRegistry

GROUP_HELP = "Publish the offline partner catalogue and work with one (browse, shortlist, requests)"


def register(cli: CommandRegistry) -> None:
    sub = cli.subcommand
    publish = sub("catalogue", "publish", help="Write the partner catalogue (.mmcat) of an event or a cluster",
                  group_help=GROUP_HELP)  # fmt: skip
    scope = publish.add_mutually_exclusive_group(required=True)
    scope.add_argument("--event", metavar="E", help="event id or name: its participants and slots")
    scope.add_argument("--cluster", metavar="C", help="cluster id or name: its members")
    publish.add_argument("--out", required=True, metavar="FILE.mmcat", type=Path)
    publish.add_argument("--publisher", default="", help="who publishes it (default: the event's organiser)")
    publish.add_argument("--json", action="store_true")
    publish.set_defaults(handler=run_publish)

    info = sub("catalogue", "info", help="Check a catalogue file and describe it", group_help=GROUP_HELP)
    info.add_argument("file", type=Path)
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=run_info)

    partners = sub("catalogue", "partners", help="List a catalogue's organisations, filtered", group_help=GROUP_HELP)
    partners.add_argument("file", type=Path)
    partners.add_argument("--search", default="", help="words to find in names, descriptions, offers and requests")
    partners.add_argument("--country", default="", help="two-letter country code")
    partners.add_argument("--capability", default="", help="capability code (includes the ones below it)")
    partners.add_argument("--json", action="store_true")
    partners.set_defaults(handler=run_partners)

    us = sub("catalogue", "us", help='Say which organisation in the catalogue is you ("this is us")',
             group_help=GROUP_HELP)  # fmt: skip
    us.add_argument("file", type=Path)
    us.add_argument("organisation", help="id or name")
    us.set_defaults(handler=run_us)

    shortlist = sub("catalogue", "shortlist", help="Add organisations to your shortlist (or --remove them)",
                    group_help=GROUP_HELP)  # fmt: skip
    shortlist.add_argument("file", type=Path)
    shortlist.add_argument("organisations", nargs="*", help="ids or names; none: show the shortlist")
    shortlist.add_argument("--remove", action="store_true")
    shortlist.set_defaults(handler=run_shortlist)

    request = sub("catalogue", "request", help="Ask to meet an organisation (or --remove the request)",
                  group_help=GROUP_HELP)  # fmt: skip
    request.add_argument("file", type=Path)
    request.add_argument("organisation", help="id or name")
    request.add_argument("--priority", choices=[p.value for p in Priority], default=Priority.SHOULD.value)
    request.add_argument("--message", default="", help="a short note for the other side")
    request.add_argument("--remove", action="store_true")
    request.set_defaults(handler=run_request)

    unavailable = sub("catalogue", "unavailable", help="Mark meeting slots when you cannot meet (or --remove)",
                      group_help=GROUP_HELP)  # fmt: skip
    unavailable.add_argument("file", type=Path)
    unavailable.add_argument("slots", nargs="+", type=int, help="slot ids (see 'catalogue info --json')")
    unavailable.add_argument("--remove", action="store_true")
    unavailable.set_defaults(handler=run_unavailable)

    export = sub("catalogue", "export-requests", help="Write your request file (.mmreq) to e-mail to the organiser",
                 group_help=GROUP_HELP)  # fmt: skip
    export.add_argument("file", type=Path)
    export.add_argument("--out", type=Path, help="default: next to the catalogue")
    export.set_defaults(handler=run_export)

    suggest = sub("catalogue", "suggest", help='Partner suggestions with reasons for "this is us" (or --for ORG)',
                  group_help=GROUP_HELP)  # fmt: skip
    suggest.add_argument("file", type=Path)
    suggest.add_argument("--for", dest="organisation", help="id or name (default: this is us)")
    suggest.add_argument("--top", type=int, default=10)
    suggest.add_argument("--json", action="store_true")
    suggest.set_defaults(handler=run_suggest)

    opener = cli.command("open", help="Open a catalogue (.mmcat) in the read-only browse window")
    opener.add_argument("file", type=Path, nargs="?", help="without it, the app opens as usual")
    opener.set_defaults(handler=run_open)


def run_publish(args: argparse.Namespace, ctx: CliContext) -> int:
    database = ctx.database()

    def show(progress: Progress) -> None:
        ctx.progress(f"publish: {progress.message}")

    with database.transaction() as session:
        event = find_by_id_or_name(session, Event, args.event) if args.event else None
        cluster = find_by_id_or_name(session, Cluster, args.cluster) if args.cluster else None
        job = publish_catalogue(session, args.out, event=event, cluster=cluster, publisher=args.publisher)
        report = run_job(job, show)
    if args.json:
        data = {k: str(v) if isinstance(v, Path) else v for k, v in report.__dict__.items()}
        ctx.print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    ctx.print(f"Published {report.path} ({report.size_bytes / 1024:.1f} KiB), {report.kind} '{report.title}':")
    ctx.print(f"  organisations:       {report.organisations:>5}")
    ctx.print(f"  contacts published:  {report.contacts_published:>5}  (with consent)")
    ctx.print(f"  contacts withheld:   {report.contacts_withheld:>5}  (no consent)")
    if report.kind == "event":
        ctx.print(f"  meeting slots:       {report.meeting_slots:>5}")
    ctx.print(f"  publication id:      {report.uid}")
    return 0


def run_info(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue = read_catalogue(args.file)
    info = catalogue.info
    location = work_location(catalogue)
    work, _ = load_work(catalogue, location) if location.exists() else (None, None)
    if args.json:
        data = {
            "file": str(args.file),
            "valid": True,
            "uid": info.uid,
            "publisher": info.publisher,
            "published_at": info.published_at.isoformat(),
            "kind": info.kind,
            "title": info.title,
            "checksum": catalogue.checksum,
            "organisations": len(catalogue.organisations),
            "capabilities": len(catalogue.capabilities),
            "slots": [
                {"id": s.id, "starts_at": s.starts_at.isoformat(), "ends_at": s.ends_at.isoformat(), "label": s.label}
                for s in catalogue.meeting_slots
            ],
            "work": work.to_json() if work else None,
        }
        ctx.print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    ctx.print(f"{args.file}: a valid Matchmaker catalogue")
    ctx.print(f"  {info.kind}:          {info.title}")
    ctx.print(f"  publisher:      {info.publisher}")
    ctx.print(f"  published:      {info.published_at:%Y-%m-%d %H:%M} UTC")
    ctx.print(f"  organisations:  {len(catalogue.organisations)}")
    if catalogue.event:
        ctx.print(f"  meeting slots:  {len(catalogue.meeting_slots)}")
    ctx.print(f"  checksum:       sha256:{catalogue.checksum}")
    if work is not None:
        us = catalogue.organisation(work.us) if work.us else None
        ctx.print(f"  your work:      us = {us.name if us else '(not chosen)'}, {len(work.shortlist)} shortlisted, "
                  f"{len(work.requests)} requests, {work.sequence} exported")  # fmt: skip
    return 0


def run_partners(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue = read_catalogue(args.file)
    found = PartnerFilter(catalogue, args.search, args.country.upper(), args.capability).results()
    if args.json:
        rows = [{"id": o.id, "name": o.name, "country": o.country, "capabilities": list(o.capabilities)} for o in found]
        ctx.print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for org in found:
        caps = ", ".join(catalogue.capability_label(code) for code in org.capabilities[:3])
        ctx.print(f"{org.id:>6}  {org.country}  {org.name[:50]:<50}  {caps}")
    ctx.print(f"{len(found)} of {len(catalogue.organisations)} organisations")
    return 0


def _open_work(path: Path, ctx: CliContext) -> tuple[Catalogue, Work]:
    catalogue = read_catalogue(path)
    work, note = load_work(catalogue, work_location(catalogue))
    if note:
        ctx.stderr.write(note + "\n")
    return catalogue, work


def _save(catalogue: Catalogue, work: Work) -> None:
    save_work(work, work_location(catalogue))


def run_us(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue, work = _open_work(args.file, ctx)
    org = find_organisation(catalogue, args.organisation)
    work.us = org.id
    work.shortlist = [o for o in work.shortlist if o != org.id]
    work.requests.pop(org.id, None)
    _save(catalogue, work)
    ctx.print(f"This is us: {org.name} ({org.country}, id {org.id})")
    return 0


def run_shortlist(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue, work = _open_work(args.file, ctx)
    for ref in args.organisations:
        org = find_organisation(catalogue, ref)
        if org.id == work.us:
            raise ValidationFailed(f"{org.name} is you; it cannot be on your shortlist")
        if args.remove and org.id in work.shortlist:
            work.shortlist.remove(org.id)
        elif not args.remove and org.id not in work.shortlist:
            work.shortlist.append(org.id)
    if args.organisations:
        _save(catalogue, work)
    for org_id in work.shortlist:
        listed = catalogue.organisation(org_id)
        if listed is not None:
            ctx.print(f"{listed.id:>6}  {listed.country}  {listed.name}")
    ctx.print(f"{len(work.shortlist)} on the shortlist")
    return 0


def run_request(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue, work = _open_work(args.file, ctx)
    if catalogue.info.kind != "event":
        raise ValidationFailed("Meeting requests need an event catalogue; this one is for a cluster")
    org = find_organisation(catalogue, args.organisation)
    if org.id == work.us:
        raise ValidationFailed(f"{org.name} is you; you cannot request a meeting with yourself")
    if args.remove:
        if work.requests.pop(org.id, None) is None:
            raise NotFound(f"You have no request to meet {org.name}")
        ctx.print(f"Removed the request to meet {org.name}")
    else:
        work.requests[org.id] = DraftRequest(Priority(args.priority), args.message.strip()[:2000])
        ctx.print(f"Request to meet {org.name}: {args.priority}")
    _save(catalogue, work)
    return 0


def run_unavailable(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue, work = _open_work(args.file, ctx)
    slots = {slot.id: slot for slot in catalogue.meeting_slots}
    for slot_id in args.slots:
        if slot_id not in slots:
            raise NotFound(f"No meeting slot {slot_id} in the catalogue (see 'catalogue info --json')")
        (work.unavailable.discard if args.remove else work.unavailable.add)(slot_id)
    _save(catalogue, work)
    for slot_id in sorted(work.unavailable, key=lambda i: slots[i].starts_at):
        ctx.print(f"unavailable: {slots[slot_id].starts_at:%a %d %b %H:%M} (slot {slot_id})")
    return 0


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue, work = _open_work(args.file, ctx)
    path = export_requests(catalogue, work, args.out, work_location(catalogue))
    ctx.print(f"Wrote {path} (file {work.sequence}: {len(work.requests)} requests, {len(work.shortlist)} shortlisted, "
              f"{len(work.unavailable)} unavailable slots). E-mail it to the organiser.")  # fmt: skip
    return 0


def run_suggest(args: argparse.Namespace, ctx: CliContext) -> int:
    from matchmaker.core.catalogue.suggest import CatalogueMatcher  # scikit-learn loads only when asked

    catalogue, work = _open_work(args.file, ctx)
    if args.organisation:
        org = find_organisation(catalogue, args.organisation)
    elif work.us is not None and catalogue.organisation(work.us) is not None:
        org = catalogue.organisation(work.us)  # type: ignore[assignment]
    else:
        raise ValidationFailed("Say who you are first: matchmaker catalogue us FILE ORG (or use --for ORG)")
    found = CatalogueMatcher(catalogue).suggest(org.id, top=max(1, min(args.top, 200)))
    if args.json:
        rows = [{"id": s.id, "name": s.name, "country": s.country, "score": s.score, "mutual": s.mutual,
                 "reasons": list(s.reasons)} for s in found]  # fmt: skip
        ctx.print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    ctx.print(f"Suggested partners for {org.name}:")
    for s in found:
        ctx.print(f"  {s.score:>3}  {s.name} ({s.country}){'  ⇄ mutual' if s.mutual else ''}")
        for reason in s.reasons[:3]:
            ctx.print(f"         - {reason}")
    if not found:
        ctx.print("  (no partner in this catalogue matches your offers and requests yet)")
    return 0


def run_open(args: argparse.Namespace, ctx: CliContext) -> int:
    from matchmaker.ui.app import run_app

    if args.file is None:  # the desktop entry started without a file
        return run_app(db_option=ctx.db_option)
    read_catalogue(args.file)  # a clear message here rather than an empty window
    return run_app(db_option=ctx.db_option, catalogue=str(args.file))
