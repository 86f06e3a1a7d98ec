"""File ▸ Restore Backup brings an automatic backup back, after backing up the current state."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from matchmaker.core.model import Organisation
from matchmaker.db import open_database
from matchmaker.db.backups import list_backups, take_backup
from matchmaker.ui.backup_dialog import RestoreBackupDialog, restore_from_backup
from matchmaker.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _names(path: Path) -> list[str]:
    db = open_database(str(path), daily_backup=False)
    try:
        with db.session() as session:
            return sorted(session.scalars(select(Organisation.name)))
    finally:
        db.close()


def test_restore_a_backup_from_the_file_menu(qtbot, ui_ctx, no_dialogs, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = Path(ui_ctx.database.url.database or "")
    with ui_ctx.database.transaction() as session:
        session.add(Organisation(name="Before", country="LT"))
    take_backup(path, "before-schedule")
    with ui_ctx.database.transaction() as session:
        session.add(Organisation(name="After", country="LT"))
    window = MainWindow(ui_ctx, pages=[])
    qtbot.addWidget(window)
    action = window.action("restore_backup")
    assert action in window.menu("file").actions() and action.isEnabled()
    dialog = RestoreBackupDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "before a schedule run" in dialog.list.item(0).text()
    reopened: list[str] = []
    window.open_database_requested.connect(reopened.append)

    def choose_first(self: RestoreBackupDialog) -> int:
        self.list.setCurrentRow(0)
        self._choose()
        return int(self.result())

    monkeypatch.setattr(RestoreBackupDialog, "exec", choose_first)
    assert restore_from_backup(window)
    assert no_dialogs["questions"] and reopened == [str(path)]
    assert _names(path) == ["Before"]
    safety = [b for b in list_backups(path) if b.reason == "before-restore"]
    assert len(safety) == 1, "the replaced state was kept"


def test_no_backups_yet(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = RestoreBackupDialog(Path(ui_ctx.database.url.database or ""))
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled() and "No backups yet" in dialog.list.item(0).text()
