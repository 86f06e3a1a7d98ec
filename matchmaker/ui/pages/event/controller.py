"""The Event page's logic: setup, participants, availability and meeting requests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from sqlalchemy import select

from matchmaker.core import events as ev
from matchmaker.core.errors import MatchmakerError
from matchmaker.core.events.setup_undo import SetupState, restore_setup, setup_state
from matchmaker.core.model import Organisation, Participation, Priority, RequestSource, RequestStatus
from matchmaker.ui.context import AppContext

from .base import EventDataController
from .models import OrganisationRow, ParticipantRow, RequestRow, participant_rows, request_rows


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


#: Undo texts per new status (marked for lupdate, shown through tr()).
STATUS_VERBS = {
    RequestStatus.ACCEPTED: str(QT_TRANSLATE_NOOP("", "Accept {0} request(s)")),
    RequestStatus.DECLINED: str(QT_TRANSLATE_NOOP("", "Decline {0} request(s)")),
    RequestStatus.CANCELLED: str(QT_TRANSLATE_NOOP("", "Cancel {0} request(s)")),
    RequestStatus.PENDING: str(QT_TRANSLATE_NOOP("", "Reopen {0} request(s)")),
}


@dataclass(frozen=True)
class SetupInput:
    """What the setup form holds."""

    name: str
    venue: str
    city: str
    country: str
    timezone: str
    meeting_minutes: int
    sessions: tuple[ev.SessionSpec, ...]
    tables: tuple[str, ...]


@dataclass(frozen=True)
class Proposal:
    """A suggested request for the organiser to review (nothing is stored until accepted)."""

    requester_id: int
    invitee_id: int
    requester: str
    invitee: str
    score: float
    reasons: tuple[str, ...]
    priority: Priority = Priority.COULD


@dataclass(frozen=True)
class EventViewData:
    participants: list[ParticipantRow]
    requests: list[RequestRow]
    sessions: list[ev.SessionSpec]


class EventController(EventDataController):
    #: Organisations that could still be added (list of OrganisationRow).
    organisations_loaded = Signal(object)
    #: Proposed requests from suggestions, for review (list of Proposal).
    proposals_ready = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)

    # ------------------------------------------------------------------ setup
    def create_event(self, name: str, starts_on: date) -> int | None:
        """A new event with one default session of 20-minute slots and ten tables; selects it."""
        try:
            with self.ctx.database.transaction() as session:
                event = ev.create_event(session, name, starts_on=starts_on)
                morning = ev.SessionSpec("d1-am", tr("Day 1 morning"), starts_on, *_times("09:30", "12:30"),
                                         ev.parse_breaks("10:50-11:10 " + tr("Coffee break")))  # fmt: skip
                ev.set_sessions(session, event, [morning])
                ev.set_tables(session, event, ev.table_names(count=10))
                event_id = event.id
        except MatchmakerError as exc:
            self.failed.emit(tr("Cannot create the event"), exc)
            return None
        self.ctx.signals.data_changed.emit("events")
        select_event = getattr(self.ctx, "select_event", None)
        if select_event is not None:
            select_event(event_id)
        self.message.emit(tr("Created the event “{0}”").format(name))
        return event_id

    def apply_setup(self, form: SetupInput, seen: dict[tuple[str, int], int] | None = None) -> bool:
        """Save the setup form in one transaction (all or nothing); undo puts the previous setup back.

        ``seen``: the row versions the form was filled from (a colleague's later change is a conflict).
        """

        def change(session: Any, event: Any) -> SetupState:
            before = setup_state(session, event)
            ev.update_event(
                session, event, name=form.name, venue=form.venue, city=form.city, country=form.country,
                timezone=form.timezone, meeting_minutes=form.meeting_minutes,
            )  # fmt: skip
            ev.set_sessions(session, event, form.sessions)
            ev.set_tables(session, event, form.tables)
            return before

        done = self.undoable(tr("Change the event setup"), change, restore_setup, what="events", seen=seen)
        if done is not None:
            self.message.emit(tr("Event setup saved"))
        return done is not None

    def prepare(self, session: Any, snapshot: ev.EventSnapshot) -> EventViewData:
        """On the worker: the rows of every list and the setup form's sessions."""
        return EventViewData(
            participant_rows(snapshot), request_rows(snapshot), ev.session_specs(ev.get_event(session, snapshot.id))
        )

    # ------------------------------------------------------------------ participants
    def load_organisations(self) -> None:
        """Organisations not yet taking part (off the UI thread), then ``organisations_loaded``."""
        event_id, database = self.event_id, self.ctx.database

        def work() -> list[OrganisationRow]:
            with database.session() as session:
                taking_part = select(Participation.organisation_id).where(Participation.event_id == event_id)
                rows = session.execute(
                    select(
                        Organisation.id,
                        Organisation.name,
                        Organisation.country,
                        Organisation.city,
                        Organisation.org_type,
                    ).where(Organisation.id.not_in(taking_part))
                ).all()
            return [OrganisationRow(r[0], r[1], r[2], r[3] or "", str(r[4].value)) for r in rows]

        self.ctx.tasks.run(work, on_result=self.organisations_loaded.emit,
                           on_error=lambda exc: self.failed.emit(tr("Cannot list organisations"), exc))  # fmt: skip

    def add_participants(self, organisation_ids: Sequence[int]) -> list[int] | None:
        ids = list(organisation_ids)

        def do(session: Any, event: Any) -> list[int]:
            return [p.id for p in ev.add_participants(session, event, ids)]

        added = self.undoable(tr("Add {0} participant(s)").format(len(ids)), do,
                              lambda s, e, pids: ev.remove_participants(s, e, pids), what="participants")  # fmt: skip
        if added is not None:
            self.message.emit(tr("Added {0} participant(s)").format(len(added)))
        return added

    def remove_participants(self, participation_ids: Sequence[int]) -> bool:
        """Remove participants with their requests; one undo step puts them back exactly as they were."""
        ids = list(participation_ids)
        removed = self.undoable(
            tr("Remove {0} participant(s)").format(len(ids)),
            lambda s, e: ev.remove_participants_keeping(s, e, ids),
            ev.restore_participants,
            what="participants",
        )
        if removed is not None:
            self.message.emit(tr("Removed {0} participant(s); Ctrl+Z brings them back").format(len(ids)))
        return removed is not None

    def set_delegates(self, participation_id: int, delegates: int) -> None:
        self.undoable(
            tr("Change delegates"),
            lambda s, e: ev.set_delegates(s, e, participation_id, delegates),
            lambda s, e, before: ev.set_delegates(s, e, participation_id, before) and None,
            what="participants",
        )

    def set_availability(self, cells: Sequence[tuple[int, int]], available: bool) -> list[tuple[int, int]] | None:
        """Mark cells (participation id, slot id); one undo step for the whole drag."""
        wanted = list(cells)
        text = tr("Mark available ({0} slot(s))") if available else tr("Mark unavailable ({0} slot(s))")
        return self.undoable(
            text.format(len(wanted)),
            lambda s, e: ev.set_availability(s, e, wanted, available=available),
            lambda s, e, changed: ev.set_availability(s, e, changed, available=not available) and None,
            what="participants",
        )

    def set_checked_in(self, participation_ids: Sequence[int], checked_in: bool) -> None:
        ids = list(participation_ids)
        self.undoable(
            tr("Check in") if checked_in else tr("Undo check-in"),
            lambda s, e: ev.set_checked_in(s, e, ids, checked_in),
            lambda s, e, changed: ev.set_checked_in(s, e, changed, not checked_in) and None,
            what="participants",
        )

    # ------------------------------------------------------------------ requests
    def set_status(self, request_ids: Sequence[int], status: RequestStatus) -> bool:
        ids = list(request_ids)
        if not ids:
            return False
        changes = self.undoable(
            tr(STATUS_VERBS.get(status, "Change {0} request(s)")).format(len(ids)),
            lambda s, e: ev.change_status(s, e, ids, status),
            ev.revert_status,
            what="requests",
        )
        if changes is not None:
            self.message.emit(tr("{0} request(s) changed").format(len(changes)))
        return changes is not None

    def create_request(self, requester_id: int, invitee_id: int, priority: Priority) -> int | None:
        return self.undoable(
            tr("New meeting request"),
            lambda s, e: ev.create_request(s, e, requester_id, invitee_id, priority=priority).id,
            lambda s, e, rid: ev.delete_request(s, e, rid),
            what="requests",
        )

    def propose_from_suggestions(self, min_requests: int = 3) -> None:
        """Ask the matcher for requests for everyone with fewer than ``min_requests`` (off the UI thread).

        A dry run: ``proposals_ready`` hands the list to the view for review; nothing is stored yet.
        """
        from .proposals import propose

        event_id, database = self.event_id, self.ctx.database

        def work() -> list[Proposal]:
            with database.session() as session:
                return propose(session, event_id, min_requests)

        self.ctx.tasks.run(work, on_result=self.proposals_ready.emit,
                           on_error=lambda exc: self.failed.emit(tr("Cannot propose requests"), exc))  # fmt: skip

    def create_proposed(self, proposals: Sequence[Proposal]) -> list[int] | None:
        """Store the reviewed proposals as pending requests (source: suggestion); one undo step."""
        chosen = list(proposals)

        def do(session: Any, event: Any) -> list[int]:
            ids = []
            for p in chosen:
                if ev.find_request_between(session, event, p.requester_id, p.invitee_id) is not None:
                    continue  # asked for meanwhile
                request = ev.create_request(
                    session, event, p.requester_id, p.invitee_id, priority=p.priority,
                    source=RequestSource.SUGGESTION, reasons=p.reasons,
                )  # fmt: skip
                ids.append(request.id)
            return ids

        def undo(session: Any, event: Any, ids: list[int]) -> None:
            for rid in ids:
                ev.delete_request(session, event, rid)

        created = self.undoable(tr("Propose {0} request(s)").format(len(chosen)), do, undo, what="requests")
        if created is not None:
            self.message.emit(tr("Created {0} pending request(s) from suggestions").format(len(created)))
        return created


def _times(start: str, end: str) -> tuple[Any, Any]:
    from datetime import time

    return time.fromisoformat(start), time.fromisoformat(end)
