"""Enumerations of the domain. Values are stored as strings and appear in files."""

from __future__ import annotations

from enum import StrEnum


class OrgType(StrEnum):
    COMPANY = "company"
    RESEARCH = "research"  # university or research organisation
    PUBLIC = "public"  # public body
    CLUSTER = "cluster"  # cluster organisation
    NGO = "ngo"


class SizeBand(StrEnum):
    """EU SME definition (Recommendation 2003/361/EC) by head count."""

    MICRO = "micro"  # < 10
    SMALL = "small"  # < 50
    MEDIUM = "medium"  # < 250
    LARGE = "large"  # 250 or more


class OpportunityKind(StrEnum):
    OFFER = "offer"
    REQUEST = "request"


class OpportunityArea(StrEnum):
    BUSINESS = "business"
    TECHNOLOGY = "technology"
    RESEARCH = "research"


class Priority(StrEnum):
    MUST = "must"
    SHOULD = "should"
    COULD = "could"

    @property
    def weight(self) -> int:
        """Scheduler weight: a 'must' outweighs any number of 'could's it competes with in practice."""
        return {"must": 4, "should": 2, "could": 1}[self.value]


class RequestStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class RequestSource(StrEnum):
    ORGANISER = "organiser"
    PARTICIPANT = "participant"
    SUGGESTION = "suggestion"


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class SlotKind(StrEnum):
    MEETING = "meeting"
    BREAK = "break"  # coffee or lunch break, shown on agendas, never scheduled


class FeedbackOutcome(StrEnum):
    """Immediate outcome after a meeting (b2match-style four levels)."""

    DID_NOT_TAKE_PLACE = "did_not_take_place"
    INSUFFICIENT_INTEREST = "insufficient_interest"
    INFORMATIVE = "informative"
    COOPERATION_POSSIBLE = "cooperation_possible"


class FollowUpOutcome(StrEnum):
    """Second-stage outcome, months after the event."""

    NO_CONTACT = "no_contact"
    KNOWLEDGE_GAIN = "knowledge_gain"
    VALUABLE_CONTACT = "valuable_contact"
    NEGOTIATION_STARTED = "negotiation_started"
    AGREEMENT_REACHED = "agreement_reached"


class ScheduleRunKind(StrEnum):
    SOLVE = "solve"
    REPAIR = "repair"
    MANUAL = "manual"  # a drag-and-drop move or a lock, recorded for undo
