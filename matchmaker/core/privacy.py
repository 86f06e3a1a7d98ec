"""Erasing a contact person (GDPR Art. 17) and recording that it happened, without personal data."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import NotFound, ValidationFailed
from .model import (
    ErasureRecord,
    MeetingFeedback,
    MeetingRequest,
    Organisation,
    Participation,
    Person,
    ShortlistEntry,
)

REDACTED = "[erased]"


@dataclass(frozen=True)
class ErasureReport:
    record_id: int
    organisation_id: int
    rows_removed: int
    fields_redacted: int


def erase_person(session: Session, person_id: int) -> ErasureReport:
    """Delete contact ``person_id`` and redact their email, phone and full name from free-text fields.

    Future catalogues cannot contain what is no longer stored. Records an ErasureRecord that
    holds only the organisation, the time and counts. The caller commits.
    """
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"No contact person with id {person_id}")
    organisation_id = person.organisation_id
    needles = _needles(person)
    redacted = _redact_free_text(session, organisation_id, needles) if needles else 0
    session.delete(person)
    session.flush()
    record = ErasureRecord(
        organisation_id=organisation_id,
        rows_removed=1,
        note=f"Contact erased on request; {redacted} free-text field(s) redacted. "
        "Automatic database backups made before this time still hold it until they rotate out.",
    )
    session.add(record)
    session.flush()
    return ErasureReport(record.id, organisation_id, 1, redacted)


def _needles(person: Person) -> list[re.Pattern[str]]:
    values = [person.email, person.phone]
    # A single given name is too common a word to redact blindly; a full name is specific enough.
    if person.name and len(person.name.split()) >= 2:
        values.append(person.name)
    return [re.compile(re.escape(v.strip()), re.IGNORECASE) for v in values if v and len(v.strip()) >= 5]


def _redact(text: str | None, needles: list[re.Pattern[str]]) -> str | None:
    if not text:
        return None
    new = text
    for needle in needles:
        new = needle.sub(REDACTED, new)
    return new if new != text else None


def _redact_free_text(session: Session, organisation_id: int, needles: list[re.Pattern[str]]) -> int:
    """Redact the person's details from notes and messages anywhere (they may be mentioned by others too)."""
    count = 0
    columns = [
        (Organisation, "notes"),
        (Organisation, "description"),
        (Participation, "notes"),
        (MeetingRequest, "message"),
        (MeetingFeedback, "comment"),
        (ShortlistEntry, "note"),
    ]
    for model, column in columns:
        attribute = getattr(model, column)
        for row in session.scalars(select(model).where(attribute != "")):
            new = _redact(getattr(row, column), needles)
            if new is not None:
                setattr(row, column, new)
                count += 1
    return count


def parse_person_id(value: str) -> int:
    """A person id from the command line."""
    if not value.strip().isdigit():
        raise ValidationFailed(f"'{value}' is not a person id (a whole number, see the organisation's contacts)")
    return int(value)
