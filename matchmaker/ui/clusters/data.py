"""Cluster and member rows, loaded in bulk (no ORM objects)."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matchmaker.core.model import Cluster, Membership, Organisation


class ClusterRow(NamedTuple):
    id: int
    name: str
    country: str
    members: int
    stated_members: int | None
    founded_year: int | None
    website: str
    description: str
    sectors: tuple[str, ...]


class MemberRow(NamedTuple):
    organisation_id: int
    name: str
    country: str
    city: str
    is_founder: bool
    joined_year: int | None


def cluster_rows(session: Session) -> list[ClusterRow]:
    counts = dict(session.execute(select(Membership.cluster_id, func.count()).group_by(Membership.cluster_id)).all())
    rows = session.execute(
        select(
            Cluster.id,
            Cluster.name,
            Cluster.country,
            Cluster.member_count,
            Cluster.founded_year,
            Cluster.website,
            Cluster.description,
            Cluster.sectors,
        ).order_by(Cluster.name)
    )
    return [
        ClusterRow(
            cid,
            name,
            country or "",
            int(counts.get(cid, 0)),
            stated,
            founded,
            website or "",
            description or "",
            tuple(sectors or ()),
        )
        for cid, name, country, stated, founded, website, description, sectors in rows
    ]


def member_rows(session: Session, cluster_id: int) -> list[MemberRow]:
    rows = session.execute(
        select(
            Organisation.id,
            Organisation.name,
            Organisation.country,
            Organisation.city,
            Membership.is_founder,
            Membership.joined_year,
        )
        .join(Membership, Membership.organisation_id == Organisation.id)
        .where(Membership.cluster_id == cluster_id)
        .order_by(Organisation.name)
    )
    return [MemberRow(i, n, c, city or "", bool(f), j) for i, n, c, city, f, j in rows]


def candidate_rows(session: Session, cluster_id: int) -> list[MemberRow]:
    """Organisations that are not members yet (for the 'Add members' chooser)."""
    members = select(Membership.organisation_id).where(Membership.cluster_id == cluster_id)
    rows = session.execute(
        select(Organisation.id, Organisation.name, Organisation.country, Organisation.city)
        .where(Organisation.id.not_in(members))
        .order_by(Organisation.name)
    )
    return [MemberRow(i, n, c, city or "", False, None) for i, n, c, city in rows]
