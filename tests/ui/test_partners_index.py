"""The Partners page keeps its match index and patches it when organisations change (no rebuild)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from matchmaker.core.matching import service, suggest_partners
from matchmaker.core.model import Opportunity, OpportunityKind, Organisation, Participation
from matchmaker.core.organisations import OpportunityData, ProfileData, read_profile
from matchmaker.ui.organisations.commands import CreateOrganisation, DeleteOrganisations, EditOrganisation, push
from matchmaker.ui.partners.page import PartnersPage


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    """Counts full index builds (the size of each)."""
    seen: list[int | None] = []
    original = service.build_index_job

    def counting(session, ids=None):  # type: ignore[no-untyped-def]
        seen.append(None if ids is None else len(ids))
        return original(session, ids)

    monkeypatch.setattr(service, "build_index_job", counting)
    return seen


def _seeker(ctx) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """A participant with a request, and that request's title."""
    with ctx.database.session() as session:
        org_id, title = session.execute(
            select(Organisation.id, Opportunity.title)
            .join(Opportunity, Opportunity.organisation_id == Organisation.id)
            .join(Participation, Participation.organisation_id == Organisation.id)
            .where(Opportunity.kind == OpportunityKind.REQUEST, Organisation.country == "LT")
            .order_by(Organisation.id)
            .limit(1)
        ).one()
    return int(org_id), str(title)


def _shown(page: PartnersPage) -> dict[int, tuple[str, ...]]:
    return {row.partner_id: row.reasons for row in page.suggestions.rows()}


def test_edits_patch_the_index_instead_of_rebuilding(qtbot, demo_ctx, builds, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    page = PartnersPage(demo_ctx)
    qtbot.addWidget(page)
    page.event_only.setChecked(False)
    page.show()  # a visible page refreshes on data_changed by itself
    seeker, wanted = _seeker(demo_ctx)
    page.set_organisation(seeker)
    assert builds == [None] and page.suggestions.rows()
    with demo_ctx.database.session() as session:
        partner = session.scalar(
            select(Organisation.id).where(Organisation.country != "LT", Organisation.id.not_in(_shown(page)))
            .order_by(Organisation.id).limit(1)
        )  # fmt: skip
        before = read_profile(session, partner)
    assert partner is not None

    # Edit: the partner now offers exactly what the seeker asks for; the page shows it with the reason.
    offer = f"{wanted} (new offer)"
    after = replace(before, opportunities=(*before.opportunities, OpportunityData(OpportunityKind.OFFER, offer)))
    push(demo_ctx, EditOrganisation(demo_ctx, before, after))
    shown = _shown(page)
    assert partner in shown
    assert any(f"matches their offer '{offer}'" in reason for reason in shown[partner])
    assert builds == [None], "the edit was patched into the index, not rebuilt"
    with demo_ctx.database.session() as session:  # and it ranks as an index built afresh from the database
        fresh = suggest_partners(session, seeker, top=50)
    assert builds.pop() is None  # that one was the test's own
    assert [(r.partner_id, r.score, r.reasons) for r in page.suggestions.rows()] == [
        (s.id, s.score, tuple(s.reasons)) for s in fresh
    ]

    # Undo, delete and create are patched too.
    demo_ctx.undo_stack.undo()
    assert not any(offer in reason for reason in _shown(page).get(partner, ()))
    push(demo_ctx, DeleteOrganisations(demo_ctx, [partner], ["partner"]))
    assert partner not in _shown(page)
    newcomer = ProfileData(name="Fjord Colour AS", country="NO",
                           opportunities=(OpportunityData(OpportunityKind.OFFER, offer),))  # fmt: skip
    create = CreateOrganisation(demo_ctx, newcomer)
    push(demo_ctx, create)
    assert create.org_id in _shown(page)
    assert builds == [None], no_dialogs

    # A bulk change (an import) rebuilds, on the worker thread.
    demo_ctx.signals.data_changed.emit("import")
    assert builds == [None, None] and create.org_id in _shown(page)


def test_changes_by_someone_else_rebuild(qtbot, demo_ctx, builds) -> None:  # type: ignore[no-untyped-def]
    page = PartnersPage(demo_ctx)
    qtbot.addWidget(page)
    page.event_only.setChecked(False)
    page.show()
    page.set_organisation(_seeker(demo_ctx)[0])
    demo_ctx.signals.data_changed.emit("organisations")  # as the change watcher says it: no ids
    assert builds == [None, None]
