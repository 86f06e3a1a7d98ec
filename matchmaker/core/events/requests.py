"""Meeting requests: create them, and accept, decline or cancel them (with undo)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..errors import NotFound, ValidationFailed
from ..model import (
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Priority,
    RequestSource,
    RequestStatus,
    utcnow,
)
from .participants import get_participation

#: Which status a request may move to from which.
TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.PENDING: frozenset({RequestStatus.ACCEPTED, RequestStatus.DECLINED, RequestStatus.CANCELLED}),
    RequestStatus.ACCEPTED: frozenset({RequestStatus.DECLINED, RequestStatus.CANCELLED}),
    RequestStatus.DECLINED: frozenset({RequestStatus.PENDING, RequestStatus.ACCEPTED}),
    RequestStatus.CANCELLED: frozenset({RequestStatus.PENDING}),
    RequestStatus.EXPIRED: frozenset({RequestStatus.PENDING, RequestStatus.ACCEPTED}),
}


@dataclass(frozen=True)
class StatusChange:
    """One request's status before and after a change (what an undo needs)."""

    request_id: int
    before: RequestStatus
    after: RequestStatus
    responded_before: datetime | None
    meeting_before: MeetingStatus | None


def get_request(session: Session, event: Event, request_id: int) -> MeetingRequest:
    found = session.get(MeetingRequest, request_id)
    if found is None or found.event_id != event.id:
        raise NotFound(f"No meeting request with id {request_id} in '{event.name}'")
    return found


def find_request_between(session: Session, event: Event, a: int, b: int) -> MeetingRequest | None:
    """The request between participations ``a`` and ``b``, in either direction."""
    return session.scalars(
        select(MeetingRequest).where(
            MeetingRequest.event_id == event.id,
            or_(
                (MeetingRequest.requester_id == a) & (MeetingRequest.invitee_id == b),
                (MeetingRequest.requester_id == b) & (MeetingRequest.invitee_id == a),
            ),
        )
    ).first()


def create_request(
    session: Session,
    event: Event,
    requester_id: int,
    invitee_id: int,
    *,
    priority: Priority = Priority.SHOULD,
    source: RequestSource = RequestSource.ORGANISER,
    message: str = "",
    reasons: Sequence[str] = (),
    status: RequestStatus = RequestStatus.PENDING,
) -> MeetingRequest:
    """A new request between two participants of ``event`` (one per pair, whoever asked)."""
    requester = get_participation(session, event, requester_id)
    invitee = get_participation(session, event, invitee_id)
    if requester.id == invitee.id:
        raise ValidationFailed(f"Meeting request: {requester.organisation.name} cannot meet itself")
    existing = find_request_between(session, event, requester.id, invitee.id)
    if existing is not None:
        raise ValidationFailed(
            f"Meeting request: {requester.organisation.name} and {invitee.organisation.name} already have one "
            f"({existing.status.value})"
        )
    request = MeetingRequest(
        event=event, requester=requester, invitee=invitee, priority=priority, source=source,
        message=message, reasons=list(reasons), status=status,
        responded_at=utcnow() if status in (RequestStatus.ACCEPTED, RequestStatus.DECLINED) else None,
    )  # fmt: skip
    session.add(request)
    session.flush()
    return request


def delete_request(session: Session, event: Event, request_id: int) -> None:
    """Delete a request that has no scheduled meeting (undo of a creation)."""
    request = get_request(session, event, request_id)
    if request.meeting is not None and request.meeting.status == MeetingStatus.SCHEDULED and request.meeting.slot_id:
        raise ValidationFailed("Meeting request: it has a scheduled meeting; cancel it instead")
    session.delete(request)
    session.flush()


def set_priority(session: Session, event: Event, request_id: int, priority: Priority) -> Priority:
    """Change a request's priority; returns the previous one."""
    request = get_request(session, event, request_id)
    previous = request.priority
    request.priority = priority
    session.flush()
    return previous


def change_status(
    session: Session, event: Event, request_ids: Iterable[int], status: RequestStatus
) -> list[StatusChange]:
    """Move requests to ``status`` (accept, decline, cancel, reopen), all or none.

    Declining or cancelling an accepted request cancels its meeting, freeing the slot
    for a repair. Requests already in ``status`` are left alone.
    """
    changes = []
    for rid in dict.fromkeys(request_ids):
        request = get_request(session, event, rid)
        if request.status == status:
            continue
        if status not in TRANSITIONS[request.status]:
            raise ValidationFailed(
                f"Meeting request {request.requester.organisation.name} → {request.invitee.organisation.name}: "
                f"cannot go from {request.status.value} to {status.value}"
            )
        meeting = request.meeting
        changes.append(
            StatusChange(rid, request.status, status, request.responded_at, meeting.status if meeting else None)
        )
        request.status = status
        if status in (RequestStatus.ACCEPTED, RequestStatus.DECLINED):
            request.responded_at = utcnow()
        elif status == RequestStatus.PENDING:
            request.responded_at = None
        if meeting is not None:
            if status == RequestStatus.ACCEPTED:
                meeting.status = MeetingStatus.SCHEDULED
            elif meeting.status == MeetingStatus.SCHEDULED:
                meeting.status = MeetingStatus.CANCELLED
            meeting.ics_sequence += 1
    session.flush()
    return changes


def revert_status(session: Session, event: Event, changes: Sequence[StatusChange]) -> None:
    """Put requests (and their meetings) back as they were before :func:`change_status`."""
    for change in reversed(changes):
        request = get_request(session, event, change.request_id)
        request.status = change.before
        request.responded_at = change.responded_before
        meeting: Meeting | None = request.meeting
        if meeting is not None and change.meeting_before is not None:
            meeting.status = change.meeting_before
            meeting.ics_sequence += 1
    session.flush()
