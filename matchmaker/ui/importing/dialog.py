"""The import dialog: columns and preview, then the check (problems and duplicates), then the import.

Views hold layout; :class:`~.controller.ImportController` holds the logic.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core.errors import Cancelled, MatchmakerError
from matchmaker.core.progress import Progress
from matchmaker.core.tabular import ENCODINGS, ImportPlan, ImportReport, Issue
from matchmaker.core.tabular.columns import REQUIRED_FIELDS

from .. import dialogs
from ..context import AppContext
from ..models.proxy import FilterSortProxy
from .controller import ImportController
from .models import DuplicateModel, IssueModel, MappingModel, PreviewModel, field_title

AnyIndex = QModelIndex | QPersistentModelIndex
_ENCODING_TITLES = {
    "auto": str(QT_TRANSLATE_NOOP("", "Detect")),
    "utf-8": "UTF-8",
    "utf-8-sig": str(QT_TRANSLATE_NOOP("", "UTF-8 with BOM")),
    "utf-16": "UTF-16",
    "cp1257": str(QT_TRANSLATE_NOOP("", "Baltic (cp1257)")),
    "cp1250": str(QT_TRANSLATE_NOOP("", "Central European (cp1250)")),
    "cp1252": str(QT_TRANSLATE_NOOP("", "Western (cp1252)")),
}
_DELIMITERS = {
    ",": str(QT_TRANSLATE_NOOP("", "commas")),
    ";": str(QT_TRANSLATE_NOOP("", "semicolons")),
    "\t": str(QT_TRANSLATE_NOOP("", "tabs")),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of (value, title) choices; the model's EditRole holds the value."""

    def __init__(self, choices: list[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("choice_editor")
        for value, title in self.choices:
            combo.addItem(title, value)
        combo.activated.connect(lambda _=0: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _table_view(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setHighlightSections(False)
    view.setWordWrap(False)
    return view


class ImportDialog(QDialog):
    """Three steps on one dialog: Columns → Check → Import."""

    def __init__(self, controller: ImportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("import_dialog")
        what = tr("Participants") if controller.kind == "participants" else tr("Organisations")
        self.setWindowTitle(tr("Import %s — %s") % (what, controller.path.name))
        self.resize(1100, 680)
        self.mapping_model: MappingModel | None = None
        self.preview_model: PreviewModel | None = None
        self.duplicate_model: DuplicateModel | None = None
        self.issue_model = IssueModel(self)
        self._build()
        controller.loaded.connect(self._loaded)
        controller.previewed.connect(self._previewed)
        controller.checked.connect(self._checked)
        controller.progress.connect(self._progress)
        controller.finished.connect(self._finished)
        controller.failed.connect(self._failed)
        controller.cancelled.connect(self._cancelled)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.steps = QLabel()
        self.steps.setObjectName("import_steps")
        self.stack = QStackedWidget()
        self.stack.addWidget(self._columns_page())
        self.stack.addWidget(self._check_page())
        self.stack.addWidget(self._run_page())
        self.back_button = QPushButton(tr("< &Back"))
        self.back_button.setObjectName("import_back")
        self.next_button = QPushButton(tr("&Check File >"))
        self.next_button.setObjectName("import_next")
        self.next_button.setDefault(True)
        self.import_button = QPushButton(tr("&Import"))
        self.import_button.setObjectName("import_run")
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("import_cancel")
        self.back_button.clicked.connect(lambda: self._go(0))
        self.next_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._go(0)

    def _columns_page(self) -> QWidget:
        page = QWidget()
        self.source_label = QLabel()
        self.source_label.setObjectName("import_source")
        self.source_label.setWordWrap(True)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("import_sheet")
        self.sheet_combo.activated.connect(lambda _=0: self.controller.load(sheet=self.sheet_combo.currentText()))
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("import_encoding")
        for name in ENCODINGS:
            self.encoding_combo.addItem(tr(_ENCODING_TITLES.get(name, name)), name)
        self.encoding_combo.activated.connect(self._encoding_chosen)
        self.sheet_label, self.encoding_label = QLabel(tr("&Sheet:")), QLabel(tr("&Encoding:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.encoding_label.setBuddy(self.encoding_combo)
        options = QHBoxLayout()
        options.addWidget(self.source_label, 1)
        for widget in (self.sheet_label, self.sheet_combo, self.encoding_label, self.encoding_combo):
            options.addWidget(widget)
        self.mapping_view = _table_view("import_mapping")
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        choices = [("", field_title(""))] + [(name, field_title(name)) for name in self.controller.fields]
        self.mapping_view.setItemDelegateForColumn(MappingModel.FIELD, ChoiceDelegate(choices, self.mapping_view))
        self.preview_view = _table_view("import_preview")
        self.preview_view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter()
        splitter.addWidget(self._titled(tr("Columns"), self.mapping_view))
        splitter.addWidget(self._titled(tr("Preview of the first rows (problems highlighted; point at a cell for "
                                           "details)"), self.preview_view))  # fmt: skip
        splitter.setSizes([470, 630])
        self.mapping_message = QLabel()
        self.mapping_message.setObjectName("import_mapping_message")
        self.mapping_message.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(options)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.mapping_message)
        return page

    def _check_page(self) -> QWidget:
        page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("import_summary")
        self.summary_label.setWordWrap(True)
        self.issue_proxy = FilterSortProxy(self)
        self.issue_proxy.setSourceModel(self.issue_model)
        self.issue_view = _table_view("import_issues")
        self.issue_view.setModel(self.issue_proxy)
        self.issue_view.setSortingEnabled(True)
        self.issue_view.horizontalHeader().setStretchLastSection(True)
        self.duplicate_view = _table_view("import_duplicates")
        self.duplicate_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        actions = [("update", tr("Update the existing one")), ("skip", tr("Skip this row")),
                   ("create", tr("Create a new organisation"))]  # fmt: skip
        self.duplicate_view.setItemDelegateForColumn(
            DuplicateModel.ACTION, ChoiceDelegate(actions, self.duplicate_view)
        )
        self.same_combo, self.similar_combo = QComboBox(), QComboBox()
        self.same_combo.setObjectName("import_on_duplicate")
        self.similar_combo.setObjectName("import_on_similar")
        for combo, default in ((self.same_combo, "update"), (self.similar_combo, "create")):
            for value, title in actions:
                combo.addItem(title, value)
            combo.setCurrentIndex(combo.findData(default))
            combo.activated.connect(self._policies_changed)
        policies = QHBoxLayout()
        policies.addWidget(QLabel(tr("Same name and country:")))
        policies.addWidget(self.same_combo)
        policies.addSpacing(16)
        policies.addWidget(QLabel(tr("Similar name:")))
        policies.addWidget(self.similar_combo)
        policies.addStretch(1)
        duplicates = QWidget()
        duplicates_layout = QVBoxLayout(duplicates)
        duplicates_layout.addLayout(policies)
        duplicates_layout.addWidget(self.duplicate_view, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("import_tabs")
        self.tabs.addTab(self.issue_view, tr("Problems"))
        self.tabs.addTab(duplicates, tr("Duplicates"))
        self.skip_invalid = QCheckBox(tr("Import the valid rows and leave out the invalid ones"))
        self.skip_invalid.setObjectName("import_skip_invalid")
        self.skip_invalid.toggled.connect(self._update_buttons)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.skip_invalid)
        return page

    def _run_page(self) -> QWidget:
        page = QWidget()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("import_progress_label")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("import_progress")
        self.result_label = QLabel()
        self.result_label.setObjectName("import_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.result_label)
        layout.addStretch(2)
        return page

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(f"<b>{title}</b>")
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return box

    # ------------------------------------------------------------------ steps
    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = [tr("1. Columns"), tr("2. Check"), tr("3. Import")]
        self.steps.setText("   ›   ".join(f"<b>{n}</b>" if i == step else n for i, n in enumerate(names)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.stack.currentIndex()
        busy = self.controller.busy
        mapping = self.controller.mapping
        ready = mapping is not None and not mapping.missing(REQUIRED_FIELDS)
        self.back_button.setVisible(step == 1)
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(step == 0)
        self.next_button.setEnabled(ready and not busy)
        plan = self.controller.plan
        blocked = plan is not None and bool(plan.parsed.invalid_rows) and not self.skip_invalid.isChecked()
        nothing = plan is not None and not plan.records
        self.import_button.setVisible(step == 1)
        self.import_button.setEnabled(plan is not None and not blocked and not nothing and not busy)
        done = self.controller.report is not None and not busy
        self.cancel_button.setText(tr("Close") if done else tr("Cancel"))

    def check(self) -> None:
        """Step 2: validate every row and find duplicates."""
        self._go(2)
        self.result_label.clear()
        self.progress_label.setText(tr("Checking %s…") % self.controller.path.name)
        self.controller.check()

    def start(self) -> None:
        """Step 3: import with the chosen options."""
        self._go(2)
        self.result_label.clear()
        self.progress_label.setText(tr("Importing…"))
        self.progress_bar.setRange(0, 0)
        self.controller.run_import(on_duplicate=str(self.same_combo.currentData()),
                                   on_similar=str(self.similar_combo.currentData()),
                                   skip_invalid=self.skip_invalid.isChecked())  # fmt: skip
        self._update_buttons()

    def _cancel_or_close(self) -> None:
        if self.controller.busy:
            self.controller.cancel()
        else:
            self.reject() if self.controller.report is None else self.accept()

    def reject(self) -> None:
        """Escape or closing the window: first cancel running work (which rolls back), then close."""
        if self.controller.busy:
            self.controller.cancel()
            return
        super().reject()

    def _encoding_chosen(self, _index: int = 0) -> None:
        value = str(self.encoding_combo.currentData())
        self.controller.load(encoding=None if value == "auto" else value)

    # ------------------------------------------------------------------ controller signals
    def _loaded(self) -> None:
        controller = self.controller
        table, mapping = controller.table, controller.mapping
        assert table is not None and mapping is not None
        facts = [tr("%d rows") % len(table.rows)]
        if table.encoding:
            facts.append(tr(_ENCODING_TITLES.get(table.encoding, table.encoding)))
        if table.delimiter:
            facts.append(tr("separated by %s") % tr(_DELIMITERS.get(table.delimiter, repr(table.delimiter))))
        if table.header_row > 1:
            facts.append(tr("headers in row %d") % table.header_row)
        if table.blank_rows:
            facts.append(tr("%d blank rows left out") % table.blank_rows)
        self.source_label.setText(f"<b>{table.label}</b> — " + ", ".join(facts))
        for widget in (self.sheet_label, self.sheet_combo):
            widget.setVisible(bool(table.sheets))
        for widget in (self.encoding_label, self.encoding_combo):
            widget.setVisible(not table.sheets)
        if table.sheets:
            self.sheet_combo.clear()
            self.sheet_combo.addItems(table.sheets)
            self.sheet_combo.setCurrentText(table.sheet or "")
        self.mapping_model = MappingModel(table, mapping, controller.fields, self)
        self.mapping_model.mapping_changed.connect(self._mapping_changed)
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.mapping_view.resizeColumnsToContents()
        self.mapping_view.setColumnWidth(MappingModel.HEADER, min(220, self.mapping_view.columnWidth(0)))
        self.mapping_view.setColumnWidth(MappingModel.FIELD, max(130, self.mapping_view.columnWidth(1)))
        self.mapping_view.horizontalHeader().setStretchLastSection(True)
        self.preview_model = PreviewModel(table, mapping, parent=self)
        self.preview_view.setModel(self.preview_model)
        self.preview_view.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            self.preview_view.setColumnWidth(column, min(240, self.preview_view.columnWidth(column)))
        self._go(0)

    def _mapping_changed(self) -> None:
        if self.preview_model is not None:
            self.preview_model.refresh_headers()
        self.controller.plan = None
        self.controller.refresh_preview()

    def _previewed(self, result: object) -> None:
        if isinstance(result, MatchmakerError):
            self.mapping_message.setText(f"<span style='color:#b00020'>{result.message}</span>")
            issues: list[Issue] = []
        else:
            assert isinstance(result, list)
            issues = result
            errors = sum(1 for issue in issues if issue.severity == "error")
            shown = min(len(self.controller.table.rows) if self.controller.table else 0, 50)
            self.mapping_message.setText(
                tr("The first %d rows: %d errors, %d warnings. Check the whole file next.")
                % (shown, errors, len(issues) - errors)
            )
        if self.preview_model is not None:
            self.preview_model.set_issues(issues)
        self._update_buttons()

    def _checked(self, plan: ImportPlan) -> None:
        self.issue_model.set_rows(plan.issues)
        self.duplicate_model = DuplicateModel(plan, str(self.same_combo.currentData()),
                                              str(self.similar_combo.currentData()), self)  # fmt: skip
        self.duplicate_view.setModel(self.duplicate_model)
        self.duplicate_view.resizeColumnsToContents()
        self.duplicate_view.horizontalHeader().setStretchLastSection(True)
        self.issue_view.resizeColumnsToContents()
        self.issue_view.horizontalHeader().setStretchLastSection(True)
        errors = sum(1 for issue in plan.issues if issue.severity == "error")
        exact = sum(1 for match in plan.matches.values() if match.exact)
        counts = (plan.parsed.rows, len(plan.records), len(plan.parsed.invalid_rows), errors,
                  len(plan.issues) - errors, exact, len(plan.matches) - exact)  # fmt: skip
        text = tr("%d rows: %d organisations, %d invalid rows (%d errors, %d warnings); %d already in the database, "
                  "%d with a similar name.") % counts  # fmt: skip
        if plan.parsed.invalid_rows:
            text += " " + tr("Fix the file, or import the valid rows only.")
        self.summary_label.setText(text)
        self.tabs.setTabText(0, tr("Problems (%d)") % len(plan.issues))
        self.tabs.setTabText(1, tr("Duplicates (%d)") % len(plan.matches))
        self.tabs.setCurrentIndex(0 if plan.issues or not plan.matches else 1)
        self._go(1)

    def _policies_changed(self) -> None:
        if self.duplicate_model is not None:
            self.duplicate_model.set_policies(str(self.same_combo.currentData()), str(self.similar_combo.currentData()))

    def _progress(self, progress: Progress) -> None:
        if progress.total:
            self.progress_bar.setRange(0, progress.total)
            self.progress_bar.setValue(progress.done)
        else:
            self.progress_bar.setRange(0, 0)
        if progress.message:
            self.progress_label.setText(progress.message)

    def _finished(self, report: ImportReport) -> None:
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self.progress_label.setText(tr("Done") if report.written else tr("Nothing was written"))
        lines = [report.summary()]
        if report.errors and report.written:
            lines.append(tr("Left out: rows %s") % ", ".join(map(str, report.invalid_rows[:30])))
        self.result_label.setText("\n".join(lines))
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._cancelled()
            return
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_label.setText(tr("Nothing was written"))
        dialogs.show_error(self, self.windowTitle(), exc)
        self._go(0 if self.controller.plan is None else 1)

    def _cancelled(self) -> None:
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_label.setText(tr("Cancelled; nothing was written"))
        self._go(0 if self.controller.plan is None else 1)


def open_import_dialog(ctx: AppContext, path: str, parent: QWidget | None, kind: str,
                       event_id: int | None) -> ImportDialog:  # fmt: skip
    """Build the dialog and its controller, read the file and show the dialog (non-modal)."""
    from pathlib import Path

    controller = ImportController(ctx, Path(path), kind, event_id)
    dialog = ImportDialog(controller, parent)
    controller.setParent(dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    controller.load()
    return dialog
