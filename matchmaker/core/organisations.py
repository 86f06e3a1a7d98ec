"""Organisation profiles as plain data: read, validate, create, update, delete and restore, tag.

The desktop app's editor and its undo commands write only through these functions, each call in
the caller's transaction, so an edit is all or nothing. Deleting returns a snapshot that
:func:`restore_organisations` puts back with the same ids (that is how undo works).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .countries import normalise_country
from .errors import NotFound, ValidationFailed
from .model import (
    Capability,
    Cluster,
    Membership,
    Opportunity,
    OpportunityArea,
    OpportunityKind,
    Organisation,
    OrgType,
    Participation,
    Person,
    ShortlistEntry,
    SizeBand,
    SuggestionExclusion,
    Tag,
    utcnow,
)
from .text import clean_text, name_key


@dataclass(frozen=True)
class ContactData:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    languages: tuple[str, ...] = ()
    consent_to_publish: bool = False
    consent_at: datetime | None = None
    is_illustrative: bool = False
    id: int | None = None


@dataclass(frozen=True)
class OpportunityData:
    kind: OpportunityKind
    title: str
    text: str = ""
    area: OpportunityArea = OpportunityArea.BUSINESS
    target_countries: tuple[str, ...] = ()
    expires_on: date | None = None
    capability_ids: tuple[int, ...] = ()
    is_illustrative: bool = False
    id: int | None = None


@dataclass(frozen=True)
class MembershipData:
    cluster_id: int
    is_founder: bool = False
    joined_year: int | None = None


@dataclass(frozen=True)
class ProfileData:
    """Everything the editor shows and saves about one organisation."""

    name: str
    country: str
    city: str = ""
    org_type: OrgType = OrgType.COMPANY
    size_band: SizeBand | None = None
    website: str = ""
    founded_year: int | None = None
    description: str = ""
    languages: tuple[str, ...] = ()
    notes: str = ""
    capability_ids: tuple[int, ...] = ()
    memberships: tuple[MembershipData, ...] = ()
    tag_names: tuple[str, ...] = ()
    opportunities: tuple[OpportunityData, ...] = ()
    contacts: tuple[ContactData, ...] = ()
    facts: dict[str, Any] = field(default_factory=dict)
    is_illustrative: bool = False
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class OrganisationSnapshot:
    """A deleted organisation with what hung on it, enough to put it back as it was."""

    profile: ProfileData
    shortlist: tuple[tuple[int, int, str], ...] = ()  # (organisation_id, partner_id, note)
    exclusions: tuple[tuple[int, int, str], ...] = ()  # (organisation_id, excluded_id, reason)


# --------------------------------------------------------------------------- reading and validating


def read_profile(session: Session, org_id: int) -> ProfileData:
    """The full profile of one organisation (one query per collection, not one per row)."""
    org = session.get(
        Organisation,
        org_id,
        options=[
            selectinload(Organisation.capabilities),
            selectinload(Organisation.memberships),
            selectinload(Organisation.tags),
            selectinload(Organisation.opportunities).selectinload(Opportunity.capabilities),
            selectinload(Organisation.people),
        ],
    )
    if org is None:
        raise NotFound(f"Organisation {org_id} no longer exists (deleted elsewhere?)")
    return ProfileData(
        id=org.id,
        version=org.version,
        name=org.name,
        country=org.country,
        city=org.city or "",
        org_type=org.org_type,
        size_band=org.size_band,
        website=org.website or "",
        founded_year=org.founded_year,
        description=org.description or "",
        languages=tuple(org.languages or ()),
        notes=org.notes or "",
        capability_ids=tuple(sorted(cap.id for cap in org.capabilities)),
        memberships=tuple(
            MembershipData(m.cluster_id, m.is_founder, m.joined_year)
            for m in sorted(org.memberships, key=lambda m: m.cluster_id)
        ),
        tag_names=tuple(sorted(tag.name for tag in org.tags)),
        opportunities=tuple(
            OpportunityData(
                id=o.id,
                kind=o.kind,
                area=o.area,
                title=o.title,
                text=o.text or "",
                target_countries=tuple(o.target_countries or ()),
                expires_on=o.expires_on,
                capability_ids=tuple(sorted(c.id for c in o.capabilities)),
                is_illustrative=o.is_illustrative,
            )
            for o in sorted(org.opportunities, key=lambda o: o.id)
        ),
        contacts=tuple(
            ContactData(
                id=p.id,
                name=p.name,
                role=p.role or "",
                email=p.email or "",
                phone=p.phone or "",
                languages=tuple(p.languages or ()),
                consent_to_publish=p.consent_to_publish,
                consent_at=p.consent_at,
                is_illustrative=p.is_illustrative,
            )
            for p in sorted(org.people, key=lambda p: p.id)
        ),
        facts=dict(org.facts or {}),
        is_illustrative=org.is_illustrative,
    )


def validate_profile(data: ProfileData) -> ProfileData:
    """A cleaned copy of ``data``; raises ValidationFailed naming the field that is wrong."""
    name = clean_text(data.name)
    if not name:
        raise ValidationFailed("Name: an organisation needs a name")
    if len(name) > 300:
        raise ValidationFailed("Name: at most 300 characters")
    country = normalise_country(data.country)
    if country is None:
        raise ValidationFailed(f"Country: '{data.country}' is not a country (use a code like LT or a name)")
    year = data.founded_year
    if year is not None and not (1000 <= year <= date.today().year):
        raise ValidationFailed(f"Founded: {year} is not a plausible year")
    website = clean_text(data.website)
    if website and (" " in website or "." not in website):
        raise ValidationFailed(f"Website: '{website}' is not a web address")
    contacts = []
    for number, contact in enumerate(data.contacts, start=1):
        person = clean_text(contact.name)
        if not person:
            raise ValidationFailed(f"Contact {number}: a contact needs a name")
        email = clean_text(contact.email)
        if email and ("@" not in email or " " in email or email.startswith("@") or email.endswith("@")):
            raise ValidationFailed(f"Contact {number} ({person}): '{email}' is not an e-mail address")
        consent_at = contact.consent_at
        if contact.consent_to_publish and consent_at is None:
            consent_at = utcnow()
        if not contact.consent_to_publish:
            consent_at = None
        contacts.append(
            replace(
                contact,
                name=person,
                email=email,
                role=clean_text(contact.role),
                phone=clean_text(contact.phone),
                consent_at=consent_at,
            )
        )
    opportunities = []
    for number, item in enumerate(data.opportunities, start=1):
        title = clean_text(item.title)
        if not title:
            raise ValidationFailed(f"{item.kind.value.capitalize()} {number}: needs a title")
        targets = []
        for code in item.target_countries:
            target = normalise_country(code)
            if target is None:
                raise ValidationFailed(f"{item.kind.value.capitalize()} {number} ({title}): '{code}' is not a country")
            targets.append(target)
        opportunities.append(replace(item, title=title, target_countries=tuple(targets)))
    return replace(
        data,
        name=name,
        country=country,
        city=clean_text(data.city),
        website=website,
        tag_names=tuple(sorted({clean_text(t) for t in data.tag_names if clean_text(t)})),
        contacts=tuple(contacts),
        opportunities=tuple(opportunities),
    )


def _check_duplicate(session: Session, data: ProfileData, own_id: int | None) -> None:
    query = select(Organisation.id).where(
        Organisation.name_key == name_key(data.name), Organisation.country == data.country
    )
    if own_id is not None:
        query = query.where(Organisation.id != own_id)
    if session.scalar(query.limit(1)) is not None:
        raise ValidationFailed(
            f"Name: '{data.name}' ({data.country}) already exists",
            hint="Open the existing organisation instead, or use a distinguishing name.",
        )


# --------------------------------------------------------------------------- writing


def _apply(session: Session, org: Organisation, data: ProfileData) -> None:
    with session.no_autoflush:  # one flush at the end: one version step per save
        _apply_fields(session, org, data)


def _apply_fields(session: Session, org: Organisation, data: ProfileData) -> None:
    org.name, org.name_key, org.country, org.city = data.name, name_key(data.name), data.country, data.city or None
    org.org_type, org.size_band, org.website = data.org_type, data.size_band, data.website or None
    org.founded_year, org.description, org.languages = data.founded_year, data.description, list(data.languages)
    org.notes, org.facts, org.is_illustrative = data.notes, dict(data.facts), data.is_illustrative
    org.capabilities = _capabilities(session, data.capability_ids)
    org.tags = [get_or_create_tag(session, name) for name in data.tag_names]
    wanted = {m.cluster_id: m for m in data.memberships}
    for membership in list(org.memberships):
        if membership.cluster_id not in wanted:
            org.memberships.remove(membership)
    existing = {m.cluster_id: m for m in org.memberships}
    for cluster_id, m in wanted.items():
        if session.get(Cluster, cluster_id) is None:
            raise ValidationFailed(f"Clusters: cluster {cluster_id} no longer exists")
        row = existing.get(cluster_id)
        if row is None:
            org.memberships.append(
                Membership(cluster_id=cluster_id, is_founder=m.is_founder, joined_year=m.joined_year)
            )
        else:
            row.is_founder, row.joined_year = m.is_founder, m.joined_year
    _sync_children(session, org, data)


def _sync_children(session: Session, org: Organisation, data: ProfileData) -> None:
    """Contacts and offers/requests: keep rows by id, delete the ones gone, add new ones (same id on undo)."""
    keep_people = {c.id for c in data.contacts if c.id is not None}
    for person in list(org.people):
        if person.id not in keep_people:
            org.people.remove(person)
    people = {p.id: p for p in org.people}
    for c in data.contacts:
        found = people.get(c.id) if c.id is not None else None
        if found is None:
            found = Person(id=c.id) if c.id is not None and session.get(Person, c.id) is None else Person()
            org.people.append(found)
        person = found
        person.name, person.role, person.email, person.phone = c.name, c.role or None, c.email or None, c.phone or None
        person.languages, person.consent_to_publish, person.consent_at = (
            list(c.languages),
            c.consent_to_publish,
            c.consent_at,
        )
        person.is_illustrative = c.is_illustrative
    keep_items = {o.id for o in data.opportunities if o.id is not None}
    for item in list(org.opportunities):
        if item.id not in keep_items:
            org.opportunities.remove(item)
    items = {o.id: o for o in org.opportunities}
    for o in data.opportunities:
        row = items.get(o.id) if o.id is not None else None
        if row is None:
            row = Opportunity(id=o.id) if o.id is not None and session.get(Opportunity, o.id) is None else Opportunity()
            org.opportunities.append(row)
        row.kind, row.area, row.title, row.text = o.kind, o.area, o.title, o.text
        row.target_countries, row.expires_on, row.is_illustrative = (
            list(o.target_countries),
            o.expires_on,
            o.is_illustrative,
        )
        row.capabilities = _capabilities(session, o.capability_ids)


def _capabilities(session: Session, ids: Sequence[int]) -> list[Capability]:
    if not ids:
        return []
    found = list(session.scalars(select(Capability).where(Capability.id.in_(set(ids)))))
    if len(found) != len(set(ids)):
        raise ValidationFailed("Capabilities: some chosen capabilities no longer exist in the taxonomy")
    return found


def get_or_create_tag(session: Session, name: str) -> Tag:
    """The tag called ``name``, added to the session when new (not flushed)."""
    tag = session.scalar(select(Tag).where(Tag.name == name))
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)
    return tag


def create_organisation(session: Session, data: ProfileData) -> int:
    """Add a new organisation (with ``data.id`` when given, for redo); returns its id."""
    data = validate_profile(data)
    _check_duplicate(session, data, data.id)
    org = Organisation(id=data.id) if data.id is not None else Organisation()
    session.add(org)
    _apply(session, org, data)
    session.flush()
    return org.id


def update_organisation(
    session: Session, org_id: int, data: ProfileData, *, expected_version: int | None = None
) -> int:
    """Replace the profile of ``org_id`` with ``data``; returns the new version.

    With ``expected_version``, refuses when someone else saved the organisation meanwhile.
    """
    data = validate_profile(data)
    org = session.get(Organisation, org_id)
    if org is None:
        raise NotFound(f"Organisation {org_id} no longer exists (deleted elsewhere?)")
    if expected_version is not None and org.version != expected_version:
        raise ValidationFailed(
            f"'{org.name}' was changed by someone else meanwhile",
            hint="Reload it and make your change again.",
        )
    _check_duplicate(session, data, org_id)
    _apply(session, org, data)
    org.updated_at = utcnow()  # always a real update, so the version moves on
    session.flush()
    return org.version


def delete_organisations(session: Session, ids: Iterable[int]) -> list[OrganisationSnapshot]:
    """Delete organisations; returns snapshots for :func:`restore_organisations`.

    Organisations taking part in an event are refused (their meetings would be lost).
    """
    ids = sorted(set(ids))
    busy = (
        session.execute(
            select(Organisation.name)
            .join(Participation, Participation.organisation_id == Organisation.id)
            .where(Organisation.id.in_(ids))
            .distinct()
            .limit(4)
        )
        .scalars()
        .all()
    )
    if busy:
        names = ", ".join(busy[:3]) + (" …" if len(busy) > 3 else "")
        raise ValidationFailed(
            f"Cannot delete {names}: taking part in an event", hint="Remove them from the event's participants first."
        )
    snapshots = []
    for org_id in ids:
        profile = read_profile(session, org_id)
        shortlist = session.execute(
            select(ShortlistEntry.organisation_id, ShortlistEntry.partner_id, ShortlistEntry.note).where(
                (ShortlistEntry.organisation_id == org_id) | (ShortlistEntry.partner_id == org_id)
            )
        )
        exclusions = session.execute(
            select(
                SuggestionExclusion.organisation_id, SuggestionExclusion.excluded_id, SuggestionExclusion.reason
            ).where((SuggestionExclusion.organisation_id == org_id) | (SuggestionExclusion.excluded_id == org_id))
        )
        snapshots.append(
            OrganisationSnapshot(
                profile,
                tuple((int(a), int(b), str(c)) for a, b, c in shortlist),
                tuple((int(a), int(b), str(c)) for a, b, c in exclusions),
            )
        )
        org = session.get(Organisation, org_id)
        session.delete(org)
    session.flush()
    return snapshots


def restore_organisations(session: Session, snapshots: Sequence[OrganisationSnapshot]) -> list[int]:
    """Put deleted organisations back with their ids, contacts, offers, shortlists and exclusions."""
    for snap in snapshots:
        create_organisation(session, snap.profile)
    for snap in snapshots:
        for org_id, partner_id, note in snap.shortlist:
            if session.get(Organisation, org_id) and session.get(Organisation, partner_id):
                session.merge(ShortlistEntry(organisation_id=org_id, partner_id=partner_id, note=note))
        for org_id, excluded_id, reason in snap.exclusions:
            if session.get(Organisation, org_id) and session.get(Organisation, excluded_id):
                session.add(SuggestionExclusion(organisation_id=org_id, excluded_id=excluded_id, reason=reason))
    session.flush()
    return [snap.profile.id for snap in snapshots if snap.profile.id is not None]
