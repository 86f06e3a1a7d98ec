"""Erasing a contact person from the organisation editor: asks first, erases for good, nothing brings it back."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select

from matchmaker.core.model import ErasureRecord, Organisation, Person
from matchmaker.core.organisations import ContactData, ProfileData, create_organisation, read_profile
from matchmaker.ui import dialogs
from matchmaker.ui.context import AppContext
from matchmaker.ui.organisations.page import OrganisationsPage

pytestmark = pytest.mark.gui


def _organisation(ctx: AppContext) -> int:
    data = ProfileData(
        name="Baltic Pixel", country="LT", city="Vilnius",
        description="Ask Rūta Kazlauskienė (ruta@balticpixel.lt) about co-production.",
        contacts=(ContactData("Rūta Kazlauskienė", role="CEO", email="ruta@balticpixel.lt", phone="+370 600 12345"),
                  ContactData("Jonas Petraitis", email="jonas@balticpixel.lt")),
    )  # fmt: skip
    with ctx.database.transaction() as session:
        return create_organisation(session, data)


def _answers(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[dict[str, Any]]:
    asked: list[dict[str, Any]] = []

    def ask(parent, title, text, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        asked.append({"title": title, "text": text, **kwargs})
        return answer

    monkeypatch.setattr(dialogs, "ask_yes_no", ask)
    return asked


def _open(qtbot, ctx: AppContext, org_id: int, row: int):  # type: ignore[no-untyped-def]
    page = OrganisationsPage(ctx)
    qtbot.addWidget(page)
    editor = page.open_editor(page.controller.profile(org_id))
    qtbot.addWidget(editor)
    assert not editor.erase_button.isEnabled()  # nothing selected yet
    editor.contacts.selectRow(row)
    assert editor.erase_button.isEnabled()
    return page, editor


def test_erase_asks_what_will_be_erased_and_no_keeps_everything(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    org_id = _organisation(ui_ctx)
    asked = _answers(monkeypatch, False)
    _, editor = _open(qtbot, ui_ctx, org_id, 0)
    assert not editor.erase_selected_contact()
    assert "Rūta Kazlauskienė" in asked[0]["text"] and asked[0]["default_yes"] is False
    assert "cannot be undone" in asked[0]["informative"] and "[erased]" in asked[0]["informative"]
    with ui_ctx.database.session() as session:
        assert len(session.scalars(select(Person).where(Person.organisation_id == org_id)).all()) == 2
    assert editor.contacts.rowCount() == 2


def test_erase_deletes_redacts_clears_undo_and_a_later_save_keeps_it_erased(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    org_id = _organisation(ui_ctx)
    page, editor = _open(qtbot, ui_ctx, org_id, 0)
    # An earlier undoable edit holds a copy of the profile with the contact in it.
    before = page.controller.profile(org_id)
    page.controller.edit(before, replace(before, city="Kaunas"))
    assert ui_ctx.undo_stack.count() == 1
    editor.original = page.controller.profile(org_id)
    _answers(monkeypatch, True)
    editor.contacts.selectRow(0)
    assert editor.erase_selected_contact()

    with ui_ctx.database.session() as session:
        names = session.scalars(select(Person.name).where(Person.organisation_id == org_id)).all()
        description = session.scalar(select(Organisation.description).where(Organisation.id == org_id))
        record = session.scalars(select(ErasureRecord).where(ErasureRecord.organisation_id == org_id)).one()
    assert names == ["Jonas Petraitis"]
    assert "ruta@balticpixel.lt" not in description and "Rūta Kazlauskienė" not in description
    assert "[erased]" in description and record.rows_removed == 1
    assert "Rūta" not in (record.note or "")
    assert ui_ctx.undo_stack.count() == 0  # undoing the older edit could have brought her back
    # The open form follows what is stored: the contact row and the redacted description.
    assert editor.contacts.rowCount() == 1 and editor.contacts.item(0, 0).text() == "Jonas Petraitis"
    assert editor.description.toPlainText() == description

    editor.city.setText("Klaipėda")
    editor.accept()
    assert editor.result() == 1 and editor.error.isHidden(), editor.error.text()
    ui_ctx.undo_stack.undo()  # undoing the save after the erase must not restore her
    with ui_ctx.database.session() as session:
        profile = read_profile(session, org_id)
    assert [c.name for c in profile.contacts] == ["Jonas Petraitis"]
    assert "ruta@" not in profile.description


def test_a_contact_not_yet_saved_cannot_be_erased(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    org_id = _organisation(ui_ctx)
    _, editor = _open(qtbot, ui_ctx, org_id, 0)
    editor._add_contact(ContactData("New Person"), edit=True)
    editor.contacts.selectRow(2)
    assert not editor.erase_button.isEnabled()
