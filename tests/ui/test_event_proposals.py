"""The bulk proposal from suggestions: a dry run the organiser reviews; ticked ones become pending requests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from matchmaker.core.model import Event, MeetingRequest, RequestStatus
from matchmaker.ui.context import AppContext
from matchmaker.ui.pages.event import EventPage
from matchmaker.ui.pages.event.controller import Proposal
from matchmaker.ui.pages.event.dialogs import ProposalReview

pytestmark = pytest.mark.gui


@pytest.fixture
def page(demo_ctx: AppContext, qtbot) -> EventPage:  # type: ignore[no-untyped-def]
    with demo_ctx.database.session() as session:
        demo_ctx.select_event(session.scalars(select(Event.id)).one())
    page = EventPage(demo_ctx)
    qtbot.addWidget(page)
    return page


def _count(ctx: AppContext, query) -> int:  # type: ignore[no-untyped-def]
    with ctx.database.session() as session:
        return int(session.scalar(query) or 0)


def test_bulk_proposal_from_suggestions_is_reviewed_before_anything_is_stored(page: EventPage) -> None:
    received: list[list[Proposal]] = []
    page.controller.proposals_ready.disconnect(page._review_proposals)
    page.controller.proposals_ready.connect(received.append)
    before = _count(page.ctx, select(func.count()).select_from(MeetingRequest))
    page.controller.propose_from_suggestions(min_requests=6)
    proposals = received[0]
    assert proposals, page.messages.label.text()
    assert _count(page.ctx, select(func.count()).select_from(MeetingRequest)) == before  # a dry run
    snapshot = page.controller.snapshot
    assert snapshot is not None
    for p in proposals:
        a, b = snapshot.participant_by_id[p.requester_id], snapshot.participant_by_id[p.invitee_id]
        assert (a.name, b.name) == (p.requester, p.invitee) and a.country != b.country and p.reasons
    review = ProposalReview(proposals)
    review.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)  # type: ignore[union-attr]
    chosen = review.chosen()
    assert len(chosen) == len(proposals) - 1
    created = page.controller.create_proposed(chosen)
    assert created is not None and len(created) == len(chosen)
    with page.ctx.database.session() as session:
        rows = [session.get_one(MeetingRequest, rid) for rid in created]
        assert {(r.status, r.source) for r in rows} == {(RequestStatus.PENDING, "suggestion")}  # never accepted
        assert rows[0].reasons == list(chosen[0].reasons)
    page.ctx.undo_stack.undo()
    assert _count(page.ctx, select(func.count()).select_from(MeetingRequest)) == before
