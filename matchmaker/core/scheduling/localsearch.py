"""Simulated annealing on breaks (and moves, in repairs) for a fixed set of placed meetings.

CP-SAT proves bounds well but improves break counts slowly on event-sized instances, because
closing one gap means moving several coupled meetings at once. This search moves single meetings,
swaps two meetings' slots and swaps whole Kempe chains (the meetings alternating between two
slots through shared participants), which keeps every participant's load valid by construction.
It yields control regularly so the caller can report progress or be cancelled.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Generator, Mapping

from .placement import Placement
from .problem import Assignment, ScheduleProblem


class _State:
    def __init__(
        self, problem: ScheduleProblem, placement: Placement, previous: Mapping[str, Assignment], move_cost: int
    ) -> None:
        self.problem = problem
        self.ids = [mid for mid in placement]
        self.index = {mid: i for i, mid in enumerate(self.ids)}
        meetings = problem.meeting_by_id
        people = {p.id: i for i, p in enumerate(problem.participants)}
        self.members = [tuple(people[pid] for pid in meetings[mid].participants) for mid in self.ids]
        self.delegates = [p.delegates for p in problem.participants]
        self.slot = [placement[mid][0] for mid in self.ids]
        self.table = [placement[mid][1] for mid in self.ids]
        self.n_slots = len(problem.slots)
        self.session_of = [0] * self.n_slots
        self.spans: list[range] = []
        for number, span in enumerate(problem.session_ranges.values()):
            self.spans.append(span)
            for s in span:
                self.session_of[s] = number
        self.allowed_list = [problem.allowed_slots(meetings[mid]) for mid in self.ids]
        self.allowed = [frozenset(slots) for slots in self.allowed_list]
        # Meetings at a specific table or in a precedence stay put: they are rare and need more checks.
        followed = {o for m in problem.meetings for o in m.after}
        self.movable = [
            self.table[i] is None and not meetings[mid].after and not meetings[mid].locked and mid not in followed
            for i, mid in enumerate(self.ids)
        ]
        self.load = [[0] * self.n_slots for _ in problem.participants]
        self.at: list[list[list[int]]] = [[[] for _ in range(self.n_slots)] for _ in problem.participants]
        self.shared_capacity = len(problem.shared_tables)
        self.shared_used = [0] * self.n_slots
        shared = set(problem.shared_tables)
        for i in range(len(self.ids)):
            for p in self.members[i]:
                self.load[p][self.slot[i]] += 1
                self.at[p][self.slot[i]].append(i)
            if self.table[i] is None or self.table[i] in shared:
                self.shared_used[self.slot[i]] += 1
        self.move_cost = move_cost
        # -1: new meeting; -2: its earlier slot is gone, so it counts as moved whatever happens.
        self.home = [problem.slot_index.get(previous[mid].slot, -2) if mid in previous else -1 for mid in self.ids]
        self.breaks = [self._participant_breaks(p) for p in range(len(problem.participants))]

    def _session_breaks(self, p: int, number: int) -> int:
        runs, before = 0, False
        row = self.load[p]
        for s in self.spans[number]:
            now = row[s] > 0
            if now and not before:
                runs += 1
            before = now
        return max(0, runs - 1)

    def _participant_breaks(self, p: int) -> int:
        return sum(self._session_breaks(p, n) for n in range(len(self.spans)))

    def cost(self) -> int:
        moved = sum(1 for i, home in enumerate(self.home) if home == -2 or (home >= 0 and self.slot[i] != home))
        return sum(self.breaks) + self.move_cost * moved

    def apply(self, moves: list[tuple[int, int]]) -> int:
        """Move meetings (index, new slot); returns the change in cost."""
        touched: set[int] = set()
        delta = 0
        for i, target in moves:
            old = self.slot[i]
            if self.home[i] >= 0:
                delta += self.move_cost * (int(target != self.home[i]) - int(old != self.home[i]))
            for p in self.members[i]:
                self.load[p][old] -= 1
                self.at[p][old].remove(i)
                self.load[p][target] += 1
                self.at[p][target].append(i)
                touched.add(p)
            self.shared_used[old] -= 1
            self.shared_used[target] += 1
            self.slot[i] = target
        for p in touched:
            now = self._participant_breaks(p)
            delta += now - self.breaks[p]
            self.breaks[p] = now
        return delta

    def fits(self, moves: list[tuple[int, int]]) -> bool:
        """Whether the state after ``moves`` respects loads and table capacity (tried, then undone)."""
        if any(target not in self.allowed[i] for i, target in moves):
            return False
        olds = [(i, self.slot[i]) for i, _ in moves]
        self._shift(moves)
        ok = all(self.shared_used[t] <= self.shared_capacity for _, t in moves) and all(
            self.load[p][t] <= self.delegates[p] for i, t in moves for p in self.members[i]
        )
        self._shift(olds)
        return ok

    def _shift(self, moves: list[tuple[int, int]]) -> None:
        for i, target in moves:
            old = self.slot[i]
            for p in self.members[i]:
                self.load[p][old] -= 1
                self.load[p][target] += 1
            self.shared_used[old] -= 1
            self.shared_used[target] += 1
            self.slot[i] = target

    def kempe(self, start: int, other: int) -> list[tuple[int, int]] | None:
        """The chain of meetings alternating between the slot of ``start`` and ``other``."""
        a = self.slot[start]
        chain = {start}
        frontier = [start]
        while frontier:
            i = frontier.pop()
            side = self.slot[i]
            opposite = other if side == a else a
            for p in self.members[i]:
                if self.delegates[p] != 1:
                    return None
                for j in self.at[p][opposite]:
                    if j not in chain:
                        if not self.movable[j]:
                            return None
                        chain.add(j)
                        frontier.append(j)
            if len(chain) > 40:
                return None
        return [(i, other if self.slot[i] == a else a) for i in chain]


def anneal(
    problem: ScheduleProblem,
    placement: Placement,
    *,
    seconds: float,
    previous: Mapping[str, Assignment] | None = None,
    move_cost: int = 5,
    target: int = 0,
    seed: int = 0,
) -> Generator[tuple[int, Placement], None, tuple[int, Placement]]:
    """Improve ``placement``; yields (best cost, best placement) about every 0.2 s, returns the best."""
    state = _State(problem, placement, previous or {}, move_cost)
    rng = random.Random(seed)
    current = best = state.cost()
    best_slots = list(state.slot)
    movable = [i for i, ok in enumerate(state.movable) if ok]
    started = time.monotonic()
    last_yield = started
    if not movable or best <= target:
        return best, placement
    high, low = 1.0, 0.05
    temperature = high
    steps = 0
    while True:
        steps += 1
        if steps % 256 == 0:
            now = time.monotonic()
            elapsed = now - started
            if elapsed >= seconds or best <= target:
                break
            if now - last_yield >= 0.2:
                last_yield = now
                yield best, _placement(state, best_slots)
            temperature = high * (low / high) ** (elapsed / seconds)
        i = movable[rng.randrange(len(movable))]
        slots = state.allowed_list[i]
        t = slots[rng.randrange(len(slots))]
        s = state.slot[i]
        if t == s:
            continue
        kind = rng.random()
        if kind < 0.4:
            moves = [(i, t)]
        elif kind < 0.7:
            pool = [j for p in state.members[i] for j in state.at[p][t] if state.movable[j]]
            if not pool:
                continue
            moves = [(i, t), (pool[rng.randrange(len(pool))], s)]
        else:
            chain = state.kempe(i, t)
            if chain is None:
                continue
            moves = chain
        if not state.fits(moves):
            continue
        olds = [(j, state.slot[j]) for j, _ in moves]
        delta = state.apply(moves)
        if delta <= 0 or rng.random() < math.exp(-delta / temperature):
            current += delta
            if current < best:
                best = current
                best_slots = list(state.slot)
        else:
            state.apply(olds)
    return best, _placement(state, best_slots)


def _placement(state: _State, slots: list[int]) -> Placement:
    return {mid: (slots[i], state.table[i]) for i, mid in enumerate(state.ids)}
