"""The after-event report: what was held, who did not show up, feedback, and who met whom.

Pure numbers here; :mod:`.charts` draws them, the UI lays them out as a PDF.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import product

from ..model import FeedbackOutcome, MeetingStatus
from .data import EventData

OUTCOME_LABELS = {
    FeedbackOutcome.COOPERATION_POSSIBLE: "Cooperation possible",
    FeedbackOutcome.INFORMATIVE: "Informative",
    FeedbackOutcome.INSUFFICIENT_INTEREST: "Insufficient interest",
    FeedbackOutcome.DID_NOT_TAKE_PLACE: "Did not take place",
}
STATUS_LABELS = {
    MeetingStatus.HELD: "Held",
    MeetingStatus.SCHEDULED: "Scheduled (not marked)",
    MeetingStatus.NO_SHOW: "No-show",
    MeetingStatus.CANCELLED: "Cancelled",
}


@dataclass
class EventReport:
    """The figures of the event report."""

    participants: int
    statuses: Counter[MeetingStatus]
    outcomes: Counter[FeedbackOutcome]
    feedback_meetings: int
    countries: list[str]
    country_pairs: dict[tuple[str, str], int]
    capability_pairs: list[tuple[str, str, int]]
    no_show_by: Counter[str] = field(default_factory=Counter)
    without_meetings: list[str] = field(default_factory=list)
    unplaced: int = 0

    @property
    def planned(self) -> int:
        """Meetings that were (still) planned at the event: everything but the cancelled ones."""
        return sum(count for status, count in self.statuses.items() if status != MeetingStatus.CANCELLED)

    @property
    def held(self) -> int:
        return self.statuses[MeetingStatus.HELD]

    @property
    def no_shows(self) -> int:
        return self.statuses[MeetingStatus.NO_SHOW]

    def pair_count(self, one: str, other: str) -> int:
        return self.country_pairs.get(_ordered(one, other), 0)


def build_report(data: EventData, top: int = 10) -> EventReport:
    """Count statuses, feedback outcomes, country pairs and capability pairs of the placed meetings."""
    statuses: Counter[MeetingStatus] = Counter(m.status for m in data.meetings)
    outcomes: Counter[FeedbackOutcome] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    capabilities: Counter[tuple[str, str]] = Counter()
    no_show_by: Counter[str] = Counter()
    feedback_meetings = 0
    for meeting in data.meetings:
        if meeting.outcomes:
            feedback_meetings += 1
            outcomes.update(meeting.outcomes)
        if meeting.status == MeetingStatus.NO_SHOW and meeting.no_show_id in data.parties:
            no_show_by[data.parties[meeting.no_show_id].name] += 1
        if meeting.is_cancelled:
            continue
        one, other = data.parties[meeting.requester_id], data.parties[meeting.invitee_id]
        pairs[_ordered(one.country or "?", other.country or "?")] += 1
        capabilities.update({_ordered(a, b) for a, b in product(one.capabilities, other.capabilities)})
    met = {pid for m in data.meetings if not m.is_cancelled for pid in (m.requester_id, m.invitee_id)}
    countries = sorted({party.country or "?" for party in data.parties.values()})
    ranked = sorted(capabilities.items(), key=lambda item: (-item[1], item[0]))[:top]
    return EventReport(
        participants=len(data.parties),
        statuses=statuses,
        outcomes=outcomes,
        feedback_meetings=feedback_meetings,
        countries=countries,
        country_pairs=dict(pairs),
        capability_pairs=[(a, b, count) for (a, b), count in ranked],
        no_show_by=no_show_by,
        without_meetings=[p.name for p in data.parties_sorted() if p.participation_id not in met],
        unplaced=data.unplaced,
    )


def _ordered(one: str, other: str) -> tuple[str, str]:
    return (one, other) if one <= other else (other, one)
