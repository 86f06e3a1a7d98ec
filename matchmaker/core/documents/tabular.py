"""The master schedule as an Excel workbook (openpyxl) and as CSV, one row per meeting.

User text never becomes a formula: in XLSX such cells are stored as plain strings, in CSV
they get a leading apostrophe (the OWASP advice against CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..model import SlotKind
from ..tabular.values import neutralise
from .data import EventData, MeetingInfo, Party
from .ics import meeting_uid

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="2F4F6F")
_BREAK_FILL = PatternFill("solid", fgColor="E8E8E8")
_THIN = Side(style="thin", color="BBBBBB")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")

CSV_COLUMNS = [
    "meeting_id", "uid", "date", "start", "end", "timezone", "table", "status", "sequence",
    "requester_id", "requester", "requester_country", "invitee_id", "invitee", "invitee_country", "priority",
]  # fmt: skip


def _put(cell: Cell, value: object) -> None:
    """Set a cell; text is stored as text even when it looks like a formula."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.value = value
        cell.data_type = "s"
    else:
        cell.value = value


def _pair(data: EventData, meeting: MeetingInfo) -> str:
    one, other = data.parties[meeting.requester_id], data.parties[meeting.invitee_id]
    return f"{one.name} ({one.country}) × {other.name} ({other.country})"


def _selected(data: EventData, parties: Iterable[Party] | None) -> list[MeetingInfo]:
    if parties is None:
        return list(data.meetings)
    wanted = {party.participation_id for party in parties}
    return [m for m in data.meetings if m.requester_id in wanted or m.invitee_id in wanted]


def sheet_title(day: date) -> str:
    """'Wed 10 Oct 2018' (well under Excel's 31 characters)."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def workbook(data: EventData, parties: Iterable[Party] | None = None) -> Workbook:
    """A sheet per day (slots × tables) and a sheet of every participant's meetings."""
    book = Workbook()
    default = book.active
    meetings = _selected(data, parties)
    for day in data.days:
        _day_sheet(book.create_sheet(sheet_title(day)), data, day, [m for m in meetings if m.day == day])
    _participants_sheet(book.create_sheet("Participants"), data, meetings, parties)
    if default is not None:
        book.remove(default)
    book.properties.title = f"{data.name}: master schedule"
    book.properties.creator = "Matchmaker"
    return book


def _header(sheet: Worksheet, titles: list[str], widths: list[float]) -> None:
    for column, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        cell = sheet.cell(row=1, column=column)
        _put(cell, title)
        cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[1].height = 22


def _day_sheet(sheet: Worksheet, data: EventData, day: date, meetings: list[MeetingInfo]) -> None:
    tables = list(data.tables)
    tables += sorted({m.table for m in meetings if m.table and m.table not in tables})
    _header(sheet, ["Time", *tables], [13.0] + [30.0] * len(tables))
    column_of = {name: index for index, name in enumerate(tables, start=2)}
    at: dict[tuple[int, str], MeetingInfo] = {(m.slot_id, m.table): m for m in meetings if not m.is_cancelled}
    row = 2
    for slot in (s for s in data.slots if s.day == day):
        time_cell = sheet.cell(row=row, column=1)
        _put(time_cell, f"{slot.starts_at:%H:%M}–{slot.ends_at:%H:%M}")
        time_cell.font, time_cell.border, time_cell.alignment = Font(bold=True), _BORDER, _WRAP
        if slot.kind == SlotKind.BREAK:
            label = sheet.cell(row=row, column=2)
            _put(label, slot.label or "Break")
            label.alignment = Alignment(horizontal="center")
            for column in range(1, len(tables) + 2):
                sheet.cell(row=row, column=column).fill = _BREAK_FILL
            if tables:
                sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=len(tables) + 1)
        else:
            for table, column in column_of.items():
                cell = sheet.cell(row=row, column=column)
                cell.border, cell.alignment = _BORDER, _WRAP
                found = at.get((slot.slot_id, table))
                if found is not None:
                    _put(cell, _pair(data, found))
            sheet.row_dimensions[row].height = 30
        row += 1
    sheet.freeze_panes = "B2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"


def _participants_sheet(
    sheet: Worksheet, data: EventData, meetings: list[MeetingInfo], parties: Iterable[Party] | None
) -> None:
    titles = [
        "Participant",
        "Country",
        "Date",
        "Start",
        "End",
        "Table",
        "Partner",
        "Partner country",
        "Status",
        "Meeting",
    ]
    _header(sheet, titles, [34, 9, 12, 8, 8, 12, 34, 14, 12, 9])
    chosen = list(parties) if parties is not None else data.parties_sorted()
    wanted = {m.meeting_id for m in meetings}
    row = 2
    for party in chosen:
        for meeting in data.meetings_of(party.participation_id, cancelled=True):
            if meeting.meeting_id not in wanted:
                continue
            partner = data.parties[meeting.partner_of(party.participation_id)]
            values: list[object] = [
                party.name, party.country, meeting.starts_at.date(), meeting.starts_at.time(), meeting.ends_at.time(),
                meeting.table, partner.name, partner.country, meeting.status.value, meeting.meeting_id,
            ]  # fmt: skip
            for column, value in enumerate(values, start=1):
                _put(sheet.cell(row=row, column=column), value)
            sheet.cell(row=row, column=3).number_format = "yyyy-mm-dd"
            sheet.cell(row=row, column=4).number_format = "hh:mm"
            sheet.cell(row=row, column=5).number_format = "hh:mm"
            row += 1
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{max(row - 1, 1)}"
    sheet.print_title_rows = "1:1"


def csv_text(data: EventData, parties: Iterable[Party] | None = None) -> str:
    """One row per placed meeting (cancelled ones too, with their status), in time order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for m in _selected(data, parties):
        one, other = data.parties[m.requester_id], data.parties[m.invitee_id]
        row = [
            m.meeting_id, meeting_uid(data, m.meeting_id), m.starts_at.date().isoformat(), f"{m.starts_at:%H:%M}",
            f"{m.ends_at:%H:%M}", data.timezone, m.table, m.status.value, m.sequence, one.participation_id,
            one.name, one.country, other.participation_id, other.name, other.country, m.priority,
        ]  # fmt: skip
        writer.writerow([neutralise(value) if isinstance(value, str) else value for value in row])
    return out.getvalue()
