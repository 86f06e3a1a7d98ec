"""What a catalogue holds, as read-only value objects, and the strict schema check of its JSON.

The JSON layout is documented in ``matchmaker/core/catalogue/README.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..model import OpportunityArea, OpportunityKind, OrgType, SizeBand, SlotKind
from .safety import Reader

FORMAT = "matchmaker-catalogue"
FORMAT_VERSION = 1
KINDS = frozenset({"event", "cluster"})

MAX_ORGANISATIONS = 50_000
MAX_CAPABILITIES = 5_000
MAX_SLOTS = 2_000
MAX_OPPORTUNITIES = 200
MAX_CONTACTS = 50
_ORG_TYPES = frozenset(t.value for t in OrgType)
_SIZE_BANDS = frozenset(s.value for s in SizeBand)
_AREAS = frozenset(a.value for a in OpportunityArea)
_SLOT_KINDS = frozenset(k.value for k in SlotKind)


@dataclass(frozen=True)
class CatalogueContact:
    name: str
    role: str | None
    email: str | None
    phone: str | None
    languages: tuple[str, ...]


@dataclass(frozen=True)
class CatalogueOpportunity:
    kind: OpportunityKind
    area: str
    title: str
    text: str
    capabilities: tuple[str, ...]
    target_countries: tuple[str, ...]
    expires_on: date | None


@dataclass(frozen=True)
class CatalogueOrganisation:
    id: int
    participant: int | None
    name: str
    country: str
    city: str | None
    org_type: str
    size_band: str | None
    website: str | None
    founded_year: int | None
    description: str
    languages: tuple[str, ...]
    clusters: tuple[str, ...]
    capabilities: tuple[str, ...]
    offers: tuple[CatalogueOpportunity, ...]
    requests: tuple[CatalogueOpportunity, ...]
    contacts: tuple[CatalogueContact, ...]
    illustrative: bool


@dataclass(frozen=True)
class CatalogueSlot:
    id: int
    starts_at: datetime
    ends_at: datetime
    kind: str
    label: str
    session: str

    @property
    def is_meeting(self) -> bool:
        return self.kind == SlotKind.MEETING.value


@dataclass(frozen=True)
class CatalogueEvent:
    name: str
    venue: str
    city: str | None
    country: str | None
    timezone: str
    starts_on: date | None
    ends_on: date | None
    meeting_minutes: int
    slots: tuple[CatalogueSlot, ...]


@dataclass(frozen=True)
class CatalogueCluster:
    name: str
    country: str | None
    website: str | None
    description: str


@dataclass(frozen=True)
class CatalogueCapability:
    code: str
    parent: str | None
    labels: dict[str, str]

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels.get("en") or self.code


@dataclass(frozen=True)
class PublicationInfo:
    uid: str
    publisher: str
    published_at: datetime
    kind: str
    title: str
    #: Key the company's request files are signed with (derived from the organiser's secret).
    request_key: str


@dataclass
class Catalogue:
    """A validated catalogue. ``checksum`` is the SHA-256 of its canonical JSON."""

    info: PublicationInfo
    event: CatalogueEvent | None
    cluster: CatalogueCluster | None
    capabilities: tuple[CatalogueCapability, ...]
    organisations: tuple[CatalogueOrganisation, ...]
    checksum: str
    source: str = ""
    _by_id: dict[int, CatalogueOrganisation] = field(default_factory=dict, repr=False)
    _caps: dict[str, CatalogueCapability] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {org.id: org for org in self.organisations}
        self._caps = {cap.code: cap for cap in self.capabilities}

    def organisation(self, org_id: int) -> CatalogueOrganisation | None:
        return self._by_id.get(org_id)

    def capability(self, code: str) -> CatalogueCapability | None:
        return self._caps.get(code)

    def capability_label(self, code: str, language: str = "en") -> str:
        cap = self._caps.get(code)
        return cap.label(language) if cap else code

    @property
    def meeting_slots(self) -> tuple[CatalogueSlot, ...]:
        return tuple(s for s in self.event.slots if s.is_meeting) if self.event else ()

    @property
    def title(self) -> str:
        return self.info.title


def parse_document(data: Any, source: str, checksum: str) -> Catalogue:
    """Check a catalogue's parsed JSON against the schema; FileRefused names the first bad field."""
    r = Reader(source)
    doc = r.obj(
        data,
        "catalogue",
        {"format", "format_version", "publication", "event", "cluster", "capabilities", "organisations"},
    )
    pub = r.obj(doc["publication"], "publication", {"uid", "publisher", "published_at", "kind", "title", "request_key"})
    info = PublicationInfo(
        uid=r.hexdigest(pub["uid"], "publication.uid", 32),
        publisher=r.text(pub["publisher"], "publication.publisher", 200),
        published_at=r.timestamp(pub["published_at"], "publication.published_at"),
        kind=r.choice(pub["kind"], "publication.kind", KINDS),
        title=r.text(pub["title"], "publication.title", 300),
        request_key=r.hexdigest(pub["request_key"], "publication.request_key"),
    )
    event = None if doc["event"] is None else _event(r, doc["event"])
    cluster = None if doc["cluster"] is None else _cluster(r, doc["cluster"])
    if (info.kind == "event") != (event is not None) or (info.kind == "cluster") != (cluster is not None):
        r.fail("publication.kind", f"a {info.kind} catalogue must have its {info.kind} and nothing else")
    capabilities = tuple(r.items(doc["capabilities"], "capabilities", MAX_CAPABILITIES, lambda v, w: _cap(r, v, w)))
    codes = {cap.code for cap in capabilities}
    if len(codes) != len(capabilities):
        r.fail("capabilities", "a capability code appears twice")
    for index, cap in enumerate(capabilities):
        if cap.parent is not None and cap.parent not in codes:
            r.fail(f"capabilities[{index}].parent", f"unknown capability '{cap.parent}'")
    orgs = tuple(
        r.items(doc["organisations"], "organisations", MAX_ORGANISATIONS, lambda v, w: _organisation(r, v, w, codes))
    )
    _check_references(r, orgs, info.kind)
    return Catalogue(info, event, cluster, capabilities, orgs, checksum, source)


