"""Helpers for the catalogue tests: a small world: two events, a cluster, consented and unconsented contacts, notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from matchmaker.core.catalogue import PublishReport, publish_catalogue
from matchmaker.core.model import (
    Capability,
    Cluster,
    Event,
    Membership,
    Opportunity,
    OpportunityKind,
    Organisation,
    Participation,
    Person,
    Slot,
    SlotKind,
)
from matchmaker.core.progress import run_job
from matchmaker.db import Database

CONSENTED_EMAIL = "alice.consented@example.lt"
CONSENTED_PHONE = "+370 600 00001"
PRIVATE_EMAIL = "bob.private@example.lt"
PRIVATE_PHONE = "+370 699 99999"
NO_TIMESTAMP_EMAIL = "carla.notimestamp@example.no"
ORG_NOTE = "INTERNAL-ORG-NOTE-7f3a"
PARTICIPATION_NOTE = "INTERNAL-PARTICIPATION-NOTE-91bc"
OTHER_EVENT_ORG = "Secret Other Event Org"
SECRETS = [PRIVATE_EMAIL, PRIVATE_PHONE, NO_TIMESTAMP_EMAIL, ORG_NOTE, PARTICIPATION_NOTE, OTHER_EVENT_ORG]


@dataclass
class World:
    database: Database
    event_id: int
    other_event_id: int
    cluster_id: int
    org_ids: dict[str, int]
    participant_ids: dict[str, int]
    slot_ids: list[int]
    private_person_id: int
    consented_person_id: int

    def publish(self, out: Path, *, event: bool = True) -> PublishReport:
        with self.database.transaction() as session:
            kwargs = (
                {"event": session.get(Event, self.event_id)}
                if event
                else {"cluster": session.get(Cluster, self.cluster_id)}
            )
            return run_job(publish_catalogue(session, out, publisher="Test Organiser", **kwargs))  # type: ignore[arg-type]


def build_world(database: Database) -> World:
    with database.transaction() as session:
        caps = list(
            session.scalars(select(Capability).where(Capability.parent_id.is_not(None)).order_by(Capability.code))
        )
        assert len(caps) >= 4, "the shipped taxonomy is loaded at startup"
        cluster = Cluster(name="Vilnius Film Cluster", country="LT")
        orgs = {
            "A": Organisation(name="Aurora Studio", country="LT", city="Vilnius", notes=ORG_NOTE,
                              description="Animation and VFX for cross-border co-productions"),
            "B": Organisation(name="Bergen VR", country="NO", city="Bergen", description="VR training"),
            "C": Organisation(name="Cracow Cloud", country="PL", city="Kraków", description="Cloud hosting"),
            "X": Organisation(name=OTHER_EVENT_ORG, country="DK", description="Only in the other event"),
        }  # fmt: skip
        orgs["A"].capabilities = [caps[0], caps[1]]
        orgs["B"].capabilities = [caps[2]]
        orgs["C"].capabilities = [caps[3]]
        orgs["A"].opportunities = [
            Opportunity(kind=OpportunityKind.OFFER, title="VFX for co-productions", capabilities=[caps[1]]),
            Opportunity(kind=OpportunityKind.REQUEST, title="VR partner wanted", capabilities=[caps[2]],
                        target_countries=["NO"]),
        ]  # fmt: skip
        orgs["B"].opportunities = [Opportunity(kind=OpportunityKind.OFFER, title="VR training", capabilities=[caps[2]])]
        alice = Person(name="Alice Consented", email=CONSENTED_EMAIL, phone=CONSENTED_PHONE,
                       consent_to_publish=True, consent_at=datetime(2026, 1, 5, 10, 0))  # fmt: skip
        bob = Person(name="Bob Private", email=PRIVATE_EMAIL, phone=PRIVATE_PHONE, consent_to_publish=False)
        orgs["A"].people = [alice, bob]
        orgs["B"].people = [Person(name="Carla Notime", email=NO_TIMESTAMP_EMAIL, consent_to_publish=True)]
        session.add_all([cluster, *orgs.values()])
        session.flush()
        for key in ("A", "B", "X"):
            session.add(Membership(organisation_id=orgs[key].id, cluster_id=cluster.id))
        event = Event(name="B2B Test 2026", city="Vilnius", country="LT")
        other = Event(name="Other Event", city="Riga", country="LV")
        session.add_all([event, other])
        session.flush()
        start = datetime(2026, 5, 4, 9, 0)
        slots = [Slot(event_id=event.id, starts_at=start + timedelta(minutes=20 * i),
                      ends_at=start + timedelta(minutes=20 * i + 20)) for i in range(3)]  # fmt: skip
        slots.append(Slot(event_id=event.id, starts_at=start + timedelta(hours=1), ends_at=start + timedelta(hours=1.5),
                          kind=SlotKind.BREAK, label="Coffee"))  # fmt: skip
        other_slot = Slot(event_id=other.id, starts_at=start, ends_at=start + timedelta(minutes=20))
        session.add_all([*slots, other_slot])
        parts = {key: Participation(event_id=event.id, organisation_id=orgs[key].id) for key in ("A", "B", "C")}
        parts["A"].notes = PARTICIPATION_NOTE
        session.add_all([*parts.values(), Participation(event_id=other.id, organisation_id=orgs["X"].id)])
        session.flush()
        return World(
            database=database,
            event_id=event.id,
            other_event_id=other.id,
            cluster_id=cluster.id,
            org_ids={key: org.id for key, org in orgs.items()},
            participant_ids={key: part.id for key, part in parts.items()},
            slot_ids=[slot.id for slot in slots],
            private_person_id=bob.id,
            consented_person_id=alice.id,
        )
