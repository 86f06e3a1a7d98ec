"""Speed and memory of partner suggestions; prints JSON.

Data: ``matchmaker generate`` (matchmaker.core.generate) writes realistic organisations
into a SQLite file (kept in --cache between runs); profiles are read back with
``profiles_from_session`` (timed too). Each scenario runs in its own process so its
peak memory (ru_maxrss) is its own:

- build: index of N organisations (default 50,000), then top-10 for 200 random
  organisations, then 100 profile updates each followed by a top-10 query.
- all: top-10 for every organisation of a 10,000-organisation index.

Targets (issue 5): build <= 10 s, one top-10 <= 100 ms, all of 10k <= 10 s, peak <= 500 MB.
Wall and CPU seconds are both reported: on a shared machine wall time includes waiting.

    python benchmarks/bench_matching_speed.py [--organisations 50000] [--all 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any


def _database(path: Path, organisations: int) -> Any:
    from matchmaker.core.generate import GenerateOptions, generate_data
    from matchmaker.core.progress import run_job
    from matchmaker.db import open_database

    fresh = not path.exists()
    database = open_database(str(path), daily_backup=False)
    if fresh:
        with database.transaction() as session:
            run_job(generate_data(session, GenerateOptions(organisations=organisations, seed=5)))
    return database


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> dict[str, float]:
    wall, cpu = _clock()
    return {"wall_s": round(wall - start[0], 3), "cpu_s": round(cpu - start[1], 3)}


def _ms(values: list[float], cpu: list[float] | None = None) -> dict[str, float]:
    values = sorted(values)
    result = {
        "median_ms": round(1000 * statistics.median(values), 1),
        "p95_ms": round(1000 * values[int(0.95 * (len(values) - 1))], 1),
        "max_ms": round(1000 * values[-1], 1),
    }
    if cpu:
        result["cpu_median_ms"] = round(1000 * statistics.median(cpu), 1)
    return result


def _timed(action: Any, wall: list[float], cpu: list[float]) -> None:
    start = _clock()
    action()
    end = _clock()
    wall.append(end[0] - start[0])
    cpu.append(end[1] - start[1])


def _rss_mb() -> float:
    """Resident memory now (Linux), to see where the peak comes from."""
    try:
        with open("/proc/self/statm") as statm:
            return round(int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)
    except OSError:
        return 0.0


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def scenario_build(cache: Path, organisations: int) -> dict[str, Any]:
    from matchmaker.core.matching import MatchIndex, profiles_from_session
    from matchmaker.core.taxonomy import TaxonomyGraph

    database = _database(cache / f"generated-{organisations}.db", organisations)
    start = _clock()
    with database.session() as session:
        profiles = profiles_from_session(session)
        graph = TaxonomyGraph.from_session(session)
    loaded = _since(start)
    memory = {"rss_mb_after_load": _rss_mb(), "peak_rss_mb_after_load": _peak_mb()}
    start = _clock()
    index = MatchIndex.build(profiles, graph)
    index.suggest(profiles[0].id)  # the first query stacks the matrices: part of building
    built = _since(start)
    memory |= {"rss_mb_after_build": _rss_mb(), "peak_rss_mb_after_build": _peak_mb()}
    memory["text_matrices_mb"] = round((index._need_text.nbytes + index._have_text.nbytes) / 2**20, 1)
    rng = random.Random(1)
    sample = rng.sample(profiles, 200)
    times: list[float] = []
    times_cpu: list[float] = []
    for profile in sample:
        _timed(lambda p=profile: index.suggest(p.id, top=10), times, times_cpu)
    updates: list[float] = []
    updates_cpu: list[float] = []
    after: list[float] = []
    after_cpu: list[float] = []
    for profile in rng.sample(profiles, 100):
        changed = replace(profile, description=profile.description + " Now also offering cloud hosting.")
        _timed(lambda c=changed: index.update(c), updates, updates_cpu)
        _timed(lambda c=changed: index.suggest(c.id, top=10), after, after_cpu)
    return {
        "organisations": len(profiles),
        "requests": sum(len(p.requests) for p in profiles),
        "offers": sum(len(p.offers) for p in profiles),
        "load_profiles_from_sqlite": loaded,
        "index_build": built,
        "top10_one_organisation": _ms(times, times_cpu),
        "update_one_profile": _ms(updates, updates_cpu),
        "top10_right_after_an_update": _ms(after, after_cpu),
        "memory": memory,
        "peak_rss_mb": _peak_mb(),
    }


def scenario_all(cache: Path, organisations: int) -> dict[str, Any]:
    from matchmaker.core.matching import MatchIndex, profiles_from_session
    from matchmaker.core.progress import run_job
    from matchmaker.core.taxonomy import TaxonomyGraph

    database = _database(cache / f"generated-{organisations}.db", organisations)
    with database.session() as session:
        profiles = profiles_from_session(session)
        graph = TaxonomyGraph.from_session(session)
    start = _clock()
    index = MatchIndex.build(profiles, graph)
    built = _since(start)
    start = _clock()
    ranking = run_job(index.ranking(top=10))
    everyone = _since(start)
    start = _clock()
    for profile in random.Random(2).sample(profiles, 100):
        shown = index.suggest(profile.id, top=10)  # what a page shows: the ranking with its reasons
        assert [(s.id, s.score) for s in shown] == ranking[profile.id]
    explained = _since(start)
    return {
        "organisations": len(profiles),
        "index_build": built,
        "top10_for_all": everyone,
        "with_suggestions": sum(1 for r in ranking.values() if r),
        "mean_suggestions": round(statistics.mean(len(r) for r in ranking.values()), 2),
        "top10_with_reasons_for_100_organisations": explained,
        "peak_rss_mb": _peak_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=50_000)
    parser.add_argument("--all", type=int, default=10_000, dest="everyone")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/matchmaker-bench"))
    parser.add_argument("--scenario", choices=["build", "all"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.scenario == "build":
        print(json.dumps(scenario_build(args.cache, args.organisations)))
        return
    if args.scenario == "all":
        print(json.dumps(scenario_all(args.cache, args.everyone)))
        return
    results: dict[str, Any] = {"cpus": os.cpu_count(), "load_average_1min": round(os.getloadavg()[0], 2)}
    for name in ("build", "all"):
        command = [sys.executable, __file__, "--scenario", name, "--cache", str(args.cache)]
        command += ["--organisations", str(args.organisations), "--all", str(args.everyone)]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        results[name] = json.loads(output.strip().splitlines()[-1])
    results["load_average_1min_after"] = round(os.getloadavg()[0], 2)
    results["targets"] = {"index_build_s": 10, "top10_one_ms": 100, "top10_all_10k_s": 10, "peak_rss_mb": 500}
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