def _check_references(r: Reader, orgs: tuple[CatalogueOrganisation, ...], kind: str) -> None:
    ids: set[int] = set()
    participants: set[int] = set()
    for index, org in enumerate(orgs):
        where = f"organisations[{index}]"
        if org.id in ids:
            r.fail(f"{where}.id", f"organisation {org.id} appears twice")
        ids.add(org.id)
        if kind == "event":
            if org.participant is None:
                r.fail(f"{where}.participant", "every organisation of an event catalogue is a participant")
            if org.participant in participants:
                r.fail(f"{where}.participant", f"participant {org.participant} appears twice")
            participants.add(org.participant)
        elif org.participant is not None:
            r.fail(f"{where}.participant", "a cluster catalogue has no participants")


def _event(r: Reader, value: Any) -> CatalogueEvent:
    ev = r.obj(
        value,
        "event",
        {"name", "venue", "city", "country", "timezone", "starts_on", "ends_on", "meeting_minutes", "slots"},
    )
    slots = tuple(r.items(ev["slots"], "event.slots", MAX_SLOTS, lambda v, w: _slot(r, v, w)))
    if len({slot.id for slot in slots}) != len(slots):
        r.fail("event.slots", "a slot id appears twice")
    return CatalogueEvent(
        name=r.text(ev["name"], "event.name", 200, empty=False),
        venue=r.text(ev["venue"], "event.venue", 300),
        city=r.opt_text(ev["city"], "event.city", 120),
        country=None if ev["country"] is None else r.country(ev["country"], "event.country"),
        timezone=r.text(ev["timezone"], "event.timezone", 64),
        starts_on=r.opt_day(ev["starts_on"], "event.starts_on"),
        ends_on=r.opt_day(ev["ends_on"], "event.ends_on"),
        meeting_minutes=r.integer(ev["meeting_minutes"], "event.meeting_minutes", 1, 24 * 60),
        slots=slots,
    )


def _slot(r: Reader, value: Any, where: str) -> CatalogueSlot:
    s = r.obj(value, where, {"id", "starts_at", "ends_at", "kind", "label", "session"})
    slot = CatalogueSlot(
        id=r.integer(s["id"], f"{where}.id", 1),
        starts_at=r.timestamp(s["starts_at"], f"{where}.starts_at"),
        ends_at=r.timestamp(s["ends_at"], f"{where}.ends_at"),
        kind=r.choice(s["kind"], f"{where}.kind", _SLOT_KINDS),
        label=r.text(s["label"], f"{where}.label", 120),
        session=r.text(s["session"], f"{where}.session", 120),
    )
    if slot.ends_at <= slot.starts_at:
        r.fail(f"{where}.ends_at", "ends before it starts")
    return slot


def _cluster(r: Reader, value: Any) -> CatalogueCluster:
    c = r.obj(value, "cluster", {"name", "country", "website", "description"})
    return CatalogueCluster(
        name=r.text(c["name"], "cluster.name", 200, empty=False),
        country=None if c["country"] is None else r.country(c["country"], "cluster.country"),
        website=r.opt_text(c["website"], "cluster.website", 300),
        description=r.text(c["description"], "cluster.description", 20_000, lines=True),
    )


