"""The matcher against a database: its rules (exclusions, event mode) and proposed meeting requests."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..errors import NotFound, ValidationFailed
from ..model import (
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Participation,
    Priority,
    RequestSource,
    RequestStatus,
    SuggestionExclusion,
)
from ..progress import Job, Progress, run_job
from ..taxonomy import TaxonomyGraph
from .explain import Suggestion
from .index import MatchIndex
from .profile import profiles_from_session

#: Requests in these states still count towards a participant's meetings.
LIVE_REQUEST = (RequestStatus.PENDING, RequestStatus.ACCEPTED)
MEETING_HAPPENED = (MeetingStatus.SCHEDULED, MeetingStatus.HELD)


def build_index(session: Session, ids: Collection[int] | None = None) -> MatchIndex:
    """An index of the organisations in ``session`` (all, or those in ``ids``), with its taxonomy."""
    return run_job(build_index_job(session, ids))


def build_index_job(session: Session, ids: Collection[int] | None = None) -> Job[MatchIndex]:
    """:func:`build_index` as a job: yields Progress while reading and per chunk of profiles."""
    yield Progress(0, None, "Reading the profiles")
    graph = TaxonomyGraph.from_session(session)
    profiles = profiles_from_session(session, ids)
    return (yield from MatchIndex(graph if len(graph) else None).build_job(profiles))


def patch_index(session: Session, index: MatchIndex, ids: Collection[int], *, event_id: int | None = None) -> int:
    """Re-read the profiles of ``ids`` and update them in ``index``; those gone (deleted, or no longer
    taking part in ``event_id``) are removed. Only these rows change. Returns how many were touched."""
    fresh = profiles_from_session(session, ids, event_id=event_id)
    index.add_many(fresh)
    gone = [org_id for org_id in set(ids) - {p.id for p in fresh} if org_id in index]
    for org_id in gone:
        index.remove(org_id)
    return len(fresh) + len(gone)


def exclusions(session: Session, org_ids: Collection[int] | None = None) -> dict[int, set[int]]:
    """For each organisation, the partners never to suggest (both directions).

    Pairs the user excluded (SuggestionExclusion), pairs that met or will meet (a
    Meeting scheduled or held, at any event) and pairs where a request was declined.
    """
    pairs: set[tuple[int, int]] = set()
    for a, b in session.execute(select(SuggestionExclusion.organisation_id, SuggestionExclusion.excluded_id)):
        pairs.add((a, b))
    requester, invitee = aliased(Participation), aliased(Participation)
    base = (
        select(requester.organisation_id, invitee.organisation_id)
        .select_from(MeetingRequest)
        .join(requester, requester.id == MeetingRequest.requester_id)
        .join(invitee, invitee.id == MeetingRequest.invitee_id)
    )
    for a, b in session.execute(base.where(MeetingRequest.status == RequestStatus.DECLINED)):
        pairs.add((a, b))
    met = base.join(Meeting, Meeting.request_id == MeetingRequest.id).where(Meeting.status.in_(MEETING_HAPPENED))
    for a, b in session.execute(met):
        pairs.add((a, b))
    result: dict[int, set[int]] = defaultdict(set)
    wanted = set(org_ids) if org_ids is not None else None
    for a, b in pairs:
        if wanted is None or a in wanted:
            result[a].add(b)
        if wanted is None or b in wanted:
            result[b].add(a)
    return dict(result)


def event_participants(session: Session, event_id: int) -> set[int]:
    """Organisation ids taking part in an event; raises NotFound for an unknown event."""
    if session.get(Event, event_id) is None:
        raise NotFound(f"No event with id {event_id}")
    return set(session.scalars(select(Participation.organisation_id).where(Participation.event_id == event_id)))


def suggest_partners(
    session: Session,
    org_id: int,
    *,
    top: int = 10,
    event_id: int | None = None,
    include_same_country: bool = False,
    index: MatchIndex | None = None,
) -> list[Suggestion]:
    """Suggestions for one organisation with every rule applied (what the CLI and the Partners page show).

    Pass a long-lived ``index`` (kept current with ``index.update``) to avoid building one per call.
    """
    candidates = event_participants(session, event_id) if event_id is not None else None
    if candidates is not None and org_id not in candidates:
        raise ValidationFailed(f"Organisation {org_id} does not take part in event {event_id}")
    if index is None:
        index = build_index(session, candidates)
    if org_id not in index:
        raise NotFound(f"No organisation with id {org_id}")
    return index.suggest(
        org_id,
        top=top,
        include_same_country=include_same_country,
        candidates=candidates,
        exclude=exclusions(session, [org_id]).get(org_id, set()),
    )


@dataclass
class ProposedRequest:
    """A meeting request the matcher created for the organiser to review."""

    request_id: int
    requester_org_id: int
    requester_name: str
    invitee_org_id: int
    invitee_name: str
    score: int
    mutual: bool
    reasons: list[str]


@dataclass
class ProposalReport:
    """What :func:`propose_requests` did."""

    event_id: int
    min_requests: int
    participants: int = 0
    short_before: int = 0  # participants that had fewer than min_requests
    still_short: list[int] = field(default_factory=list)  # organisation ids no partner could be found for
    created: list[ProposedRequest] = field(default_factory=list)


def propose_requests(
    session: Session,
    event_id: int,
    *,
    min_requests: int = 3,
    include_same_country: bool = False,
    min_score: int = 10,
    index: MatchIndex | None = None,
) -> ProposalReport:
    """Propose meeting requests for participants with fewer than ``min_requests`` live requests.

    Creates MeetingRequest rows with source=suggestion and status=pending (never
    accepted: the organiser reviews them), the suggestion's reasons filled in. Pairs
    that already have a request in either direction, met before, declined or were
    excluded are skipped, and so are pairs where no request of either side is met.
    Adds to ``session`` and flushes; the caller commits.
    """
    if min_requests < 1:
        raise ValidationFailed("min_requests must be at least 1")
    participations = {
        p.organisation_id: p for p in session.scalars(select(Participation).where(Participation.event_id == event_id))
    }
    if session.get(Event, event_id) is None:
        raise NotFound(f"No event with id {event_id}")
    report = ProposalReport(event_id=event_id, min_requests=min_requests, participants=len(participations))
    by_participation = {p.id: org_id for org_id, p in participations.items()}
    counts: dict[int, int] = defaultdict(int)
    linked: set[frozenset[int]] = set()
    for requester_id, invitee_id, status in session.execute(
        select(MeetingRequest.requester_id, MeetingRequest.invitee_id, MeetingRequest.status).where(
            MeetingRequest.event_id == event_id
        )
    ):
        a, b = by_participation.get(requester_id), by_participation.get(invitee_id)
        if a is None or b is None:
            continue
        linked.add(frozenset((a, b)))
        if status in LIVE_REQUEST:
            counts[a] += 1
            counts[b] += 1
    short = sorted(org_id for org_id in participations if counts[org_id] < min_requests)
    report.short_before = len(short)
    if not short:
        return report
    if index is None:
        index = build_index(session, participations.keys())
    excluded = exclusions(session, participations.keys())
    candidates = set(participations)
    for org_id in short:
        missing = min_requests - counts[org_id]
        if missing <= 0:
            continue  # proposals for others already brought it up to the minimum
        skip = excluded.get(org_id, set()) | {b for pair in linked if org_id in pair for b in pair}
        # Only pairs where a request of one side meets something of the other: a meeting needs a purpose.
        suggestions = index.suggest(
            org_id,
            top=missing + 10,
            include_same_country=include_same_country,
            candidates=candidates,
            exclude=skip,
            min_score=min_score,
        )
        suggestions = [s for s in suggestions if s.matches][:missing]
        if len(suggestions) < missing:
            report.still_short.append(org_id)
        for suggestion in suggestions:
            request = MeetingRequest(
                event_id=event_id,
                requester_id=participations[org_id].id,
                invitee_id=participations[suggestion.id].id,
                priority=Priority.COULD,
                status=RequestStatus.PENDING,
                source=RequestSource.SUGGESTION,
                reasons=list(suggestion.reasons),
                message="",
            )
            session.add(request)
            session.flush()
            linked.add(frozenset((org_id, suggestion.id)))
            counts[org_id] += 1
            counts[suggestion.id] += 1
            report.created.append(
                ProposedRequest(
                    request_id=request.id,
                    requester_org_id=org_id,
                    requester_name=index.profile(org_id).name,
                    invitee_org_id=suggestion.id,
                    invitee_name=suggestion.name,
                    score=suggestion.score,
                    mutual=suggestion.mutual,
                    reasons=list(suggestion.reasons),
                )
            )
    return report


def pending_suggested_requests(session: Session, event_id: int) -> list[MeetingRequest]:
    """Requests the matcher proposed that the organiser has not reviewed yet."""
    return list(
        session.scalars(
            select(MeetingRequest)
            .where(
                MeetingRequest.event_id == event_id,
                MeetingRequest.source == RequestSource.SUGGESTION,
                MeetingRequest.status == RequestStatus.PENDING,
            )
            .order_by(MeetingRequest.id)
        )
    )


__all__ = [
    "ProposalReport",
    "ProposedRequest",
    "build_index",
    "build_index_job",
    "event_participants",
    "exclusions",
    "patch_index",
    "pending_suggested_requests",
    "propose_requests",
    "suggest_partners",
]
