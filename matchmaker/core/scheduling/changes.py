"""What a new schedule changes, meeting by meeting and per participant."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .problem import Assignment, ScheduleProblem


@dataclass(frozen=True)
class MeetingChange:
    """``kind``: added, moved (slot changed), table (same slot, other table), removed (lost its place)."""

    meeting: str
    kind: str
    before: Assignment | None
    after: Assignment | None
    partners: tuple[str, ...] = ()  # labels of the participants


@dataclass(frozen=True)
class ParticipantChanges:
    participant: str
    label: str
    changes: tuple[MeetingChange, ...]

    def lines(self, slot_label: Mapping[str, str] | None = None) -> list[str]:
        """Readable lines such as 'm4 with Nordic AS: moved from s3 (table 2) to s5 (table 2)'."""
        names = slot_label or {}

        def where(a: Assignment | None) -> str:
            return "" if a is None else f"{names.get(a.slot, a.slot)} (table {a.table})"

        result = []
        for change in self.changes:
            others = [p for p in change.partners if p != self.label]
            head = f"{change.meeting} with {', '.join(others)}" if others else change.meeting
            text = {
                "added": f"new at {where(change.after)}",
                "moved": f"moved from {where(change.before)} to {where(change.after)}",
                "table": f"same time, table {change.before.table if change.before else '?'} → "
                f"{change.after.table if change.after else '?'}",
                "removed": f"no longer scheduled (was {where(change.before)})",
            }[change.kind]
            result.append(f"{head}: {text}")
        return result


def meeting_changes(
    problem: ScheduleProblem, before: Mapping[str, Assignment], after: Mapping[str, Assignment]
) -> list[MeetingChange]:
    """Every meeting of ``problem`` whose place differs between two schedules."""
    labels = {p.id: p.label for p in problem.participants}
    result = []
    for m in problem.meetings:
        old, new = before.get(m.id), after.get(m.id)
        if old == new or (old is not None and new is not None and (old.slot, old.table) == (new.slot, new.table)):
            continue
        if old is None:
            kind = "added"
        elif new is None:
            kind = "removed"
        elif old.slot != new.slot:
            kind = "moved"
        else:
            kind = "table"
        result.append(MeetingChange(m.id, kind, old, new, tuple(labels[p] for p in m.participants)))
    return result


def changes_by_participant(problem: ScheduleProblem, changes: list[MeetingChange]) -> list[ParticipantChanges]:
    """The changes grouped per participant (a meeting shows under both sides), in participant order."""
    per: dict[str, list[MeetingChange]] = {}
    for change in changes:
        for pid in problem.meeting_by_id[change.meeting].participants:
            per.setdefault(pid, []).append(change)
    return [ParticipantChanges(p.id, p.label, tuple(per[p.id])) for p in problem.participants if p.id in per]
