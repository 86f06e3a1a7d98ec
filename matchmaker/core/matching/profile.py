"""Plain profiles the matcher works on, built from a database or from dictionaries (a catalogue file).

The matcher never touches ORM rows: the same code ranks partners in the organiser's
database and offline, in a published catalogue.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationFailed
from ..model import (
    Capability,
    Cluster,
    Membership,
    Opportunity,
    OpportunityKind,
    Organisation,
    OrgType,
    Participation,
    opportunity_capability,
    organisation_capability,
)


@dataclass(frozen=True, slots=True)
class ProfileItem:
    """An offer or a request: a title, free text and capability codes (which may be missing)."""

    title: str
    text: str = ""
    capabilities: tuple[str, ...] = ()
    id: int | None = None  # the Opportunity id, when it came from a database

    @property
    def display(self) -> str:
        """What a reason quotes: the title, or the start of the text."""
        if self.title.strip():
            return self.title.strip()
        text = " ".join(self.text.split())
        return text if len(text) <= 80 else text[:77] + "..."

    @property
    def full_text(self) -> str:
        return f"{self.title}. {self.text}" if self.text else self.title

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"title": self.title, "text": self.text, "capabilities": list(self.capabilities)}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(frozen=True, slots=True)
class OrgProfile:
    """What the matcher knows about one organisation."""

    id: int
    name: str
    country: str
    org_type: str = OrgType.COMPANY.value
    size: str | None = None
    capabilities: tuple[str, ...] = ()
    offers: tuple[ProfileItem, ...] = ()
    requests: tuple[ProfileItem, ...] = ()
    description: str = ""
    clusters: tuple[str, ...] = field(default=())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "profile") -> OrgProfile:
        """A profile from a dictionary, e.g. one organisation of a catalogue file.

        Keys: ``id`` (int), ``name``, ``country`` (ISO alpha-2) are required;
        optional ``org_type``, ``size``, ``capabilities`` (list of codes),
        ``offers`` and ``requests`` (lists of {"title", "text", "capabilities", "id"}),
        ``description`` and ``clusters`` (list of names). Raises ValidationFailed naming
        ``where`` and the field.
        """
        if not isinstance(data, Mapping):
            raise ValidationFailed(f"{where}: expected an object")
        org_id = data.get("id")
        if not isinstance(org_id, int) or isinstance(org_id, bool):
            raise ValidationFailed(f"{where}: 'id' must be an integer (got {org_id!r})")
        where = f"{where} (id {org_id})"
        name = _string(data, "name", where, required=True)
        country = _string(data, "country", where, required=True).upper()
        org_type = _string(data, "org_type", where) or OrgType.COMPANY.value
        if org_type not in {t.value for t in OrgType}:
            raise ValidationFailed(f"{where}: 'org_type' must be one of {', '.join(t.value for t in OrgType)}")
        return cls(
            id=org_id,
            name=name,
            country=country,
            org_type=org_type,
            size=_string(data, "size", where) or None,
            capabilities=_codes(data.get("capabilities"), f"{where}: 'capabilities'"),
            offers=_items(data.get("offers"), f"{where}: 'offers'"),
            requests=_items(data.get("requests"), f"{where}: 'requests'"),
            description=_string(data, "description", where),
            clusters=_codes(data.get("clusters"), f"{where}: 'clusters'"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The inverse of :meth:`from_dict`."""
        return {
            "id": self.id,
            "name": self.name,
            "country": self.country,
            "org_type": self.org_type,
            "size": self.size,
            "capabilities": list(self.capabilities),
            "offers": [item.to_dict() for item in self.offers],
            "requests": [item.to_dict() for item in self.requests],
            "description": self.description,
            "clusters": list(self.clusters),
        }


def profiles_from_dicts(items: Iterable[Mapping[str, Any]], *, source: str = "profiles") -> list[OrgProfile]:
    """Profiles from a list of dictionaries (see :meth:`OrgProfile.from_dict`); ids must be unique."""
    profiles: list[OrgProfile] = []
    seen: set[int] = set()
    for number, item in enumerate(items, start=1):
        profile = OrgProfile.from_dict(item, where=f"{source}: organisation {number}")
        if profile.id in seen:
            raise ValidationFailed(f"{source}: organisation {number}: duplicate id {profile.id}")
        seen.add(profile.id)
        profiles.append(profile)
    return profiles


