"""Event setup: dates, time zone, sessions with their slots and breaks, and tables.

Every function changes the session given to it and flushes; the caller owns the
transaction (``Database.transaction()``), so a rejected change writes nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import available_timezones

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFound, ValidationFailed
from ..model import Event, EventSession, EventTable, Meeting, MeetingStatus, Slot, SlotKind
from ..text import clean_text

MAX_TABLES = 500
MIN_MEETING_MINUTES, MAX_MEETING_MINUTES = 5, 240
_TABLE_NAME_MAX = 40


@dataclass(frozen=True)
class BreakSpec:
    """A break inside a session, e.g. 10:50-11:10 'Coffee break'."""

    start: time
    end: time
    label: str = "Break"


@dataclass(frozen=True)
class SessionSpec:
    """A block of meeting slots on one day, with the breaks inside it."""

    code: str
    name: str
    day: date
    start: time
    end: time
    breaks: tuple[BreakSpec, ...] = field(default_factory=tuple)


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def validate_timezone(name: str) -> str:
    """The IANA zone name, trimmed; raises ValidationFailed for anything else ('CET+1', 'Vilnius')."""
    zone = clean_text(name)
    if zone in _zones():
        return zone
    close = sorted(z for z in _zones() if zone and zone.lower() in z.lower())[:3]
    hint = f" Did you mean {', '.join(close)}?" if close else " Use an IANA name such as Europe/Vilnius."
    raise ValidationFailed(f"Time zone '{zone}' is not an IANA time zone name.{hint}")


def get_event(session: Session, event_id: int) -> Event:
    """The event with this id, or NotFound."""
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(f"No event with id {event_id}")
    return event


def create_event(
    session: Session,
    name: str,
    *,
    starts_on: date,
    ends_on: date | None = None,
    timezone: str = "Europe/Vilnius",
    meeting_minutes: int = 20,
    venue: str = "",
    city: str | None = None,
    country: str | None = None,
) -> Event:
    """A new event (without sessions or tables yet)."""
    event = Event(name="", starts_on=starts_on)
    session.add(event)
    update_event(
        session, event, name=name, starts_on=starts_on, ends_on=ends_on or starts_on, timezone=timezone,
        meeting_minutes=meeting_minutes, venue=venue, city=city, country=country,
    )  # fmt: skip
    return event


def update_event(
    session: Session,
    event: Event,
    *,
    name: str | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
    timezone: str | None = None,
    meeting_minutes: int | None = None,
    venue: str | None = None,
    city: str | None = None,
    country: str | None = None,
) -> Event:
    """Change the event's basic facts; each given field is validated first."""
    if name is not None:
        clean = clean_text(name)
        if not clean:
            raise ValidationFailed("Event name: it must not be empty")
        if len(clean) > 200:
            raise ValidationFailed("Event name: at most 200 characters")
        clash = session.scalar(select(Event.id).where(Event.name == clean, Event.id != (event.id or 0)))
        if clash is not None:
            raise ValidationFailed(f"Event name: another event is already called '{clean}'")
        event.name = clean
    if timezone is not None:
        event.timezone = validate_timezone(timezone)
    if meeting_minutes is not None:
        if not MIN_MEETING_MINUTES <= meeting_minutes <= MAX_MEETING_MINUTES:
            raise ValidationFailed(
                f"Slot length: {meeting_minutes} minutes is outside {MIN_MEETING_MINUTES}-{MAX_MEETING_MINUTES}"
            )
        event.meeting_minutes = meeting_minutes
    if starts_on is not None:
        event.starts_on = starts_on
    if ends_on is not None:
        event.ends_on = ends_on
    if event.starts_on and event.ends_on and event.ends_on < event.starts_on:
        raise ValidationFailed(f"Dates: the event ends ({event.ends_on}) before it starts ({event.starts_on})")
    if venue is not None:
        event.venue = clean_text(venue)
    if city is not None:
        event.city = clean_text(city) or None
    if country is not None:
        code = clean_text(country).upper()
        if code and not re.fullmatch(r"[A-Z]{2}", code):
            raise ValidationFailed(f"Country: '{country}' is not a two-letter code such as LT")
        event.country = code or None
    session.flush()
    return event


# --------------------------------------------------------------------------- sessions and slots


def parse_breaks(text: str, where: str = "Breaks") -> tuple[BreakSpec, ...]:
    """Breaks written as '10:50-11:10 Coffee break; 15:10-15:30' (label optional)."""
    breaks = []
    for part in filter(None, (p.strip() for p in text.replace("\n", ";").split(";"))):
        found = re.fullmatch(r"(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2})\s*(.*)", part)
        if not found:
            raise ValidationFailed(f"{where}: '{part}' is not like '10:50-11:10 Coffee break'")
        start, end = (_parse_time(found.group(i), where) for i in (1, 2))
        breaks.append(BreakSpec(start, end, clean_text(found.group(3)) or "Break"))
    return tuple(breaks)


