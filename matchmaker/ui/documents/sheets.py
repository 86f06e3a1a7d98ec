"""Venue documents: a door sheet per table and the check-in desk list."""

from __future__ import annotations

from datetime import datetime

from matchmaker.core.documents import EventData, MeetingInfo
from matchmaker.core.model import SlotKind

from .html import CSS, day_title, esc, event_header, grid_table, time_range
from .paged import FlowDocument

_BOX = "☐"


def _stamp(generated: datetime | None) -> str:
    return (generated or datetime.now()).strftime("%Y-%m-%d %H:%M")


def _side(data: EventData, participation_id: int) -> str:
    party = data.parties[participation_id]
    country = f" <span class='muted'>({esc(party.country)})</span>" if party.country else ""
    return f"<b>{esc(party.name)}</b>{country}"


def door_sheet_html(data: EventData, table: str) -> str:
    """Every slot of every day at ``table``: who meets whom, or free."""
    meetings = {m.slot_id: m for m in data.meetings if m.table == table and not m.is_cancelled}
    out = [f"<p class='big'>Table {esc(table)}</p>", event_header(data)]
    total = len(meetings)
    out.append(f"<p class='meta'>{total} meeting{'s' if total != 1 else ''} at this table</p>")
    for day in data.days:
        slots = [s for s in data.slots if s.day == day]
        if not any(s.slot_id in meetings for s in slots):
            continue
        out.append(f"<h3>{esc(day_title(day))}</h3>")
        rows = []
        for slot in slots:
            when = esc(time_range(slot.starts_at, slot.ends_at))
            if slot.kind == SlotKind.BREAK:
                rows.append(
                    f"<tr class='break'><td class='time'>{when}</td><td colspan='3'>{esc(slot.label)}</td></tr>"
                )
                continue
            found: MeetingInfo | None = meetings.get(slot.slot_id)
            if found is None:
                rows.append(f"<tr><td class='time'>{when}</td><td colspan='3' class='muted'>free</td></tr>")
                continue
            rows.append(
                f"<tr><td class='time'>{when}</td><td>{_side(data, found.requester_id)}</td>"
                f"<td>{_side(data, found.invitee_id)}</td><td align='center'>{_BOX}</td></tr>"
            )
        out.append(grid_table(["Time", "Participant", "Participant", "Held"], [14, 39, 39, 8], rows, padding=2))
    return "".join(out)


def door_sheets_document(data: EventData, *, generated: datetime | None = None) -> FlowDocument:
    """One page per table that has meetings (every table when none has any)."""
    used = {m.table for m in data.meetings if m.table and not m.is_cancelled}
    tables = [t for t in data.tables if t in used] or list(data.tables)
    tables += sorted(used - set(tables))
    return FlowDocument(
        title=f"{data.name}: table door sheets",
        parts=[door_sheet_html(data, table) for table in tables],
        footer=f"{data.name} · printed {_stamp(generated)}",
        css=CSS,
    )


def checkin_html(data: EventData) -> str:
    """Every participant in alphabetical order with delegates, first meeting and a box to tick."""
    rows = []
    for number, party in enumerate(data.parties_sorted(), start=1):
        meetings = data.meetings_of(party.participation_id)
        first = f"{meetings[0].starts_at:%a %H:%M}" if meetings else "–"
        people = ", ".join(esc(person.name) for person in party.people) or f"{party.delegates} delegate(s)"
        done = "☑" if party.checked_in else _BOX
        table = esc(party.fixed_table) if party.fixed_table else ""
        rows.append(
            f"<tr><td align='right'>{number}</td><td>{_side(data, party.participation_id)}"
            f"<br><span class='small'>{people}</span></td><td align='center'>{len(meetings)}</td>"
            f"<td>{esc(first)}</td><td>{table}</td><td align='center'>{done}</td><td>&nbsp;</td></tr>"
        )
    checked = sum(1 for p in data.parties.values() if p.checked_in)
    head = event_header(data, "Check-in desk list")
    meta = f"<p class='meta'>{len(rows)} participants · {checked} checked in when printed</p>"
    headers = ["#", "Participant and delegates", "Meetings", "First", "Table", "In", "Signature"]
    return head + meta + grid_table(headers, [5, 45, 9, 10, 9, 5, 17], rows)


def checkin_document(data: EventData, *, generated: datetime | None = None) -> FlowDocument:
    return FlowDocument(
        title=f"{data.name}: check-in desk list",
        parts=[checkin_html(data)],
        footer=f"{data.name} · printed {_stamp(generated)}",
        css=CSS,
    )
