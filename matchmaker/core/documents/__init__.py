"""Agendas and event documents: the data they show, iCalendar, XLSX, CSV and the event report.

Qt-free. The PDF renderings (agendas, door sheets, badges, the check-in list, the report)
live in :mod:`matchmaker.ui.documents` and use :class:`EventData` from here.
"""

from .data import (
    Agenda,
    AgendaEntry,
    Contact,
    EventData,
    MeetingInfo,
    Party,
    ensure_database_uid,
    load_event_data,
    parties_in,
)
from .jobs import ExportResult, export_csv, export_ics, export_xlsx
from .report import EventReport, build_report

__all__ = [
    "Agenda",
    "AgendaEntry",
    "Contact",
    "EventData",
    "EventReport",
    "ExportResult",
    "MeetingInfo",
    "Party",
    "build_report",
    "ensure_database_uid",
    "export_csv",
    "export_ics",
    "export_xlsx",
    "load_event_data",
    "parties_in",
]
