"""The matcher on a database (SQLite and PostgreSQL): profiles, exclusion rules, event mode, proposals, demo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from matchmaker.core.demo import load_demo
from matchmaker.core.errors import NotFound, ValidationFailed
from matchmaker.core.lookup import find_by_id_or_name
from matchmaker.core.matching import (
    build_index,
    exclusions,
    pending_suggested_requests,
    profiles_from_session,
    propose_requests,
    suggest_partners,
)
from matchmaker.core.model import (
    Capability,
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Opportunity,
    OpportunityKind,
    Organisation,
    Participation,
    RequestSource,
    RequestStatus,
    SuggestionExclusion,
)
from matchmaker.core.progress import run_job
from matchmaker.core.taxonomy import sync_taxonomy
from matchmaker.db import Database


def _org(session: Session, name: str, country: str, offers: list[tuple[str, str]] = (), requests=()) -> Organisation:  # type: ignore[assignment]
    caps = {c.code: c for c in session.scalars(select(Capability))}
    org = Organisation(name=name, name_key=name.lower(), country=country, description="")
    for kind, entries in [(OpportunityKind.OFFER, offers), (OpportunityKind.REQUEST, requests)]:
        for title, code in entries:
            opportunity = Opportunity(kind=kind, title=title, text="")
            opportunity.capabilities = [caps[code]]
            org.opportunities.append(opportunity)
    session.add(org)
    session.flush()
    return org


@pytest.fixture
def world(database: Database) -> Database:
    """A seeker (LT) wanting colour grading, three graders (PL, NO, DK), one same-country grader, an event."""
    with database.transaction() as session:
        sync_taxonomy(session)
        seeker = _org(session, "Seeker", "LT", offers=[("Cloud hosting", "digital.cloud")],
                      requests=[("Colour grading of a feature film", "av.post.colour")])  # fmt: skip
        for name, country in [("Grader PL", "PL"), ("Grader NO", "NO"), ("Grader DK", "DK"), ("Grader LT", "LT")]:
            _org(session, name, country, offers=[("Colour correction and finishing", "av.post.colour")],
                 requests=[("Managed cloud hosting", "digital.cloud")])  # fmt: skip
        _org(session, "Law firm", "SE", offers=[("Copyright and contracts", "services.legal")])
        fair = Event(name="Fair", starts_on=date(2026, 5, 1), ends_on=date(2026, 5, 1))
        session.add(fair)
        session.flush()
        for org in session.scalars(select(Organisation).where(Organisation.name != "Grader NO")):
            session.add(Participation(event_id=fair.id, organisation_id=org.id))
        assert seeker.id
    return database


def _id(session: Session, name: str) -> int:
    return find_by_id_or_name(session, Organisation, name).id


def _names(session: Session, **options: object) -> list[str]:
    return [s.name for s in suggest_partners(session, _id(session, "Seeker"), **options)]  # type: ignore[arg-type]


def test_profiles_from_session_in_a_fixed_number_of_queries(world: Database) -> None:
    with world.session() as session:
        statements: list[str] = []
        listen = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(session.get_bind(), "before_cursor_execute", listen)
        profiles = profiles_from_session(session)
        event.remove(session.get_bind(), "before_cursor_execute", listen)
        assert len(statements) <= 6
        seeker = next(p for p in profiles if p.name == "Seeker")
        assert seeker.country == "LT" and seeker.requests[0].capabilities == ("av.post.colour",)
        assert seeker.offers[0].title == "Cloud hosting" and seeker.offers[0].id is not None
        fair = session.scalars(select(Event)).one()
        assert {p.name for p in profiles_from_session(session, event_id=fair.id)} == {
            "Seeker", "Grader PL", "Grader DK", "Grader LT", "Law firm"
        }  # fmt: skip


def test_cross_border_by_default(world: Database) -> None:
    with world.session() as session:
        names = _names(session)
        assert set(names[:3]) == {"Grader PL", "Grader NO", "Grader DK"} and "Grader LT" not in names
        assert "Grader LT" in _names(session, include_same_country=True)[:4]
        assert "Seeker" not in _names(session, include_same_country=True)


def test_excluded_met_and_declined_pairs_are_left_out(world: Database) -> None:
    with world.transaction() as session:
        seeker, pl, dk, no = (_id(session, n) for n in ("Seeker", "Grader PL", "Grader DK", "Grader NO"))
        session.add(SuggestionExclusion(organisation_id=pl, excluded_id=seeker, reason="competitor"))
        fair = session.scalars(select(Event)).one()
        part = {p.organisation_id: p for p in session.scalars(select(Participation))}
        declined = MeetingRequest(event_id=fair.id, requester_id=part[seeker].id, invitee_id=part[dk].id,
                                  status=RequestStatus.DECLINED)  # fmt: skip
        session.add(declined)
    with world.session() as session:
        assert _names(session) == ["Grader NO"]
        assert exclusions(session)[seeker] == {pl, dk}
    with world.transaction() as session:
        law = _id(session, "Law firm")
        session.add(Participation(event_id=fair.id, organisation_id=no))
        session.flush()
        part = {p.organisation_id: p for p in session.scalars(select(Participation))}
        request = MeetingRequest(event_id=fair.id, requester_id=part[no].id, invitee_id=part[seeker].id,
                                 status=RequestStatus.ACCEPTED)  # fmt: skip
        session.add(request)
        session.flush()
        session.add(Meeting(event_id=fair.id, request_id=request.id, status=MeetingStatus.HELD))
    with world.session() as session:
        assert "Grader NO" not in _names(session)
        assert exclusions(session)[no] == {seeker} and law not in exclusions(session)


def test_a_cancelled_meeting_does_not_exclude(world: Database) -> None:
    with world.transaction() as session:
        seeker, pl = _id(session, "Seeker"), _id(session, "Grader PL")
        fair = session.scalars(select(Event)).one()
        part = {p.organisation_id: p for p in session.scalars(select(Participation))}
        request = MeetingRequest(event_id=fair.id, requester_id=part[seeker].id, invitee_id=part[pl].id,
                                 status=RequestStatus.CANCELLED)  # fmt: skip
        session.add(request)
        session.flush()
        session.add(Meeting(event_id=fair.id, request_id=request.id, status=MeetingStatus.CANCELLED))
    with world.session() as session:
        assert "Grader PL" in _names(session)


def test_event_mode_limits_to_participants(world: Database) -> None:
    with world.session() as session:
        fair = session.scalars(select(Event)).one()
        names = _names(session, event_id=fair.id)
        assert "Grader NO" not in names and set(names[:2]) == {"Grader PL", "Grader DK"}
        with pytest.raises(ValidationFailed, match="does not take part"):
            suggest_partners(session, _id(session, "Grader NO"), event_id=fair.id)
        with pytest.raises(NotFound):
            suggest_partners(session, _id(session, "Seeker"), event_id=fair.id + 99)


def test_propose_requests_for_participants_with_too_few(world: Database) -> None:
    with world.transaction() as session:
        fair = session.scalars(select(Event)).one()
        report = propose_requests(session, fair.id, min_requests=1)
        assert report.participants == 5 and report.short_before == 5
        pairs = {(p.requester_name, p.invitee_name) for p in report.created}
        assert ("Seeker", "Grader PL") in pairs or ("Seeker", "Grader DK") in pairs
        # Every participant now has at least one request (as requester or invitee), or is reported short.
        involved = {name for pair in pairs for name in pair}
        short = {session.get(Organisation, i).name for i in report.still_short}  # type: ignore[union-attr]
        assert involved | short == {"Seeker", "Grader PL", "Grader DK", "Grader LT", "Law firm"}
        assert all(p.reasons for p in report.created)
    with world.session() as session:
        rows = pending_suggested_requests(session, fair.id)
        assert len(rows) == len(report.created) > 0
        assert all(r.status == RequestStatus.PENDING and r.source == RequestSource.SUGGESTION for r in rows)
        assert all(r.reasons and r.reasons[0].startswith(("Your request", "Their request")) for r in rows)
    with world.transaction() as session:
        again = propose_requests(session, fair.id, min_requests=1)
        assert again.created == [] and again.short_before == len(again.still_short)
        count = session.scalar(select(func.count()).select_from(MeetingRequest))
        assert count == len(report.created)
        with pytest.raises(ValidationFailed):
            propose_requests(session, fair.id, min_requests=0)


def test_demo_suggestions_are_sensible(database: Database) -> None:
    with database.transaction() as session:
        run_job(load_demo(session))
    with database.session() as session:
        index = build_index(session)
        # Requests for sound post-production get the film post-production houses and the sound studio.
        vejo = _id(session, "Vėjo Duomenys UAB")
        names = [s.name for s in suggest_partners(session, vejo, top=10, index=index)]
        assert {"Daul", "MFX Film Studio"} <= set(names[:3]) and "Outside Music" in names
        # A request for security audits: the penetration testers first, with the reason quoting both sides.
        nfq = suggest_partners(session, _id(session, "NFQ Technologies"), top=3, index=index)
        assert nfq[0].name == "Bø Sikkerhet AS" and nfq[0].mutual
        assert nfq[0].reasons[0] == (
            "Your request 'Security audit partner wanted' matches their offer "
            "'Penetration testing and security audits' (Cybersecurity)"
        )
        # Cloud hosting is found for the cluster that asks for it, across the border.
        nebula = suggest_partners(session, _id(session, "Multimedia Cluster Nebula"), top=3, index=index)
        assert "Fjordsky Cloud AS" in [s.name for s in nebula] and all(s.country != "LT" for s in nebula)
