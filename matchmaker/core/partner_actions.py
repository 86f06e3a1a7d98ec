"""What an organiser does with a suggestion: shortlist the partner, or request a meeting at an event.

Every function returns what it changed so the caller can undo it; all run in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .errors import NotFound, ValidationFailed
from .model import (
    Event,
    MeetingRequest,
    Organisation,
    Participation,
    Priority,
    RequestSource,
    RequestStatus,
    ShortlistEntry,
)
from .text import clean_text


@dataclass(frozen=True)
class ShortlistItem:
    partner_id: int
    name: str
    country: str
    note: str


def shortlist(session: Session, org_id: int) -> list[ShortlistItem]:
    """The partners ``org_id`` keeps on its shortlist, by name."""
    rows = session.execute(
        select(ShortlistEntry.partner_id, Organisation.name, Organisation.country, ShortlistEntry.note)
        .join(Organisation, Organisation.id == ShortlistEntry.partner_id)
        .where(ShortlistEntry.organisation_id == org_id)
        .order_by(Organisation.name)
    )
    return [ShortlistItem(int(p), str(n), str(c), str(note or "")) for p, n, c, note in rows]


def add_to_shortlist(session: Session, org_id: int, partner_ids: Sequence[int], note: str = "") -> list[int]:
    """Shortlist partners for ``org_id``; returns the ids that were not on the list yet."""
    if session.get(Organisation, org_id) is None:
        raise NotFound(f"Organisation {org_id} no longer exists")
    have = set(session.scalars(select(ShortlistEntry.partner_id).where(ShortlistEntry.organisation_id == org_id)))
    added = []
    for partner_id in partner_ids:
        if partner_id == org_id:
            raise ValidationFailed("An organisation cannot shortlist itself")
        if partner_id in have or partner_id in added:
            continue
        if session.get(Organisation, partner_id) is None:
            raise NotFound(f"Organisation {partner_id} no longer exists")
        session.add(ShortlistEntry(organisation_id=org_id, partner_id=partner_id, note=clean_text(note)))
        added.append(partner_id)
    session.flush()
    return added


def remove_from_shortlist(session: Session, org_id: int, partner_ids: Sequence[int]) -> list[tuple[int, str]]:
    """Take partners off the shortlist; returns (partner id, note) of each removed entry, for undo."""
    removed = []
    for entry in session.scalars(
        select(ShortlistEntry).where(
            ShortlistEntry.organisation_id == org_id, ShortlistEntry.partner_id.in_(partner_ids)
        )
    ):
        removed.append((entry.partner_id, entry.note))
        session.delete(entry)
    session.flush()
    return removed


def restore_shortlist(session: Session, org_id: int, entries: Sequence[tuple[int, str]]) -> None:
    for partner_id, note in entries:
        session.add(ShortlistEntry(organisation_id=org_id, partner_id=partner_id, note=note))
    session.flush()


def participation_of(session: Session, event_id: int, org_id: int) -> Participation | None:
    return session.scalar(
        select(Participation).where(Participation.event_id == event_id, Participation.organisation_id == org_id)
    )


def request_meeting(
    session: Session,
    event_id: int,
    org_id: int,
    partner_id: int,
    *,
    priority: Priority = Priority.SHOULD,
    reasons: Sequence[str] = (),
    message: str = "",
    source: RequestSource = RequestSource.SUGGESTION,
) -> int:
    """Create a pending meeting request from ``org_id`` to ``partner_id`` at an event; returns its id.

    Both must take part in the event, and no request may exist between them already (either way).
    """
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound("Choose an event first (the toolbar's Event list)")
    requester = participation_of(session, event_id, org_id)
    invitee = participation_of(session, event_id, partner_id)
    names = dict(
        session.execute(
            select(Organisation.id, Organisation.name).where(Organisation.id.in_([org_id, partner_id]))
        ).all()
    )
    for who, participation in ((org_id, requester), (partner_id, invitee)):
        if participation is None:
            raise ValidationFailed(
                f"{names.get(who, who)} does not take part in {event.name}",
                hint="Add it to the event's participants on the Event page first.",
            )
    assert requester is not None and invitee is not None
    existing = session.scalar(
        select(MeetingRequest.status).where(
            or_(
                (MeetingRequest.requester_id == requester.id) & (MeetingRequest.invitee_id == invitee.id),
                (MeetingRequest.requester_id == invitee.id) & (MeetingRequest.invitee_id == requester.id),
            )
        )
    )
    if existing is not None:
        raise ValidationFailed(
            f"A meeting request between {names[org_id]} and {names[partner_id]} already exists ({existing.value})"
        )
    request = MeetingRequest(
        event_id=event_id, requester_id=requester.id, invitee_id=invitee.id, priority=priority,
        status=RequestStatus.PENDING, source=source, reasons=list(reasons), message=clean_text(message),
    )  # fmt: skip
    session.add(request)
    session.flush()
    return request.id


def withdraw_request(session: Session, request_id: int) -> None:
    """Delete a request (the undo of :func:`request_meeting`); refused once it has a meeting."""
    request = session.get(MeetingRequest, request_id)
    if request is None:
        return
    if request.meeting is not None:
        raise ValidationFailed("The request already has a scheduled meeting; cancel the meeting instead")
    session.delete(request)
    session.flush()


def requested_partners(session: Session, event_id: int, org_id: int) -> dict[int, str]:
    """Partners ``org_id`` already has a request with at the event (either direction): id -> status."""
    mine = participation_of(session, event_id, org_id)
    if mine is None:
        return {}
    result: dict[int, str] = {}
    rows = session.execute(
        select(MeetingRequest.requester_id, MeetingRequest.invitee_id, MeetingRequest.status).where(
            MeetingRequest.event_id == event_id,
            or_(MeetingRequest.requester_id == mine.id, MeetingRequest.invitee_id == mine.id),
        )
    ).all()
    other_ids = {b if a == mine.id else a for a, b, _ in rows}
    org_of = dict(
        session.execute(
            select(Participation.id, Participation.organisation_id).where(Participation.id.in_(other_ids))
        ).all()
    )
    for a, b, status in rows:
        other = b if a == mine.id else a
        result[int(org_of[other])] = str(status.value)
    return result
