"""Everything the documents of one event show, read from the database once into plain objects.

Exports work on :class:`EventData` only, so rendering never touches a session (and can run
on a worker thread while the app goes on using the database).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..countries import country_name
from ..errors import NotFound, ValidationFailed
from ..lookup import find_by_id_or_name
from ..model import (
    AppMeta,
    Event,
    EventTable,
    FeedbackOutcome,
    Meeting,
    MeetingFeedback,
    MeetingRequest,
    MeetingStatus,
    Organisation,
    Participation,
    Slot,
    SlotKind,
)
from ..text import fold

#: AppMeta key of this database's own random id; calendar UIDs are built from it.
DATABASE_UID_KEY = "database_uid"
SUMMARY_LIMIT = 220


@dataclass(frozen=True)
class Contact:
    """A contact person; ``published`` is the person's consent to show the details to partners."""

    name: str
    role: str
    email: str
    phone: str
    published: bool

    def line(self) -> str:
        """'Name, role, email, phone' (empty parts left out)."""
        return ", ".join(part for part in (self.name, self.role, self.email, self.phone) if part)


@dataclass(frozen=True)
class Party:
    """A participant of the event (one organisation)."""

    participation_id: int
    organisation_id: int
    name: str
    country: str
    city: str
    people: tuple[Contact, ...]
    offers: tuple[str, ...]
    requests: tuple[str, ...]
    capabilities: tuple[str, ...]
    fixed_table: str
    delegates: int
    checked_in: bool

    @property
    def country_name(self) -> str:
        return country_name(self.country) if self.country else ""

    @property
    def published_contacts(self) -> tuple[Contact, ...]:
        """Only the people who consented to publication: partners see nothing else."""
        return tuple(person for person in self.people if person.published)

    def summary(self, limit: int = SUMMARY_LIMIT) -> str:
        """A short 'Offers: ...  Requests: ...' line, cut at a word near ``limit`` characters."""
        parts = []
        if self.offers:
            parts.append("Offers: " + "; ".join(self.offers))
        if self.requests:
            parts.append("Requests: " + "; ".join(self.requests))
        return shorten(" · ".join(parts), limit)


@dataclass(frozen=True)
class SlotInfo:
    slot_id: int
    starts_at: datetime
    ends_at: datetime
    kind: SlotKind
    label: str
    session: str

    @property
    def day(self) -> date:
        return self.starts_at.date()


@dataclass(frozen=True)
class SessionInfo:
    code: str
    name: str
    day: date
    starts_at: datetime | None
    ends_at: datetime | None


@dataclass(frozen=True)
class MeetingInfo:
    """A meeting placed in a slot; times are naive wall-clock times in the event's zone."""

    meeting_id: int
    slot_id: int
    starts_at: datetime
    ends_at: datetime
    table: str
    status: MeetingStatus
    sequence: int
    requester_id: int
    invitee_id: int
    priority: str
    no_show_id: int | None
    changed_at: datetime
    outcomes: tuple[FeedbackOutcome, ...] = ()

    @property
    def day(self) -> date:
        return self.starts_at.date()

    @property
    def is_cancelled(self) -> bool:
        return self.status == MeetingStatus.CANCELLED

    def partner_of(self, participation_id: int) -> int:
        return self.invitee_id if participation_id == self.requester_id else self.requester_id

    def involves(self, participation_id: int) -> bool:
        return participation_id in (self.requester_id, self.invitee_id)


@dataclass(frozen=True)
class AgendaEntry:
    """One row of a personal agenda: a meeting with its partner, or a break."""

    starts_at: datetime
    ends_at: datetime
    session: str
    meeting: MeetingInfo | None = None
    partner: Party | None = None
    label: str = ""

    @property
    def is_break(self) -> bool:
        return self.meeting is None


@dataclass(frozen=True)
class Agenda:
    party: Party
    entries: tuple[AgendaEntry, ...]

    @property
    def meetings(self) -> list[AgendaEntry]:
        return [entry for entry in self.entries if entry.meeting is not None]

    def days(self) -> list[tuple[date, list[AgendaEntry]]]:
        grouped: dict[date, list[AgendaEntry]] = defaultdict(list)
        for entry in self.entries:
            grouped[entry.starts_at.date()].append(entry)
        return sorted(grouped.items())


