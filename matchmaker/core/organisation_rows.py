"""The organisations table's rows, loaded in bulk with a few queries (no ORM objects), fast at 50,000."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import String, cast, func, select
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
    """Table rows for all organisations (or just ``ids``), with a handful of bulk Core queries.

    Core (not ORM) results and plain strings for enum columns: this is what keeps 50,000 rows fast.
    """
    wanted = None if ids is None else sorted(set(ids))
    if wanted is not None and not wanted:
        return []
    connection = session.connection()

    def fetch(query: Any, column: Any) -> list[Any]:
        # In chunks: a UI thread waiting for the GIL gets it between two chunks, not after a long fetchall.
        result = connection.execute(query if wanted is None else query.where(column.in_(wanted)))
        rows: list[Any] = []
        for chunk in result.partitions(2000):
            rows.extend(chunk)
        return rows

    links: list[dict[int, set[int]]] = []
    for table, other in (
        (Membership.__table__, "cluster_id"),
        (organisation_capability, "capability_id"),
        (organisation_tag, "tag_id"),
    ):
        target: dict[int, set[int]] = defaultdict(set)
        for org_id, other_id in fetch(select(table.c.organisation_id, table.c[other]), table.c.organisation_id):
            target[org_id].add(other_id)
        links.append(target)
    clusters_of, caps_of, tags_of = links
    person = Person.__table__.c
    contacts = dict(
        fetch(select(person.organisation_id, func.count()).group_by(person.organisation_id), person.organisation_id)
    )
    item = Opportunity.__table__.c
    offers: dict[int, int] = defaultdict(int)
    requests: dict[int, int] = defaultdict(int)
    counts = select(item.organisation_id, cast(item.kind, String), func.count()).group_by(
        item.organisation_id, item.kind
    )
    for org_id, kind, count in fetch(counts, item.organisation_id):
        (offers if kind == OpportunityKind.OFFER.value else requests)[org_id] = count
    org = Organisation.__table__.c
    base = select(
        org.id,
        org.name,
        org.country,
        org.city,
        cast(org.org_type, String),
        cast(org.size_band, String),
        org.founded_year,
        org.website,
        org.is_illustrative,
    ).order_by(org.name_key, org.id)  # folded names: nearly the table's own order
    empty: frozenset[int] = frozenset()
    rows = []
    for org_id, name, country, city, org_type, size_band, founded, website, illustrative in fetch(base, org.id):
        clusters, caps, tags = clusters_of.get(org_id), caps_of.get(org_id), tags_of.get(org_id)
        rows.append(
            OrganisationRow(
                org_id, name, country, city or "", org_type or "", size_band or None, founded, website or "",
                frozenset(clusters) if clusters else empty, frozenset(caps) if caps else empty,
                frozenset(tags) if tags else empty, contacts.get(org_id, 0), offers.get(org_id, 0),
                requests.get(org_id, 0), bool(illustrative),
            )
        )  # fmt: skip
    return rows
