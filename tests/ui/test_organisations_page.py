"""The Organisations page: browse and filter, create/edit/delete with undo, tag many rows, the editor."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import func, select

from matchmaker.core.model import Capability, Cluster, Organisation, Participation, Person, Tag, organisation_tag
from matchmaker.core.organisations import ContactData, read_profile
from matchmaker.ui.organisations.page import OrganisationsPage


def _page(qtbot, ctx) -> OrganisationsPage:  # type: ignore[no-untyped-def]
    page = OrganisationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    return page


def _visible_names(page: OrganisationsPage) -> list[str]:
    return [row.name for row in page.proxy.visible_objects()]


def _org_id(ctx, name: str) -> int:  # type: ignore[no-untyped-def]
    with ctx.database.session() as session:
        return int(session.scalar(select(Organisation.id).where(Organisation.name == name)))


def _select(page: OrganisationsPage, names: list[str]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for name in names:
        row = page.proxy.row_of(lambda r, n=name: r.name == n)
        assert row >= 0, name
        selection.select(page.proxy.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
        selection.setCurrentIndex(page.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)


def test_browse_and_filter_the_demo(qtbot, demo_ctx, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_ctx)
    with demo_ctx.database.session() as session:
        total = session.scalar(select(func.count()).select_from(Organisation))
        lt = session.scalar(select(func.count()).select_from(Organisation).where(Organisation.country == "LT"))
        vfc = session.scalar(select(Cluster.id).where(Cluster.name == "Vilnius Film Cluster"))
        post = session.scalar(select(Capability.id).where(Capability.code == "av.post"))
    assert page.proxy.rowCount() == total and page.count_label.text() == f"{total} organisations"
    qtmodeltester.check(page.controller.model)
    # Type-to-filter, accent-insensitive.
    qtbot.keyClicks(page.search, "krakow")
    names = _visible_names(page)
    model = page.controller.model
    texts = model.search_texts()
    assert all("krakow" in texts[model.position_of(r.id)] for r in page.proxy.visible_objects())
    assert "Krakow Film Commission" in names and "Cinelight" in names  # Cinelight: city Kraków
    assert len(names) == sum("krakow" in t for t in texts) < total
    page.search.clear()
    page.set_filter("country", "LT")
    assert page.proxy.rowCount() == lt and {r.country for r in page.proxy.visible_objects()} == {"LT"}
    page.set_filter("cluster", vfc)
    assert page.proxy.rowCount() > 0 and all(vfc in r.cluster_ids for r in page.proxy.visible_objects())
    assert page.count_label.text().endswith(f"of {total} organisations")
    page.clear_filters()
    # A capability filter includes everything below it in the taxonomy (post-production -> VFX, colour...).
    page.set_filter("capability", post)
    below = page.controller.model.lookups.capability_and_descendants(post)
    assert len(below) > 1
    visible = page.proxy.visible_objects()
    assert visible and all(r.capability_ids & below for r in visible)
    page.set_filter("type", "cluster")
    assert all(r.org_type == "cluster" for r in page.proxy.visible_objects())
    page.clear_filters()
    page.set_filter("size", 0)  # micro
    assert page.proxy.rowCount() > 0 and all(r.size_band == "micro" for r in page.proxy.visible_objects())
    qtmodeltester.check(page.proxy)
    page.clear_filters()
    assert page.proxy.rowCount() == total
    # Sorting by a header click uses native values (founded year as a number).
    page.table.sortByColumn(page.controller.model.FOUNDED, Qt.SortOrder.DescendingOrder)
    years = [r.founded_year for r in page.proxy.visible_objects() if r.founded_year]
    assert years == sorted(years, reverse=True)


def test_detail_panel_shows_profile_and_consent(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_ctx)
    assert page.select_organisation(_org_id(demo_ctx, "Vilnius Film Cluster"))
    html = page.detail.toPlainText()
    assert "Vilnius Film Cluster" in html and "Aušra Jankauskaitė" in html and "may be published" in html
    assert "Data analytics partner" in html


def test_edit_with_undo_and_redo_writes_the_database(qtbot, ui_ctx_any, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    ctx = ui_ctx_any
    page = _page(qtbot, ctx)
    # Create through the editor.
    editor = page.open_editor(read_profile_blank())
    editor.name.setText("Nordlys Studio")
    editor.country.setCurrentIndex(editor.country.findData("NO"))
    editor.city.setText("Bergen")
    editor.picker.search.setText("montažas")
    montage = editor.picker.visible_ids()
    assert montage, "a Lithuanian synonym finds the capability"
    editor.picker.item_for(montage[-1]).setCheckState(0, Qt.CheckState.Checked)
    editor._add_contact(ContactData("Ingrid Berg", email="ingrid@example.org", consent_to_publish=True))
    editor.accept()
    assert editor.result() == 1 and editor.error.isHidden()
    org_id = _org_id(ctx, "Nordlys Studio")
    assert page.proxy.row_of(lambda r: r.id == org_id) >= 0
    # Edit: change the city, drop the contact.
    assert page.select_organisation(org_id)
    before = page.controller.profile(org_id)
    assert before.city == "Bergen" and len(before.capability_ids) == 1 and before.contacts[0].consent_to_publish
    page.controller.edit(before, replace(before, city="Oslo", contacts=()))
    with ctx.database.session() as session:
        assert session.get(Organisation, org_id).city == "Oslo"  # type: ignore[union-attr]
        assert session.scalar(select(func.count()).select_from(Person).where(Person.organisation_id == org_id)) == 0
    row = page.proxy.object_at(page.proxy.row_of(lambda r: r.id == org_id))
    assert row.city == "Oslo" and row.contacts == 0
    ctx.undo_stack.undo()
    with ctx.database.session() as session:
        again = read_profile(session, org_id)
    assert again.city == "Bergen" and [c.name for c in again.contacts] == ["Ingrid Berg"]
    assert again.contacts[0].id == before.contacts[0].id
    ctx.undo_stack.redo()
    with ctx.database.session() as session:
        assert session.get(Organisation, org_id).city == "Oslo"  # type: ignore[union-attr]
    # Undo the edit and the creation: the organisation is gone; redo brings it back with the same id.
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    with ctx.database.session() as session:
        assert session.get(Organisation, org_id) is None
    assert page.proxy.row_of(lambda r: r.id == org_id) < 0
    ctx.undo_stack.redo()
    with ctx.database.session() as session:
        assert session.get(Organisation, org_id).city == "Bergen"  # type: ignore[union-attr]
    assert no_dialogs["errors"] == []


def read_profile_blank():  # type: ignore[no-untyped-def]
    from matchmaker.core.organisations import ProfileData

    return ProfileData(name="", country="LT")


def test_editor_refuses_bad_input_and_stays_open(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ui_ctx)
    editor = page.open_editor(read_profile_blank())
    editor.accept()
    assert not editor.error.isHidden() and "Name" in editor.error.text() and editor.result() == 0
    editor.name.setText("Šiaurė")
    editor._add_contact(ContactData("Jonas", email="jonas-at-example"))
    editor.accept()
    assert "Contact 1 (Jonas)" in editor.error.text()
    with ui_ctx.database.session() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 0
    assert ui_ctx.undo_stack.count() == 0


def test_delete_with_undo_and_participants_refused(qtbot, demo_ctx, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_ctx)
    with demo_ctx.database.session() as session:
        busy = set(session.scalars(select(Participation.organisation_id)))
        free = session.scalars(select(Organisation.name).where(Organisation.id.not_in(busy))).all()[:2]
        busy_name = session.scalar(select(Organisation.name).where(Organisation.id.in_(busy)))
    _select(page, list(free))
    page.delete_selected()
    with demo_ctx.database.session() as session:
        assert session.scalar(select(func.count()).select_from(Organisation).where(Organisation.name.in_(free))) == 0
    assert not set(free) & set(_visible_names(page))
    demo_ctx.undo_stack.undo()
    with demo_ctx.database.session() as session:
        assert session.scalar(select(func.count()).select_from(Organisation).where(Organisation.name.in_(free))) == 2
    assert set(free) <= set(_visible_names(page))
    _select(page, [str(busy_name)])
    page.delete_selected()
    assert no_dialogs["errors"] and "taking part in an event" in no_dialogs["errors"][-1]
    assert str(busy_name) in _visible_names(page)


def test_tag_many_rows_at_once_with_undo(qtbot, demo_ctx, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_ctx)
    page.set_filter("country", "PL")
    polish = _visible_names(page)
    assert len(polish) >= 3
    page.table.selectAll()
    monkeypatch.setattr(page, "ask_tag", lambda remove: "follow-up 2026")
    page.tag_selected()

    def tagged() -> set[str]:
        with demo_ctx.database.session() as session:
            tag_id = session.scalar(select(Tag.id).where(Tag.name == "follow-up 2026"))
            ids = set(
                session.scalars(select(organisation_tag.c.organisation_id).where(organisation_tag.c.tag_id == tag_id))
            )
            return set(session.scalars(select(Organisation.name).where(Organisation.id.in_(ids))))

    assert tagged() == set(polish)
    page.clear_filters()
    tag_id = page.controller.model.lookups.tags and next(
        t for t, n in page.controller.model.lookups.tags.items() if n == "follow-up 2026"
    )
    page.set_filter("tag", tag_id)
    assert set(_visible_names(page)) == set(polish)
    assert "follow-up 2026" in page.proxy.index(0, page.controller.model.TAGS).data()
    demo_ctx.undo_stack.undo()
    assert tagged() == set()
    demo_ctx.undo_stack.redo()
    assert tagged() == set(polish)