def _cap(r: Reader, value: Any, where: str) -> CatalogueCapability:
    c = r.obj(value, where, {"code", "parent", "labels"})
    labels_raw = r.obj(c["labels"], f"{where}.labels", set(), {"en", "lt", "pl", "lv", "et", "no", "da", "sv", "fi"})
    labels = {lang: r.text(text, f"{where}.labels.{lang}", 200) for lang, text in labels_raw.items()}
    return CatalogueCapability(
        code=r.text(c["code"], f"{where}.code", 80, empty=False),
        parent=r.opt_text(c["parent"], f"{where}.parent", 80),
        labels=labels,
    )


_ORG_FIELDS = {
    "id", "participant", "name", "country", "city", "org_type", "size_band", "website", "founded_year",
    "description", "languages", "clusters", "capabilities", "offers", "requests", "contacts", "illustrative",
}  # fmt: skip


def _organisation(r: Reader, value: Any, where: str, codes: set[str]) -> CatalogueOrganisation:
    o = r.obj(value, where, _ORG_FIELDS)
    return CatalogueOrganisation(
        id=r.integer(o["id"], f"{where}.id", 1),
        participant=r.opt_integer(o["participant"], f"{where}.participant", 1),
        name=r.text(o["name"], f"{where}.name", 300, empty=False),
        country=r.country(o["country"], f"{where}.country"),
        city=r.opt_text(o["city"], f"{where}.city", 120),
        org_type=r.choice(o["org_type"], f"{where}.org_type", _ORG_TYPES),
        size_band=None if o["size_band"] is None else r.choice(o["size_band"], f"{where}.size_band", _SIZE_BANDS),
        website=r.opt_text(o["website"], f"{where}.website", 300),
        founded_year=r.opt_integer(o["founded_year"], f"{where}.founded_year", 1000, 3000),
        description=r.text(o["description"], f"{where}.description", 20_000, lines=True),
        languages=r.languages(o["languages"], f"{where}.languages"),
        clusters=tuple(r.items(o["clusters"], f"{where}.clusters", 100, lambda v, w: r.text(v, w, 200))),
        capabilities=_codes(r, o["capabilities"], f"{where}.capabilities", codes),
        offers=tuple(
            r.items(o["offers"], f"{where}.offers", MAX_OPPORTUNITIES, lambda v, w: _opportunity(r, v, w, codes, "o"))
        ),
        requests=tuple(
            r.items(o["requests"], f"{where}.requests", MAX_OPPORTUNITIES, lambda v, w: _opportunity(r, v, w, codes))
        ),
        contacts=tuple(r.items(o["contacts"], f"{where}.contacts", MAX_CONTACTS, lambda v, w: _contact(r, v, w))),
        illustrative=r.boolean(o["illustrative"], f"{where}.illustrative"),
    )


def _codes(r: Reader, value: Any, where: str, codes: set[str]) -> tuple[str, ...]:
    found = r.array(value, where, 500)
    for index, code in enumerate(found):
        if not isinstance(code, str) or code not in codes:
            r.fail(f"{where}[{index}]", "not a capability listed in the catalogue")
    return tuple(found)


def _opportunity(r: Reader, value: Any, where: str, codes: set[str], kind: str = "r") -> CatalogueOpportunity:
    o = r.obj(value, where, {"area", "title", "text", "capabilities", "target_countries", "expires_on"})
    return CatalogueOpportunity(
        kind=OpportunityKind.OFFER if kind == "o" else OpportunityKind.REQUEST,
        area=r.choice(o["area"], f"{where}.area", _AREAS),
        title=r.text(o["title"], f"{where}.title", 300, empty=False),
        text=r.text(o["text"], f"{where}.text", 20_000, lines=True),
        capabilities=_codes(r, o["capabilities"], f"{where}.capabilities", codes),
        target_countries=r.countries(o["target_countries"], f"{where}.target_countries"),
        expires_on=r.opt_day(o["expires_on"], f"{where}.expires_on"),
    )


def _contact(r: Reader, value: Any, where: str) -> CatalogueContact:
    c = r.obj(value, where, {"name", "role", "email", "phone", "languages"})
    return CatalogueContact(
        name=r.text(c["name"], f"{where}.name", 200, empty=False),
        role=r.opt_text(c["role"], f"{where}.role", 200),
        email=r.opt_text(c["email"], f"{where}.email", 254),
        phone=r.opt_text(c["phone"], f"{where}.phone", 60),
        languages=r.languages(c["languages"], f"{where}.languages"),
    )
