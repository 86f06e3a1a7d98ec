"""The data generator: deterministic, realistic, valid, and fast enough to write in bulk."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from matchmaker.core.countries import BALTIC_SEA_REGION
from matchmaker.core.errors import ValidationFailed
from matchmaker.core.generate import GenerateOptions, GenerateReport, generate_data
from matchmaker.core.generate_words import ARCHETYPES
from matchmaker.core.model import (
    Capability,
    Cluster,
    Event,
    EventSession,
    EventTable,
    MeetingRequest,
    Membership,
    Opportunity,
    OpportunityKind,
    Organisation,
    Participation,
    Person,
    Slot,
    SlotKind,
    participation_unavailable,
)
from matchmaker.core.progress import run_job
from matchmaker.db import Database, open_database
from matchmaker.db.url import sqlite_url

REGION_LETTERS = "ąčęėįšųūžłńóśźżøåæāēīķļņõäöü"


def _generate(database: Database, organisations: int, participants: int = 0, seed: int = 1) -> GenerateReport:
    with database.transaction() as session:
        return run_job(generate_data(session, GenerateOptions(organisations, participants, seed)))


def _snapshot(session: Session) -> dict[str, list[tuple[object, ...]]]:
    """Everything the generator decides, without timestamps (those say when it ran)."""
    code = {cap.id: cap.code for cap in session.scalars(select(Capability))}
    orgs = session.scalars(select(Organisation).order_by(Organisation.id)).all()
    return {
        "orgs": [
            (o.name, o.country, o.city, o.org_type, o.size_band, o.description, tuple(o.languages),
             tuple(sorted(code[c.id] for c in o.capabilities)), tuple(sorted(m.cluster.name for m in o.memberships)))
            for o in orgs
        ],
        "people": [(p.name, p.email, p.phone, p.consent_to_publish, p.consent_at)
                   for p in session.scalars(select(Person).order_by(Person.id))],
        "opportunities": [(o.kind, o.title, o.text, tuple(o.target_countries), o.expires_on)
                          for o in session.scalars(select(Opportunity).order_by(Opportunity.id))],
        "requests": [(r.requester.organisation.name, r.invitee.organisation.name, r.priority, r.status)
                     for r in session.scalars(select(MeetingRequest).order_by(MeetingRequest.id))],
    }  # fmt: skip


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data(tmp_path: Path) -> None:
    snapshots = []
    for name, seed in [("a", 5), ("b", 5), ("c", 6)]:
        db = open_database(sqlite_url(tmp_path / f"{name}.db"))
        try:
            _generate(db, 250, 30, seed=seed)
            with db.session() as session:
                snapshots.append(_snapshot(session))
        finally:
            db.close()
    assert snapshots[0] == snapshots[1]
    assert snapshots[0]["orgs"] != snapshots[2]["orgs"]
    assert snapshots[0]["requests"] and snapshots[0]["requests"] != snapshots[2]["requests"]


def test_counts_countries_letters_and_languages(database: Database) -> None:
    report = _generate(database, 1000)
    with database.session() as session:
        orgs = session.scalars(select(Organisation)).all()
        assert len(orgs) == 1000 == report.created["organisation"]
        countries = Counter(o.country for o in orgs)
        assert set(countries) <= set(BALTIC_SEA_REGION) and len(countries) >= 9
        assert countries.most_common(2)[0][0] in {"LT", "PL"} and countries["IS"] < countries["LT"] / 5
        assert len({o.name for o in orgs}) == 1000, "organisation names are unique"
        text = " ".join(f"{o.name} {o.city}" for o in orgs) + " ".join(session.scalars(select(Person.name)))
        missing = [letter for letter in REGION_LETTERS if letter not in text.lower()]
        assert not missing, f"letters never used: {missing}"
        opportunities = session.scalars(select(Opportunity)).all()
        assert report.created["opportunity"] == len(opportunities) > 1000
        assert {o.kind for o in opportunities} == {OpportunityKind.OFFER, OpportunityKind.REQUEST}
        lithuanian = [
            o for o in opportunities if any(w in o.text for w in ("Siūlome", "Ieškome", "Mūsų", "Reikalingas"))
        ]
        polish = [
            o for o in opportunities if any(w in o.text for w in ("Oferujemy", "Szukamy", "Nasz", "Potrzebujemy"))
        ]
        english = [o for o in opportunities if o.text.startswith(("We ", "Our ", "Seeking", "Looking"))]
        assert lithuanian and polish and len(english) > 0.6 * len(opportunities)
        assert all(o.title and o.text and o.target_countries for o in opportunities)
        assert len({o.text for o in opportunities}) > 0.8 * len(opportunities), "phrasings vary"
        # the counts the info command shows
        assert session.scalar(select(func.count()).select_from(Cluster)) == report.created["cluster"] > 20
        assert session.scalar(select(func.count()).select_from(Membership)) > 700


def test_capabilities_correlate_with_the_kind_of_organisation(database: Database) -> None:
    _generate(database, 400)
    kinds = {a.key: a for a in ARCHETYPES}
    with database.session() as session:
        loading = (
            selectinload(Organisation.capabilities),
            selectinload(Organisation.opportunities).selectinload(Opportunity.capabilities),
        )
        for org in session.scalars(select(Organisation).options(*loading)):
            archetype = kinds[org.facts["archetype"]]
            codes = {c.code for c in org.capabilities}
            assert codes & set(archetype.core), (org.name, codes)
            assert codes <= set(archetype.core) | set(archetype.extra)
            for request in org.requests():
                assert {c.code for c in request.capabilities} <= set(archetype.needs)
            for offer in org.offers():
                assert {c.code for c in offer.capabilities} <= codes, "offers come from what it can do"


def test_contacts_use_example_org_and_some_have_not_consented(database: Database) -> None:
    _generate(database, 400)
    with database.session() as session:
        people = session.scalars(select(Person)).all()
        assert all(p.email and p.email.endswith(".example.org") for p in people)
        consented = [p for p in people if p.consent_to_publish]
        assert 0.55 < len(consented) / len(people) < 0.85
        assert all(p.consent_at is not None for p in consented)
        assert all(p.consent_at is None for p in people if not p.consent_to_publish)
        per_org = Counter(p.organisation_id for p in people)
        assert len(per_org) == 400 and max(per_org.values()) <= 3


def test_the_event_is_ready_to_schedule(database: Database) -> None:
    report = _generate(database, 500, 80, seed=3)
    with database.session() as session:
        event = session.get(Event, report.event_id)
        assert event is not None and event.name == report.event_name
        assert len(event.sessions) == 4 and len(event.participations) == 80
        assert len(event.tables) == session.scalar(select(func.count()).select_from(EventTable)) >= 32
        slots = sorted(event.slots, key=lambda s: s.starts_at)
        for before, after in itertools.pairwise(slots):
            assert before.ends_at <= after.starts_at, "slots never overlap"
        meeting = [s for s in slots if s.kind == SlotKind.MEETING]
        assert len(meeting) >= 30 and all(s.ends_at - s.starts_at == timedelta(minutes=20) for s in meeting)
        assert all(s.session is not None and s.session.day == s.starts_at.date() for s in meeting)
        assert {s.label for s in slots if s.kind == SlotKind.BREAK} == {"Coffee break", "Lunch"}
        parts = {p.id: p for p in event.participations}
        requests = session.scalars(select(MeetingRequest).where(MeetingRequest.event_id == event.id)).all()
        assert len(requests) >= 2 * 80
        pairs = [frozenset((r.requester_id, r.invitee_id)) for r in requests]
        assert len(set(pairs)) == len(pairs) and all(len(p) == 2 for p in pairs)
        assert all(r.requester_id in parts and r.invitee_id in parts for r in requests)
        cross = [
            r
            for r in requests
            if parts[r.requester_id].organisation.country != parts[r.invitee_id].organisation.country
        ]
        assert len(cross) > 0.7 * len(requests)
        assert {r.priority for r in requests} == {"must", "should", "could"}
        unavailable = session.execute(select(participation_unavailable)).all()
        meeting_ids = {s.id for s in meeting}
        assert unavailable and all(row.slot_id in meeting_ids and row.participation_id in parts for row in unavailable)
        # every participant has enough free slots for its requests
        busy = Counter(row.participation_id for row in unavailable)
        load = Counter(pid for pair in pairs for pid in pair)
        assert all(len(meeting) - busy[pid] >= load[pid] for pid in parts)


def test_generating_twice_adds_more_and_the_database_stays_usable(database: Database) -> None:
    _generate(database, 200, 20, seed=1)
    _generate(database, 200, 20, seed=1)
    with database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 400
        assert session.scalar(select(func.count()).select_from(Cluster)) == 100, "clusters are reused by name"
        names = list(session.scalars(select(Event.name).order_by(Event.id)))
        assert len(names) == 2 and names[1] == names[0] + " #2"
        later = Organisation(name="Added afterwards", country="LT")  # ids continue after the generated ones
        session.add(later)
        session.add(Slot(event_id=1, starts_at=session.scalar(select(func.max(Slot.ends_at))),
                         ends_at=session.scalar(select(func.max(Slot.ends_at))) + timedelta(minutes=20)))  # fmt: skip
        session.flush()
        assert later.id == 401
        assert session.scalar(select(func.count()).select_from(Participation)) == 40
        assert session.scalar(select(func.count()).select_from(EventSession)) == 8


def test_cancelling_leaves_nothing_behind(database: Database) -> None:
    session = database.session()
    try:
        job = generate_data(session, GenerateOptions(300, 0, 1, batch_size=100))
        next(job), next(job)  # the first batch is written
        assert session.scalar(select(func.count()).select_from(Organisation)) == 100
        job.close()
        session.rollback()
    finally:
        session.close()
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 0


@pytest.mark.parametrize(
    ("organisations", "participants", "message"),
    [(0, 0, "between 1 and"), (10, 11, "between 0 and the number"), (10, 1, "at least 2")],
)
def test_bad_sizes_are_refused(database: Database, organisations: int, participants: int, message: str) -> None:
    with pytest.raises(ValidationFailed, match=message), database.transaction() as session:
        run_job(generate_data(session, GenerateOptions(organisations, participants)))


def test_cli_generate_then_info(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "cli.db")
    code, out, err = run_cli("--db", db, "generate", "--organisations", "300", "--event-participants", "40", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["created"]["organisation"] == 300 and data["created"]["participation"] == 40
    assert "generate:" in err  # progress on stderr
    code, out, _ = run_cli("--db", db, "info", "--json")
    counts = json.loads(out)["counts"]
    assert counts["organisations"] == 300 and counts["events"] == 1 and counts["participations"] == 40
    code, out, err = run_cli("--db", db, "generate", "--organisations", "lots")
    assert code == 2 and "not a whole number" in err
    code, out, err = run_cli("--db", db, "generate", "--organisations", "5", "--event-participants", "6")
    assert code == 1 and "--event-participants" in err and "Traceback" not in err