def _parse_time(text: str, where: str) -> time:
    try:
        return time.fromisoformat(text.replace(".", ":").zfill(5))
    except ValueError:
        raise ValidationFailed(f"{where}: '{text}' is not a time like 09:30") from None


def format_breaks(breaks: Sequence[BreakSpec]) -> str:
    """The inverse of :func:`parse_breaks`."""
    return "; ".join(f"{b.start:%H:%M}-{b.end:%H:%M} {b.label}".strip() for b in breaks)


def session_specs(event: Event) -> list[SessionSpec]:
    """The event's sessions as specs (for a setup form), breaks read back from its break slots."""
    specs = []
    for block in event.sessions:
        slots = [s for s in event.slots if s.session_id == block.id]
        if not slots:
            continue
        breaks = tuple(
            BreakSpec(s.starts_at.time(), s.ends_at.time(), s.label) for s in slots if s.kind == SlotKind.BREAK
        )
        specs.append(
            SessionSpec(block.code, block.name, block.day, slots[0].starts_at.time(), slots[-1].ends_at.time(), breaks)
        )
    return specs


def _plan(specs: Sequence[SessionSpec], minutes: int) -> list[tuple[str, datetime, datetime, SlotKind, str]]:
    """(session code, start, end, kind, label) for every slot the specs describe, validated."""
    length = timedelta(minutes=minutes)
    planned: list[tuple[str, datetime, datetime, SlotKind, str]] = []
    codes: set[str] = set()
    for number, spec in enumerate(specs, start=1):
        code = clean_text(spec.code)
        where = f"Session {number} ('{code or spec.name}')"
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}", code):
            raise ValidationFailed(f"{where}: the code must be 1-40 letters, digits, '-', '_' or '.', like d1-am")
        if code in codes:
            raise ValidationFailed(f"{where}: the code '{code}' is used twice")
        codes.add(code)
        if not clean_text(spec.name):
            raise ValidationFailed(f"{where}: the name must not be empty")
        start, end = datetime.combine(spec.day, spec.start), datetime.combine(spec.day, spec.end)
        if end - start < length:
            raise ValidationFailed(f"{where}: {spec.start:%H:%M}-{spec.end:%H:%M} holds no {minutes}-minute slot")
        breaks = sorted(
            (datetime.combine(spec.day, b.start), datetime.combine(spec.day, b.end), b.label) for b in spec.breaks
        )
        for b_start, b_end, label in breaks:
            if not start <= b_start < b_end <= end:
                raise ValidationFailed(f"{where}: the break '{label}' {b_start:%H:%M}-{b_end:%H:%M} is not inside it")
        cursor = start
        while cursor + length <= end:
            pause = next((b for b in breaks if b[0] < cursor + length and cursor < b[1]), None)
            if pause is not None:
                if pause[0] > cursor:  # a gap too short for a meeting before the break
                    cursor = pause[0]
                planned.append((code, pause[0], pause[1], SlotKind.BREAK, pause[2]))
                cursor = pause[1]
                continue
            planned.append((code, cursor, cursor + length, SlotKind.MEETING, ""))
            cursor += length
    ordered = sorted(planned, key=lambda p: p[1])
    for before, after in itertools.pairwise(ordered):
        if after[1] < before[2]:
            raise ValidationFailed(
                f"Sessions '{before[0]}' and '{after[0]}' overlap on {after[1]:%Y-%m-%d} at {after[1]:%H:%M}"
            )
    return planned


def set_sessions(
    session: Session, event: Event, specs: Sequence[SessionSpec], meeting_minutes: int | None = None
) -> None:
    """Replace the event's sessions and their slots by ``specs``.

    Slots that stay (same session, start, end and kind) keep their id, so meetings and
    unavailability in them survive. Refused when a scheduled meeting sits in a slot that
    would go. Breaks outside any session (lunch) are kept when they overlap no new slot.
    """
    if not specs:
        raise ValidationFailed("Sessions: an event needs at least one session")
    if meeting_minutes is not None:
        update_event(session, event, meeting_minutes=meeting_minutes)
    planned = _plan(specs, event.meeting_minutes)
    by_code = {block.code: block for block in event.sessions}
    existing = {(s.session.code if s.session else None, s.starts_at, s.ends_at, s.kind): s for s in event.slots}
    wanted = {(code, start, end, kind) for code, start, end, kind, _ in planned}
    doomed = [s for key, s in existing.items() if key not in wanted and key[0] is not None]
    # Session-less breaks (lunch) stay unless a new slot overlaps them.
    doomed += [
        s for key, s in existing.items()
        if key[0] is None and any(p[1] < s.ends_at and s.starts_at < p[2] for p in planned)
    ]  # fmt: skip
    if doomed:
        placed = session.scalars(
            select(Meeting).where(
                Meeting.slot_id.in_([s.id for s in doomed]), Meeting.status == MeetingStatus.SCHEDULED
            )
        ).all()
        if placed:
            first = min((m.slot for m in placed if m.slot), key=lambda s: s.starts_at)
            raise ValidationFailed(
                f"Sessions: {len(placed)} scheduled meeting(s) are in slots that would be removed "
                f"(first at {first.starts_at:%Y-%m-%d %H:%M}). Move them or undo the schedule first."
            )
    for slot in doomed:
        event.slots.remove(slot)
    for order, spec in enumerate(specs, start=1):
        code = clean_text(spec.code)
        block = by_code.pop(code, None)
        if block is None:
            block = EventSession(code=code)
            event.sessions.append(block)
        block.name, block.day, block.sort_order = clean_text(spec.name), spec.day, order
        by_code_new = block
        for p_code, start, end, kind, label in planned:
            if p_code != code:
                continue
            kept = existing.get((code, start, end, kind))
            if kept is None:
                event.slots.append(Slot(session=by_code_new, starts_at=start, ends_at=end, kind=kind, label=label))
            else:
                kept.label = label
    for stale in by_code.values():
        event.sessions.remove(stale)
    days = [spec.day for spec in specs]
    event.starts_on, event.ends_on = min(days), max(days)
    session.flush()
    session.expire(event, ["slots", "sessions"])