def _string(data: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = data.get(key)
    if value is None or value == "":
        if required:
            raise ValidationFailed(f"{where}: missing '{key}'")
        return ""
    if not isinstance(value, str):
        raise ValidationFailed(f"{where}: '{key}' must be text (got {type(value).__name__})")
    return value


def _codes(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationFailed(f"{where} must be a list of strings")
    return tuple(value)


def _items(value: Any, where: str) -> tuple[ProfileItem, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ValidationFailed(f"{where} must be a list of objects")
    items: list[ProfileItem] = []
    for number, raw in enumerate(value, start=1):
        here = f"{where}, item {number}"
        if not isinstance(raw, Mapping):
            raise ValidationFailed(f"{here}: expected an object with 'title'")
        item_id = raw.get("id")
        if item_id is not None and (not isinstance(item_id, int) or isinstance(item_id, bool)):
            raise ValidationFailed(f"{here}: 'id' must be an integer")
        title, text = _string(raw, "title", here), _string(raw, "text", here)
        if not title and not text:
            raise ValidationFailed(f"{here}: needs a 'title' or a 'text'")
        items.append(ProfileItem(title, text, _codes(raw.get("capabilities"), f"{here}: 'capabilities'"), item_id))
    return tuple(items)


# --------------------------------------------------------------------------- from a database


def profiles_from_session(
    session: Session, ids: Collection[int] | None = None, *, event_id: int | None = None
) -> list[OrgProfile]:
    """Profiles of the organisations in ``session`` (all, those in ``ids``, or an event's participants).

    Six bulk queries whatever the number of organisations (no per-row loading).
    """
    orgs = select(Organisation.id).where(Organisation.id.in_(ids)) if ids is not None else None
    if event_id is not None:
        in_event = select(Participation.organisation_id).where(Participation.event_id == event_id)
        orgs = in_event if orgs is None else orgs.where(Organisation.id.in_(in_event))

    def only(column: Any) -> Any:
        return column.in_(orgs) if orgs is not None else True

    # One string object per distinct value: codes, countries and item titles repeat across thousands of rows.
    seen: dict[str, str] = {}
    share = seen.setdefault

    org_rows = session.execute(
        select(
            Organisation.id,
            Organisation.name,
            Organisation.country,
            Organisation.org_type,
            Organisation.size_band,
            Organisation.description,
        )
        .where(only(Organisation.id))
        .order_by(Organisation.id)
    ).all()
    caps: dict[int, list[str]] = defaultdict(list)
    for org_id, code in session.execute(
        select(organisation_capability.c.organisation_id, Capability.code)
        .join(Capability, Capability.id == organisation_capability.c.capability_id)
        .where(only(organisation_capability.c.organisation_id))
        .order_by(organisation_capability.c.organisation_id, Capability.sort_order, Capability.code)
    ):
        caps[org_id].append(share(code, code))
    clusters: dict[int, list[str]] = defaultdict(list)
    for org_id, name in session.execute(
        select(Membership.organisation_id, Cluster.name)
        .join(Cluster, Cluster.id == Membership.cluster_id)
        .where(only(Membership.organisation_id))
        .order_by(Membership.organisation_id, Cluster.name)
    ):
        clusters[org_id].append(share(name, name))
    opp_caps: dict[int, list[str]] = defaultdict(list)
    for opp_id, code in session.execute(
        select(opportunity_capability.c.opportunity_id, Capability.code)
        .join(Capability, Capability.id == opportunity_capability.c.capability_id)
        .join(Opportunity, Opportunity.id == opportunity_capability.c.opportunity_id)
        .where(only(Opportunity.organisation_id))
        .order_by(opportunity_capability.c.opportunity_id, Capability.sort_order, Capability.code)
    ):
        opp_caps[opp_id].append(share(code, code))
    offers: dict[int, list[ProfileItem]] = defaultdict(list)
    requests: dict[int, list[ProfileItem]] = defaultdict(list)
    for opp_id, org_id, kind, title, text in session.execute(
        select(Opportunity.id, Opportunity.organisation_id, Opportunity.kind, Opportunity.title, Opportunity.text)
        .where(only(Opportunity.organisation_id))
        .order_by(Opportunity.organisation_id, Opportunity.id)
    ):
        target = offers if kind == OpportunityKind.OFFER else requests
        title, text = title or "", text or ""
        item = ProfileItem(share(title, title), share(text, text), tuple(opp_caps.pop(opp_id, ())), opp_id)
        target[org_id].append(item)
    return [
        OrgProfile(
            id=row.id,
            name=row.name,
            country=share(row.country, row.country),
            org_type=str(row.org_type.value if hasattr(row.org_type, "value") else row.org_type),
            size=row.size_band.value if row.size_band is not None else None,
            capabilities=tuple(caps.get(row.id, ())),
            offers=tuple(offers.get(row.id, ())),
            requests=tuple(requests.get(row.id, ())),
            description=row.description or "",
            clusters=tuple(clusters.get(row.id, ())),
        )
        for row in org_rows
    ]
