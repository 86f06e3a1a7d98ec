"""Organisation profiles through the core service: validate, create, update, delete and restore, tags, members."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from matchmaker.core.errors import ValidationFailed
from matchmaker.core.members import add_members, remove_members, restore_members, tag_organisations, untag_organisations
from matchmaker.core.model import (
    Capability,
    Cluster,
    Membership,
    OpportunityKind,
    Organisation,
    Person,
    ShortlistEntry,
    SizeBand,
)
from matchmaker.core.organisation_rows import organisation_rows
from matchmaker.core.organisations import (
    ContactData,
    MembershipData,
    OpportunityData,
    ProfileData,
    create_organisation,
    delete_organisations,
    read_profile,
    restore_organisations,
    update_organisation,
)


def _profile(session, **changes) -> ProfileData:  # type: ignore[no-untyped-def]
    caps = list(session.scalars(select(Capability.id).order_by(Capability.id).limit(2)))
    base = ProfileData(
        name="Šiaurės Studija", country="Lithuania", city="Vilnius", size_band=SizeBand.SMALL, founded_year=2012,
        capability_ids=tuple(caps), tag_names=("film",),
        opportunities=(
            OpportunityData(OpportunityKind.OFFER, "Colour grading", "DaVinci suite", capability_ids=(caps[0],)),
            OpportunityData(OpportunityKind.REQUEST, "Co-producer", target_countries=("Norway",)),
        ),
        contacts=(ContactData("Eglė Petraitė", email="egle@example.org", consent_to_publish=True),),
    )  # fmt: skip
    return replace(base, **changes)


def test_create_read_update_with_children(database) -> None:  # type: ignore[no-untyped-def]
    with database.transaction() as session:
        org_id = create_organisation(session, _profile(session))
    with database.session() as session:
        p = read_profile(session, org_id)
        assert (p.name, p.country, p.tag_names) == ("Šiaurės Studija", "LT", ("film",))
        assert [o.title for o in p.opportunities] == ["Colour grading", "Co-producer"]
        assert p.opportunities[1].target_countries == ("NO",)
        assert p.contacts[0].consent_at is not None  # consent is stamped when given
        row = organisation_rows(session, [org_id])[0]
        assert (row.offers, row.requests, row.contacts, len(row.capability_ids)) == (1, 1, 1, 2)
    # Update: drop the request, change the contact, add one.
    edited = replace(p, city="Kaunas", opportunities=p.opportunities[:1],
                     contacts=(replace(p.contacts[0], consent_to_publish=False), ContactData("Jonas")))  # fmt: skip
    with database.transaction() as session:
        version = update_organisation(session, org_id, edited, expected_version=p.version)
    assert version == (p.version or 0) + 1
    with database.session() as session:
        q = read_profile(session, org_id)
        assert q.city == "Kaunas" and len(q.opportunities) == 1
        assert [(c.name, c.consent_to_publish, c.consent_at) for c in q.contacts] == [
            ("Eglė Petraitė", False, None), ("Jonas", False, None)]  # fmt: skip
        assert q.contacts[0].id == p.contacts[0].id
    # Undo = write the old profile back; removed children come back with their ids.
    with database.transaction() as session:
        update_organisation(session, org_id, p, expected_version=version)
    with database.session() as session:
        r = read_profile(session, org_id)
        assert [o.id for o in r.opportunities] == [o.id for o in p.opportunities]
        assert [c.id for c in r.contacts] == [p.contacts[0].id]
    # A stale version is refused, nothing written.
    with pytest.raises(ValidationFailed, match="changed by someone else"), database.transaction() as session:
        update_organisation(session, org_id, replace(p, city="Riga"), expected_version=p.version)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "  "}, "Name: an organisation needs a name"),
        ({"country": "Atlantis"}, "Country: 'Atlantis' is not a country"),
        ({"founded_year": 3024}, "Founded: 3024"),
        ({"website": "not a site"}, "Website"),
        ({"contacts": (ContactData("A", email="a-at-example.org"),)}, "Contact 1 (A): 'a-at-example.org'"),
        ({"opportunities": (OpportunityData(OpportunityKind.OFFER, " "),)}, "Offer 1: needs a title"),
    ],
)
def test_bad_fields_are_refused_by_name(sqlite_database, change, message) -> None:  # type: ignore[no-untyped-def]
    pattern = message.replace("(", r"\(").replace(")", r"\)")
    with pytest.raises(ValidationFailed, match=pattern), sqlite_database.transaction() as session:
        create_organisation(session, _profile(session, **change))
    with sqlite_database.session() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 0


def test_duplicates_are_refused(sqlite_database) -> None:  # type: ignore[no-untyped-def]
    with sqlite_database.transaction() as session:
        create_organisation(session, _profile(session))
    with pytest.raises(ValidationFailed, match="already exists"), sqlite_database.transaction() as session:
        create_organisation(session, _profile(session, name="UAB Šiaurės studija"))


def test_delete_and_restore_keep_ids_children_and_shortlists(database) -> None:  # type: ignore[no-untyped-def]
    with database.transaction() as session:
        cluster = Cluster(name="Vilnius Film Cluster", country="LT")
        session.add(cluster)
        session.flush()
        a = create_organisation(session, _profile(session, memberships=(MembershipData(cluster.id, True, 2011),)))
        b = create_organisation(session, _profile(session, name="Nordlys", country="NO"))
        session.add(ShortlistEntry(organisation_id=b, partner_id=a, note="great"))
    with database.transaction() as session:
        before = read_profile(session, a)
        snaps = delete_organisations(session, [a])
    with database.session() as session:
        assert session.get(Organisation, a) is None
        assert session.scalar(select(func.count()).select_from(Person).where(Person.organisation_id == a)) == 0
        assert session.scalar(select(func.count()).select_from(ShortlistEntry)) == 0
    with database.transaction() as session:
        assert restore_organisations(session, snaps) == [a]
    with database.session() as session:
        after = read_profile(session, a)
        assert replace(after, version=None) == replace(before, version=None)
        assert session.scalar(select(ShortlistEntry.note).where(ShortlistEntry.partner_id == a)) == "great"
        assert session.get(Membership, (a, cluster.id)).is_founder  # type: ignore[union-attr]


def test_tags_and_members_report_what_changed(database) -> None:  # type: ignore[no-untyped-def]
    with database.transaction() as session:
        ids = [create_organisation(session, _profile(session, name=f"Org {i}", tag_names=())) for i in range(4)]
        cluster = Cluster(name="Nebula", country="NO")
        session.add(cluster)
        session.flush()
        cluster_id = cluster.id
    with database.transaction() as session:
        assert tag_organisations(session, ids[:2], "shortlist 2026") == ids[:2]
        assert tag_organisations(session, ids, "shortlist 2026") == ids[2:]
        assert untag_organisations(session, ids[1:], "shortlist 2026") == ids[1:]
        with pytest.raises(ValidationFailed, match="Tag"):
            tag_organisations(session, ids, "  ")
    with database.transaction() as session:
        assert add_members(session, cluster_id, ids[:3]) == ids[:3]
        assert add_members(session, cluster_id, ids) == ids[3:]
        removed = remove_members(session, cluster_id, ids[:2])
        assert [m.organisation_id for m in removed] == ids[:2]
        restore_members(session, cluster_id, removed[:1])
    with database.session() as session:
        rows = {r.id: r for r in organisation_rows(session)}
        assert [bool(rows[i].tag_ids) for i in ids] == [True, False, False, False]
        assert [bool(rows[i].cluster_ids) for i in ids] == [True, False, True, True]
