"""Reading and writing the problem and solution files (``matchmaker-schedule-problem/1``).

The JSON Schemas in ``resources/schemas/`` document the same formats; this module is the
validator that names the field and path of every problem, e.g.
``meetings[3].participants[1]: unknown participant 'p99'``.
"""

from __future__ import annotations

import itertools
import json
import math
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import ValidationFailed
from ..faults import pause_point
from .problem import (
    PROBLEM_FORMAT,
    SOLUTION_FORMAT,
    STATUSES,
    Assignment,
    ProblemMeeting,
    ProblemParticipant,
    ProblemSlot,
    ScheduleProblem,
    ScheduleSolution,
    Unscheduled,
)

MAX_TABLES = 100_000
MAX_WEIGHT = 1_000_000


class _Reader:
    """Collects the context (file name) for messages."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, message: str) -> ValidationFailed:
        where = f"{self.source}: " if self.source else ""
        return ValidationFailed(f"{where}{path}: {message}" if path else f"{where}{message}")

    def mapping(self, value: object, path: str, allowed: set[str], required: tuple[str, ...] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, f"must be an object, not {_kind(value)}")
        for key in value:
            if not isinstance(key, str) or key not in allowed:
                raise self.fail(_join(path, str(key)), f"unknown field (expected one of {', '.join(sorted(allowed))})")
        for key in required:
            if key not in value:
                raise self.fail(_join(path, key), "is required")
        return value

    def array(self, value: object, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(path, f"must be a list, not {_kind(value)}")
        return value

    def text(self, value: object, path: str, *, max_length: int = 200) -> str:
        if not isinstance(value, str):
            raise self.fail(path, f"must be a string, not {_kind(value)}")
        if not value.strip():
            raise self.fail(path, "must not be empty")
        if len(value) > max_length or "\x00" in value:
            raise self.fail(path, f"must be at most {max_length} characters without NUL")
        return value

    def optional_text(self, value: object, path: str) -> str | None:
        return None if value is None else self.text(value, path)

    def integer(self, value: object, path: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer() and math.isfinite(value):
                value = int(value)
            else:
                raise self.fail(path, f"must be a whole number, not {_kind(value)}")
        if not low <= value <= high:
            raise self.fail(path, f"must be between {low} and {high}, not {value}")
        return value

    def time(self, value: object, path: str) -> datetime | None:
        if value is None:
            return None
        text = self.text(value, path, max_length=40)
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise self.fail(path, f"'{text}' is not a date and time like 2018-10-11T09:00") from None
        if moment.tzinfo is not None:
            raise self.fail(path, f"'{text}': give the event's local time without a time zone")
        return moment

    def ids(self, value: object, path: str) -> list[str]:
        items = self.array(value, path)
        return [self.text(item, f"{path}[{index}]") for index, item in enumerate(items)]


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: object) -> str:
    if value is None:
        return "null"
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def parse_problem(data: object, *, source: str = "") -> ScheduleProblem:
    """Validate a decoded problem document; raises ValidationFailed naming the path of the first problem."""
    r = _Reader(source)
    doc = r.mapping(
        data, "", {"format", "slots", "tables", "participants", "meetings", "objective"}, ("format", "slots", "tables")
    )
    if doc["format"] != PROBLEM_FORMAT:
        raise r.fail("format", f"must be '{PROBLEM_FORMAT}', not {json.dumps(doc['format'])[:60]}")
    slots = _parse_slots(r, doc["slots"])
    tables, numbered = _parse_tables(r, doc["tables"])
    slot_ids = {slot.id for slot in slots}
    participants = _parse_participants(r, doc.get("participants", []), slot_ids, set(tables))
    meetings = _parse_meetings(r, doc.get("meetings", []), slots, participants, set(tables))
    fairness = None
    if doc.get("objective") is not None:
        objective = r.mapping(doc["objective"], "objective", {"fairness"})
        if objective.get("fairness") is not None:
            fairness = r.integer(objective["fairness"], "objective.fairness", 0, 10_000)
    return ScheduleProblem(tuple(slots), tables, tuple(participants), tuple(meetings), fairness, numbered)


def _parse_slots(r: _Reader, value: object) -> list[ProblemSlot]:
    items = r.array(value, "slots")
    if not items:
        raise r.fail("slots", "must list at least one slot")
    slots: list[ProblemSlot] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        path = f"slots[{index}]"
        fields = r.mapping(item, path, {"id", "start", "end", "session", "label"}, ("id",))
        slot_id = r.text(fields["id"], f"{path}.id")
        if slot_id in seen:
            raise r.fail(f"{path}.id", f"'{slot_id}' is also the id of slots[{seen[slot_id]}]")
        seen[slot_id] = index
        start, end = r.time(fields.get("start"), f"{path}.start"), r.time(fields.get("end"), f"{path}.end")
        if start is not None and end is not None and end <= start:
            raise r.fail(f"{path}.end", "must be after start")
        session = r.optional_text(fields.get("session"), f"{path}.session") or ""
        slots.append(ProblemSlot(slot_id, start, end, session))
    timed = [slot.start is not None for slot in slots]
    if any(timed) and not all(timed):
        missing = timed.index(False) if timed[0] else timed.index(True)
        raise r.fail(f"slots[{missing}].start", "give a start time to every slot or to none")
    if all(timed):
        order = sorted(range(len(slots)), key=lambda i: (slots[i].start, i))
        for before, after in itertools.pairwise(order):
            a, b = slots[before], slots[after]
            assert a.start is not None and b.start is not None
            if b.start < (a.end or a.start) or b.start == a.start:
                raise r.fail(f"slots[{after}]", f"overlaps slots[{before}] ('{a.id}')")
        slots = [slots[i] for i in order]
    finished: set[str] = set()
    for index, slot in enumerate(slots):
        previous = slots[index - 1].session if index else None
        if slot.session != previous:
            if slot.session in finished:
                raise r.fail(
                    f"slots[{seen[slot.id]}].session",
                    f"session '{slot.session}' is interrupted by another session; its slots must be consecutive",
                )
            if previous is not None:
                finished.add(previous)
    return slots


def _parse_tables(r: _Reader, value: object) -> tuple[tuple[str, ...], bool]:
    if isinstance(value, list):
        names = [r.text(item, f"tables[{index}]", max_length=40) for index, item in enumerate(value)]
        if not names:
            raise r.fail("tables", "must name at least one table")
        seen: dict[str, int] = {}
        for index, name in enumerate(names):
            if name in seen:
                raise r.fail(f"tables[{index}]", f"'{name}' is also tables[{seen[name]}]")
            seen[name] = index
        return tuple(names), False
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise r.fail("tables", f"must be a number of tables or a list of table names, not {_kind(value)}")
    count = r.integer(value, "tables", 1, MAX_TABLES)
    return tuple(str(number) for number in range(1, count + 1)), True


def _parse_participants(r: _Reader, value: object, slot_ids: set[str], tables: set[str]) -> list[ProblemParticipant]:
    result: list[ProblemParticipant] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(r.array(value, "participants")):
        path = f"participants[{index}]"
        fields = r.mapping(item, path, {"id", "name", "delegates", "unavailable", "table"}, ("id",))
        pid = r.text(fields["id"], f"{path}.id")
        if pid in seen:
            raise r.fail(f"{path}.id", f"'{pid}' is also the id of participants[{seen[pid]}]")
        seen[pid] = index
        name = fields.get("name")
        if name is not None and not isinstance(name, str):
            raise r.fail(f"{path}.name", f"must be a string, not {_kind(name)}")
        delegates = (
            1 if fields.get("delegates") is None else r.integer(fields["delegates"], f"{path}.delegates", 1, 1000)
        )
        unavailable = r.ids(fields.get("unavailable") or [], f"{path}.unavailable")
        for position, slot in enumerate(unavailable):
            if slot not in slot_ids:
                raise r.fail(f"{path}.unavailable[{position}]", f"unknown slot '{slot}'")
        table = r.optional_text(fields.get("table"), f"{path}.table")
        if table is not None and table not in tables:
            raise r.fail(f"{path}.table", f"unknown table '{table}'")
        result.append(ProblemParticipant(pid, (name or "")[:200], delegates, frozenset(unavailable), table))
    return result


def _parse_meetings(
    r: _Reader,
    value: object,
    slots: list[ProblemSlot],
    participants: list[ProblemParticipant],
    tables: set[str],
) -> list[ProblemMeeting]:
    people = {p.id for p in participants}
    slot_ids = {slot.id for slot in slots}
    sessions = {slot.session for slot in slots}
    items = r.array(value, "meetings")
    allowed = {"id", "participants", "priority", "sessions", "fixed_slot", "after", "fixed_table", "locked"}
    result: list[ProblemMeeting] = []
    seen: dict[str, int] = {}
    pending_after: list[tuple[int, list[str]]] = []
    for index, item in enumerate(items):
        path = f"meetings[{index}]"
        fields = r.mapping(item, path, allowed, ("id", "participants"))
        mid = r.text(fields["id"], f"{path}.id")
        if mid in seen:
            raise r.fail(f"{path}.id", f"'{mid}' is also the id of meetings[{seen[mid]}]")
        seen[mid] = index
        members = r.ids(fields["participants"], f"{path}.participants")
        if len(members) < 2:
            raise r.fail(f"{path}.participants", "a meeting needs two participants")
        for position, pid in enumerate(members):
            if pid not in people:
                raise r.fail(f"{path}.participants[{position}]", f"unknown participant '{pid}'")
            if pid in members[:position]:
                raise r.fail(f"{path}.participants[{position}]", f"a meeting with itself ('{pid}' is listed twice)")
        priority = (
            1 if fields.get("priority") is None else r.integer(fields["priority"], f"{path}.priority", 1, MAX_WEIGHT)
        )
        allowed_sessions = None
        if fields.get("sessions") is not None:
            codes = r.array(fields["sessions"], f"{path}.sessions")
            allowed_sessions = frozenset(
                _known(r, code, f"{path}.sessions[{position}]", sessions, "session")
                for position, code in enumerate(codes)
            )
        fixed_slot = r.optional_text(fields.get("fixed_slot"), f"{path}.fixed_slot")
        if fixed_slot is not None and fixed_slot not in slot_ids:
            raise r.fail(f"{path}.fixed_slot", f"unknown slot '{fixed_slot}'")
        fixed_table = r.optional_text(fields.get("fixed_table"), f"{path}.fixed_table")
        if fixed_table is not None and fixed_table not in tables:
            raise r.fail(f"{path}.fixed_table", f"unknown table '{fixed_table}'")
        locked = fields.get("locked", False)
        if not isinstance(locked, bool):
            raise r.fail(f"{path}.locked", f"must be true or false, not {_kind(locked)}")
        if locked and (fixed_slot is None or fixed_table is None):
            raise r.fail(f"{path}.locked", "a locked meeting needs a fixed_slot and a fixed_table")
        after = r.ids(fields.get("after") or [], f"{path}.after")
        pending_after.append((index, after))
        result.append(
            ProblemMeeting(
                mid, tuple(members), priority, allowed_sessions, fixed_slot, tuple(after), fixed_table, locked
            )
        )
    for index, after in pending_after:
        for position, other in enumerate(after):
            if other not in seen:
                raise r.fail(f"meetings[{index}].after[{position}]", f"unknown meeting '{other}'")
            if other == result[index].id:
                raise r.fail(f"meetings[{index}].after[{position}]", "a meeting cannot come after itself")
    return result


def _known(r: _Reader, value: object, path: str, known: set[str], what: str) -> str:
    text = r.text(value, path)
    if text not in known:
        raise r.fail(path, f"unknown {what} '{text}'")
    return text


def load_problem(path: Path) -> ScheduleProblem:
    """Read and validate a problem file."""
    return parse_problem(_read_json(path), source=str(path))


def _read_json(path: Path) -> object:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationFailed(f"Cannot read {path}: {exc.strerror or exc}") from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ValidationFailed(f"{path}: not a UTF-8 text file") from None
    except json.JSONDecodeError as exc:
        raise ValidationFailed(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise ValidationFailed(f"{path}: nested too deeply") from None


def problem_to_dict(problem: ScheduleProblem) -> dict[str, Any]:
    """The problem as a JSON-ready document; optional fields with default values are left out."""
    slots = []
    for slot in problem.slots:
        item: dict[str, Any] = {"id": slot.id}
        if slot.start is not None:
            item["start"] = slot.start.isoformat(timespec="minutes")
        if slot.end is not None:
            item["end"] = slot.end.isoformat(timespec="minutes")
        if slot.session:
            item["session"] = slot.session
        slots.append(item)
    participants = []
    for p in problem.participants:
        entry: dict[str, Any] = {"id": p.id}
        if p.name:
            entry["name"] = p.name
        entry["delegates"] = p.delegates
        if p.unavailable:
            entry["unavailable"] = [s.id for s in problem.slots if s.id in p.unavailable]
        if p.table is not None:
            entry["table"] = p.table
        participants.append(entry)
    meetings = []
    for m in problem.meetings:
        meeting: dict[str, Any] = {"id": m.id, "participants": list(m.participants), "priority": m.priority}
        if m.sessions is not None:
            meeting["sessions"] = sorted(m.sessions)
        if m.fixed_slot is not None:
            meeting["fixed_slot"] = m.fixed_slot
        if m.fixed_table is not None:
            meeting["fixed_table"] = m.fixed_table
        if m.locked:
            meeting["locked"] = True
        if m.after:
            meeting["after"] = list(m.after)
        meetings.append(meeting)
    return {
        "format": PROBLEM_FORMAT,
        "slots": slots,
        "tables": len(problem.tables) if problem.tables_numbered else list(problem.tables),
        "participants": participants,
        "meetings": meetings,
        "objective": {"fairness": problem.fairness},
    }


def solution_to_dict(solution: ScheduleSolution) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": SOLUTION_FORMAT,
        "status": solution.status,
        "assignments": [{"meeting": a.meeting, "slot": a.slot, "table": a.table} for a in solution.assignments],
        "unscheduled": [{"meeting": u.meeting, "reason": u.reason} for u in solution.unscheduled],
        "breaks": solution.breaks,
        "breaks_bound": solution.breaks_bound,
        "weight": solution.weight,
        "weight_bound": solution.weight_bound,
        "seconds": round(solution.seconds, 3),
    }
    if solution.first_solution_seconds is not None:
        doc["first_solution_seconds"] = round(solution.first_solution_seconds, 3)
    if solution.moved is not None:
        doc["moved"] = solution.moved
    return doc


def parse_solution(
    data: object, problem: ScheduleProblem, *, source: str = "", earlier: bool = False
) -> ScheduleSolution:
    """Validate a solution document against its problem (ids only; constraints are the checker's job).

    ``earlier``: the solution of a previous version of the problem, to repair. Meetings no longer in
    the problem (cancelled) are dropped; slots and tables that are gone are kept, so they count as moves.
    """
    r = _Reader(source)
    allowed = {
        "format", "status", "assignments", "unscheduled", "breaks", "breaks_bound", "weight", "weight_bound",
        "seconds", "first_solution_seconds", "moved",
    }  # fmt: skip
    doc = r.mapping(data, "", allowed, ("format", "status", "assignments"))
    if doc["format"] != SOLUTION_FORMAT:
        raise r.fail("format", f"must be '{SOLUTION_FORMAT}'")
    status = doc["status"]
    if status not in STATUSES:
        raise r.fail("status", f"must be one of {', '.join(STATUSES)}")
    assignments = []
    seen: set[str] = set()
    for index, item in enumerate(r.array(doc["assignments"], "assignments")):
        path = f"assignments[{index}]"
        fields = r.mapping(item, path, {"meeting", "slot", "table"}, ("meeting", "slot", "table"))
        if earlier:
            meeting = r.text(fields["meeting"], f"{path}.meeting")
            slot = r.text(fields["slot"], f"{path}.slot")
            table = r.text(fields["table"], f"{path}.table", max_length=40)
        else:
            meeting = _known(r, fields["meeting"], f"{path}.meeting", set(problem.meeting_by_id), "meeting")
            slot = _known(r, fields["slot"], f"{path}.slot", set(problem.slot_index), "slot")
            table = _known(r, fields["table"], f"{path}.table", set(problem.tables), "table")
        if meeting in seen:
            raise r.fail(f"{path}.meeting", f"'{meeting}' is assigned twice")
        seen.add(meeting)
        if earlier and meeting not in problem.meeting_by_id:
            continue
        assignments.append(Assignment(meeting, slot, table))
    unscheduled = []
    for index, item in enumerate(r.array(doc.get("unscheduled", []), "unscheduled")):
        path = f"unscheduled[{index}]"
        fields = r.mapping(item, path, {"meeting", "reason"}, ("meeting",))
        meeting = r.text(fields["meeting"], f"{path}.meeting")
        if meeting not in problem.meeting_by_id:
            if earlier:
                continue
            raise r.fail(f"{path}.meeting", f"unknown meeting '{meeting}'")
        reason = fields.get("reason", "")
        unscheduled.append(Unscheduled(meeting, reason if isinstance(reason, str) else ""))

    def number(key: str) -> int:
        return 0 if doc.get(key) is None else r.integer(doc[key], key, 0, 2**53)

    def seconds(key: str) -> float | None:
        value = doc.get(key)
        return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None

    return ScheduleSolution(
        status,
        tuple(assignments),
        tuple(unscheduled),
        number("breaks"),
        number("breaks_bound"),
        number("weight"),
        number("weight_bound"),
        seconds("seconds") or 0.0,
        first_solution_seconds=seconds("first_solution_seconds"),
        moved=None if doc.get("moved") is None else number("moved"),
    )


def load_solution(path: Path, problem: ScheduleProblem, *, earlier: bool = False) -> ScheduleSolution:
    return parse_solution(_read_json(path), problem, source=str(path), earlier=earlier)


def write_json(path: Path, document: dict[str, Any]) -> None:
    """Write ``document`` atomically: a partial file never replaces a good one."""
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        pause_point("export.rename")  # test-only: see matchmaker.core.faults
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ValidationFailed(f"Cannot write {path}: {exc.strerror or exc}") from None
