"""Undo for the event setup form: the setup as it was, and putting it back (with what hung on slots and tables)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..model import Event, Participation, Slot, participation_unavailable
from .participants import set_availability
from .setup import SessionSpec, session_specs, set_sessions, set_tables, update_event


@dataclass(frozen=True)
class SetupState:
    """An event's setup: its facts, sessions and tables, plus the marks that a changed setup can drop."""

    name: str
    venue: str
    city: str
    country: str
    timezone: str
    meeting_minutes: int
    sessions: tuple[SessionSpec, ...]
    tables: tuple[str, ...]
    #: (participation id, session code, slot start): unavailability, found again by time after slots are rebuilt.
    unavailable: tuple[tuple[int, str, datetime], ...]
    #: (participation id, table name): fixed tables, lost when a table is deleted.
    fixed_tables: tuple[tuple[int, str], ...]


def setup_state(session: Session, event: Event) -> SetupState:
    """The event's setup now, for :func:`restore_setup`."""
    marks = session.execute(
        select(participation_unavailable.c.participation_id, Slot)
        .join(Slot, Slot.id == participation_unavailable.c.slot_id)
        .where(Slot.event_id == event.id)
    ).all()
    people = session.scalars(select(Participation).where(Participation.event_id == event.id)).all()
    return SetupState(
        event.name, event.venue or "", event.city or "", event.country or "", event.timezone, event.meeting_minutes,
        tuple(session_specs(event)),
        tuple(t.name for t in sorted(event.tables, key=lambda t: t.sort_order) if t.is_active),
        tuple((int(pid), slot.session.code if slot.session else "", slot.starts_at) for pid, slot in marks),
        tuple((p.id, p.fixed_table.name) for p in people if p.fixed_table is not None),
    )  # fmt: skip


def restore_setup(session: Session, event: Event, state: SetupState) -> None:
    """Put the setup back; slots rebuilt since get their participants' unavailability back by session and time."""
    update_event(session, event, name=state.name, venue=state.venue, city=state.city, country=state.country,
                 timezone=state.timezone, meeting_minutes=state.meeting_minutes)  # fmt: skip
    set_sessions(session, event, state.sessions)
    set_tables(session, event, state.tables)
    session.refresh(event)
    slots = {(s.session.code if s.session else "", s.starts_at): s.id for s in event.slots}
    present = set(session.scalars(select(Participation.id).where(Participation.event_id == event.id)))
    cells = [(pid, slots[(code, start)]) for pid, code, start in state.unavailable
             if pid in present and (code, start) in slots]  # fmt: skip
    if cells:
        set_availability(session, event, cells, available=False)
    tables = {t.name: t for t in event.tables if t.is_active}
    for pid, name in state.fixed_tables:
        person = session.get(Participation, pid)
        if person is not None and name in tables and person.fixed_table_id != tables[name].id:
            person.fixed_table = tables[name]
    session.flush()
