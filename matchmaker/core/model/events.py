"""Events, their time grid and tables, participants, requests and meetings."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Column, Date, ForeignKey, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, Versioned, str_enum, utcnow
from .enums import (
    FeedbackOutcome,
    FollowUpOutcome,
    MeetingStatus,
    Priority,
    RequestSource,
    RequestStatus,
    ScheduleRunKind,
    SlotKind,
)
from .organisations import Organisation

participation_unavailable = Table(
    "participation_unavailable",
    Base.metadata,
    Column("participation_id", ForeignKey("participation.id", ondelete="CASCADE"), primary_key=True),
    Column("slot_id", ForeignKey("slot.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Event(Versioned, Base):
    """A partner-search event such as Bridge 2 Business (Vilnius, 2018).

    Slot times are stored as naive wall-clock times in the event's ``timezone``.
    """

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    venue: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Vilnius", doc="IANA zone name")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    meeting_minutes: Mapped[int] = mapped_column(default=20)
    description: Mapped[str] = mapped_column(Text, default="")
    organiser: Mapped[str] = mapped_column(String(200), default="")
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict, doc="Scheduler options and the like")

    sessions: Mapped[list[EventSession]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventSession.sort_order"
    )
    slots: Mapped[list[Slot]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Slot.starts_at"
    )
    tables: Mapped[list[EventTable]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventTable.sort_order"
    )
    participations: Mapped[list[Participation]] = relationship(back_populates="event", cascade="all, delete-orphan")

    def __repr__(self) -> str:
        return f"<Event {self.id} {self.name!r}>"


class EventSession(Versioned, Base):
    """A block of slots, e.g. day-1 morning."""

    __tablename__ = "event_session"
    __table_args__ = (UniqueConstraint("event_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40), doc="Stable id used in files, e.g. 'd1-am'")
    name: Mapped[str] = mapped_column(String(120))
    day: Mapped[date] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(default=0)

    event: Mapped[Event] = relationship(back_populates="sessions")
    slots: Mapped[list[Slot]] = relationship(back_populates="session", order_by="Slot.starts_at")


class Slot(Versioned, Base):
    """A time slot of an event (a meeting slot or a break shown on agendas)."""

    __tablename__ = "slot"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("event_session.id", ondelete="SET NULL"), index=True)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    kind: Mapped[SlotKind] = mapped_column(str_enum(SlotKind), default=SlotKind.MEETING)
    label: Mapped[str] = mapped_column(String(120), default="", doc="E.g. 'Coffee break'")

    event: Mapped[Event] = relationship(back_populates="slots")
    session: Mapped[EventSession | None] = relationship(back_populates="slots")


class EventTable(Versioned, Base):
    """A meeting table (or stand) at the venue."""

    __tablename__ = "event_table"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    sort_order: Mapped[int] = mapped_column(default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, doc="False once removed on the day")

    event: Mapped[Event] = relationship(back_populates="tables")


class Participation(Versioned, Base):
    """An organisation taking part in an event."""

    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("event_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    delegates: Mapped[int] = mapped_column(Integer, default=1, doc="How many meetings it can hold at once")
    fixed_table_id: Mapped[int | None] = mapped_column(ForeignKey("event_table.id", ondelete="SET NULL"))
    needs_interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str | None] = mapped_column(String(8))
    checked_in: Mapped[bool] = mapped_column(Boolean, default=False)
    checked_in_at: Mapped[datetime | None]
    badge_printed: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="", doc="Internal; never published")

    event: Mapped[Event] = relationship(back_populates="participations")
    organisation: Mapped[Organisation] = relationship()
    fixed_table: Mapped[EventTable | None] = relationship()
    unavailable_slots: Mapped[list[Slot]] = relationship(secondary=participation_unavailable)


class MeetingRequest(Versioned, Base):
    """A request by one participant to meet another at an event."""

    __tablename__ = "meeting_request"
    __table_args__ = (UniqueConstraint("requester_id", "invitee_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("participation.id", ondelete="CASCADE"), index=True)
    invitee_id: Mapped[int] = mapped_column(ForeignKey("participation.id", ondelete="CASCADE"), index=True)
    priority: Mapped[Priority] = mapped_column(str_enum(Priority), default=Priority.SHOULD)
    message: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[RequestStatus] = mapped_column(str_enum(RequestStatus), default=RequestStatus.PENDING)
    source: Mapped[RequestSource] = mapped_column(str_enum(RequestSource), default=RequestSource.ORGANISER)
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunity.id", ondelete="SET NULL"))
    expires_at: Mapped[datetime | None]
    responded_at: Mapped[datetime | None]
    reasons: Mapped[list[str]] = mapped_column(default=list, doc="Why a suggestion proposed this request")

    event: Mapped[Event] = relationship()
    requester: Mapped[Participation] = relationship(foreign_keys=[requester_id])
    invitee: Mapped[Participation] = relationship(foreign_keys=[invitee_id])
    meeting: Mapped[Meeting | None] = relationship(back_populates="request", uselist=False)


class Meeting(Versioned, Base):
    """A scheduled one-to-one meeting in a slot at a table."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("meeting_request.id", ondelete="CASCADE"), unique=True)
    slot_id: Mapped[int | None] = mapped_column(ForeignKey("slot.id", ondelete="SET NULL"), index=True)
    table_id: Mapped[int | None] = mapped_column(ForeignKey("event_table.id", ondelete="SET NULL"), index=True)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[MeetingStatus] = mapped_column(str_enum(MeetingStatus), default=MeetingStatus.SCHEDULED)
    ics_sequence: Mapped[int] = mapped_column(default=0, doc="iCalendar SEQUENCE, raised on every change")
    no_show_participation_id: Mapped[int | None] = mapped_column(
        ForeignKey("participation.id", ondelete="SET NULL"), doc="Who did not show up"
    )

    request: Mapped[MeetingRequest] = relationship(back_populates="meeting")
    slot: Mapped[Slot | None] = relationship()
    table: Mapped[EventTable | None] = relationship()
    feedback: Mapped[list[MeetingFeedback]] = relationship(back_populates="meeting", cascade="all, delete-orphan")