@dataclass
class EventData:
    """One event with its grid, tables, participants and placed meetings."""

    event_id: int
    name: str
    venue: str
    city: str
    country: str
    timezone: str
    starts_on: date | None
    ends_on: date | None
    organiser: str
    meeting_minutes: int
    database_uid: str
    sessions: list[SessionInfo]
    slots: list[SlotInfo]
    tables: list[str]
    parties: dict[int, Party]
    meetings: list[MeetingInfo]
    unplaced: int = 0
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def zone_abbreviation(self, when: datetime) -> str:
        """'EEST' for a wall-clock time in the event's zone."""
        return when.replace(tzinfo=self.zone).tzname() or self.timezone

    @property
    def dates_text(self) -> str:
        """'10–11 October 2018' style date range of the event."""
        first = self.starts_on or (self.slots[0].day if self.slots else None)
        last = self.ends_on or (self.slots[-1].day if self.slots else first)
        if first is None or last is None:
            return ""
        if first == last:
            return f"{first.day} {first:%B %Y}"
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{last.day} {first:%B %Y}"
        return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"

    @property
    def place_text(self) -> str:
        return ", ".join(part for part in (self.venue, self.city) if part)

    @property
    def days(self) -> list[date]:
        return sorted({slot.day for slot in self.slots} | {m.day for m in self.meetings})

    @cached_property
    def _by_party(self) -> dict[int, list[MeetingInfo]]:
        grouped: dict[int, list[MeetingInfo]] = defaultdict(list)
        for meeting in self.meetings:
            grouped[meeting.requester_id].append(meeting)
            grouped[meeting.invitee_id].append(meeting)
        return grouped

    def meetings_of(self, participation_id: int, *, cancelled: bool = False) -> list[MeetingInfo]:
        """The participant's meetings in time order (cancelled ones only when asked)."""
        return [m for m in self._by_party.get(participation_id, []) if cancelled or not m.is_cancelled]

    def parties_sorted(self) -> list[Party]:
        """Participants in alphabetical order (accents ignored)."""
        return sorted(self.parties.values(), key=lambda party: (fold(party.name), party.participation_id))

    def agenda(self, participation_id: int) -> Agenda:
        """The participant's meetings and the breaks between them, in time order."""
        party, pid = self.parties[participation_id], participation_id
        meetings = self.meetings_of(pid)
        session_of = {slot.slot_id: slot.session for slot in self.slots}
        entries = [
            AgendaEntry(
                m.starts_at,
                m.ends_at,
                session_of.get(m.slot_id, ""),
                m,
                self.parties[m.partner_of(party.participation_id)],
            )
            for m in meetings
        ]
        # Breaks between the day's first and last meeting: the ones a participant plans around.
        spans: dict[date, tuple[datetime, datetime]] = {}
        for m in meetings:
            first, last = spans.get(m.day, (m.starts_at, m.ends_at))
            spans[m.day] = (min(first, m.starts_at), max(last, m.ends_at))
        entries += [
            AgendaEntry(slot.starts_at, slot.ends_at, slot.session, label=slot.label or "Break")
            for slot in self.slots
            if slot.kind == SlotKind.BREAK
            and slot.day in spans
            and spans[slot.day][0] <= slot.starts_at
            and slot.ends_at <= spans[slot.day][1]
        ]
        entries.sort(key=lambda entry: (entry.starts_at, entry.meeting is not None))
        return Agenda(party, tuple(entries))

    def party(self, ref: str) -> Party:
        """The participant whose participation id, organisation id or name is ``ref``."""
        text = ref.strip()
        if text.isdigit():
            for party in self.parties.values():
                if party.participation_id == int(text):
                    return party
            for party in self.parties.values():
                if party.organisation_id == int(text):
                    return party
        wanted = fold(text)
        found = [party for party in self.parties.values() if fold(party.name) == wanted]
        if len(found) == 1:
            return found[0]
        close = [party.name for party in self.parties_sorted() if wanted and wanted in fold(party.name)][:3]
        hint = f" Did you mean {', '.join(repr(name) for name in close)}?" if close else ""
        raise NotFound(f"'{ref}' does not take part in '{self.name}'.{hint}")


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;·") + "…"


def database_uid(session: Session) -> str | None:
    """This database's own id, or None before the first export made one."""
    row = session.get(AppMeta, DATABASE_UID_KEY)
    return row.value if row is not None and row.value else None


def ensure_database_uid(session: Session) -> str:
    """This database's own id, created on first use (the caller commits)."""
    found = database_uid(session)
    if found:
        return found
    value = uuid.uuid4().hex
    session.add(AppMeta(key=DATABASE_UID_KEY, value=value))
    session.flush()
    return value


def find_event(session: Session, ref: str) -> Event:
    return find_by_id_or_name(session, Event, ref, what="event")


