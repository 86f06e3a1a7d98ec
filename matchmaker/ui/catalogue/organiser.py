"""The organiser's side in the main window: File → Publish Catalogue…, Import Requests…, Open Catalogue…."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)
from sqlalchemy import select

from matchmaker.core.model import Cluster, Event
from matchmaker.core.progress import Progress

from .. import dialogs
from ..context import AppContext
from ..plain import plain

# The catalogue code (core.catalogue, the browser window) is imported when an action runs, not at start-up.
if TYPE_CHECKING:
    from matchmaker.core.catalogue import ImportReport, PublishReport

    from ..main_window import MainWindow

REQUEST_FILTER = str(QT_TRANSLATE_NOOP("", "Matchmaker requests (*.mmreq);;All files (*)"))


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """An information box (objectName ``info_box``); tests replace this function."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("info_box")
    plain(box)  # the text names the catalogue and its file: user text
    box.exec()


class PublishDialog(QDialog):
    """Choose an event or a cluster, the publisher and the file."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publish_dialog")
        self.setWindowTitle(tr("Publish Catalogue"))
        self.ctx = ctx
        with ctx.database.session() as session:
            events = [(e.id, e.name, e.organiser) for e in session.scalars(select(Event).order_by(Event.name))]
            clusters = [(c.id, c.name) for c in session.scalars(select(Cluster).order_by(Cluster.name))]
        self.for_event = QRadioButton(tr("For an event (its participants and slots)"))
        self.for_cluster = QRadioButton(tr("For a cluster (its members)"))
        group = QButtonGroup(self)
        group.addButton(self.for_event)
        group.addButton(self.for_cluster)
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("publish_event")
        self.organisers: dict[int, str] = {}
        for event_id, name, organiser in events:
            self.event_combo.addItem(name, event_id)
            self.organisers[event_id] = organiser
        current = self.event_combo.findData(ctx.current_event_id)
        self.event_combo.setCurrentIndex(max(0, current))
        self.cluster_combo = QComboBox()
        self.cluster_combo.setObjectName("publish_cluster")
        for cluster_id, name in clusters:
            self.cluster_combo.addItem(name, cluster_id)
        self.publisher = QLineEdit()
        self.publisher.setObjectName("publish_publisher")
        self.publisher.setPlaceholderText(tr("default: the event's organiser"))
        self.out = QLineEdit()
        self.out.setObjectName("publish_out")
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Publish"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.for_event)
        form.addRow(tr("Event:"), self.event_combo)
        form.addRow(self.for_cluster)
        form.addRow(tr("Cluster:"), self.cluster_combo)
        form.addRow(tr("Publisher:"), self.publisher)
        form.addRow(tr("File:"), out_row)
        form.addRow(buttons)
        self.for_event.toggled.connect(self._scope_changed)
        (self.for_event if events else self.for_cluster).setChecked(True)
        self.for_event.setEnabled(bool(events))
        self.for_cluster.setEnabled(bool(clusters))
        self._scope_changed()

    def _scope_changed(self) -> None:
        self.event_combo.setEnabled(self.for_event.isChecked())
        self.cluster_combo.setEnabled(self.for_cluster.isChecked())
        name = self.event_combo.currentText() if self.for_event.isChecked() else self.cluster_combo.currentText()
        if name and not self.out.text():
            stem = "".join(ch if ch.isalnum() else "-" for ch in name).strip("-")
            self.out.setText(str(Path.home() / f"{stem}.mmcat"))

    def _browse(self) -> None:
        from .window import CATALOGUE_FILTER

        path, _ = QFileDialog.getSaveFileName(self, tr("Publish Catalogue"), self.out.text(), tr(CATALOGUE_FILTER))
        if path:
            self.out.setText(path if path.endswith(".mmcat") else path + ".mmcat")

    def choice(self) -> tuple[int | None, int | None, str, str]:
        """(event id, cluster id, publisher, output path)."""
        if self.for_event.isChecked():
            return int(self.event_combo.currentData()), None, self.publisher.text().strip(), self.out.text().strip()
        return None, int(self.cluster_combo.currentData()), self.publisher.text().strip(), self.out.text().strip()


def publish(ctx: AppContext, parent: QWidget | None, event_id: int | None, cluster_id: int | None, publisher: str,
            out: str) -> None:  # fmt: skip
    """Publish on a worker thread; reports the result in a message box."""

    from matchmaker.core.catalogue import publish_catalogue

    def work() -> Generator[Progress, None, PublishReport]:
        with ctx.database.transaction() as session:
            event = session.get(Event, event_id) if event_id else None
            cluster = session.get(Cluster, cluster_id) if cluster_id else None
            report = yield from publish_catalogue(session, out, event=event, cluster=cluster, publisher=publisher)
        return report

    def done(report: PublishReport) -> None:
        ctx.signals.status.emit(tr("Published %s") % report.path)
        inform(
            parent,
            tr("Catalogue published"),
            tr("%s: %d organisations, %d contacts with consent (%d withheld), %d meeting slots, %.0f KiB.\n\n"
               "Send this file to the companies; they open it in Matchmaker.")
            % (report.path.name, report.organisations, report.contacts_published, report.contacts_withheld,
               report.meeting_slots, report.size_bytes / 1024),
        )  # fmt: skip

    def failed(exc: BaseException) -> None:
        dialogs.show_error(parent, tr("The catalogue was not published"), exc)

    ctx.tasks.run(work, on_result=done, on_error=failed)


def describe(report: ImportReport) -> str:
    if report.status == "unchanged":
        return tr("%s: file %d from %s was already imported; nothing changes.") % (
            Path(report.file).name, report.sequence, report.organisation)  # fmt: skip
    text = tr("%s: file %d from %s — requests: %d new, %d changed, %d withdrawn, %d kept; "
              "unavailable slots: +%d −%d; shortlist: +%d −%d.") % (
        Path(report.file).name, report.sequence, report.organisation, report.added, report.updated,
        report.withdrawn, report.kept, report.unavailable_added, report.unavailable_removed,
        report.shortlist_added, report.shortlist_removed)  # fmt: skip
    if report.skipped:
        text += " " + tr("Skipped: %s.") % "; ".join(report.skipped[:5])
    return text


def import_files(
    ctx: AppContext, parent: QWidget | None, files: list[str], *, confirm: bool = True
) -> list[ImportReport]:
    """Check every file first (a dry run), show what would change, then import on confirmation."""
    from matchmaker.core.catalogue import import_requests

    previews: list[ImportReport] = []
    for file in files:
        try:
            with ctx.database.transaction() as session:
                previews.append(import_requests(session, file, dry_run=True))
        except Exception as exc:
            dialogs.show_error(parent, tr("The request file was refused"), exc)
            return []
    summary = "\n\n".join(describe(report) for report in previews)
    if not any(report.status != "unchanged" for report in previews):
        inform(parent, tr("Import Requests"), summary)
        return previews
    if confirm and not dialogs.ask_yes_no(parent, tr("Import Requests"), tr("Import these requests?"),
                                          informative=summary):  # fmt: skip
        return []
    done: list[ImportReport] = []
    for file in files:
        try:
            with ctx.database.transaction() as session:
                done.append(import_requests(session, file))
        except Exception as exc:
            dialogs.show_error(parent, tr("The request file was refused"), exc)
            break
    ctx.signals.data_changed.emit("requests")
    ctx.signals.status.emit(tr("Imported %d request file(s)") % len(done))
    return done


def install_catalogue_actions(window: MainWindow) -> None:
    """Add the catalogue actions to the main window's File menu (before its tail separator)."""
    ctx = window.ctx
    menu = window.menu("file")
    open_action = window.add_action("open_catalogue", tr("Open &Catalogue…"), shortcut="Ctrl+Shift+O",
                                    icon_name="catalogue")  # fmt: skip
    publish_action = window.add_action("publish_catalogue", tr("&Publish Catalogue…"), icon_name="export")
    import_action = window.add_action("import_requests", tr("Import &Requests…"), icon_name="import")
    for action in (open_action, publish_action, import_action):
        menu.insertAction(window.file_menu_tail, action)

    def open_dialog() -> None:
        from .window import CATALOGUE_FILTER, open_catalogue_window

        path, _ = QFileDialog.getOpenFileName(window, tr("Open Catalogue"), "", tr(CATALOGUE_FILTER))
        if path:
            open_catalogue_window(path, ctx.settings, parent=window)

    def publish_dialog() -> None:
        dialog = PublishDialog(ctx, window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            event_id, cluster_id, publisher, out = dialog.choice()
            publish(ctx, window, event_id, cluster_id, publisher, out)

    def import_dialog() -> None:
        files, _ = QFileDialog.getOpenFileNames(window, tr("Import Requests"), "", tr(REQUEST_FILTER))
        if files:
            import_files(ctx, window, files)

    open_action.triggered.connect(open_dialog)
    publish_action.triggered.connect(publish_dialog)
    import_action.triggered.connect(import_dialog)
