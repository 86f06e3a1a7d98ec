"""The import dialog and the export action in the app (pytest-qt, offscreen, synchronous tasks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import func, select

from matchmaker.core.model import Event, Organisation, Person
from matchmaker.core.progress import Progress
from matchmaker.core.tabular import read_table
from matchmaker.ui.context import AppContext
from matchmaker.ui.importing import ImportDialog, start_export, start_import
from matchmaker.ui.importing.models import ERROR_BRUSH, DuplicateModel, MappingModel, PreviewModel

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
LT_FILE = FIXTURES / "members-lt-bom-semicolon.csv"
pytestmark = pytest.mark.gui


def _count(ctx: AppContext, model: type = Organisation) -> int:
    with ctx.database.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _open(ctx: AppContext, qtbot, path: Path = LT_FILE, **kwargs) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = start_import(ctx, None, path=path, **kwargs)
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_mapping_preview_check_and_import(ui_ctx: AppContext, qtbot, no_dialogs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(ui_ctx, qtbot)
    assert "members-lt-bom-semicolon.csv" in dialog.source_label.text()
    assert "UTF-8 with BOM" in dialog.source_label.text() and "semicolons" in dialog.source_label.text()
    mapping = dialog.mapping_model
    assert isinstance(mapping, MappingModel)
    assert mapping.index(0, MappingModel.FIELD).data(Qt.ItemDataRole.EditRole) == "name"
    assert mapping.index(1, MappingModel.FIELD).data() == "country"
    preview = dialog.preview_model
    assert isinstance(preview, PreviewModel)
    assert preview.headerData(1, Qt.Orientation.Horizontal) == "Šalis\n→ country"
    row9 = next(r for r in range(preview.rowCount()) if preview.headerData(r, Qt.Orientation.Vertical) == "9 ✖")
    assert preview.index(row9, 1).data(Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH  # 'Atlantis'
    assert "unknown country 'Atlantis'" in preview.index(row9, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert preview.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "2 errors" in dialog.mapping_message.text()
    # step 2: the whole file is checked; invalid rows block the import until the user opts in
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == 1
    assert "2 invalid rows" in dialog.summary_label.text()
    assert dialog.issue_model.rowCount() == 5  # 2 errors, 3 warnings
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    grab = dialog.grab()
    grab.save(str(tmp_path / "import-check.png"))
    assert not grab.isNull()
    dialog.import_button.click()
    assert dialog.controller.report is not None and dialog.controller.report.written
    assert "5 created" in dialog.result_label.text()
    assert dialog.cancel_button.text() == "Close"
    assert _count(ui_ctx) == 5
    assert no_dialogs["errors"] == []


def test_remapping_a_column_updates_the_preview(ui_ctx: AppContext, qtbot, no_dialogs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    odd = tmp_path / "odd.csv"
    odd.write_text("Nimi;Land;Where\nEtronika;LT;Vilnius\nNebula;Lietuva;Kaunas\n", encoding="utf-8")
    dialog = _open(ui_ctx, qtbot, odd)
    mapping = dialog.mapping_model
    assert mapping is not None
    assert "no column for name" in dialog.mapping_message.text()
    assert not dialog.next_button.isEnabled()
    assert mapping.setData(mapping.index(0, MappingModel.FIELD), "name")
    assert mapping.setData(mapping.index(2, MappingModel.FIELD), "city")
    assert not mapping.setData(mapping.index(2, MappingModel.FIELD), "no such field")
    assert dialog.next_button.isEnabled()
    assert dialog.preview_model is not None
    assert dialog.preview_model.headerData(0, Qt.Orientation.Horizontal) == "Nimi\n→ name"
    # choosing a field another column had moves it
    assert mapping.setData(mapping.index(2, MappingModel.FIELD), "name")
    assert mapping.index(0, MappingModel.FIELD).data(Qt.ItemDataRole.EditRole) == ""
    assert mapping.setData(mapping.index(0, MappingModel.FIELD), "name")
    assert mapping.setData(mapping.index(2, MappingModel.FIELD), "city")
    dialog.next_button.click()
    dialog.import_button.click()
    with ui_ctx.database.session() as session:
        assert sorted(session.execute(select(Organisation.name, Organisation.city))) == [
            ("Etronika", "Vilnius"), ("Nebula", "Kaunas")]  # fmt: skip


def test_per_row_duplicate_choices(ui_ctx: AppContext, qtbot, no_dialogs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "first.csv"
    first.write_text("Name,Country,City\nEtronika,LT,Vilnius\nNordic Games,NO,Oslo\n")
    dialog = _open(ui_ctx, qtbot, first)
    dialog.next_button.click()
    dialog.import_button.click()
    again = tmp_path / "again.csv"
    again.write_text("Name,Country,City\nUAB Etronika,LT,Kaunas\nNordic Game,NO,Bergen\nNew One,PL,Łódź\n")
    dialog = _open(ui_ctx, qtbot, again)
    dialog.next_button.click()
    model = dialog.duplicate_model
    assert isinstance(model, DuplicateModel)
    assert model.rowCount() == 2
    assert dialog.tabs.tabText(1) == "Duplicates (2)"
    assert model.index(0, DuplicateModel.HOW).data() == "same name and country"
    assert "similar name" in model.index(1, DuplicateModel.HOW).data()
    assert model.index(0, DuplicateModel.ACTION).data(Qt.ItemDataRole.EditRole) == "update"
    assert model.index(1, DuplicateModel.ACTION).data(Qt.ItemDataRole.EditRole) == "create"
    assert model.setData(model.index(0, DuplicateModel.ACTION), "skip")
    assert model.setData(model.index(1, DuplicateModel.ACTION), "update")
    dialog.import_button.click()
    report = dialog.controller.report
    assert report is not None
    assert (report.counts["skipped"], report.counts["updated"], report.counts["created"]) == (1, 1, 1)
    with ui_ctx.database.session() as session:
        assert sorted(session.execute(select(Organisation.name, Organisation.city))) == [
            ("Etronika", "Vilnius"), ("New One", "Łódź"), ("Nordic Games", "Bergen")]  # fmt: skip


def test_cancel_rolls_back(ui_ctx: AppContext, qtbot, no_dialogs, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(ui_ctx, qtbot)
    dialog.next_button.click()
    dialog.skip_invalid.setChecked(True)
    controller = dialog.controller
    seen: list[str] = []

    def progress(report: Progress) -> None:  # cancel as soon as the first organisations were added
        seen.append(report.message)
        if report.message.startswith("Adding organisations"):
            dialog.cancel_button.click()

    controller.progress.connect(progress)
    dialog.import_button.click()
    assert any(message.startswith("Adding organisations") for message in seen)
    assert "Cancelled; nothing was written" in dialog.progress_label.text()
    assert _count(ui_ctx) == 0 and _count(ui_ctx, Person) == 0
    assert dialog.stack.currentIndex() == 1  # back on the check page, ready to try again
    controller.progress.disconnect(progress)
    dialog.import_button.click()
    assert _count(ui_ctx) == 5


def test_unreadable_file_shows_a_message(ui_ctx: AppContext, qtbot, no_dialogs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    dialog = _open(ui_ctx, qtbot, bad)
    assert no_dialogs["errors"] == ["bad.xlsx: cannot be read as an Excel workbook (File is not a zip file)"]
    assert not dialog.next_button.isEnabled()


def test_xlsx_sheet_choice(ui_ctx: AppContext, qtbot, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(ui_ctx, qtbot, FIXTURES / "members-two-sheets.xlsx")
    assert dialog.sheet_combo.isVisibleTo(dialog) and not dialog.encoding_combo.isVisibleTo(dialog)
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == ["Latvia", "Denmark"]
    dialog.sheet_combo.setCurrentIndex(1)
    dialog.sheet_combo.activated.emit(1)
    assert dialog.controller.table is not None and dialog.controller.table.sheet == "Denmark"
    dialog.next_button.click()
    dialog.import_button.click()
    assert _count(ui_ctx) == 1


def test_participants_need_an_event(ui_ctx: AppContext, qtbot, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    assert start_import(ui_ctx, None, "participants", path=LT_FILE) is None
    assert no_dialogs["errors"] == ["Choose an event first (toolbar: Event)"]


def test_export_from_the_app(demo_ctx: AppContext, qtbot, no_dialogs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    demo_ctx.signals.status.connect(messages.append)
    target = tmp_path / "orgs.xlsx"
    task = start_export(demo_ctx, None, path=target)
    assert task is not None and task.finished
    assert target.exists()
    assert messages and messages[-1].startswith("Exported ") and str(target) in messages[-1]
    table = read_table(target)
    assert table.headers[:2] == ["name", "country"] and len(table.rows) >= 75
    with demo_ctx.database.session() as session:
        event_id = session.scalars(select(Event.id)).one()
    demo_ctx.select_event(event_id)
    task = start_export(demo_ctx, None, "participants", path=tmp_path / "p.csv")  # the current event
    assert task is not None and task.finished
    participants = read_table(tmp_path / "p.csv")
    assert participants.headers[-3:] == ["event", "delegates", "unavailable"]
    assert len({row[0] for _, row in participants.rows}) == 42
    assert no_dialogs["errors"] == []


def test_models_pass_qt_model_checks(ui_ctx: AppContext, qtbot, qtmodeltester, no_dialogs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "first.csv"
    first.write_text("Name,Country\nEtronika,LT\n")
    dialog = _open(ui_ctx, qtbot, first)
    dialog.next_button.click()
    dialog.import_button.click()
    dialog = _open(ui_ctx, qtbot, LT_FILE)
    dialog.next_button.click()
    for model in (dialog.mapping_model, dialog.preview_model, dialog.issue_model, dialog.duplicate_model):
        assert model is not None and model.rowCount(QModelIndex()) > 0
        qtmodeltester.check(model)
    qtmodeltester.check(dialog.issue_proxy)


def test_file_menu_actions_exist(ui_ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from matchmaker.ui.main_window import MainWindow

    window = MainWindow(ui_ctx, pages=[])
    qtbot.addWidget(window)
    names = [action.objectName() for action in window.menu("file").actions()]
    for name in ("import_organisations", "import_participants", "export_organisations", "export_participants"):
        assert f"action_{name}" in names
    assert window.action("import_organisations").shortcut().toString() == "Ctrl+I"


def test_participants_import_into_the_current_event(demo_ctx: AppContext, qtbot, no_dialogs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from matchmaker.core.model import Participation, Slot

    with demo_ctx.database.session() as session:
        event_id = session.scalars(select(Event.id)).one()
        slot = session.scalars(select(Slot).where(Slot.event_id == event_id).order_by(Slot.starts_at)).first()
        assert slot is not None
        start = f"{slot.starts_at:%Y-%m-%d %H:%M}"
        before = session.scalar(
            select(func.count()).select_from(Participation).where(Participation.event_id == event_id)
        )
    demo_ctx.select_event(event_id)
    path = tmp_path / "registrations.csv"
    path.write_text(f"Įmonė;Šalis;Delegatai;Užimta\nNauja Studija;LT;2;{start}\n", encoding="utf-8")
    dialog = start_import(demo_ctx, None, "participants", path=path)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.mapping_model is not None
    assert [dialog.mapping_model.index(r, MappingModel.FIELD).data(Qt.ItemDataRole.EditRole) for r in range(4)] == [
        "name", "country", "delegates", "unavailable"]  # fmt: skip
    dialog.next_button.click()
    dialog.import_button.click()
    report = dialog.controller.report
    assert report is not None and report.counts["participants_added"] == 1
    with demo_ctx.database.session() as session:
        count = session.scalar(
            select(func.count()).select_from(Participation).where(Participation.event_id == event_id)
        )
        assert count == (before or 0) + 1
        new = session.scalars(
            select(Participation).join(Organisation).where(Organisation.name == "Nauja Studija")
        ).one()
        assert new.delegates == 2
        assert [s.starts_at for s in new.unavailable_slots] == [slot.starts_at]
