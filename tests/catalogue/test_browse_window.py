"""The browse window and the organiser's catalogue actions, driven like a user would (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from matchmaker.core.catalogue import read_catalogue, work_path
from matchmaker.core.model import MeetingRequest, Participation, Priority, RequestSource, RequestStatus
from matchmaker.ui.app import make_context
from matchmaker.ui.catalogue import organiser
from matchmaker.ui.catalogue.controller import BrowseController
from matchmaker.ui.catalogue.models import PartnerModel
from matchmaker.ui.catalogue.window import BrowseWindow, open_catalogue_window
from matchmaker.ui.settings import app_settings
from tests.catalogue.world import PRIVATE_EMAIL, World

pytestmark = pytest.mark.gui


def open_window(qtbot, path: Path) -> BrowseWindow:  # type: ignore[no-untyped-def]
    window = open_catalogue_window(path, app_settings())
    assert window is not None
    qtbot.addWidget(window)
    return window


def choose_us(window: BrowseWindow, org_id: int) -> None:
    index = window.us_combo.findData(org_id)
    window.us_combo.setCurrentIndex(index)
    window.us_combo.activated.emit(index)


def pick(window: BrowseWindow, org_id: int) -> None:
    window.select_partner(org_id)
    assert window.detail.org is not None and window.detail.org.id == org_id


def test_gui_round_trip(world: World, qtbot, tmp_path: Path, quiet_dialogs) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context(world.database, app_settings(), synchronous=True)
    # Organiser: File → Publish Catalogue…
    dialog = organiser.PublishDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.event_combo.setCurrentIndex(dialog.event_combo.findData(world.event_id))
    out = tmp_path / "b2b.mmcat"
    dialog.out.setText(str(out))
    dialog.publisher.setText("Test Organiser")
    organiser.publish(ctx, dialog, *dialog.choice())
    assert quiet_dialogs["errors"] == [] and "3 organisations" in quiet_dialogs["info"][0]
    assert read_catalogue(out).info.publisher == "Test Organiser"

    # Company: open, this is us, shortlist, request, unavailable slot.
    window = open_window(qtbot, out)
    assert window.menuBar().actions()[0].text() == "&File"
    assert not hasattr(window, "navigation")  # no organiser pages here
    a, b, c = (world.org_ids[k] for k in "ABC")
    choose_us(window, a)
    pick(window, b)
    qtbot.mouseClick(window.detail.shortlist_button, Qt.MouseButton.LeftButton)
    window.detail.priority.setCurrentIndex(window.detail.priority.findData("must"))
    window.detail.message.setPlainText("Let's talk about VR training")
    qtbot.mouseClick(window.detail.save_request, Qt.MouseButton.LeftButton)
    pick(window, c)
    qtbot.mouseClick(window.detail.save_request, Qt.MouseButton.LeftButton)
    window.tabs.setCurrentIndex(BrowseWindow.TAB_AVAILABILITY)
    window.slots.item(0).setCheckState(Qt.CheckState.Checked)
    assert window.shortlist_proxy.rowCount() == 1 and window.requests_proxy.rowCount() == 2
    assert "1 shortlisted · 2 requests · 1 slot unavailable" in window.status.text()
    window.close()

    # Restart: the work was kept beside the catalogue.
    again = open_window(qtbot, out)
    assert again.us_combo.currentData() == a
    assert again.controller.request(b) is not None and again.controller.request(b).priority == Priority.MUST  # type: ignore[union-attr]
    assert again.slots.item(0).checkState() == Qt.CheckState.Checked
    exported = again.export_requests(str(tmp_path / "mine.mmreq"))
    assert exported is not None and exported.exists() and "E-mail it" in again.statusBar().currentMessage()

    # Organiser: File → Import Requests… (preview, confirm, import)
    reports = organiser.import_files(ctx, None, [str(exported)])
    assert [r.added for r in reports] == [2]
    assert "2 new" in quiet_dialogs["questions"][0]
    with world.database.session() as session:
        rows = session.scalars(select(MeetingRequest).order_by(MeetingRequest.invitee_id)).all()
        assert [(r.invitee_id, r.priority, r.message, r.source, r.status) for r in rows] == [
            (world.participant_ids["B"], Priority.MUST, "Let's talk about VR training", RequestSource.PARTICIPANT,
             RequestStatus.PENDING),
            (world.participant_ids["C"], Priority.SHOULD, "", RequestSource.PARTICIPANT, RequestStatus.PENDING),
        ]  # fmt: skip
        part = session.get(Participation, world.participant_ids["A"])
        assert part is not None and [s.id for s in part.unavailable_slots] == [world.slot_ids[0]]
    # Importing it again changes nothing, and says so.
    organiser.import_files(ctx, None, [str(exported)])
    assert "already imported" in quiet_dialogs["info"][-1]


def test_filters_search_and_undo(sqlite_world: World, qtbot, published_catalogue: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "copy.mmcat"
    path.write_bytes(published_catalogue.read_bytes())
    window = open_window(qtbot, path)
    assert window.all_proxy.rowCount() == 3
    window.country.setCurrentIndex(window.country.findData("NO"))
    assert [window.all_proxy.object_at(r).name for r in range(window.all_proxy.rowCount())] == ["Bergen VR"]
    window.country.setCurrentIndex(0)
    window.search.setText("krakow")  # accents ignored: Kraków
    assert window.all_proxy.rowCount() == 1 and window.all_proxy.object_at(0).name == "Cracow Cloud"
    window.search.clear()
    aurora = next(o for o in window.controller.catalogue.organisations if o.name == "Aurora Studio")
    window.capability.setCurrentIndex(window.capability.findData(aurora.capabilities[0]))
    assert "Aurora Studio" in {window.all_proxy.object_at(r).name for r in range(window.all_proxy.rowCount())}
    window.capability.setCurrentIndex(0)
    # Double-click shortlists; Ctrl+Z undoes it, and the saved work follows.
    bergen = next(o for o in window.controller.catalogue.organisations if o.name == "Bergen VR")
    window.controller.toggle_shortlist(bergen.id)
    assert bergen.id in BrowseController.open(path)[0].work.shortlist
    window.controller.undo_stack.undo()
    assert window.controller.work.shortlist == []
    assert BrowseController.open(path)[0].work.shortlist == []
    assert work_path(path).exists() and path.read_bytes() == published_catalogue.read_bytes()


def test_profile_shows_only_what_was_published(qtbot, published_catalogue: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "copy.mmcat"
    path.write_bytes(published_catalogue.read_bytes())
    window = open_window(qtbot, path)
    aurora = next(o for o in window.controller.catalogue.organisations if o.name == "Aurora Studio")
    pick(window, aurora.id)
    html = window.detail.browser.toPlainText()
    assert "alice.consented@example.lt" in html and PRIVATE_EMAIL not in html
    assert "VFX for co-productions" in html and "VR partner wanted" in html


def test_models_pass_the_model_tester(qtmodeltester, qtbot, published_catalogue: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "copy.mmcat"
    path.write_bytes(published_catalogue.read_bytes())
    window = open_window(qtbot, path)
    qtmodeltester.check(window.partners)
    qtmodeltester.check(window.all_proxy)
    assert window.partners.columnCount() == 7 and window.partners.headerData(
        PartnerModel.NAME, Qt.Orientation.Horizontal) == "Organisation"  # fmt: skip


def test_a_refused_catalogue_is_a_message(qtbot, tmp_path: Path, quiet_dialogs) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.mmcat"
    bad.write_bytes(b"not a catalogue")
    assert open_catalogue_window(bad, app_settings()) is None
    assert quiet_dialogs["errors"] == [f"{bad}: not a Matchmaker catalogue (.mmcat) file"]


def test_run_app_with_a_catalogue_opens_browse_mode(qtbot, published_catalogue: Path, tmp_path: Path,
                                                     monkeypatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    from PySide6.QtWidgets import QApplication

    from matchmaker.ui import app as app_module
    from matchmaker.ui.catalogue import window as window_module

    path = tmp_path / "copy.mmcat"
    path.write_bytes(published_catalogue.read_bytes())
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(app_module.Shell, "open", lambda *a, **k: pytest.fail("the organiser window was opened"))
    assert app_module.run_app(catalogue=str(path)) == 0
    (window,) = [w for w in window_module._open_windows if w.controller.catalogue.source == str(path)]
    qtbot.addWidget(window)
    assert window.isVisible() and "read-only" in window.windowTitle()


def test_main_window_has_the_catalogue_actions(qtbot, sqlite_database) -> None:  # type: ignore[no-untyped-def]
    from matchmaker.ui.main_window import MainWindow

    window = MainWindow(make_context(sqlite_database, app_settings(), synchronous=True), pages=[])
    qtbot.addWidget(window)
    names = [a.objectName() for a in window.menu("file").actions()]
    for name in ("action_open_catalogue", "action_publish_catalogue", "action_import_requests"):
        assert name in names
    assert names.index("action_open_catalogue") < names.index("action_quit")