def load_event_data(session: Session, event_ref: str | int, *, uid: str | None = None) -> EventData:
    """Read one event's documents data (a handful of queries, whatever the size)."""
    event = session.get(Event, event_ref) if isinstance(event_ref, int) else find_event(session, event_ref)
    if event is None:
        raise NotFound(f"No event with id {event_ref}")
    try:
        ZoneInfo(event.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationFailed(f"Event '{event.name}': '{event.timezone}' is not an IANA time zone") from None
    slots = list(
        session.scalars(
            select(Slot).where(Slot.event_id == event.id).options(selectinload(Slot.session)).order_by(Slot.starts_at)
        )
    )
    slot_infos = [
        SlotInfo(s.id, s.starts_at, s.ends_at, s.kind, s.label, s.session.name if s.session else "") for s in slots
    ]
    tables = {
        t.id: t.name
        for t in session.scalars(
            select(EventTable).where(EventTable.event_id == event.id).order_by(EventTable.sort_order, EventTable.name)
        )
    }
    parties = _load_parties(session, event.id, tables)
    meetings, unplaced = _load_meetings(session, event.id, {s.id: s for s in slots}, tables)
    sessions = []
    for block in event.sessions:
        inside = [s for s in slot_infos if s.session == block.name and s.day == block.day]
        sessions.append(
            SessionInfo(
                block.code,
                block.name,
                block.day,
                inside[0].starts_at if inside else None,
                inside[-1].ends_at if inside else None,
            )
        )
    return EventData(
        event_id=event.id,
        name=event.name,
        venue=event.venue or "",
        city=event.city or "",
        country=event.country or "",
        timezone=event.timezone,
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        organiser=event.organiser or "",
        meeting_minutes=event.meeting_minutes,
        database_uid=uid or database_uid(session) or f"event-{event.id}",
        sessions=sessions,
        slots=slot_infos,
        tables=list(tables.values()),
        parties=parties,
        meetings=meetings,
        unplaced=unplaced,
    )


def _load_parties(session: Session, event_id: int, tables: dict[int, str]) -> dict[int, Party]:
    rows = session.scalars(
        select(Participation)
        .where(Participation.event_id == event_id)
        .options(
            selectinload(Participation.organisation).selectinload(Organisation.people),
            selectinload(Participation.organisation).selectinload(Organisation.opportunities),
            selectinload(Participation.organisation).selectinload(Organisation.capabilities),
        )
    )
    parties = {}
    for row in rows:
        org = row.organisation
        people = tuple(
            Contact(p.name, p.role or "", p.email or "", p.phone or "", bool(p.consent_to_publish))
            for p in sorted(org.people, key=lambda p: p.id)
        )
        parties[row.id] = Party(
            participation_id=row.id,
            organisation_id=org.id,
            name=org.name,
            country=org.country or "",
            city=org.city or "",
            people=people,
            offers=tuple(o.title for o in org.offers()),
            requests=tuple(o.title for o in org.requests()),
            capabilities=tuple(sorted(c.label() for c in org.capabilities)),
            fixed_table=tables.get(row.fixed_table_id or -1, ""),
            delegates=row.delegates,
            checked_in=row.checked_in,
        )
    return parties


def _load_meetings(
    session: Session, event_id: int, slots: dict[int, Slot], tables: dict[int, str]
) -> tuple[list[MeetingInfo], int]:
    outcomes: dict[int, list[FeedbackOutcome]] = defaultdict(list)
    feedback = session.execute(
        select(MeetingFeedback.meeting_id, MeetingFeedback.outcome)
        .join(Meeting, Meeting.id == MeetingFeedback.meeting_id)
        .where(Meeting.event_id == event_id)
        .order_by(MeetingFeedback.id)
    )
    for meeting_id, outcome in feedback:
        outcomes[meeting_id].append(outcome)
    rows = session.execute(
        select(Meeting, MeetingRequest.requester_id, MeetingRequest.invitee_id, MeetingRequest.priority)
        .join(MeetingRequest, MeetingRequest.id == Meeting.request_id)
        .where(Meeting.event_id == event_id)
    )
    meetings, unplaced = [], 0
    for meeting, requester_id, invitee_id, priority in rows:
        slot = slots.get(meeting.slot_id or -1)
        if slot is None:
            unplaced += 1  # not (or no longer) in the grid: nothing to put on an agenda
            continue
        meetings.append(
            MeetingInfo(
                meeting_id=meeting.id,
                slot_id=slot.id,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                table=tables.get(meeting.table_id or -1, ""),
                status=meeting.status,
                sequence=meeting.ics_sequence,
                requester_id=requester_id,
                invitee_id=invitee_id,
                priority=str(priority.value if hasattr(priority, "value") else priority),
                no_show_id=meeting.no_show_participation_id,
                changed_at=meeting.updated_at,
                outcomes=tuple(outcomes.get(meeting.id, ())),
            )
        )
    order = {name: index for index, name in enumerate(tables.values())}
    meetings.sort(key=lambda m: (m.starts_at, order.get(m.table, len(order)), m.meeting_id))
    return meetings, unplaced


def parties_in(data: EventData, refs: Iterable[str]) -> list[Party]:
    """The participants named by ``refs`` (ids or names), or all in alphabetical order when empty."""
    chosen = [data.party(ref) for ref in refs]
    return chosen or data.parties_sorted()