def add_break(session: Session, event: Event, day: date, start: time, end: time, label: str) -> Slot:
    """A break outside sessions (such as lunch), shown on agendas; it must not overlap any slot."""
    begins, ends = datetime.combine(day, start), datetime.combine(day, end)
    if ends <= begins:
        raise ValidationFailed(f"Break '{label}': it ends before it starts")
    for slot in event.slots:
        if slot.starts_at < ends and begins < slot.ends_at:
            raise ValidationFailed(f"Break '{label}': overlaps the slot at {slot.starts_at:%Y-%m-%d %H:%M}")
    slot = Slot(starts_at=begins, ends_at=ends, kind=SlotKind.BREAK, label=clean_text(label) or "Break")
    event.slots.append(slot)
    session.flush()
    return slot


def meeting_slots(event: Event) -> list[Slot]:
    """The event's meeting slots in time order."""
    return sorted((s for s in event.slots if s.kind == SlotKind.MEETING), key=lambda s: s.starts_at)


# --------------------------------------------------------------------------- tables


def table_names(count: int | None = None, names: Sequence[str] | str | None = None) -> list[str]:
    """Table names from a count ('1'..'N') or from names (a list, or text split on commas and lines)."""
    if names is not None:
        items = re.split(r"[,\n;]", names) if isinstance(names, str) else list(names)
        cleaned = [clean_text(n) for n in items if clean_text(n)]
        seen: set[str] = set()
        for name in cleaned:
            if len(name) > _TABLE_NAME_MAX:
                raise ValidationFailed(f"Tables: '{name[:20]}...' is longer than {_TABLE_NAME_MAX} characters")
            if name.casefold() in seen:
                raise ValidationFailed(f"Tables: '{name}' is listed twice")
            seen.add(name.casefold())
        result = cleaned
    elif count is not None:
        result = [str(i) for i in range(1, count + 1)]
    else:
        raise ValidationFailed("Tables: give a number of tables or their names")
    if not result:
        raise ValidationFailed("Tables: an event needs at least one table")
    if len(result) > MAX_TABLES:
        raise ValidationFailed(f"Tables: {len(result)} is more than {MAX_TABLES}")
    return result


def set_tables(session: Session, event: Event, names: Sequence[str]) -> list[EventTable]:
    """Make the event's active tables exactly ``names``, in that order.

    Tables are matched by name. A table that goes but has scheduled meetings is refused;
    a table with only past or cancelled meetings is deactivated, otherwise deleted.
    """
    names = table_names(names=names)
    current = {t.name: t for t in event.tables}
    going = [t for name, t in current.items() if name not in names]
    if going:
        busy = session.scalars(
            select(Meeting).where(
                Meeting.table_id.in_([t.id for t in going]), Meeting.status == MeetingStatus.SCHEDULED
            )
        ).all()
        if busy:
            taken = sorted({m.table.name for m in busy if m.table})
            raise ValidationFailed(
                f"Tables: {len(busy)} scheduled meeting(s) are at table(s) {', '.join(taken)} that would be removed. "
                "Move them first."
            )
        used = set(session.scalars(select(Meeting.table_id).where(Meeting.table_id.in_([t.id for t in going]))))
        for table in going:
            if table.id in used:
                table.is_active = False
            else:
                event.tables.remove(table)
    for order, name in enumerate(names, start=1):
        keep = current.get(name)
        if keep is None:
            keep = EventTable(name=name)
            event.tables.append(keep)
        keep.sort_order, keep.is_active = order, True
    for table in going:
        if not table.is_active:
            table.sort_order = len(names) + 1 + table.sort_order
    session.flush()
    return [t for t in event.tables if t.is_active]
