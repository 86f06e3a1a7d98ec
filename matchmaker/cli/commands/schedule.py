"""``matchmaker schedule`` (problem files or events) and ``matchmaker export problem``."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path

from matchmaker.core.errors import Cancelled, MatchmakerError, ValidationFailed
from matchmaker.core.lookup import find_by_id_or_name
from matchmaker.core.model import Event
from matchmaker.core.progress import Progress, run_job
from matchmaker.core.scheduling import (
    DEFAULT_TIME_LIMIT,
    ScheduleSolution,
    SolveOptions,
    SolverProgress,
    load_problem,
    load_solution,
    problem_to_dict,
    solution_to_dict,
    solve_job,
    write_json,
)
from matchmaker.core.scheduling.changes import changes_by_participant, meeting_changes
from matchmaker.core.scheduling.diagnostics import diagnose
from matchmaker.core.scheduling.event_bridge import event_problem
from matchmaker.db.scheduling import schedule_event_job, undo_schedule

from ..context import CliContext
from ..registry import CommandRegistry


def register(cli: CommandRegistry) -> None:
    schedule = cli.command(
        "schedule",
        help="Place meetings into slots and tables: all placed if they fit, then as few breaks as possible",
    )
    source = schedule.add_mutually_exclusive_group(required=True)
    source.add_argument("--problem", type=Path, metavar="P.json", help="solve a problem file (see README)")
    source.add_argument("--event", metavar="EVENT", help="solve an event of the database (id or name) and save it")
    schedule.add_argument("--out", type=Path, metavar="S.json", help="where to write the solution (with --problem)")
    schedule.add_argument(
        "--previous", type=Path, metavar="OLD.json", help="repair this earlier solution (with --problem)"
    )
    schedule.add_argument(
        "--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SEC", help="default %(default)s"
    )
    schedule.add_argument(
        "--workers", type=int, default=8, metavar="N", help="CP-SAT search workers (default %(default)s)"
    )
    schedule.add_argument(
        "--fairness", type=int, metavar="D", help="breaks of any two participants differ by at most D"
    )
    schedule.add_argument(
        "--repair", action="store_true", help="keep the current schedule, moving as few meetings as possible"
    )
    schedule.add_argument(
        "--now",
        metavar="TIME",
        help="with --repair: event-local time like 2018-10-10T11:00; started slots stay as they are",
    )
    schedule.add_argument("--dry-run", action="store_true", help="with --event: solve and report, save nothing")
    schedule.add_argument("--undo", action="store_true", help="with --event: undo the last schedule run instead")
    schedule.add_argument("--json", action="store_true", help="print the result as JSON")
    schedule.set_defaults(handler=run_schedule)

    export = cli.subcommand(
        "export", "problem", help="Write an event's scheduling problem file", group_help="Export files"
    )
    export.add_argument("--event", required=True, metavar="EVENT", help="event id or name")
    export.add_argument("file", type=Path, metavar="P.json")
    export.set_defaults(handler=run_export_problem)


def _options(args: argparse.Namespace) -> SolveOptions:
    if not 0 < args.time_limit <= 86_400:
        raise ValidationFailed("--time-limit must be between 0 and 86400 seconds")
    if not 1 <= args.workers <= 64:
        raise ValidationFailed("--workers must be between 1 and 64")
    if args.fairness is not None and args.fairness < 0:
        raise ValidationFailed("--fairness must be 0 or more")
    return SolveOptions(time_limit=args.time_limit, workers=args.workers, fairness=args.fairness)


def _show(ctx: CliContext):  # type: ignore[no-untyped-def]
    def show(progress: Progress) -> None:
        if isinstance(progress, SolverProgress):
            ctx.progress(f"schedule: {progress.seconds:6.1f}s {progress.message}")

    return show


def run_schedule(args: argparse.Namespace, ctx: CliContext) -> int:
    options = _options(args)
    if args.problem is not None:
        return _solve_file(args, ctx, options)
    for flag in ("out", "previous"):
        if getattr(args, flag) is not None:
            raise ValidationFailed(f"--{flag} goes with --problem")
    database = ctx.database()
    with database.session() as session:
        event = find_by_id_or_name(session, Event, args.event)
        event_id, name = event.id, event.name
    if args.undo:
        run = undo_schedule(database, event_id)
        ctx.print(f"Undid schedule run {run.id} ({run.kind.value}, {run.started_at:%Y-%m-%d %H:%M}) of '{name}'.")
        return 0
    now = _parse_now(args.now) if args.now else None
    if now is not None and not args.repair:
        raise ValidationFailed("--now goes with --repair")
    if args.repair and now is None:
        now = datetime.now()
    job = schedule_event_job(database, event_id, options, repair=args.repair, now=now, save=not args.dry_run)
    try:
        result = run_job(job, _show(ctx))
    except KeyboardInterrupt:
        job.close()
        raise Cancelled("Cancelled; nothing was saved") from None
    solution = result.solution
    if args.json:
        data = solution_to_dict(solution)
        data["run_id"] = result.saved.run_id if result.saved else None
        data["changes"] = result.per_participant
        ctx.print(json.dumps(data, indent=2, ensure_ascii=False))
        return _exit_code(solution)
    _print_summary(ctx, solution, len(result.built.problem.meetings))
    reasons: dict[str, int] = {}
    for reason in result.built.left_out.values():
        reasons[reason] = reasons.get(reason, 0) + 1
    for reason, count in reasons.items():
        ctx.print(f"  kept as they are: {count} meeting{'s' if count != 1 else ''} ({reason})")
    if result.saved is not None and result.saved.cancelled:
        ctx.print(f"  cancelled: {len(result.saved.cancelled)} meetings whose request is no longer accepted")
    if result.saved is not None:
        ctx.print(
            f"Saved as schedule run {result.saved.run_id}; undo with: matchmaker schedule --event {event_id} --undo"
        )
    elif args.dry_run:
        ctx.print("Dry run: nothing was saved.")
    if args.repair:
        _print_changes(ctx, result.per_participant)
    return _exit_code(solution)


def _solve_file(args: argparse.Namespace, ctx: CliContext, options: SolveOptions) -> int:
    if args.out is None:
        raise ValidationFailed("--problem needs --out S.json")
    if args.event is not None or args.undo or args.repair or args.dry_run:
        raise ValidationFailed(
            "--repair, --undo and --dry-run go with --event; use --previous to repair a solution file"
        )
    problem = load_problem(args.problem)
    previous = None
    if args.previous is not None:
        previous = load_solution(args.previous, problem, earlier=True).by_meeting()
    for finding in diagnose(problem):
        ctx.progress(f"schedule: note: {finding.message}", force=True)
    job = solve_job(problem, options, previous=previous)
    try:
        solution = run_job(job, _show(ctx))
    except KeyboardInterrupt:
        job.close()
        raise Cancelled("Cancelled; no solution was written") from None
    write_json(args.out, solution_to_dict(solution))
    _print_summary(ctx, solution, len(problem.meetings))
    ctx.print(f"Wrote {args.out}")
    if previous is not None:
        changes = changes_by_participant(problem, meeting_changes(problem, previous, solution.by_meeting()))
        _print_changes(ctx, {group.label: group.lines() for group in changes})
    return _exit_code(solution)


def _print_summary(ctx: CliContext, solution: ScheduleSolution, meetings: int) -> None:
    ctx.print(
        f"Status {solution.status}: {solution.placed} of {meetings} meetings placed "
        f"(weight {solution.weight}, bound {solution.weight_bound}), "
        f"{solution.breaks} breaks (bound {solution.breaks_bound}), {solution.seconds:.1f}s"
    )
    if solution.moved is not None:
        ctx.print(f"Moved meetings: {solution.moved}")
    for item in solution.unscheduled[:20]:
        ctx.print(f"  not placed: {item.meeting}: {item.reason}")
    if len(solution.unscheduled) > 20:
        ctx.print(f"  ... and {len(solution.unscheduled) - 20} more")


def _print_changes(ctx: CliContext, per_participant: dict[str, list[str]]) -> None:
    if not per_participant:
        ctx.print("No meeting changed.")
        return
    ctx.print(f"Changes for {len(per_participant)} participants:")
    for name, lines in per_participant.items():
        ctx.print(f"  {name}:")
        for line in lines:
            ctx.print(f"    {line}")


def _exit_code(solution: ScheduleSolution) -> int:
    return 0 if solution.status in ("optimal", "feasible") else 1


def _parse_now(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        raise ValidationFailed(f"--now: '{text}' is not a time like 2018-10-10T11:00") from None


def run_export_problem(args: argparse.Namespace, ctx: CliContext) -> int:
    database = ctx.database()
    with database.session() as session:
        event = find_by_id_or_name(session, Event, args.event)
        built = event_problem(session, event)
    target: Path = args.file
    if target.is_dir():
        raise MatchmakerError(f"{target} is a folder; give a file name such as problem.json")
    write_json(target, problem_to_dict(built.problem))
    problem = built.problem
    ctx.print(
        f"Wrote {target}: {len(problem.slots)} slots, {len(problem.tables)} tables, "
        f"{len(problem.participants)} participants, {len(problem.meetings)} meetings"
    )
    return 0
