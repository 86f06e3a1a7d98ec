"""The organiser's day in one window: browse and filter, edit with undo, tag, cluster members, suggest,
shortlist and request a meeting; every step checked in the database."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from matchmaker.core.model import Cluster, MeetingRequest, Membership, Organisation, ShortlistEntry, Tag
from matchmaker.ui.heartbeat import HeartbeatProbe
from matchmaker.ui.main_window import MainWindow
from matchmaker.ui.pages import discover_pages


def test_organiser_workflow_in_the_main_window(qtbot, demo_ctx, no_dialogs, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    pages = discover_pages()
    ids = [page.page_id for page in pages]
    assert ids[:2] == ["organisations", "clusters"]
    window = MainWindow(demo_ctx, pages=pages)
    qtbot.addWidget(window)
    window.show()
    probe = HeartbeatProbe(10)  # runs along; its figures belong in benchmarks, here it must simply tick
    probe.start()
    # Browse and filter.
    orgs = window.show_page("organisations")
    qtbot.keyClicks(orgs.search, "vilnius")  # type: ignore[attr-defined]
    assert 0 < orgs.proxy.rowCount() < orgs.controller.model.rowCount()  # type: ignore[attr-defined]
    orgs.clear_filters()  # type: ignore[attr-defined]
    orgs.set_filter("country", "PL")  # type: ignore[attr-defined]
    polish = [r.id for r in orgs.proxy.visible_objects()]  # type: ignore[attr-defined]
    # Tag every Polish organisation at once.
    orgs.table.selectAll()  # type: ignore[attr-defined]
    monkeypatch.setattr(orgs, "ask_tag", lambda remove: "Kraków mission")
    orgs.tag_selected()  # type: ignore[attr-defined]
    with demo_ctx.database.session() as session:
        tag = session.scalar(select(Tag).where(Tag.name == "Kraków mission"))
        assert tag is not None
        assert session.scalar(
            select(func.count()).select_from(Organisation).where(Organisation.tags.any(Tag.id == tag.id))
        ) == len(polish)
    # Edit one with undo and redo through the Edit menu's actions.
    target = polish[0]
    assert orgs.select_organisation(target)  # type: ignore[attr-defined]
    before = orgs.controller.profile(target)  # type: ignore[attr-defined]
    orgs.controller.edit(before, replace(before, city="Gdańsk", description="Edited in the workflow test"))  # type: ignore[attr-defined]
    with demo_ctx.database.session() as session:
        assert session.get(Organisation, target).city == "Gdańsk"  # type: ignore[union-attr]
    window.action("undo").trigger()
    with demo_ctx.database.session() as session:
        assert session.get(Organisation, target).city == before.city  # type: ignore[union-attr]
    window.action("redo").trigger()
    # Cluster members: add the edited organisation to a cluster it is not in.
    clusters = window.show_page("clusters")
    with demo_ctx.database.session() as session:
        cluster_id = session.scalar(
            select(Cluster.id)
            .where(~Cluster.memberships.any(Membership.organisation_id == target))
            .order_by(Cluster.name)
        )
    assert clusters.select_cluster(cluster_id)  # type: ignore[attr-defined]
    monkeypatch.setattr(clusters, "choose_members", lambda cluster: [target])
    clusters.add_members()  # type: ignore[attr-defined]
    with demo_ctx.database.session() as session:
        assert session.get(Membership, (target, cluster_id)) is not None
    # The Organisations table shows the new cluster without a reload.
    row = orgs.proxy.object_at(orgs.proxy.row_of(lambda r: r.id == target))  # type: ignore[attr-defined]
    assert cluster_id in row.cluster_ids
    # Suggest, shortlist, request.
    if "partners" in ids:
        partners = window.show_page("partners")
        with demo_ctx.database.session() as session:
            from matchmaker.core.model import Participation

            participant = session.scalar(
                select(Participation.organisation_id).where(Participation.event_id == demo_ctx.current_event_id)
                .order_by(Participation.id)
            )  # fmt: skip
        partners.set_organisation(int(participant))  # type: ignore[attr-defined]
        free = [r for r in partners.proxy.visible_objects() if not r.request]  # type: ignore[attr-defined]
        assert free
        partners.select_partner(free[0].partner_id)  # type: ignore[attr-defined]
        partners.shortlist_selected()  # type: ignore[attr-defined]
        partners.request_selected()  # type: ignore[attr-defined]
        with demo_ctx.database.session() as session:
            assert session.scalar(select(func.count()).select_from(ShortlistEntry)
                                  .where(ShortlistEntry.organisation_id == participant)) >= 1  # fmt: skip
            assert session.scalar(select(func.count()).select_from(MeetingRequest)
                                  .where(MeetingRequest.reasons != [])) >= 1  # fmt: skip
    qtbot.wait(30)
    probe.stop()
    assert probe.gaps_ms  # the event loop kept running
    assert no_dialogs["errors"] == []
