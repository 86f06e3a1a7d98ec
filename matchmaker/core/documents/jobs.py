"""Exports as core jobs: generators yielding Progress that return an :class:`ExportResult`.

Each file is written to a temporary name and renamed when complete, so stopping a job
(``close()``, Ctrl+C, a kill) never leaves half a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..progress import Job, Progress
from .data import EventData, Party
from .files import agenda_file_name, atomic_path, output_folder, slug, write_bytes_atomically


@dataclass
class ExportResult:
    """What an export wrote."""

    files: list[Path] = field(default_factory=list)
    participants: int = 0
    meetings: int = 0

    def describe(self) -> str:
        where = self.files[0] if len(self.files) == 1 else (self.files[0].parent if self.files else "")
        return f"{len(self.files)} file(s), {self.participants} participant(s), {self.meetings} meeting(s) in {where}"


def event_file_stem(data: EventData) -> str:
    return slug(data.name, 60)


def export_ics(data: EventData, folder: Path, parties: Iterable[Party] | None = None) -> Job[ExportResult]:
    """One .ics per participant, plus the whole event's calendar when no participant was chosen."""
    folder = output_folder(folder)
    chosen = list(parties) if parties is not None else data.parties_sorted()
    result = ExportResult(participants=len(chosen))
    total = len(chosen) + (parties is None)
    from . import ics  # icalendar and openpyxl are imported by the export that needs them, not by the app's start

    writer = ics.CalendarWriter(data)
    for done, party in enumerate(chosen):
        if done % 20 == 0:
            yield Progress(done, total, f"Calendar of {party.name}")
        target = folder / agenda_file_name(party.participation_id, party.name, ".ics")
        write_bytes_atomically(target, writer.participant_calendar(party))
        result.files.append(target)
    if parties is None:
        yield Progress(len(chosen), total, "Calendar of the whole event")
        target = folder / f"event-{event_file_stem(data)}.ics"
        write_bytes_atomically(target, writer.event_calendar())
        result.files.append(target)
    result.meetings = len({m.meeting_id for p in chosen for m in data.meetings_of(p.participation_id, cancelled=True)})
    yield Progress(total, total, "Done")
    return result


def export_xlsx(data: EventData, target: Path, parties: Iterable[Party] | None = None) -> Job[ExportResult]:
    """The master schedule workbook at ``target``."""
    chosen = list(parties) if parties is not None else None
    yield Progress(0, 2, "Building the master schedule")
    from . import tabular

    book = tabular.workbook(data, chosen)
    yield Progress(1, 2, "Saving the workbook")
    with atomic_path(target) as temporary:
        book.save(temporary)
    yield Progress(2, 2, "Done")
    return _result(data, target, chosen)


def export_csv(data: EventData, target: Path, parties: Iterable[Party] | None = None) -> Job[ExportResult]:
    """One row per meeting at ``target`` (UTF-8 with a BOM, so spreadsheets read the letters right)."""
    chosen = list(parties) if parties is not None else None
    yield Progress(0, 1, "Writing the meetings")
    from . import tabular

    write_bytes_atomically(target, tabular.csv_text(data, chosen).encode("utf-8-sig"))
    yield Progress(1, 1, "Done")
    return _result(data, target, chosen)


def _result(data: EventData, target: Path, parties: list[Party] | None) -> ExportResult:
    chosen = parties if parties is not None else list(data.parties.values())
    wanted = {party.participation_id for party in chosen}
    meetings = sum(1 for m in data.meetings if m.requester_id in wanted or m.invitee_id in wanted)
    return ExportResult(files=[Path(target)], participants=len(chosen), meetings=meetings)
