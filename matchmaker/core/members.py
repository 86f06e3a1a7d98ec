"""Tags on many organisations at once, and cluster memberships; each returns what it changed, for undo."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from .errors import NotFound, ValidationFailed
from .model import Cluster, Membership, Organisation, Tag, organisation_tag
from .organisations import get_or_create_tag
from .text import clean_text


@dataclass(frozen=True)
class MemberData:
    """One organisation's membership of a given cluster (for undoing a removal)."""

    organisation_id: int
    is_founder: bool = False
    joined_year: int | None = None


# --------------------------------------------------------------------------- tags


def tag_names(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name).order_by(Tag.name)))


def tag_organisations(session: Session, ids: Iterable[int], name: str) -> list[int]:
    """Put tag ``name`` (created if new) on organisations; returns the ids that did not have it."""
    name = clean_text(name)
    if not name:
        raise ValidationFailed("Tag: a tag needs a name")
    if len(name) > 80:
        raise ValidationFailed("Tag: at most 80 characters")
    tag = get_or_create_tag(session, name)
    session.flush()
    ids = set(ids)
    had = set(session.scalars(select(organisation_tag.c.organisation_id).where(organisation_tag.c.tag_id == tag.id)))
    new = sorted(ids - had)
    if new:
        session.execute(insert(organisation_tag), [{"organisation_id": i, "tag_id": tag.id} for i in new])
    return new


def untag_organisations(session: Session, ids: Iterable[int], name: str) -> list[int]:
    """Take tag ``name`` off organisations; returns the ids that had it."""
    tag = session.scalar(select(Tag).where(Tag.name == clean_text(name)))
    if tag is None:
        return []
    ids = set(ids)
    had = set(session.scalars(select(organisation_tag.c.organisation_id).where(organisation_tag.c.tag_id == tag.id)))
    gone = sorted(ids & had)
    if gone:
        session.execute(
            delete(organisation_tag).where(
                organisation_tag.c.tag_id == tag.id, organisation_tag.c.organisation_id.in_(gone)
            )
        )
    return gone


# --------------------------------------------------------------------------- cluster members


def add_members(session: Session, cluster_id: int, ids: Iterable[int]) -> list[int]:
    """Make organisations members of a cluster; returns the ids that were not members yet."""
    cluster = session.get(Cluster, cluster_id)
    if cluster is None:
        raise NotFound(f"Cluster {cluster_id} no longer exists")
    have = set(session.scalars(select(Membership.organisation_id).where(Membership.cluster_id == cluster_id)))
    new = sorted(set(ids) - have)
    for org_id in new:
        if session.get(Organisation, org_id) is None:
            raise NotFound(f"Organisation {org_id} no longer exists")
        session.add(Membership(cluster_id=cluster_id, organisation_id=org_id))
    session.flush()
    return new


def remove_members(session: Session, cluster_id: int, ids: Iterable[int]) -> list[MemberData]:
    """End memberships; returns what they were, for :func:`restore_members`."""
    removed = []
    for membership in session.scalars(
        select(Membership).where(Membership.cluster_id == cluster_id, Membership.organisation_id.in_(set(ids)))
    ):
        removed.append(MemberData(membership.organisation_id, membership.is_founder, membership.joined_year))
        session.delete(membership)
    session.flush()
    return removed


def restore_members(session: Session, cluster_id: int, removed: Sequence[MemberData]) -> None:
    """Undo :func:`remove_members`."""
    for m in removed:
        session.add(
            Membership(
                cluster_id=cluster_id,
                organisation_id=m.organisation_id,
                is_founder=m.is_founder,
                joined_year=m.joined_year,
            )
        )
    session.flush()
