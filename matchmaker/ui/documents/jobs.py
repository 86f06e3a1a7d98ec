"""PDF exports as jobs (generators yielding Progress), shared by the CLI and the Exports page."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from matchmaker.core.documents import EventData, ExportResult, Party
from matchmaker.core.documents.files import agenda_file_name, output_folder
from matchmaker.core.documents.jobs import event_file_stem
from matchmaker.core.progress import Job, Progress

from .agendas import agenda_document
from .badges import BadgeSheet
from .paged import Paintable, Paper, ensure_gui, write_pdf
from .report import report_document
from .sheets import checkin_document, door_sheets_document

KINDS = ("tables", "badges", "checkin", "report")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def export_agendas_pdf(
    data: EventData,
    folder: Path,
    parties: Iterable[Party] | None = None,
    *,
    combined: bool = False,
    paper: Paper = Paper.A4,
) -> Job[ExportResult]:
    """A PDF agenda per participant in ``folder``, or one combined file with a part per participant."""
    ensure_gui()
    folder = output_folder(folder)
    chosen = list(parties) if parties is not None else data.parties_sorted()
    result = ExportResult(participants=len(chosen))
    result.meetings = len({m.meeting_id for p in chosen for m in data.meetings_of(p.participation_id)})
    total = len(chosen)
    if combined:
        target = folder / f"agendas-{event_file_stem(data)}.pdf"
        for done in write_pdf(agenda_document(data, chosen), target, paper):
            if done % 10 == 0 or done == total:
                yield Progress(done, total, tr("Agenda {0} of {1}").format(done, total))
        result.files.append(target)
        return result
    for done, party in enumerate(chosen):
        if done % 5 == 0:
            yield Progress(done, total, tr("Agenda of {0}").format(party.name))
        target = folder / agenda_file_name(party.participation_id, party.name, ".pdf")
        for _ in write_pdf(agenda_document(data, [party]), target, paper):
            pass
        result.files.append(target)
    yield Progress(total, total, tr("Done"))
    return result


def document_for(kind: str, data: EventData, paper: Paper) -> Paintable:
    """The printable document of ``kind`` (tables, badges, checkin or report)."""
    ensure_gui()
    if kind == "tables":
        return door_sheets_document(data)
    if kind == "badges":
        return BadgeSheet(data, paper)
    if kind == "checkin":
        return checkin_document(data)
    if kind == "report":
        return report_document(data)
    raise ValueError(f"unknown document kind {kind!r}")


def part_count(document: Paintable) -> int | None:
    parts = getattr(document, "parts", None)
    if parts is not None:
        return len(parts)
    badges = getattr(document, "badges", None)
    per_page = getattr(document, "per_page", 1)
    return -(-len(badges) // per_page) if badges is not None else None


def export_document(kind: str, data: EventData, target: Path, paper: Paper = Paper.A4) -> Job[ExportResult]:
    """Write the ``kind`` document of the event as a PDF at ``target``."""
    yield Progress(0, None, tr("Preparing the document…"))
    document = document_for(kind, data, paper)
    total = part_count(document)
    for done in write_pdf(document, Path(target), paper):
        yield Progress(done, total, tr("Part {0}").format(done))
    active = [m for m in data.meetings if not m.is_cancelled]
    return ExportResult(files=[Path(target)], participants=len(data.parties), meetings=len(active))
