"""The organisations table's rows, loaded in bulk with a few queries (no ORM objects), fast at 50,000."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .model import (
    Membership,
    Opportunity,
    OpportunityKind,
    Organisation,
    Person,
    organisation_capability,
    organisation_tag,
)


class OrganisationRow(NamedTuple):
    """One line of the organisations table, loaded in bulk (no ORM objects)."""

    id: int
    name: str
    country: str
    city: str
    org_type: str
    size_band: str | None
    founded_year: int | None
    website: str
    cluster_ids: frozenset[int]
    capability_ids: frozenset[int]
    tag_ids: frozenset[int]
    contacts: int
    offers: int
    requests: int
    is_illustrative: bool


# --------------------------------------------------------------------------- bulk rows


def organisation_rows(session: Session, ids: Iterable[int] | None = None) -> list[OrganisationRow]:
    """Table rows for all organisations (or just ``ids``), with a handful of bulk queries."""
    wanted = None if ids is None else sorted(set(ids))
    if wanted is not None and not wanted:
        return []

    def scoped(query: Any, column: Any) -> Any:
        return query if wanted is None else query.where(column.in_(wanted))

    links: dict[str, dict[int, set[int]]] = {
        "cluster": defaultdict(set),
        "cap": defaultdict(set),
        "tag": defaultdict(set),
    }
    for key, query, column in (
        ("cluster", select(Membership.organisation_id, Membership.cluster_id), Membership.organisation_id),
        (
            "cap",
            select(organisation_capability.c.organisation_id, organisation_capability.c.capability_id),
            organisation_capability.c.organisation_id,
        ),
        (
            "tag",
            select(organisation_tag.c.organisation_id, organisation_tag.c.tag_id),
            organisation_tag.c.organisation_id,
        ),
    ):
        target = links[key]
        for org_id, other_id in session.execute(scoped(query, column)):
            target[org_id].add(other_id)
    contacts: dict[int, int] = {
        org_id: count
        for org_id, count in session.execute(
            scoped(select(Person.organisation_id, func.count()), Person.organisation_id).group_by(
                Person.organisation_id
            )
        )
    }
    offers: dict[int, int] = defaultdict(int)
    requests: dict[int, int] = defaultdict(int)
    opportunity_counts = scoped(
        select(Opportunity.organisation_id, Opportunity.kind, func.count()), Opportunity.organisation_id
    ).group_by(Opportunity.organisation_id, Opportunity.kind)
    for org_id, kind, count in session.execute(opportunity_counts):
        (offers if kind == OpportunityKind.OFFER else requests)[org_id] = count
    base = scoped(
        select(
            Organisation.id,
            Organisation.name,
            Organisation.country,
            Organisation.city,
            Organisation.org_type,
            Organisation.size_band,
            Organisation.founded_year,
            Organisation.website,
            Organisation.is_illustrative,
        ),
        Organisation.id,
    ).order_by(Organisation.name, Organisation.id)
    empty: frozenset[int] = frozenset()
    rows = []
    for org_id, name, country, city, org_type, size_band, founded, website, illustrative in session.execute(base):
        clusters, caps, tags = links["cluster"].get(org_id), links["cap"].get(org_id), links["tag"].get(org_id)
        rows.append(
            OrganisationRow(
                org_id,
                name,
                country,
                city or "",
                str(org_type.value if org_type else ""),
                size_band.value if size_band else None,
                founded,
                website or "",
                frozenset(clusters) if clusters else empty,
                frozenset(caps) if caps else empty,
                frozenset(tags) if tags else empty,
                contacts.get(org_id, 0),
                offers.get(org_id, 0),
                requests.get(org_id, 0),
                bool(illustrative),
            )
        )
    return rows
