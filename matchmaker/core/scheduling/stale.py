"""A scheduler run never overwrites what others changed while it solved.

The problem records the version of every accepted request and of its meeting when it is read
(:class:`~matchmaker.core.scheduling.event_bridge.EventProblem`). Before a solution is written,
:func:`check_unchanged` compares them with the rows as stored now and refuses the whole save with
:class:`ScheduleChanged`, which says what changed (a hand move, a declined request, ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationFailed
from ..model import EventTable, Meeting, MeetingRequest

if TYPE_CHECKING:
    from .event_bridge import EventProblem

_SHOWN = 5


class ScheduleChanged(ValidationFailed):
    """Meetings or requests changed after the scheduler read the event: nothing was saved."""

    def __init__(self, changes: list[str]) -> None:
        self.changes = changes
        shown = "; ".join(changes[:_SHOWN])
        more = f"; and {len(changes) - _SHOWN} more" if len(changes) > _SHOWN else ""
        super().__init__(
            f"The schedule was changed by someone else while the scheduler ran, so nothing was saved "
            f"(their changes are kept): {shown}{more}.",
            hint="Run the scheduler again: it starts from the schedule as it is now.",
        )


def check_unchanged(session: Session, built: EventProblem, meetings: Mapping[int, Meeting]) -> None:
    """Raise ScheduleChanged if a request or meeting of ``built`` changed since it was read.

    ``meetings`` are the event's meetings by request id, as stored now (locked for update).
    A problem without read-time versions (built by older code) is not checked.
    """
    if not built.request_versions:
        return
    requests = {
        r.id: r
        for r in session.scalars(
            select(MeetingRequest)
            .where(MeetingRequest.id.in_(list(built.request_versions)))
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    }
    changes: list[str] = []
    for request_id, version in built.request_versions.items():
        request = requests.get(request_id)
        if request is None:
            changes.append(f"the request #{request_id} was deleted")
        elif request.version != version:
            changes.append(
                f"the request {_pair(built, request, ' → ')} changed "
                f"(now {request.status.value}, priority {request.priority.value})"
            )
        was = built.meeting_versions.get(request_id)
        row = meetings.get(request_id)
        if request is None or (row is None and was is None) or (row is not None and row.version == was):
            continue
        pair = _pair(built, request, " – ")
        if row is None:
            changes.append(f"the meeting {pair} was deleted")
        elif was is None:
            changes.append(f"the meeting {pair} was placed by hand ({_place(session, built, row)})")
        else:
            changes.append(f"the meeting {pair} was changed (now {_place(session, built, row)})")
    if changes:
        raise ScheduleChanged(changes)


def _pair(built: EventProblem, request: MeetingRequest, joiner: str) -> str:
    names = {p.id: p.name for p in built.problem.participants}
    a = names.get(f"p{request.requester_id}", f"#{request.requester_id}")
    b = names.get(f"p{request.invitee_id}", f"#{request.invitee_id}")
    return f"{a}{joiner}{b}"


def _place(session: Session, built: EventProblem, row: Meeting) -> str:
    if row.slot_id is None:
        where = "unscheduled"
    else:
        tables = {v: k for k, v in built.table_ids.items()}
        table = tables.get(row.table_id) if row.table_id is not None else None
        if table is None and row.table_id is not None:
            stored = session.get(EventTable, row.table_id)
            table = stored.name if stored is not None else f"#{row.table_id}"
        where = f"{built.slot_labels.get(f's{row.slot_id}', f'slot #{row.slot_id}')}, table {table or '—'}"
    return where if row.status.value == "scheduled" else f"{where}, {row.status.value.replace('_', ' ')}"
