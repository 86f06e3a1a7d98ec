"""Event statistics: meetings and breaks per participant, and meetings between country pairs.

A break is two consecutive meetings of one participant in the same session that are
not in adjacent meeting slots (the scheduler's definition: the gap between the morning
and the afternoon, or a coffee break, is not a break).
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from ..model import RequestStatus
from .snapshot import EventSnapshot


@dataclass(frozen=True)
class ParticipantStats:
    participation_id: int
    name: str
    country: str
    meetings: int
    breaks: int
    accepted: int  # accepted requests involving the participant
    unplaced: int  # of those, not placed
    unavailable: int  # meeting slots it cannot attend


@dataclass(frozen=True)
class EventStats:
    participants: tuple[ParticipantStats, ...]
    countries: tuple[str, ...]
    #: (country a, country b) -> meetings; symmetric, a == b counts domestic meetings.
    country_pairs: dict[tuple[str, str], int]
    requests_by_status: dict[str, int]
    placed: int
    unplaced: int
    breaks: int
    slots: int
    tables: int

    @property
    def table_load(self) -> float:
        """Share of table-slots used by placed meetings."""
        capacity = self.slots * self.tables
        return self.placed / capacity if capacity else 0.0

    @property
    def cross_border_share(self) -> float:
        total = sum(n for (a, b), n in self.country_pairs.items() if a <= b)
        domestic = sum(n for (a, b), n in self.country_pairs.items() if a == b)
        return (total - domestic) / total if total else 0.0


def count_breaks(positions: list[tuple[int, str]]) -> int:
    """Breaks in one participant's (meeting-slot position, session) list (several at once count once)."""
    ordered = sorted(set(positions))
    return sum(1 for (i, a), (j, b) in itertools.pairwise(ordered) if a == b and j - i > 1)


def event_stats(snapshot: EventSnapshot) -> EventStats:
    """The statistics of one event, from its snapshot."""
    people = snapshot.participant_by_id
    slot_index = {s.id: s.index for s in snapshot.meeting_slots}
    slot_session = {s.id: s.session_code for s in snapshot.meeting_slots}
    positions: dict[int, list[tuple[int, str]]] = {p.id: [] for p in snapshot.participants}
    pairs: Counter[tuple[str, str]] = Counter()
    placed = 0
    for meeting in snapshot.meetings:
        if not meeting.is_placed or meeting.slot_id not in slot_index:
            continue
        placed += 1
        index = slot_index[meeting.slot_id]
        assert index is not None
        a, b = meeting.participants
        for pid in (a, b):
            positions[pid].append((index, slot_session[meeting.slot_id]))
        ca, cb = people[a].country, people[b].country
        pairs[(ca, cb)] += 1
        if ca != cb:
            pairs[(cb, ca)] += 1
    accepted: Counter[int] = Counter()
    unplaced: Counter[int] = Counter()
    placed_requests = {m.request_id for m in snapshot.meetings if m.is_placed}
    for request in snapshot.requests:
        if request.status != RequestStatus.ACCEPTED:
            continue
        for pid in (request.requester_id, request.invitee_id):
            accepted[pid] += 1
            if request.id not in placed_requests:
                unplaced[pid] += 1
    meeting_slot_ids = set(slot_index)
    rows = tuple(
        ParticipantStats(
            p.id,
            p.name,
            p.country,
            len(positions[p.id]),
            count_breaks(positions[p.id]),
            accepted[p.id],
            unplaced[p.id],
            len(p.unavailable & meeting_slot_ids),
        )
        for p in snapshot.participants
    )
    by_status = Counter(r.status.value for r in snapshot.requests)
    unplaced_total = sum(
        1 for r in snapshot.requests if r.status == RequestStatus.ACCEPTED and r.id not in placed_requests
    )
    return EventStats(
        participants=rows,
        countries=tuple(sorted({p.country for p in snapshot.participants})),
        country_pairs=dict(pairs),
        requests_by_status={status.value: by_status.get(status.value, 0) for status in RequestStatus},
        placed=placed,
        unplaced=unplaced_total,
        breaks=sum(r.breaks for r in rows),
        slots=len(snapshot.meeting_slots),
        tables=len(snapshot.active_tables),
    )
