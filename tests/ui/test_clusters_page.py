"""The Clusters page: the list, a cluster's members, adding and removing members with undo."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from matchmaker.core.model import Cluster, Membership, Organisation
from matchmaker.ui.clusters.page import AddMembersDialog, ClustersPage


def _members(ctx, cluster_id: int) -> set[str]:  # type: ignore[no-untyped-def]
    with ctx.database.session() as session:
        return set(
            session.scalars(select(Organisation.name).join(Membership).where(Membership.cluster_id == cluster_id))
        )


def test_clusters_members_add_remove_with_undo(qtbot, demo_ctx, qtmodeltester, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    page = ClustersPage(demo_ctx)
    qtbot.addWidget(page)
    qtmodeltester.check(page.clusters)
    qtmodeltester.check(page.cluster_proxy)
    with demo_ctx.database.session() as session:
        nebula = session.scalar(select(Cluster.id).where(Cluster.name == "Multimedia Cluster Nebula"))
        outsiders = session.scalars(
            select(Organisation.id)
            .where(Organisation.id.not_in(select(Membership.organisation_id).where(Membership.cluster_id == nebula)))
            .order_by(Organisation.id)
            .limit(3)
        ).all()
    page.cluster_search.setText("nebu")
    assert "Multimedia Cluster Nebula" in [r.name for r in page.cluster_proxy.visible_objects()]
    assert page.cluster_proxy.rowCount() < page.clusters.rowCount()
    assert page.select_cluster(nebula)
    before = _members(demo_ctx, nebula)
    assert {r.name for r in page.members.rows()} == before and before
    assert "Nebula" in page.heading.text()
    qtmodeltester.check(page.members)
    qtmodeltester.check(page.member_proxy)
    # Add three organisations.
    monkeypatch.setattr(page, "choose_members", lambda cluster: list(outsiders))
    page.add_members()
    with demo_ctx.database.session() as session:
        added = set(session.scalars(select(Organisation.name).where(Organisation.id.in_(outsiders))))
    assert _members(demo_ctx, nebula) == before | added
    assert {r.name for r in page.members.rows()} == before | added
    count_row = page.clusters.rows()[page.cluster_proxy.row_of(lambda r: r.id == nebula)]
    assert page.current_cluster().members == len(before) + 3  # type: ignore[union-attr]
    del count_row
    # Remove two selected members.
    page.member_search.setText("")
    page.member_table.clearSelection()
    for name in sorted(added)[:2]:
        row = page.member_proxy.row_of(lambda r, n=name: r.name == n)
        page.member_table.selectionModel().select(
            page.member_proxy.index(row, 0),
            page.member_table.selectionModel().SelectionFlag.Select
            | page.member_table.selectionModel().SelectionFlag.Rows,
        )
    page.remove_selected()
    assert _members(demo_ctx, nebula) == before | (added - set(sorted(added)[:2]))
    demo_ctx.undo_stack.undo()
    assert _members(demo_ctx, nebula) == before | added
    demo_ctx.undo_stack.undo()
    assert _members(demo_ctx, nebula) == before
    demo_ctx.undo_stack.redo()
    assert _members(demo_ctx, nebula) == before | added


def test_add_members_dialog_offers_only_outsiders(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    page = ClustersPage(demo_ctx)
    qtbot.addWidget(page)
    cluster = page.current_cluster()
    assert cluster is not None
    dialog = AddMembersDialog(demo_ctx, cluster, page)
    qtbot.addWidget(dialog)
    names = {r.name for r in dialog.model.rows()}
    assert names and not names & _members(demo_ctx, cluster.id)
    dialog.search.setText(sorted(names)[0][:6])
    dialog.table.selectAll()
    assert dialog.chosen_ids() and len(dialog.chosen_ids()) == dialog.proxy.rowCount()
