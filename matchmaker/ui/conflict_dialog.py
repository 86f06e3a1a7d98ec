"""The conflict dialog: someone else saved the row you were editing; show both versions and let the user choose.

Pages save edits with :func:`save_with_conflict_dialog`, which retries "keep mine" until it
goes through or the user gives up, so a save never overwrites a colleague's work silently.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core.conflicts import CANCEL, KEEP_MINE, TAKE_THEIRS, ConflictError
from matchmaker.core.model import Base
from matchmaker.db import Database
from matchmaker.db.conflicts import keep_mine, save_changes

T = TypeVar("T", bound=Base)
SAVED = "saved"
#: Columns of the comparison table.
FIELD, MINE, THEIRS, BEFORE = range(4)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def field_title(name: str) -> str:
    """'slot_id' -> 'Slot', 'founded_year' -> 'Founded year'."""
    words = name.removesuffix("_id").replace("_", " ")
    return words[:1].upper() + words[1:]


class ConflictDialog(QDialog):
    """Both versions field by field; buttons Keep Mine (Overwrite), Take Theirs, Cancel."""

    def __init__(self, conflict: ConflictError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.resolution = CANCEL
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(tr("Someone else changed this"))
        self.setMinimumWidth(640)

        message = QLabel(conflict.message)
        message.setObjectName("conflict_message")
        message.setTextFormat(Qt.TextFormat.PlainText)  # names are user text, never markup
        message.setWordWrap(True)

        self.table = QTableWidget(len(conflict.fields), 4)
        self.table.setObjectName("conflict_table")
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Yours"), tr("Stored now"), tr("Before your edit")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        bold = QFont()
        bold.setBold(True)
        for row, item in enumerate(conflict.fields):
            mine = (
                item.mine_text
                if item.changed_by_me
                else tr("%s (you did not change it; theirs stays)") % item.mine_text
            )
            texts = [field_title(item.name), mine, item.theirs_text, item.original_text]
            for column, value in enumerate(texts):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                if item.differs and item.changed_by_me and column in (MINE, THEIRS):
                    cell.setFont(bold)  # where the two versions disagree
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        for column in (MINE, THEIRS, BEFORE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        if not any(item.original_text for item in conflict.fields):
            self.table.setColumnHidden(BEFORE, True)
        self.table.resizeRowsToContents()

        buttons = QDialogButtonBox()
        self.keep_mine_button = QPushButton(tr("&Keep Mine (Overwrite)"))
        self.keep_mine_button.setObjectName("keep_mine_button")
        self.keep_mine_button.setEnabled(not conflict.deleted)
        self.keep_mine_button.setToolTip(tr("Save your values over the stored version; their other changes stay."))
        self.take_theirs_button = QPushButton(tr("&Take Theirs"))
        self.take_theirs_button.setObjectName("take_theirs_button")
        self.take_theirs_button.setToolTip(tr("Drop your edit and show what is stored now."))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setToolTip(tr("Keep editing; nothing is saved or dropped yet."))
        buttons.addButton(self.keep_mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.keep_mine_button.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.take_theirs_button.clicked.connect(lambda: self._choose(TAKE_THEIRS))
        self.cancel_button.clicked.connect(lambda: self._choose(CANCEL))

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _choose(self, resolution: str) -> None:
        self.resolution = resolution
        if resolution == CANCEL:
            self.reject()
        else:
            self.accept()


def ask_resolution(parent: QWidget | None, conflict: ConflictError) -> str:
    """Show the dialog; returns KEEP_MINE, TAKE_THEIRS or CANCEL (tests replace this function)."""
    dialog = ConflictDialog(conflict, parent)
    dialog.exec()
    return dialog.resolution


def save_with_conflict_dialog(
    parent: QWidget | None,
    database: Database,
    model: type[T],
    row_id: int,
    version: int,
    changes: dict[str, Any],
    *,
    original: dict[str, Any] | None = None,
) -> tuple[str, T | None]:
    """Save an edit; on a conflict ask the user. Returns (SAVED | TAKE_THEIRS | CANCEL, the row as stored).

    After TAKE_THEIRS the caller shows the returned stored row; after CANCEL it keeps the user's
    unsaved edit on screen.
    """
    try:
        return SAVED, save_changes(database, model, row_id, version, changes, original=original)
    except ConflictError as first:
        conflict = first
    while True:
        choice = ask_resolution(parent, conflict)
        if choice == CANCEL:
            return CANCEL, None
        if choice == TAKE_THEIRS:
            with database.session() as session:
                return TAKE_THEIRS, session.get(model, row_id)
        try:
            return SAVED, keep_mine(database, model, conflict)
        except ConflictError as again:  # changed once more while the dialog was open
            conflict = again
