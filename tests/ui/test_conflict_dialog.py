"""The conflict dialog shows both versions and each button does what it says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from matchmaker.core.conflicts import CANCEL, KEEP_MINE, TAKE_THEIRS, ConflictError
from matchmaker.core.model import Organisation
from matchmaker.db import Database
from matchmaker.db.conflicts import save_changes
from matchmaker.ui import conflict_dialog
from matchmaker.ui.conflict_dialog import MINE, THEIRS, ConflictDialog, save_with_conflict_dialog

pytestmark = pytest.mark.gui


def _conflicting(database: Database, name: str = "Nebula") -> tuple[int, ConflictError]:
    with database.transaction() as session:
        org = Organisation(name=name, country="LT", city="Vilnius")
        session.add(org)
        session.flush()
        org_id = org.id
    save_changes(database, Organisation, org_id, 1, {"city": "Riga"}, original={"city": "Vilnius"})
    with pytest.raises(ConflictError) as caught:
        save_changes(database, Organisation, org_id, 1, {"city": "Kaunas"}, original={"city": "Vilnius"})
    return org_id, caught.value


def _stored_city(database: Database, org_id: int) -> str | None:
    with database.session() as session:
        org = session.get(Organisation, org_id)
        assert org is not None
        return org.city


@pytest.mark.parametrize(
    ("button", "expected"),
    [("keep_mine_button", KEEP_MINE), ("take_theirs_button", TAKE_THEIRS), ("cancel_button", CANCEL)],
)
def test_buttons_choose_the_resolution(qtbot, sqlite_database: Database, button: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    _, conflict = _conflicting(sqlite_database)
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "City"
    assert (table.item(0, MINE).text(), table.item(0, THEIRS).text()) == ("Kaunas", "Riga")
    assert table.item(0, MINE).font().bold(), "differences stand out"
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.resolution == expected


def test_markup_in_names_is_shown_literally(qtbot, sqlite_database: Database) -> None:  # type: ignore[no-untyped-def]
    _, conflict = _conflicting(sqlite_database, name="<b>x</b>")
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "conflict_message")
    assert label is not None and label.textFormat() == Qt.TextFormat.PlainText
    assert "'<b>x</b>'" in label.text()


def test_a_deleted_row_cannot_be_overwritten(qtbot, sqlite_database: Database) -> None:  # type: ignore[no-untyped-def]
    org_id, _ = _conflicting(sqlite_database)
    with sqlite_database.transaction() as session:
        session.delete(session.get(Organisation, org_id))
    with pytest.raises(ConflictError) as caught:
        save_changes(sqlite_database, Organisation, org_id, 2, {"city": "Kaunas"})
    dialog = ConflictDialog(caught.value)
    qtbot.addWidget(dialog)
    assert not dialog.keep_mine_button.isEnabled()


@pytest.mark.parametrize(
    ("choice", "city", "outcome"),
    [(KEEP_MINE, "Kaunas", "saved"), (TAKE_THEIRS, "Riga", TAKE_THEIRS), (CANCEL, "Riga", CANCEL)],
)
def test_saving_through_the_dialog(
    qapp, database: Database, monkeypatch: pytest.MonkeyPatch, choice: str, city: str, outcome: str
) -> None:  # type: ignore[no-untyped-def]
    with database.transaction() as session:
        org = Organisation(name="Nebula", country="LT", city="Vilnius")
        session.add(org)
        session.flush()
        org_id = org.id
    save_changes(database, Organisation, org_id, 1, {"city": "Riga"})  # a colleague saved first
    asked: list[ConflictError] = []
    monkeypatch.setattr(conflict_dialog, "ask_resolution", lambda parent, c: asked.append(c) or choice)
    result, row = save_with_conflict_dialog(None, database, Organisation, org_id, 1, {"city": "Kaunas"},
                                            original={"city": "Vilnius"})  # fmt: skip
    assert result == outcome and len(asked) == 1
    assert _stored_city(database, org_id) == city
    if choice == TAKE_THEIRS:
        assert row is not None and row.city == "Riga"


@pytest.mark.parametrize("choice", [KEEP_MINE, TAKE_THEIRS, CANCEL])
def test_two_organisers_editing_the_same_organisation_in_the_editor(
    qtbot, ui_ctx_any, no_dialogs, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:  # type: ignore[no-untyped-def]
    """The second save of the organisation editor gets the conflict dialog; nothing is silently overwritten."""
    from dataclasses import replace

    from matchmaker.core.organisations import read_profile, update_organisation
    from matchmaker.ui.organisations.page import OrganisationsPage

    ctx = ui_ctx_any
    with ctx.database.transaction() as session:
        org = Organisation(name="Nebula", country="LT", city="Vilnius", website="https://nebula.example.org")
        session.add(org)
        session.flush()
        org_id = org.id
    page = OrganisationsPage(ctx)
    qtbot.addWidget(page)
    editor = page.open_editor(page.controller.profile(org_id))  # I start editing...
    with ctx.database.transaction() as session:  # ...a colleague saves first
        theirs = read_profile(session, org_id)
        update_organisation(session, org_id, replace(theirs, website="https://colleague.example.org"),
                            expected_version=theirs.version)  # fmt: skip
    asked: list[ConflictError] = []
    monkeypatch.setattr(conflict_dialog, "ask_resolution", lambda parent, c: asked.append(c) or choice)
    editor.city.setText("Kaunas")
    editor.accept()
    assert len(asked) == 1
    fields = {f.name: f for f in asked[0].fields}
    assert (fields["city"].mine, fields["city"].theirs) == ("Kaunas", "Vilnius")
    assert fields["website"].theirs == "https://colleague.example.org" and not fields["website"].changed_by_me
    with ctx.database.session() as session:
        stored = read_profile(session, org_id)
    assert stored.website == "https://colleague.example.org", "their change is never lost"
    if choice == KEEP_MINE:
        assert stored.city == "Kaunas" and editor.result() == 1
    elif choice == TAKE_THEIRS:
        assert stored.city == "Vilnius" and editor.result() == 0
    else:
        assert stored.city == "Vilnius" and not editor.error.isHidden() and "someone else" in editor.error.text()


def test_two_organisers_moving_the_same_meeting_on_the_schedule_page(
    qtbot, demo_ctx, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """My page still shows the meeting where it was; a colleague moved it. My drop asks first."""
    from sqlalchemy import select

    from matchmaker.core import events as ev
    from matchmaker.core.model import Event, EventTable, Meeting, MeetingRequest, RequestStatus, Slot, SlotKind
    from matchmaker.ui.pages.schedule import SchedulePage

    with demo_ctx.database.transaction() as session:  # one scheduled meeting, three free places
        event_id = session.scalars(select(Event.id)).one()
        slots = list(session.scalars(select(Slot.id).where(Slot.event_id == event_id, Slot.kind == SlotKind.MEETING)
                                     .order_by(Slot.starts_at)))  # fmt: skip
        table = session.scalars(select(EventTable.id).where(EventTable.event_id == event_id)).first()
        accepted = session.scalars(select(MeetingRequest).where(MeetingRequest.status == RequestStatus.ACCEPTED))
        request = next(r for r in accepted if r.requester.fixed_table_id is r.invitee.fixed_table_id is None)
        assert table is not None
        meeting = Meeting(event_id=event_id, request_id=request.id, slot_id=slots[0], table_id=table)
        session.add(meeting)
        session.flush()
        event = ev.get_event(session, event_id)
        free = [s for s in slots[1:] if not ev.check_move(session, event, meeting, s, table)][:3]
        meeting_id = meeting.id
    demo_ctx.select_event(event_id)
    page = SchedulePage(demo_ctx)
    qtbot.addWidget(page)
    snapshot = page.controller.snapshot
    assert snapshot is not None and snapshot.meeting_by_id[meeting_id].slot_id == slots[0]

    def colleague_moves(slot_id: int) -> None:
        with demo_ctx.database.transaction() as session:
            ev.move_meeting(session, ev.get_event(session, event_id), meeting_id, slot_id, table)

    def stored() -> int | None:
        with demo_ctx.database.session() as session:
            return session.get_one(Meeting, meeting_id).slot_id

    asked: list[tuple[ConflictError, str]] = []
    answers = iter([TAKE_THEIRS, KEEP_MINE])

    def answer(parent: object, conflict: ConflictError) -> str:
        choice = next(answers)
        asked.append((conflict, choice))
        return choice

    monkeypatch.setattr(conflict_dialog, "ask_resolution", answer)
    colleague_moves(free[0])
    assert not page.controller.move(meeting_id, free[1], table)  # take theirs: it stays where they put it
    conflict = asked[0][0]
    assert conflict.table == "meeting" and "was changed by someone else" in conflict.message
    slot_field = conflict.fields[0]
    assert (slot_field.mine, slot_field.theirs, slot_field.original) == (free[1], free[0], slots[0])
    assert stored() == free[0]
    colleague_moves(free[2])  # and again, before my next try
    assert page.controller.move(meeting_id, free[1], table)  # keep mine: moved over their latest move
    assert len(asked) == 2 and asked[1][0].fields[0].theirs == free[2] and stored() == free[1]
