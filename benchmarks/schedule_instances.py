"""Generated scheduling instances shaped like real brokerage events, and the large instance.

Event-shaped (issue 6): 40-80 participants, 100-300 meetings (the busiest participants have
15-22), 20-22 slots in a morning and an afternoon session, 12-22 tables loaded 50-65 %, and a
few per cent of forbidden slots (late arrivals, early departures, single appointments).
"""

from __future__ import annotations

import random
from typing import Any

FORMAT = "matchmaker-schedule-problem/1"


def _slots(count: int, sessions: int = 2) -> list[dict[str, Any]]:
    per = [count // sessions + (1 if i < count % sessions else 0) for i in range(sessions)]
    names = ["am", "pm", "d2-am", "d2-pm"]
    slots, start = [], 0
    for index, size in enumerate(per):
        for k in range(size):
            slots.append({"id": f"s{start + k + 1}", "session": names[index]})
        start += size
    return slots


def event_instance(seed: int) -> dict[str, Any]:
    """One event-shaped instance; deterministic for a seed."""
    rng = random.Random(seed)
    n_slots = rng.randint(20, 22)
    slots = _slots(n_slots)
    for _ in range(1000):
        participants = rng.randint(40, 80)
        busy = rng.sample(range(participants), rng.randint(3, 6))
        target = [rng.randint(2, 8) for _ in range(participants)]
        for b in busy:
            target[b] = rng.randint(15, min(22, n_slots))
        meetings = sum(target) // 2
        load = rng.uniform(0.50, 0.65)
        tables = round(meetings / (n_slots * load))
        if 100 <= meetings <= 300 and 12 <= tables <= 22:
            break
    degree = [0] * participants
    pairs: set[tuple[int, int]] = set()
    attempts = 0
    while len(pairs) < meetings and attempts < 200_000:
        attempts += 1
        weights = [max(0.0, target[i] - degree[i]) + 0.01 for i in range(participants)]
        a, b = rng.choices(range(participants), weights=weights, k=2)
        if a == b or (min(a, b), max(a, b)) in pairs:
            continue
        if degree[a] >= target[a] + 1 or degree[b] >= target[b] + 1:
            continue
        pairs.add((min(a, b), max(a, b)))
        degree[a] += 1
        degree[b] += 1
    people = []
    for i in range(participants):
        unavailable: list[str] = []
        roll = rng.random()
        free = n_slots - degree[i]
        if roll < 0.12 and free >= 3:  # arrives late or leaves early
            span = rng.randint(1, min(free - 1, 4))
            chosen = slots[:span] if rng.random() < 0.5 else slots[-span:]
            unavailable = [s["id"] for s in chosen]
        elif roll < 0.25 and free >= 2:  # one appointment elsewhere
            unavailable = [rng.choice(slots)["id"]]
        people.append({"id": f"p{i + 1}", "name": f"Company {i + 1}", "delegates": 1, "unavailable": unavailable})
    items = [
        {"id": f"m{k + 1}", "participants": [f"p{a + 1}", f"p{b + 1}"], "priority": rng.choice([4, 2, 2, 1])}
        for k, (a, b) in enumerate(sorted(pairs))
    ]
    return {"format": FORMAT, "slots": slots, "tables": tables, "participants": people, "meetings": items}


def describe(doc: dict[str, Any]) -> dict[str, Any]:
    """The shape figures of an instance, for the benchmark report."""
    degree: dict[str, int] = {}
    for m in doc["meetings"]:
        for pid in m["participants"]:
            degree[pid] = degree.get(pid, 0) + 1
    tables = doc["tables"] if isinstance(doc["tables"], int) else len(doc["tables"])
    cells = sum(len(p.get("unavailable") or []) for p in doc["participants"])
    return {
        "participants": len(doc["participants"]),
        "meetings": len(doc["meetings"]),
        "slots": len(doc["slots"]),
        "tables": tables,
        "table_load": round(len(doc["meetings"]) / (tables * len(doc["slots"])), 3),
        "busiest": sorted(degree.values())[-5:],
        "forbidden_share": round(cells / (len(doc["participants"]) * len(doc["slots"])), 3),
    }


def large_instance(
    seed: int = 0, participants: int = 2000, meetings: int = 12000, slots: int = 24, tables: int = 400
) -> dict[str, Any]:
    """The large instance: 2,000 participants, 12,000 meetings, 24 slots, 400 tables (capacity 9,600)."""
    rng = random.Random(seed)
    slot_items = _slots(slots, 4)
    weights = [rng.paretovariate(2.0) for _ in range(participants)]
    degree = [0] * participants
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < meetings:
        a, b = rng.choices(range(participants), weights=weights, k=2)
        if a == b or degree[a] >= slots or degree[b] >= slots or (min(a, b), max(a, b)) in pairs:
            continue
        pairs.add((min(a, b), max(a, b)))
        degree[a] += 1
        degree[b] += 1
    people = [
        {
            "id": f"p{i + 1}",
            "delegates": 2 if rng.random() < 0.05 else 1,
            "unavailable": [s["id"] for s in slot_items if rng.random() < 0.03],
        }
        for i in range(participants)
    ]
    items = [
        {"id": f"m{k + 1}", "participants": [f"p{a + 1}", f"p{b + 1}"], "priority": rng.choice([4, 2, 2, 1])}
        for k, (a, b) in enumerate(sorted(pairs))
    ]
    return {"format": FORMAT, "slots": slot_items, "tables": tables, "participants": people, "meetings": items}
