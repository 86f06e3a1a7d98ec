"""Clusters, organisations, their capabilities, offers and requests, and contacts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Column, Date, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, Versioned, str_enum, utcnow
from .enums import OpportunityArea, OpportunityKind, OrgType, SizeBand

organisation_capability = Table(
    "organisation_capability",
    Base.metadata,
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
    Column("capability_id", ForeignKey("capability.id", ondelete="CASCADE"), primary_key=True, index=True),
)

opportunity_capability = Table(
    "opportunity_capability",
    Base.metadata,
    Column("opportunity_id", ForeignKey("opportunity.id", ondelete="CASCADE"), primary_key=True),
    Column("capability_id", ForeignKey("capability.id", ondelete="CASCADE"), primary_key=True, index=True),
)

organisation_tag = Table(
    "organisation_tag",
    Base.metadata,
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Cluster(Versioned, Base):
    """A business cluster (e.g. Vilnius Film Cluster, INFOBALT)."""

    __tablename__ = "cluster"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    country: Mapped[str | None] = mapped_column(String(2))
    website: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    sectors: Mapped[list[str]] = mapped_column(default=list)
    member_count: Mapped[int | None] = mapped_column(doc="Member count as stated by the cluster")
    founded_year: Mapped[int | None]
    facts: Mapped[dict[str, Any]] = mapped_column(default=dict, doc="Other stated facts, with sources")

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="cluster", cascade="all, delete-orphan", passive_deletes=True
    )

    def __repr__(self) -> str:
        return f"<Cluster {self.id} {self.name!r}>"


class Membership(Timestamped, Base):
    """An organisation's membership of a cluster."""

    __tablename__ = "membership"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("cluster.id", ondelete="CASCADE"), primary_key=True, index=True)
    is_founder: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_year: Mapped[int | None]

    organisation: Mapped[Organisation] = relationship(back_populates="memberships")
    cluster: Mapped[Cluster] = relationship(back_populates="memberships")


class Capability(Versioned, Base):
    """A node of the hierarchical capability taxonomy (film, VR, cloud, ...)."""

    __tablename__ = "capability"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True, doc="Stable code, e.g. 'av.post.vfx'")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("capability.id", ondelete="CASCADE"), index=True)
    labels: Mapped[dict[str, Any]] = mapped_column(default=dict, doc="{'en': ..., 'lt': ..., 'pl': ...}")
    synonyms: Mapped[dict[str, Any]] = mapped_column(default=dict, doc="{'en': [...], 'lt': [...], ...}")
    nace_code: Mapped[str | None] = mapped_column(String(10))
    eccp_ecosystem: Mapped[str | None] = mapped_column(String(80))
    sort_order: Mapped[int] = mapped_column(default=0)
    is_custom: Mapped[bool] = mapped_column(Boolean, default=False, doc="Added by a user, not shipped")

    parent: Mapped[Capability | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Capability]] = relationship(back_populates="parent", order_by="Capability.sort_order")

    def label(self, language: str = "en") -> str:
        """The label in ``language``, falling back to English, then the code."""
        return str(self.labels.get(language) or self.labels.get("en") or self.code)

    def __repr__(self) -> str:
        return f"<Capability {self.code}>"


class Organisation(Versioned, Base):
    """A company, university, public body, cluster organisation or NGO."""

    __tablename__ = "organisation"
    __table_args__ = (Index("ix_organisation_name_key_country", "name_key", "country"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(
        String(300), default="", doc="Normalised name for duplicate detection (see core.text)"
    )
    country: Mapped[str] = mapped_column(String(2), index=True, doc="ISO 3166-1 alpha-2")
    city: Mapped[str | None] = mapped_column(String(120))
    org_type: Mapped[OrgType] = mapped_column(str_enum(OrgType), default=OrgType.COMPANY)
    size_band: Mapped[SizeBand | None] = mapped_column(str_enum(SizeBand))
    website: Mapped[str | None] = mapped_column(String(300))
    founded_year: Mapped[int | None]
    description: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[list[str]] = mapped_column(default=list, doc="ISO 639-1 codes")
    notes: Mapped[str] = mapped_column(Text, default="", doc="Internal; never published or exported")
    facts: Mapped[dict[str, Any]] = mapped_column(default=dict, doc="Stated facts (turnover, exports, ...)")
    is_illustrative: Mapped[bool] = mapped_column(Boolean, default=False)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", passive_deletes=True
    )
    capabilities: Mapped[list[Capability]] = relationship(secondary=organisation_capability)
    opportunities: Mapped[list[Opportunity]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", passive_deletes=True
    )
    people: Mapped[list[Person]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", passive_deletes=True
    )
    tags: Mapped[list[Tag]] = relationship(secondary=organisation_tag)

    @property
    def clusters(self) -> list[Cluster]:
        return [m.cluster for m in self.memberships]

    def offers(self) -> list[Opportunity]:
        return [o for o in self.opportunities if o.kind == OpportunityKind.OFFER]

    def requests(self) -> list[Opportunity]:
        return [o for o in self.opportunities if o.kind == OpportunityKind.REQUEST]

    def __repr__(self) -> str:
        return f"<Organisation {self.id} {self.name!r} {self.country}>"


class Opportunity(Versioned, Base):
    """An offer or a request of an organisation (EEN-style cooperation profile)."""

    __tablename__ = "opportunity"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    kind: Mapped[OpportunityKind] = mapped_column(str_enum(OpportunityKind))
    area: Mapped[OpportunityArea] = mapped_column(str_enum(OpportunityArea), default=OpportunityArea.BUSINESS)
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    target_countries: Mapped[list[str]] = mapped_column(default=list)
    expires_on: Mapped[date | None] = mapped_column(Date)
    is_illustrative: Mapped[bool] = mapped_column(Boolean, default=False)

    organisation: Mapped[Organisation] = relationship(back_populates="opportunities")
    capabilities: Mapped[list[Capability]] = relationship(secondary=opportunity_capability)


class Person(Versioned, Base):
    """A contact person of an organisation."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(60))
    languages: Mapped[list[str]] = mapped_column(default=list)
    consent_to_publish: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[datetime | None] = mapped_column(doc="When consent was given (naive UTC)")
    is_illustrative: Mapped[bool] = mapped_column(Boolean, default=False)

    organisation: Mapped[Organisation] = relationship(back_populates="people")


class Tag(Timestamped, Base):
    """A free label organisers put on many organisations at once."""

    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    colour: Mapped[str | None] = mapped_column(String(9))


class ShortlistEntry(Timestamped, Base):
    """A partner an organisation keeps on its shortlist."""

    __tablename__ = "shortlist_entry"
    __table_args__ = (UniqueConstraint("organisation_id", "partner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    note: Mapped[str] = mapped_column(Text, default="")


class SuggestionExclusion(Timestamped, Base):
    """A pair the user never wants suggested again (in either direction)."""

    __tablename__ = "suggestion_exclusion"
    __table_args__ = (UniqueConstraint("organisation_id", "excluded_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    excluded_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text, default="")


class ErasureRecord(Base):
    """Proof that a person was erased. Holds no personal data by design."""

    __tablename__ = "erasure_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(default=utcnow)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    rows_removed: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(Text, default="")
