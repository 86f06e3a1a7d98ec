"""The Exports page (pytest-qt, offscreen): preview, export with progress, print, errors."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtPrintSupport import QPrinter

from matchmaker.ui import dialogs
from matchmaker.ui.app import make_context
from matchmaker.ui.context import AppContext
from matchmaker.ui.exports import PREVIEW_AGENDAS, ExportKind
from matchmaker.ui.pages.exports import ExportsPage
from matchmaker.ui.settings import app_settings

from .conftest import ScheduledDemo


@pytest.fixture
def page(qtbot, sqlite_demo: ScheduledDemo) -> ExportsPage:  # type: ignore[no-untyped-def]
    ctx: AppContext = make_context(sqlite_demo.database, app_settings(), synchronous=True)
    widget = ExportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    ctx.select_event(sqlite_demo.event_id)
    widget.activated()
    return widget


def _choose(page: ExportsPage, kind: ExportKind) -> None:
    page.kinds.setCurrentRow(list(ExportKind).index(kind))
    page.refresh_preview()


def test_preview_shows_the_chosen_document(page: ExportsPage, sqlite_demo: ScheduledDemo) -> None:
    data = sqlite_demo.data()
    assert page.participant.count() == len(data.parties) + 1
    assert page.export_button.isEnabled() and page.print_button.isEnabled()
    _choose(page, ExportKind.AGENDAS_PDF)
    assert page.right.currentWidget() is page.preview_panel
    assert page.preview.pageCount() >= PREVIEW_AGENDAS
    assert f"first {PREVIEW_AGENDAS} of {len(data.parties)}" in page.page_count.text()
    _choose(page, ExportKind.DOOR_SHEETS)
    used = {m.table for m in data.meetings}
    assert page.preview.pageCount() == len(used)
    assert not page.participant.isEnabled() and page.paper.isEnabled()
    _choose(page, ExportKind.MEETINGS_CSV)
    assert page.right.currentWidget() is page.text_view
    lines = page.text_view.toPlainText().splitlines()
    assert lines[0].startswith("meeting_id,uid,date") and len(lines) == min(120, len(data.meetings) + 1)
    assert not page.print_button.isEnabled()
    _choose(page, ExportKind.CALENDARS)
    assert "BEGIN:VCALENDAR" in page.text_view.toPlainText()
    page.participant.setCurrentIndex(page.participant.findText("Bø Sikkerhet AS (NO)"))
    page.refresh_preview()
    assert "Calendar of Bø Sikkerhet AS" in page.text_view.toPlainText()
    assert page.grab().width() > 0


def test_export_writes_files_with_progress_and_remembers_the_folder(
    page: ExportsPage, sqlite_demo: ScheduledDemo, tmp_path: Path
) -> None:
    data = sqlite_demo.data()
    seen: list[object] = []
    page.controller.progress.connect(seen.append)
    _choose(page, ExportKind.CALENDARS)
    page.export_to(tmp_path / "calendars")
    assert page.last_result is not None and len(page.last_result.files) == len(data.parties) + 1
    assert seen, "progress was reported"
    assert page.status.text().startswith("Wrote ") and page.open_folder.isVisible()
    assert not page.progress_bar.isVisible() and page.export_button.isEnabled()
    some = page.last_result.files[0]
    assert Calendar.from_ical(some.read_bytes()).walk("VEVENT")
    assert page.ctx.settings.value("exports/folder") == str(tmp_path / "calendars")
    _choose(page, ExportKind.REPORT)
    target = page.controller.default_target(page.options(), tmp_path)
    page.export_to(target)
    assert target.read_bytes().startswith(b"%PDF-") and target.name.startswith("report-")


def test_print_paints_every_agenda_onto_the_printer(
    page: ExportsPage, sqlite_demo: ScheduledDemo, tmp_path: Path
) -> None:
    data = sqlite_demo.data()
    _choose(page, ExportKind.AGENDAS_PDF)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_to(printer) == len(data.parties), "printing has every agenda, not just the preview's"
    text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True, check=True).stdout
    assert text.decode().count("Agenda of ") == len(data.parties)


def test_a_failed_export_is_shown_as_a_message(
    page: ExportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, exc: shown.append(dialogs.error_text(exc)[0]))
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    _choose(page, ExportKind.CALENDARS)
    page.export_to(blocker)
    assert shown and "is a file" in shown[0]
    assert "nothing was written" in page.status.text()
    assert page.export_button.isEnabled()
