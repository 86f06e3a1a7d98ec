"""Scheduler benchmarks (issue 6); prints JSON.

    python benchmarks/bench_schedule.py events [--seeds 1-8] [--time-limit 30]
    python benchmarks/bench_schedule.py large [--time-limit 120]
    python benchmarks/bench_schedule.py repair [--seeds 1-5] [--time-limit 30]

Every schedule is checked by the tests' independent checker before it is reported.
Figures depend on the machine; the development machine has 2 cores shared with other jobs.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from schedule_instances import describe, event_instance, large_instance  # noqa: E402

from matchmaker.core.progress import run_job  # noqa: E402
from matchmaker.core.scheduling import (  # noqa: E402
    ScheduleSolution,
    SolveOptions,
    SolverProgress,
    parse_problem,
    solution_to_dict,
    solve_job,
)
from tests.scheduling.checker import check  # noqa: E402


def _solve(
    doc: dict[str, Any], time_limit: float, workers: int, previous: Any = None
) -> tuple[ScheduleSolution, dict[str, Any]]:
    parse_started = time.monotonic()
    problem = parse_problem(doc)
    parse_seconds = time.monotonic() - parse_started
    first_report: list[float] = []

    def watch(report: object) -> None:
        if isinstance(report, SolverProgress) and report.best_weight is not None and not first_report:
            first_report.append(report.seconds)

    solution = run_job(
        solve_job(problem, SolveOptions(time_limit=time_limit, workers=workers), previous=previous), watch
    )
    errors = check(doc, solution_to_dict(solution))
    figures = {
        "status": solution.status,
        "valid": not errors,
        "violations": errors[:5],
        "placed": solution.placed,
        "meetings": len(problem.meetings),
        "weight": solution.weight,
        "weight_bound": solution.weight_bound,
        "breaks": solution.breaks,
        "breaks_bound": solution.breaks_bound,
        "parse_seconds": round(parse_seconds, 2),
        "first_schedule_seconds": round(solution.first_solution_seconds or 0.0, 2),
        "seconds": round(solution.seconds, 2),
        "optimal_seconds": round(solution.seconds, 2) if solution.status == "optimal" else None,
    }
    return solution, figures


def _seeds(text: str) -> list[int]:
    if "-" in text:
        low, high = text.split("-")
        return list(range(int(low), int(high) + 1))
    return [int(x) for x in text.split(",")]


def bench_events(args: argparse.Namespace) -> dict[str, Any]:
    runs = []
    for seed in _seeds(args.seeds):
        doc = event_instance(seed)
        _, figures = _solve(doc, args.time_limit, args.workers)
        runs.append({"seed": seed, **describe(doc), **figures})
    return {
        "benchmark": "event-shaped instances",
        "time_limit": args.time_limit,
        "workers": args.workers,
        "all_placed": all(r["placed"] == r["meetings"] for r in runs),
        "all_optimal": all(r["status"] == "optimal" for r in runs),
        "all_valid": all(r["valid"] for r in runs),
        "max_seconds": max(r["seconds"] for r in runs),
        "max_first_schedule_seconds": max(r["first_schedule_seconds"] for r in runs),
        "runs": runs,
    }


def bench_large(args: argparse.Namespace) -> dict[str, Any]:
    doc = large_instance(0)
    solution, figures = _solve(doc, args.time_limit, args.workers)
    tables = doc["tables"]
    upper = min(len(doc["meetings"]), tables * len(doc["slots"]))  # table places bound the placeable meetings
    return {
        "benchmark": "large instance",
        **describe(doc),
        **figures,
        "placeable_upper_bound": upper,
        "placed_share_of_bound": round(solution.placed / upper, 4),
        "time_limit": args.time_limit,
    }


def _perturb(doc: dict[str, Any], solution: ScheduleSolution, rng: random.Random) -> tuple[dict[str, Any], set[str]]:
    """Cancel 5 % of the meetings and add 5 % new requests."""
    meetings = list(doc["meetings"])
    count = max(1, round(0.05 * len(meetings)))
    cancelled = {m["id"] for m in rng.sample(meetings, count)}
    kept = [m for m in meetings if m["id"] not in cancelled]
    existing = {tuple(sorted(m["participants"])) for m in meetings}
    people = [p["id"] for p in doc["participants"]]
    added = []
    while len(added) < count:
        a, b = rng.sample(people, 2)
        pair = tuple(sorted((a, b)))
        if pair in existing:
            continue
        existing.add(pair)
        added.append({"id": f"new{len(added) + 1}", "participants": [a, b], "priority": rng.choice([4, 2, 1])})
    return {**doc, "meetings": kept + added}, cancelled


def bench_repair(args: argparse.Namespace) -> dict[str, Any]:
    runs = []
    for seed in _seeds(args.seeds):
        rng = random.Random(1000 + seed)
        doc = event_instance(seed) if not args.large else large_instance(seed)
        solution, base = _solve(doc, args.time_limit, args.workers)
        changed, cancelled = _perturb(doc, solution, rng)
        previous = {a.meeting: a for a in solution.assignments if a.meeting not in cancelled}
        repaired, figures = _solve(changed, args.time_limit, args.workers, previous=previous)
        after = repaired.by_meeting()
        untouched = list(previous)
        moved = [mid for mid in untouched if mid not in after or after[mid].slot != previous[mid].slot]
        table_changes = [
            mid
            for mid in untouched
            if mid in after and after[mid].slot == previous[mid].slot and after[mid].table != previous[mid].table
        ]
        new_ids = [m["id"] for m in changed["meetings"] if m["id"].startswith("new")]
        runs.append(
            {
                "seed": seed,
                "meetings": len(doc["meetings"]),
                "cancelled": len(cancelled),
                "new_requests": len(new_ids),
                "new_placed": sum(1 for mid in new_ids if mid in after),
                "untouched_meetings": len(untouched),
                "moved": len(moved),
                "moved_share": round(len(moved) / max(1, len(untouched)), 4),
                "table_only_changes": len(table_changes),
                "breaks_before": base["breaks"],
                **{
                    f"repair_{k}": v
                    for k, v in figures.items()
                    if k in ("status", "valid", "breaks", "seconds", "placed", "meetings")
                },
            }
        )
    return {
        "benchmark": "repair after 5% cancellations and 5% new requests",
        "time_limit": args.time_limit,
        "max_moved_share": max(r["moved_share"] for r in runs),
        "all_valid": all(r["repair_valid"] for r in runs),
        "runs": runs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("suite", choices=["events", "large", "repair"])
    parser.add_argument("--seeds", default="1-8")
    parser.add_argument("--time-limit", type=float, default=None)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--large", action="store_true", help="repair: use the large instance")
    args = parser.parse_args()
    if args.time_limit is None:
        args.time_limit = 120.0 if args.suite == "large" or args.large else 30.0
    result = {"events": bench_events, "large": bench_large, "repair": bench_repair}[args.suite](args)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
