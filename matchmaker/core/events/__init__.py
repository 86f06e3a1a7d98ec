"""Running an event (Qt-free): setup, participants, requests, hand edits of the schedule, statistics.

Each function works in the caller's session and flushes; the caller commits, so a
refused change (a :class:`~matchmaker.core.errors.MatchmakerError`) writes nothing.
"""

from .moves import (
    Conflict,
    MoveConflict,
    Placement,
    StatusMark,
    check_move,
    mark_meeting,
    mark_participant_no_show,
    move_meeting,
    revert_marks,
    set_locked,
    undo_placement,
    unplace_meeting,
)
from .participants import (
    add_participants,
    remove_participants,
    set_availability,
    set_checked_in,
    set_delegates,
    unavailable_slot_ids,
)
from .requests import StatusChange, change_status, create_request, delete_request, revert_status, set_priority
from .setup import (
    BreakSpec,
    SessionSpec,
    add_break,
    create_event,
    format_breaks,
    get_event,
    meeting_slots,
    parse_breaks,
    session_specs,
    set_sessions,
    set_tables,
    table_names,
    update_event,
    validate_timezone,
)
from .snapshot import (
    EventSnapshot,
    MeetingInfo,
    ParticipantInfo,
    RequestInfo,
    SlotInfo,
    TableInfo,
    list_events,
    load_snapshot,
)
from .stats import EventStats, ParticipantStats, count_breaks, event_stats

__all__ = [
    "BreakSpec", "Conflict", "EventSnapshot", "EventStats", "MeetingInfo", "MoveConflict", "ParticipantInfo",
    "ParticipantStats", "Placement", "RequestInfo", "SessionSpec", "SlotInfo", "StatusChange", "StatusMark",
    "TableInfo", "add_break", "add_participants", "change_status", "check_move", "count_breaks", "create_event",
    "create_request", "delete_request", "event_stats", "format_breaks", "get_event", "list_events",
    "load_snapshot", "mark_meeting", "mark_participant_no_show", "meeting_slots", "move_meeting", "parse_breaks",
    "remove_participants", "revert_marks", "revert_status", "session_specs", "set_availability",
    "set_checked_in", "set_delegates", "set_locked", "set_priority", "set_sessions", "set_tables", "table_names",
    "unavailable_slot_ids", "undo_placement", "unplace_meeting", "update_event", "validate_timezone",
]  # fmt: skip