class MeetingFeedback(Timestamped, Base):
    """One side's outcome of a meeting."""

    __tablename__ = "meeting_feedback"
    __table_args__ = (UniqueConstraint("meeting_id", "participation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    participation_id: Mapped[int] = mapped_column(ForeignKey("participation.id", ondelete="CASCADE"))
    outcome: Mapped[FeedbackOutcome] = mapped_column(str_enum(FeedbackOutcome, 32))
    follow_up: Mapped[FollowUpOutcome | None] = mapped_column(str_enum(FollowUpOutcome, 32))
    comment: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="feedback")


class ScheduleRun(Base):
    """One scheduler run (or manual change) on an event, with what it replaced, for undo."""

    __tablename__ = "schedule_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ScheduleRunKind] = mapped_column(str_enum(ScheduleRunKind))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="")
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict, doc="Objective, bound, breaks, seconds, ...")
    previous: Mapped[dict[str, Any]] = mapped_column(default=dict, doc="The assignment it replaced")
    undone: Mapped[bool] = mapped_column(Boolean, default=False)


class CataloguePublication(Base):
    """A catalogue file this database published; request files must point back to one."""

    __tablename__ = "catalogue_publication"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("cluster.id", ondelete="SET NULL"))
    published_at: Mapped[datetime] = mapped_column(default=utcnow)
    publisher: Mapped[str] = mapped_column(String(200), default="")
    checksum: Mapped[str] = mapped_column(String(128))
    secret: Mapped[str] = mapped_column(String(128), doc="Key for the request-file signatures of this catalogue")


class RequestFileImport(Base):
    """A company's request file imported back into the organiser's database."""

    __tablename__ = "request_file_import"
    __table_args__ = (UniqueConstraint("publication_id", "participation_id", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    publication_id: Mapped[int] = mapped_column(ForeignKey("catalogue_publication.id", ondelete="CASCADE"))
    participation_id: Mapped[int | None] = mapped_column(ForeignKey("participation.id", ondelete="SET NULL"))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    sequence: Mapped[int] = mapped_column(doc="The file's own version counter; older ones are refused")
    checksum: Mapped[str] = mapped_column(String(128))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    report: Mapped[dict[str, Any]] = mapped_column(default=dict)


class AppMeta(Base):
    """Key-value facts about this database (its id, taxonomy version, ...)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ChangeLog(Base):
    """Row changes, so team-mode clients can see each other's edits."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[int | None]
    operation: Mapped[str] = mapped_column(String(10))
    client: Mapped[str] = mapped_column(String(64), default="")
