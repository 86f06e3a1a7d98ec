"""File ▸ Restore Backup: bring back one of the automatic backups of the SQLite database.

The current state is backed up first (``before-restore``), so a restore can itself be undone by
restoring that backup. Afterwards the window reopens the database, so every page shows the
restored data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from matchmaker.core.errors import MatchmakerError
from matchmaker.db.backups import Backup, list_backups, restore_backup
from matchmaker.db.url import sqlite_path

from . import dialogs
from .plain import plain

if TYPE_CHECKING:
    from .main_window import MainWindow

REASONS = {
    "daily": str(QT_TRANSLATE_NOOP("", "daily")),
    "before-schedule": str(QT_TRANSLATE_NOOP("", "before a schedule run")),
    "before-restore": str(QT_TRANSLATE_NOOP("", "before a restore")),
    "before-undo": str(QT_TRANSLATE_NOOP("", "before undoing a schedule run")),
    "before-upgrade": str(QT_TRANSLATE_NOOP("", "before an upgrade")),
    "manual": str(QT_TRANSLATE_NOOP("", "by hand")),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # one context: lupdate files bare tr() calls under ""


def describe(backup: Backup) -> str:
    upgrade = backup.reason.startswith("before-upgrade")  # before-upgrade-to-<revision>
    reason = REASONS["before-upgrade"] if upgrade else REASONS.get(backup.reason, backup.reason.replace("-", " "))
    return f"{backup.taken_at:%Y-%m-%d %H:%M:%S}  —  {tr(reason)}  ({backup.size / 1_000_000:.1f} MB)"


class RestoreBackupDialog(QDialog):
    """Lists the backups, newest first; ``chosen`` is the one to restore after Accept."""

    def __init__(self, database_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_backup_dialog")
        self.setWindowTitle(tr("Restore Backup"))
        self.setMinimumWidth(520)
        self.database_file = database_file
        self.chosen: Backup | None = None
        self.backups = list_backups(database_file)
        intro = plain(QLabel(tr("Backups of %s, newest first. Restoring replaces the current data; the current "
                                "state is backed up first, so you can go back.") % database_file))  # fmt: skip
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backup_list")
        for backup in self.backups:
            item = QListWidgetItem(describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        if not self.backups:
            self.list.addItem(tr("No backups yet: they are taken daily and before schedule runs and upgrades."))
            self.list.setEnabled(False)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(bool(self.backups))
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self._choose())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.backups):
            self.chosen = self.backups[row]
            self.accept()


def restore_from_backup(window: MainWindow) -> bool:
    """Ask which backup, confirm, restore it, and reopen the database; True when restored."""
    path = sqlite_path(window.ctx.database.url)
    if path is None:
        return False
    dialog = RestoreBackupDialog(path, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return False
    if not dialogs.ask_yes_no(window, tr("Restore Backup"),
                              tr("Replace the current data with the backup of %s?") % describe(dialog.chosen),
                              informative=tr("The current state is backed up first."), default_yes=False):  # fmt: skip
        return False
    window.ctx.tasks.wait()
    try:
        safety = restore_backup(path, dialog.chosen.path)
    except MatchmakerError as exc:
        dialogs.show_error(window, tr("Cannot restore the backup"), exc)
        return False
    window.ctx.signals.status.emit(tr("Restored. The state before is kept as the backup of %s.") % describe(safety))
    window.open_database_requested.emit(str(path))  # reopen: every page loads the restored data
    return True
