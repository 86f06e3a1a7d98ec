"""Import and export of organisations and participants in the app (CSV and XLSX).

Entry points for the main window and pages:

- :func:`start_import` — ask for a file (unless given) and open the import dialog
  (columns and preview → check with problems and duplicates → import, with progress and cancel).
- :func:`start_export` — ask for a file name (unless given) and export with progress and cancel.
- :func:`install_transfer_actions` — the File menu actions (Import/Export Organisations/Participants).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from matchmaker.core.errors import MatchmakerError
from matchmaker.core.progress import Job, Progress

from .. import dialogs
from ..context import AppContext
from ..tasks import Task

# The dialog and core.tabular are imported when an import or export starts, not at start-up.
if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .dialog import ImportDialog

__all__ = ["ImportDialog", "install_transfer_actions", "start_export", "start_import"]

IMPORT_FILTER = str(QT_TRANSLATE_NOOP("", "Spreadsheets and CSV (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)"))
EXPORT_FILTERS = {
    str(QT_TRANSLATE_NOOP("", "Excel workbook (*.xlsx)")): ".xlsx",
    str(QT_TRANSLATE_NOOP("", "CSV, UTF-8 (*.csv)")): ".csv",
}
_FOLDER_KEY = "importing/folder"


def __getattr__(name: str) -> object:
    if name == "ImportDialog":
        from .dialog import ImportDialog

        return ImportDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def _folder(ctx: AppContext) -> str:
    value = ctx.settings.value(_FOLDER_KEY, "")
    return str(value) if value else str(Path.home())


def _need_event(ctx: AppContext, parent: QWidget | None, kind: str, event_id: int | None) -> int | bool | None:
    if kind != "participants":
        return None
    event_id = event_id or ctx.current_event_id
    if not event_id:
        dialogs.show_error(parent, tr("Participants"), MatchmakerError(tr("Choose an event first (toolbar: Event)")))
        return False
    return event_id


def start_import(ctx: AppContext, parent: QWidget | None, kind: str = "organisations", event_id: int | None = None,
                 path: str | Path | None = None) -> ImportDialog | None:  # fmt: skip
    """Import organisations or the participants of an event (default: the current event) from a file."""
    event = _need_event(ctx, parent, kind, event_id)
    if event is False:
        return None
    if path is None:
        title = tr("Import Participants") if kind == "participants" else tr("Import Organisations")
        chosen, _ = QFileDialog.getOpenFileName(parent, title, _folder(ctx), tr(IMPORT_FILTER))
        if not chosen:
            return None
        path = chosen
    ctx.settings.setValue(_FOLDER_KEY, str(Path(path).parent))
    from .dialog import open_import_dialog

    return open_import_dialog(ctx, str(path), parent, kind, event if isinstance(event, int) else None)


def start_export(ctx: AppContext, parent: QWidget | None, kind: str = "organisations", event_id: int | None = None,
                 path: str | Path | None = None) -> Task | None:  # fmt: skip
    """Export organisations with contacts, or an event's participants, to XLSX or CSV."""
    event = _need_event(ctx, parent, kind, event_id)
    if event is False:
        return None
    if path is None:
        name = "participants.xlsx" if kind == "participants" else "organisations.xlsx"
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            parent, tr("Export"), str(Path(_folder(ctx)) / name), ";;".join(tr(f) for f in EXPORT_FILTERS)
        )
        if not chosen:
            return None
        if Path(chosen).suffix.lower() not in (".csv", ".xlsx"):
            chosen += {tr(f): suffix for f, suffix in EXPORT_FILTERS.items()}.get(chosen_filter, ".xlsx")
        path = chosen
    target = Path(path)
    ctx.settings.setValue(_FOLDER_KEY, str(target.parent))
    progress = QProgressDialog(tr("Exporting to %s…") % target.name, tr("Cancel"), 0, 0, parent)
    progress.setObjectName("export_progress")
    progress.setWindowTitle(tr("Export"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def work() -> Job[int]:
        from matchmaker.core.tabular import export_organisations, export_participants

        with ctx.database.session() as session:
            if kind == "participants":
                return (yield from export_participants(session, target, str(event)))
            return (yield from export_organisations(session, target))

    def show(report: Progress) -> None:
        if report.total:
            progress.setMaximum(report.total)
            progress.setValue(report.done)
        progress.setLabelText(report.message)

    def done(count: int) -> None:
        progress.close()
        ctx.signals.status.emit(tr("Exported %d rows to %s") % (count, target))

    def failed(exc: BaseException) -> None:
        progress.close()
        dialogs.show_error(parent, tr("Export"), exc)

    def cancelled() -> None:
        progress.close()
        ctx.signals.status.emit(tr("Export cancelled; no file was written"))

    task = ctx.tasks.run(work, on_result=done, on_error=failed, on_progress=show, on_cancelled=cancelled)
    if not task.finished:
        progress.canceled.connect(task.cancel)
    return task


def install_transfer_actions(window: MainWindow) -> None:
    """File → Import Organisations… (Ctrl+I), Import Participants…, Export Organisations…, Export Participants…."""
    ctx = window.ctx
    menu = window.menu("file")
    specs = [
        ("import_organisations", tr("&Import Organisations…"), "Ctrl+I", "import",
         lambda: start_import(ctx, window, "organisations")),
        ("import_participants", tr("Import Pa&rticipants…"), "Ctrl+Shift+I", "import",
         lambda: start_import(ctx, window, "participants")),
        ("export_organisations", tr("&Export Organisations…"), "Ctrl+E", "export",
         lambda: start_export(ctx, window, "organisations")),
        ("export_participants", tr("Export Par&ticipants…"), "Ctrl+Shift+E", "export",
         lambda: start_export(ctx, window, "participants")),
    ]  # fmt: skip
    menu.insertSeparator(window.file_menu_tail)
    for name, text, shortcut, icon_name, slot in specs:
        action = window.add_action(name, text, shortcut=QKeySequence(shortcut), icon_name=icon_name)
        action.triggered.connect(lambda _=False, run=slot: run())
        menu.insertAction(window.file_menu_tail, action)
