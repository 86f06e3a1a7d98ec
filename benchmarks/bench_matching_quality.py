"""Quality of partner suggestions on planted complementary pairs; prints JSON.

A background of generated organisations (benchmarks/matching_data.py) plus planted pairs:
the seeker asks for X together with Y, the partner offers X and Y and asks for what the
seeker offers. Each side words it its own way (another synonym, often another language:
English, Lithuanian, Polish), and capability tags are missing on some rows. For every
seeker we look up the partner's rank in its top 10 and report recall@10 and MRR@10,
overall and by languages, phrasing and tags; and how often the pair is marked mutual.

    python benchmarks/bench_matching_quality.py [--background 5000] [--pairs 600]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from matching_data import planted_pairs, random_profiles

from matchmaker.core.matching import MatchIndex


def _summary(ranks: list[int | None]) -> dict[str, Any]:
    found = [r for r in ranks if r is not None]
    return {
        "pairs": len(ranks),
        "recall_at_10": round(len(found) / len(ranks), 3),
        "mrr_at_10": round(sum(1.0 / r for r in found) / len(ranks), 3),
        "rank_1": round(sum(1 for r in found if r == 1) / len(ranks), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--background", type=int, default=5000)
    parser.add_argument("--pairs", type=int, default=600)
    args = parser.parse_args()
    background = random_profiles(args.background, seed=11)
    planted, pairs = planted_pairs(args.pairs, first_id=args.background + 1, seed=12)
    start = time.perf_counter()
    index = MatchIndex.build([*background, *planted])
    built = time.perf_counter() - start
    ranks: list[int | None] = []
    groups: dict[str, dict[str, list[int | None]]] = {"languages": defaultdict(list), "phrasing": defaultdict(list),
                                                       "tags": defaultdict(list)}  # fmt: skip
    mutual = found_both_ways = 0
    examples: list[dict[str, Any]] = []
    for pair in pairs:
        suggestions = index.suggest(pair.seeker, top=10)
        ids = [s.id for s in suggestions]
        rank = ids.index(pair.partner) + 1 if pair.partner in ids else None
        ranks.append(rank)
        groups["languages"][pair.languages].append(rank)
        groups["phrasing"][pair.phrasing].append(rank)
        groups["tags"][pair.tags].append(rank)
        if rank is not None:
            mutual += suggestions[rank - 1].mutual
            back = [s.id for s in index.suggest(pair.partner, top=10)]
            found_both_ways += pair.seeker in back
            if len(examples) < 3 and pair.languages != "en->en":
                hit = suggestions[rank - 1]
                examples.append({"seeker": pair.seeker, "partner": pair.partner, "languages": pair.languages,
                                 "tags": pair.tags, "score": hit.score, "reasons": hit.reasons})  # fmt: skip
    hits = sum(1 for r in ranks if r is not None)
    result = {
        "background_organisations": args.background,
        "planted_pairs": args.pairs,
        "index_build_s": round(built, 2),
        "overall": _summary(ranks),
        **{
            f"by_{name}": {key: _summary(value) for key, value in sorted(group.items())}
            for name, group in groups.items()
        },
        "found_pairs_marked_mutual": round(mutual / hits, 3) if hits else 0.0,
        "found_pairs_found_from_both_sides": round(found_both_ways / hits, 3) if hits else 0.0,
        "examples": examples,
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
