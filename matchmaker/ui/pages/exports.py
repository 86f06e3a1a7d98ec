"""The Exports page: choose a document, see it, print it or write it to files, with progress."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core.documents import ExportResult
from matchmaker.core.progress import Progress
from matchmaker.ui import dialogs
from matchmaker.ui.context import AppContext
from matchmaker.ui.documents import Paper, ensure_gui
from matchmaker.ui.exports import PREVIEW_AGENDAS, ExportKind, ExportOptions, ExportsController
from matchmaker.ui.pages import Page, register_page

_REFRESH_ON = ("all", "events", "meetings", "schedule", "participants", "organisations", "requests")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


@register_page
class ExportsPage(Page):
    """Left: what to export and how; right: a print preview (PDF kinds) or a text look at the file."""

    page_id = "exports"
    title = QT_TRANSLATE_NOOP("Page", "Exports")  # type: ignore[assignment]
    icon_name = "exports"
    order = 80

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        ensure_gui()
        self.controller = ExportsController(ctx, self)
        self.last_result: ExportResult | None = None
        self._build()
        self.controller.data_ready.connect(self._data_ready)
        self.controller.progress.connect(self._progress)
        self.controller.finished.connect(self._finished)
        self.controller.failed.connect(self._failed)
        self.controller.cancelled.connect(self._cancelled)
        self.controller.busy_changed.connect(self._busy)
        ctx.signals.event_selected.connect(lambda _id: self._mark_stale())
        ctx.signals.data_changed.connect(lambda what: self._mark_stale() if what in _REFRESH_ON else None)
        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self.refresh_preview)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.kinds = QListWidget()
        self.kinds.setObjectName("export_kinds")
        for kind in ExportKind:
            item = QListWidgetItem(kind.label)
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            self.kinds.addItem(item)
        self.kinds.setCurrentRow(0)
        self.kinds.currentRowChanged.connect(self._options_changed)
        rows = self.kinds.sizeHintForRow(0) * self.kinds.count() + 2 * self.kinds.frameWidth() + 4
        self.kinds.setFixedHeight(rows)
        self.description = QLabel()
        self.description.setObjectName("export_description")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)

        self.participant = QComboBox()
        self.participant.setObjectName("export_participant")
        self.participant.setMinimumContentsLength(24)
        self.participant.currentIndexChanged.connect(self._options_changed)
        self.combined = QCheckBox(tr("One combined file (a new page per participant)"))
        self.combined.setObjectName("export_combined")
        self.combined.toggled.connect(self._options_changed)
        self.paper = QComboBox()
        self.paper.setObjectName("export_paper")
        for paper, label in ((Paper.A4, "A4"), (Paper.LETTER, "Letter"), (Paper.A6, tr("A6 (one badge a page)"))):
            self.paper.addItem(label, paper.value)
        saved = str(self.ctx.settings.value("exports/paper", Paper.A4.value))
        self.paper.setCurrentIndex(max(0, self.paper.findData(saved)))
        self.paper.currentIndexChanged.connect(self._options_changed)
        form = QFormLayout()
        form.addRow(tr("Participant:"), self.participant)
        form.addRow("", self.combined)
        form.addRow(tr("Paper:"), self.paper)

        self.export_button = QPushButton(tr("&Export…"))
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_and_export)
        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.setObjectName("print_button")
        self.print_button.clicked.connect(self.print_with_dialog)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.controller.cancel)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.print_button, self.cancel_button):
            buttons.addWidget(button)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("export_progress")
        self.progress_bar.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.open_folder = QPushButton(tr("Open &Folder"))
        self.open_folder.setObjectName("open_folder_button")
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(self._open_folder)

        left = QWidget()
        column = QVBoxLayout(left)
        heading = QLabel(tr("Document"))
        heading.setFont(QFont(heading.font().family(), -1, QFont.Weight.Bold))
        column.addWidget(heading)
        column.addWidget(self.kinds)
        column.addWidget(self.description)
        column.addSpacing(6)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.progress_bar)
        column.addWidget(self.status)
        column.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)

        self.preview_printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        self.preview = QPrintPreviewWidget(self.preview_printer)
        self.preview.setObjectName("export_preview")
        self.preview.paintRequested.connect(self._paint_preview)
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("export_text_preview")
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_view.setFont(QFont("DejaVu Sans Mono", 9))
        self.empty = QLabel(tr("Choose an event in the toolbar to export its agendas and documents."))
        self.empty.setObjectName("export_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        zoom = QHBoxLayout()
        for name, text, slot in (
            ("zoom_out", tr("Zoom Out"), self.preview.zoomOut),
            ("zoom_in", tr("Zoom In"), self.preview.zoomIn),
            ("fit_width", tr("Fit Width"), self.preview.fitToWidth),
            ("whole_page", tr("Whole Page"), self.preview.fitInView),
        ):
            button = QPushButton(text)
            button.setObjectName(f"preview_{name}")
            button.clicked.connect(lambda _=False, s=slot: s())
            zoom.addWidget(button)
        zoom.addStretch(1)
        self.page_count = QLabel()
        self.page_count.setObjectName("preview_pages")
        zoom.addWidget(self.page_count)
        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        pages_layout.setContentsMargins(0, 0, 0, 0)
        pages_layout.addLayout(zoom)
        pages_layout.addWidget(self.preview, 1)
        self.preview_panel = pages
        self.right = QStackedWidget()
        for widget in (self.empty, pages, self.text_view):
            self.right.addWidget(widget)

        self.splitter = QSplitter()
        self.splitter.setObjectName("exports_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 800])
        state = self.ctx.settings.value("exports/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        QVBoxLayout(self).addWidget(self.splitter)
        QShortcut(QKeySequence("Ctrl+E"), self, self.choose_and_export)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_with_dialog)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.controller.cancel)
        self._sync_controls()

    # ------------------------------------------------------------------ state
    def options(self) -> ExportOptions:
        kind = ExportKind(self.kinds.currentItem().data(Qt.ItemDataRole.UserRole))
        data = self.participant.currentData()
        return ExportOptions(
            kind=kind,
            participant_id=int(data) if data else None,
            combined=self.combined.isChecked(),
            paper=Paper(self.paper.currentData()),
        )

    def activated(self) -> None:
        if self.controller.stale:
            self.controller.load()

    def save_state(self) -> None:
        self.ctx.settings.setValue("exports/splitter", self.splitter.saveState())
        self.ctx.settings.setValue("exports/paper", self.paper.currentData())

    def _mark_stale(self) -> None:
        self.controller.stale = True
        if self.isVisible():
            self.controller.load()

    def _data_ready(self) -> None:
        current = self.participant.currentData()
        self.participant.blockSignals(True)
        self.participant.clear()
        self.participant.addItem(tr("All participants"), 0)
        for participation_id, label in self.controller.participants():
            self.participant.addItem(label, participation_id)
        self.participant.setCurrentIndex(max(0, self.participant.findData(current)))
        self.participant.blockSignals(False)
        self._options_changed()

    def _sync_controls(self) -> None:
        options = self.options()
        self.description.setText(options.kind.description)
        has_data = self.controller.data is not None
        busy = self.controller.busy
        self.participant.setEnabled(has_data and options.kind.per_participant)
        self.combined.setEnabled(options.kind == ExportKind.AGENDAS_PDF and options.participant_id is None)
        self.paper.setEnabled(options.kind.is_pdf)
        a6 = self.paper.model().item(2)  # type: ignore[attr-defined]
        if a6 is not None:
            a6.setEnabled(options.kind == ExportKind.BADGES)
        self.export_button.setEnabled(has_data and not busy)
        self.print_button.setEnabled(has_data and not busy and options.kind.is_pdf)
        self.cancel_button.setEnabled(busy)

    def _options_changed(self, *_: object) -> None:
        self._sync_controls()
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Show the current choice: pages for PDF kinds, the file's text for the others."""
        options = self.options()
        if self.controller.data is None:
            self.right.setCurrentWidget(self.empty)
            return
        if options.kind.is_pdf:
            self.right.setCurrentWidget(self.preview_panel)
            self.preview.updatePreview()
            note = ""
            if options.kind == ExportKind.AGENDAS_PDF and options.participant_id is None:
                total = len(self.controller.data.parties)
                if total > PREVIEW_AGENDAS:
                    note = tr("previewing the first %d of %d agendas · ") % (PREVIEW_AGENDAS, total)
            self.page_count.setText(note + tr("%d page(s)") % self.preview.pageCount())
        else:
            self.text_view.setPlainText(self.controller.text_preview(options))
            self.right.setCurrentWidget(self.text_view)

    def _paint_preview(self, printer: QPrinter) -> None:
        options = self.options()
        document = self.controller.preview_document(options)
        if document is not None:
            self.controller.paint(document, printer, options)

    # ------------------------------------------------------------------ actions
    def _start_folder(self) -> Path:
        saved = self.ctx.settings.value("exports/folder")
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents or Path.home())

    def choose_and_export(self) -> None:
        """Ask where to write (a folder for agendas and calendars, else a file), then export."""
        if self.controller.data is None or self.controller.busy:
            return
        options = self.options()
        start = self._start_folder()
        if options.kind.writes_folder and not (options.kind == ExportKind.AGENDAS_PDF and options.combined):
            chosen = QFileDialog.getExistingDirectory(self, tr("Export Into Folder"), str(start))
            if not chosen:
                return
            target = Path(chosen)
        elif options.kind.writes_folder:
            chosen = QFileDialog.getExistingDirectory(self, tr("Export Combined Agendas Into Folder"), str(start))
            if not chosen:
                return
            target = Path(chosen)
        else:
            suggestion = self.controller.default_target(options, start)
            filters = {".pdf": tr("PDF files (*.pdf)"), ".xlsx": tr("Excel workbooks (*.xlsx)"),
                       ".csv": tr("CSV files (*.csv)")}  # fmt: skip
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("Export"), str(suggestion), filters.get(suggestion.suffix, "")
            )
            if not chosen:
                return
            target = Path(chosen)
        self.export_to(target)

    def export_to(self, target: Path) -> None:
        """Export the current choice to ``target`` (a folder or a file) with progress."""
        folder = target if target.is_dir() or self.options().kind.writes_folder else target.parent
        self.ctx.settings.setValue("exports/folder", str(folder))
        self.status.setText(tr("Exporting…"))
        self.open_folder.setVisible(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.controller.export(self.options(), target)

    def print_with_dialog(self) -> None:
        """Print the current PDF-kind document through the system print dialog."""
        options = self.options()
        if not options.kind.is_pdf or self.controller.data is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("print_dialog")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint the whole document onto ``printer``; returns the number of parts printed."""
        options = self.options()
        document = self.controller.print_document(options)
        if document is None:
            return 0
        try:
            parts = self.controller.paint(document, printer, options)
        except OSError as exc:
            dialogs.show_error(self, tr("Print"), exc)
            return 0
        self.ctx.signals.status.emit(tr("Sent %s to the printer.") % options.kind.label)
        return parts

    # ------------------------------------------------------------------ job outcome
    def _busy(self, busy: bool) -> None:
        self._sync_controls()
        if not busy:
            self.progress_bar.setVisible(False)

    def _progress(self, progress: Progress) -> None:
        if progress.total:
            self.progress_bar.setRange(0, progress.total)
            self.progress_bar.setValue(progress.done)
        self.status.setText(progress.message)

    def _finished(self, result: ExportResult) -> None:
        self.last_result = result
        text = tr("Wrote %s.") % result.describe()
        self.status.setText(text)
        self.open_folder.setVisible(bool(result.files))
        self.ctx.signals.status.emit(text)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(tr("The export failed; nothing was written."))
        dialogs.show_error(self, tr("Export"), exc)

    def _cancelled(self) -> None:
        self.status.setText(tr("Cancelled; no half-written file was left."))

    def _open_folder(self) -> None:
        if self.last_result and self.last_result.files:
            first = self.last_result.files[0]
            folder = first if first.is_dir() else first.parent
            if "PYTEST_CURRENT_TEST" not in os.environ:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
