"""An independent checker of schedules: its own reading of the problem JSON, no scheduler code.

It checks a solution document against every hard rule of the issue and recomputes weight and
breaks, returning a list of violations (empty when the schedule is valid).
"""

from __future__ import annotations

from typing import Any


def _slot_order(problem: dict[str, Any]) -> list[dict[str, Any]]:
    slots = list(problem["slots"])
    if slots and all(s.get("start") for s in slots):
        slots.sort(key=lambda s: s["start"])
    return slots


def _table_names(problem: dict[str, Any]) -> list[str]:
    tables = problem["tables"]
    if isinstance(tables, int):
        return [str(n) for n in range(1, tables + 1)]
    return list(tables)


def recount_breaks(problem: dict[str, Any], assignments: list[dict[str, Any]]) -> dict[str, int]:
    """Breaks per participant: idle stretches between meetings inside one session."""
    order = _slot_order(problem)
    position = {s["id"]: i for i, s in enumerate(order)}
    session = {s["id"]: s.get("session") or "" for s in order}
    members = {m["id"]: m["participants"] for m in problem.get("meetings", [])}
    busy: dict[str, set[int]] = {}
    for a in assignments:
        for pid in members[a["meeting"]]:
            busy.setdefault(pid, set()).add(position[a["slot"]])
    result = {}
    for pid, slots in busy.items():
        ordered = sorted(slots)
        count = 0
        for i in range(1, len(ordered)):
            a, b = ordered[i - 1], ordered[i]
            if session[order[a]["id"]] == session[order[b]["id"]] and b - a > 1:
                count += 1
        result[pid] = count
    return result


def check(problem: dict[str, Any], solution: dict[str, Any]) -> list[str]:
    """All violations of ``solution`` against ``problem`` (both as JSON documents)."""
    errors: list[str] = []
    order = _slot_order(problem)
    position = {s["id"]: i for i, s in enumerate(order)}
    session_of = {s["id"]: s.get("session") or "" for s in order}
    tables = set(_table_names(problem))
    people = {p["id"]: p for p in problem.get("participants", [])}
    meetings = {m["id"]: m for m in problem.get("meetings", [])}
    owner: dict[str, set[str]] = {}
    for p in people.values():
        if p.get("table"):
            owner.setdefault(p["table"], set()).add(p["id"])
    placed: dict[str, dict[str, Any]] = {}
    for a in solution["assignments"]:
        mid = a["meeting"]
        if mid not in meetings:
            errors.append(f"unknown meeting {mid}")
            continue
        if mid in placed:
            errors.append(f"{mid} assigned twice")
        placed[mid] = a
        if a["slot"] not in position:
            errors.append(f"{mid}: unknown slot {a['slot']}")
        if a["table"] not in tables:
            errors.append(f"{mid}: unknown table {a['table']}")
    if errors:
        return errors
    load: dict[tuple[str, str], int] = {}
    table_use: dict[tuple[str, str], list[str]] = {}
    for mid, a in placed.items():
        m, slot, table = meetings[mid], a["slot"], a["table"]
        locked = bool(m.get("locked"))
        for pid in m["participants"]:
            load[(pid, slot)] = load.get((pid, slot), 0) + 1
            if slot in (people[pid].get("unavailable") or []) and not locked:
                errors.append(f"{mid}: {pid} is unavailable in {slot}")
        table_use.setdefault((table, slot), []).append(mid)
        if m.get("sessions") is not None and session_of[slot] not in m["sessions"]:
            errors.append(f"{mid}: slot {slot} is outside sessions {m['sessions']}")
        if m.get("fixed_slot") and slot != m["fixed_slot"]:
            errors.append(f"{mid}: not in its fixed slot {m['fixed_slot']}")
        if m.get("fixed_table"):
            if table != m["fixed_table"]:
                errors.append(f"{mid}: not at its fixed table {m['fixed_table']}")
        else:
            stands = {people[pid]["table"] for pid in m["participants"] if people[pid].get("table")}
            may_share = all(
                (people[pid].get("delegates") or 1) > 1 for pid in m["participants"] if people[pid].get("table")
            )
            if stands:
                if table not in stands and not (may_share and table not in owner):
                    errors.append(f"{mid}: at table {table}, not at a fixed table of its participants {sorted(stands)}")
            elif table in owner:
                errors.append(f"{mid}: at table {table}, which belongs to {sorted(owner[table])}")
        for before in m.get("after") or []:
            if before not in placed:
                errors.append(f"{mid}: placed although {before}, which must come before it, is not")
            elif position[placed[before]["slot"]] >= position[slot]:
                errors.append(f"{mid}: in {slot}, not after {before} in {placed[before]['slot']}")
    for (pid, slot), count in load.items():
        if count > (people[pid].get("delegates") or 1):
            errors.append(f"{pid} holds {count} meetings in {slot}")
    for (table, slot), mids in table_use.items():
        if len(mids) > 1:
            errors.append(f"table {table} hosts {mids} in {slot}")
    for mid, m in meetings.items():
        if m.get("locked") and mid not in placed:
            errors.append(f"locked meeting {mid} is not placed")
    unscheduled = {u["meeting"] for u in solution.get("unscheduled", [])}
    if unscheduled & set(placed):
        errors.append(f"both placed and unscheduled: {sorted(unscheduled & set(placed))}")
    if unscheduled | set(placed) != set(meetings):
        errors.append(f"meetings neither placed nor unscheduled: {sorted(set(meetings) - unscheduled - set(placed))}")
    for u in solution.get("unscheduled", []):
        if not u.get("reason"):
            errors.append(f"{u['meeting']} is unscheduled without a reason")
    weight = sum(meetings[mid].get("priority") or 1 for mid in placed)
    if weight != solution["weight"]:
        errors.append(f"weight is {weight}, the solution says {solution['weight']}")
    if solution["weight"] > solution["weight_bound"]:
        errors.append("weight above its bound")
    breaks = sum(recount_breaks(problem, solution["assignments"]).values())
    if breaks != solution["breaks"]:
        errors.append(f"breaks are {breaks}, the solution says {solution['breaks']}")
    if solution["breaks_bound"] > solution["breaks"]:
        errors.append("breaks below their bound")
    return errors
