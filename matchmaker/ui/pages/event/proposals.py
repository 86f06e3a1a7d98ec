"""Bridge to the matching engine's bulk proposal (core.matching.propose_requests) as a dry run.

The matcher writes its proposals into a session; here that session is rolled back, so the
organiser reviews the list first and only the ticked proposals become (pending) requests.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from matchmaker.core.model import Participation, Priority

from .controller import Proposal


def propose(session: Session, event_id: int, min_requests: int) -> list[Proposal]:
    """Cross-border requests for participants with fewer than ``min_requests`` live ones; nothing is stored."""
    from matchmaker.core.matching import propose_requests  # scikit-learn loads only when asked

    try:
        report = propose_requests(session, event_id, min_requests=min_requests)
        by_org = {
            p.organisation_id: p.id
            for p in session.scalars(select(Participation).where(Participation.event_id == event_id))
        }
        return [
            Proposal(
                by_org[item.requester_org_id],
                by_org[item.invitee_org_id],
                item.requester_name,
                item.invitee_name,
                float(item.score),
                tuple(item.reasons) + (("mutual interest",) if item.mutual else ()),
                Priority.COULD,
            )
            for item in report.created
        ]
    finally:
        session.rollback()  # a dry run: the organiser decides what is created
