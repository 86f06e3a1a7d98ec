"""Personal agendas as PDF: the event header, then each day's meetings and breaks, with room for notes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from matchmaker.core.documents import Agenda, AgendaEntry, EventData, Party

from .agenda_painter import AgendaPainter
from .html import CSS, day_title, esc, event_header, grid_table, time_range
from .paged import FlowDocument

_HEADERS = ["Time", "Table", "Partner", "Notes"]
_WIDTHS = [13, 11, 46, 30]


def agenda_html(data: EventData, agenda: Agenda) -> str:
    """One participant's agenda as HTML (every piece of user text escaped)."""
    party = agenda.party
    country = f" ({esc(party.country_name)})" if party.country_name else ""
    out = [event_header(data, f"Agenda of {esc(party.name)}{country}")]
    facts = []
    delegates = [person.name for person in party.people]
    if delegates:
        facts.append("Delegates: " + ", ".join(esc(name) for name in delegates))
    if party.fixed_table:
        facts.append(f"Your table: <b>{esc(party.fixed_table)}</b>")
    count = len(agenda.meetings)
    facts.append(f"{count} meeting{'s' if count != 1 else ''}")
    out.append(f"<p class='meta'>{' · '.join(facts)}</p>")
    if not count:
        out.append("<p class='muted'>No meetings are scheduled for you yet.</p>")
    for day, entries in agenda.days():
        if not any(entry.meeting for entry in entries):
            continue
        out.append(f"<h3>{esc(day_title(day))}</h3>")
        rows, session = [], None
        for entry in entries:
            if entry.session and entry.session != session and entry.meeting is not None:
                session = entry.session
                rows.append(f"<tr class='session'><td colspan='4'>{esc(session)}</td></tr>")
            rows.append(_entry_row(entry))
        out.append(grid_table(_HEADERS, _WIDTHS, rows))
    return "".join(out)


def _entry_row(entry: AgendaEntry) -> str:
    when = esc(time_range(entry.starts_at, entry.ends_at))
    if entry.meeting is None or entry.partner is None:
        return f"<tr class='break'><td class='time'>{when}</td><td colspan='3'>{esc(entry.label)}</td></tr>"
    partner = entry.partner
    country = f" · {esc(partner.country_name)}" if partner.country_name else ""
    cell = [f"<b>{esc(partner.name)}</b>{country}"]
    summary = partner.summary()
    if summary:
        cell.append(f"<span class='small'>{esc(summary)}</span>")
    contacts = partner.published_contacts
    if contacts:
        cell.append("<span class='small'>Contact: " + "; ".join(esc(c.line()) for c in contacts) + "</span>")
    table = esc(entry.meeting.table) if entry.meeting.table else "<span class='muted'>–</span>"
    return (
        f"<tr><td class='time'>{when}</td><td><b>{table}</b></td>"
        f"<td>{'<br>'.join(cell)}</td><td class='notes'>&nbsp;</td></tr>"
    )


def agenda_document(data: EventData, parties: Iterable[Party], *, generated: datetime | None = None) -> AgendaPainter:
    """The agendas of ``parties``, each starting on a new page (painted directly, see agenda_painter)."""
    return AgendaPainter(data, parties, generated=generated)


def agenda_flow_document(
    data: EventData, parties: Iterable[Party], *, generated: datetime | None = None
) -> FlowDocument:
    """The same agendas laid out as HTML by QTextDocument (slower; kept for comparison and reuse)."""
    stamp = (generated or datetime.now()).strftime("%Y-%m-%d %H:%M")
    chosen = list(parties)
    title = f"{data.name}: agenda" + (f" of {chosen[0].name}" if len(chosen) == 1 else "s")
    parts = [agenda_html(data, data.agenda(party.participation_id)) for party in chosen]
    return FlowDocument(title=title, parts=parts, footer=f"{data.name} · printed {stamp}", css=CSS)
