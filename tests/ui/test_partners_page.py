"""The Partners page: the same ranking as the CLI, filters, shortlist and meeting requests with undo."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

pytest.importorskip("matchmaker.core.matching", reason="the matcher (issue 5) is not installed")

from matchmaker.core.matching import suggest_partners
from matchmaker.core.model import (
    Capability,
    MeetingRequest,
    Organisation,
    Participation,
    Priority,
    RequestSource,
    ShortlistEntry,
)
from matchmaker.ui.partners.page import PartnersPage


def _participant(ctx, country: str = "LT") -> int:  # type: ignore[no-untyped-def]
    with ctx.database.session() as session:
        return int(
            session.scalar(
                select(Organisation.id).join(Participation, Participation.organisation_id == Organisation.id)
                .where(Organisation.country == country).order_by(Organisation.name).limit(1)
            )
        )  # fmt: skip


def _page(qtbot, ctx) -> PartnersPage:  # type: ignore[no-untyped-def]
    page = PartnersPage(ctx)
    qtbot.addWidget(page)
    return page


def test_suggestions_match_the_core_and_the_cli(qtbot, demo_ctx, run_cli, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from matchmaker.ui.main_window import MainWindow

    window = MainWindow(demo_ctx, pages=[])  # sets the current event from the database
    qtbot.addWidget(window)
    assert demo_ctx.current_event_id
    org_id = _participant(demo_ctx)
    page = _page(qtbot, demo_ctx)
    page.set_organisation(org_id)
    rows = page.proxy.visible_objects()
    assert rows, "the demo participant has suggestions"
    with demo_ctx.database.session() as session:
        expected = suggest_partners(session, org_id, top=50, event_id=demo_ctx.current_event_id)
        country = session.get(Organisation, org_id).country  # type: ignore[union-attr]
    assert [(r.partner_id, r.score) for r in rows] == [(s.id, s.score) for s in expected]
    assert all(r.country != country for r in rows)  # cross-border by default
    assert all(r.reasons for r in rows[:3])
    qtmodeltester.check(page.suggestions)
    qtmodeltester.check(page.proxy)
    # The CLI prints the same ranking.
    code, out, _ = run_cli("--db", str(demo_ctx.database.url.database), "suggest", str(org_id), "--top", "10",
                           "--event", str(demo_ctx.current_event_id), "--json")  # fmt: skip
    assert code == 0
    cli = json.loads(out[out.index("[") :])  # qtmodeltester above printed a line to stdout too
    assert [(item["id"], item["score"]) for item in cli] == [(r.partner_id, r.score) for r in rows[:10]]
    # The reasons panel explains the selected suggestion.
    page.select_partner(rows[0].partner_id)
    assert rows[0].reasons[0][:30] in page.reasons.toPlainText()


def test_filters_by_country_and_capability(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_ctx)
    page.event_only.setChecked(False)
    page.set_organisation(_participant(demo_ctx))
    everyone = page.proxy.visible_objects()
    countries = {r.country for r in everyone}
    assert len(countries) > 1
    target = sorted(countries)[0]
    page.set_filter("country", target)
    assert page.proxy.visible_objects() and {r.country for r in page.proxy.visible_objects()} == {target}
    page.set_filter("country", None)
    with demo_ctx.database.session() as session:
        audiovisual = session.scalar(select(Capability.id).where(Capability.code == "av"))
    page.set_filter("capability", audiovisual)
    below = {audiovisual, *(n.id for n in page.graph.descendants(audiovisual))}
    kept = page.proxy.visible_objects()
    assert kept and all(r.capability_ids & below for r in kept) and len(kept) < len(everyone)


def test_shortlist_and_request_meeting_with_undo(qtbot, demo_ctx, no_dialogs, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from matchmaker.ui.main_window import MainWindow

    window = MainWindow(demo_ctx, pages=[])
    qtbot.addWidget(window)
    org_id = _participant(demo_ctx)
    page = _page(qtbot, demo_ctx)
    page.set_organisation(org_id)
    fresh = [r for r in page.proxy.visible_objects() if not r.request and not r.shortlisted]
    assert len(fresh) >= 2
    first, second = fresh[0], fresh[1]

    def shortlisted() -> set[int]:
        with demo_ctx.database.session() as session:
            return set(
                session.scalars(select(ShortlistEntry.partner_id).where(ShortlistEntry.organisation_id == org_id))
            )

    page.select_partner(first.partner_id)
    page.shortlist_selected()
    assert first.partner_id in shortlisted()
    assert [i.partner_id for i in page.shortlist_model.rows()] == [first.partner_id] or first.partner_id in {
        i.partner_id for i in page.shortlist_model.rows()}  # fmt: skip
    row = page.proxy.object_at(page.proxy.row_of(lambda r: r.partner_id == first.partner_id))
    assert row.shortlisted
    qtmodeltester.check(page.shortlist_model)
    demo_ctx.undo_stack.undo()
    assert first.partner_id not in shortlisted()
    demo_ctx.undo_stack.redo()
    assert first.partner_id in shortlisted()

    def requests_to(partner: int) -> list[MeetingRequest]:
        event = demo_ctx.current_event_id
        with demo_ctx.database.session() as session:

            def participation(org: int) -> int | None:
                query = select(Participation.id).where(Participation.organisation_id == org,
                                                       Participation.event_id == event)  # fmt: skip
                return session.scalar(query)

            mine, theirs = participation(org_id), participation(partner)
            query = select(MeetingRequest).where(MeetingRequest.requester_id == mine,
                                                 MeetingRequest.invitee_id == theirs)  # fmt: skip
            return list(session.scalars(query))

    with demo_ctx.database.session() as session:
        before = session.scalar(select(func.count()).select_from(MeetingRequest))
    page.select_partner(second.partner_id)
    page.request_selected(Priority.MUST)
    made = requests_to(second.partner_id)
    assert len(made) == 1 and made[0].priority == Priority.MUST and made[0].source == RequestSource.SUGGESTION
    assert made[0].reasons == list(second.reasons) and made[0].event_id == demo_ctx.current_event_id
    row = page.proxy.object_at(page.proxy.row_of(lambda r: r.partner_id == second.partner_id))
    assert row.request == "pending"
    # A second request for the same pair is refused with a message.
    page.select_partner(second.partner_id)
    page.request_selected()
    assert no_dialogs["errors"] and "already exists" in no_dialogs["errors"][-1]
    demo_ctx.undo_stack.undo()
    assert requests_to(second.partner_id) == []
    with demo_ctx.database.session() as session:
        assert session.scalar(select(func.count()).select_from(MeetingRequest)) == before
