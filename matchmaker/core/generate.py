"""A realistic, deterministic data generator for benchmarks, tests and trying the app at scale.

``generate_data(session, GenerateOptions(organisations=N, event_participants=M, seed=S))``
writes organisations from around the Baltic Sea (countries weighted, names and cities
in the region's languages), cluster memberships, correlated capabilities from the shipped
taxonomy, offers and requests as free text (mostly English, some Lithuanian and Polish),
contacts (some without consent, ``example.org`` addresses) and, when asked, an event with
sessions, slots, tables, participants, unavailability and meeting requests.

Rows go in as bulk Core inserts in large batches with ids assigned here, so 100,000
organisations take seconds, not minutes. The same seed on the same database state gives
the same data. A :class:`Progress` job; the caller owns the transaction (cancel = roll back).
"""

from __future__ import annotations

import itertools
import math
import random
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from .bulk import BulkRows, IdAllocator, Weighted, lock_tables, pick, record_changes, some, sync_sequences
from .countries import country_name
from .errors import ValidationFailed
from .generate_words import (
    ARCHETYPES,
    CLUSTER_FAMILIES,
    COUNTRIES,
    OFFER_TEXTS,
    OFFER_TITLES,
    PRIORITY_WEIGHTS,
    REQUEST_MESSAGES,
    REQUEST_TEXTS,
    REQUEST_TITLES,
    ROLES,
    STATUS_WEIGHTS,
    Archetype,
    CountryWords,
)
from .model import (
    Base,
    Capability,
    Cluster,
    Event,
    EventSession,
    EventTable,
    MeetingRequest,
    Membership,
    Opportunity,
    Organisation,
    Participation,
    Person,
    Slot,
    opportunity_capability,
    organisation_capability,
    participation_unavailable,
    utcnow,
)
from .progress import Job, Progress
from .text import fold, name_key

MAX_ORGANISATIONS = 2_000_000
#: Organisations generated between two progress reports.
ORGANISATION_BATCH = 5_000
EVENT_DAYS = (date(2026, 9, 15), date(2026, 9, 16))
GENERATOR_CLIENT = "generator"
_TABLES_WITH_IDS: list[Table] = [
    Base.metadata.tables[name]
    for name in ("cluster", "organisation", "person", "opportunity", "event", "event_session", "slot",
                 "event_table", "participation", "meeting_request")
]  # fmt: skip


@dataclass(frozen=True)
class GenerateOptions:
    organisations: int
    event_participants: int = 0
    seed: int = 1
    batch_size: int = ORGANISATION_BATCH  # organisations per progress report


@dataclass
class GenerateReport:
    """Rows written, per kind, and the generated event (if any)."""

    created: Counter[str] = field(default_factory=Counter)
    event_id: int | None = None
    event_name: str = ""
    seed: int = 1


@dataclass(frozen=True)
class _Org:
    id: int
    country: str
    capabilities: tuple[int, ...]
    needs: tuple[int, ...]


def generate_data(session: Session, options: GenerateOptions) -> Job[GenerateReport]:
    """Write generated data into ``session``'s database (the caller commits); yields Progress."""
    if not 1 <= options.organisations <= MAX_ORGANISATIONS:
        raise ValidationFailed(f"--organisations must be between 1 and {MAX_ORGANISATIONS:,}")
    if not 0 <= options.event_participants <= options.organisations:
        raise ValidationFailed("--event-participants must be between 0 and the number of organisations")
    if options.event_participants == 1:
        raise ValidationFailed("--event-participants: an event needs at least 2 participants")
    connection = session.connection()
    caps = _Capabilities.load(connection)
    if not caps.by_code:
        raise ValidationFailed("The database has no capability taxonomy; open it with Matchmaker first")
    rng = random.Random(options.seed)
    moment = utcnow()
    report = GenerateReport(seed=options.seed)
    total = options.organisations + options.event_participants
    yield Progress(0, total, "Preparing")
    lock_tables(connection, _TABLES_WITH_IDS)
    ids = IdAllocator(connection, _TABLES_WITH_IDS)
    rows = _Rows(connection, report.created)
    now = rows.when(moment)
    clusters = _clusters(connection, rows, ids, now)
    countries = Weighted(list(COUNTRIES), [c.weight for c in COUNTRIES.values()])
    archetypes = Weighted(ARCHETYPES, [a.weight for a in ARCHETYPES])
    names = _Names()
    orgs: list[_Org] = []
    for start in range(0, options.organisations, options.batch_size):
        for _ in range(start, min(start + options.batch_size, options.organisations)):
            code = countries.pick(rng)
            org = _organisation(rng, rows, ids, now, code, archetypes.pick(rng), names, caps, clusters)
            orgs.append(org)
        rows.flush()
        yield Progress(len(orgs), total, f"{len(orgs):,} organisations")
    if options.event_participants:
        yield from _event(rng, rows, ids, now, connection, orgs, options, report, total)
    record_changes(connection, report.created, moment, GENERATOR_CLIENT)
    sync_sequences(connection, [t for t in _TABLES_WITH_IDS if report.created[t.name]])
    yield Progress(total, total, "Done")
    return report


# --------------------------------------------------------------------------- capabilities and text


@dataclass
class _Capabilities:
    by_code: dict[str, int]
    labels: dict[int, dict[str, str]]
    synonyms: dict[int, dict[str, list[str]]]

    @classmethod
    def load(cls, connection: Connection) -> _Capabilities:
        query = select(Capability.id, Capability.code, Capability.labels, Capability.synonyms).order_by(Capability.id)
        by_code, labels, synonyms = {}, {}, {}
        for cap_id, code, cap_labels, cap_synonyms in connection.execute(query):
            by_code[code] = cap_id
            labels[cap_id] = dict(cap_labels or {})
            synonyms[cap_id] = {k: list(v or []) for k, v in (cap_synonyms or {}).items()}
        return cls(by_code, labels, synonyms)

    def ids(self, codes: Sequence[str]) -> list[int]:
        return [self.by_code[c] for c in codes if c in self.by_code]

    def label(self, cap_id: int, language: str) -> str:
        labels = self.labels[cap_id]
        return labels.get(language) or labels.get("en") or ""

    def term(self, rng: random.Random, cap_id: int, language: str) -> str:
        words = self.synonyms[cap_id].get(language) or []
        return pick(rng, words) if words and rng.random() < 0.7 else _lower_first(self.label(cap_id, language))


def _lower_first(label: str) -> str:
    """'Cloud computing' -> 'cloud computing', but 'IoT and hardware' and 'VR' stay."""
    if len(label) > 1 and label[1].islower():
        return label[0].lower() + label[1:]
    return label


@cache
def _country_name(code: str, language: str = "en") -> str:
    return country_name(code, language)


@cache
def _country_names(codes: tuple[str, ...], language: str) -> str:
    return ", ".join(country_name(code, language) for code in codes)


@cache
def _ascii(word: str) -> str:
    return "".join(ch for ch in fold(word) if ch.isascii() and ch.isalnum())


# --------------------------------------------------------------------------- clusters


def _clusters(connection: Connection, rows: _Rows, ids: IdAllocator, now: Any) -> dict[tuple[str, str], list[int]]:
    """The generated clusters per (country, family): two cities per country; existing ones reused by name."""
    existing = {name: cluster_id for name, cluster_id in connection.execute(select(Cluster.name, Cluster.id))}
    found: dict[tuple[str, str], list[int]] = {}
    for code, words in COUNTRIES.items():
        for family, (suffix, sectors) in CLUSTER_FAMILIES.items():
            for city in words.cities[:2]:
                name = f"{city} {suffix}"
                cluster_id = existing.get(name)
                if cluster_id is None:
                    cluster_id = ids.take(Cluster.__table__)
                    rows.add(Cluster.__table__, {
                        "id": cluster_id, "name": name, "country": code, "website": None,
                        "description": f"Generated {suffix.lower()} of {city}.",
                        "sectors": rows.json(list(sectors)), "member_count": None,
                        "founded_year": 2005 + len(name) % 15, "facts": rows.json({"generated": True}),
                        "version": 1, "created_at": now, "updated_at": now,
                    })  # fmt: skip
                found.setdefault((code, family), []).append(cluster_id)
    return found


# --------------------------------------------------------------------------- organisations


_SIZES = Weighted(("micro", "small", "medium", "large"), (45, 35, 15, 5))
_PEOPLE = Weighted((1, 2, 3), (5, 3, 1))
_OFFERS = Weighted((0, 1, 2, 3), (2, 5, 3, 1))
_REQUESTS = Weighted((0, 1, 2), (4, 4, 2))
_COUNTRY_CODES = tuple(COUNTRIES)
_FAMILIES = tuple(CLUSTER_FAMILIES)
# Shared value objects: the bulk insert converts each distinct object once (see _bulk_insert).
_LANGUAGES = {code: [words.language, "en"] for code, words in COUNTRIES.items()}
_FACTS = {archetype.key: {"generated": True, "archetype": archetype.key} for archetype in ARCHETYPES}
_CONSENT_TIMES = [datetime(2025, 1, 1, 9) + timedelta(hours=7 * i) for i in range(1500)]
_EXPIRY_DATES = [date(2027, 1, 1) + timedelta(days=i) for i in range(700)]
_OTHER_COUNTRIES = {code: tuple(c for c in COUNTRIES if c != code) for code in COUNTRIES}


class _Rows(BulkRows):
    """Bulk rows plus the generator's shared values, converted for the driver once."""

    def __init__(self, connection: Connection, created: Counter[str]) -> None:
        super().__init__(connection, created)
        self.languages = {code: self.json(value) for code, value in _LANGUAGES.items()}
        self.facts = {key: self.json(value) for key, value in _FACTS.items()}
        self.consent_times = [self.when(value) for value in _CONSENT_TIMES]
        self.expiry_dates = [self.day(value) for value in _EXPIRY_DATES]
        self._targets: dict[tuple[str, ...], Any] = {}

    def targets(self, codes: tuple[str, ...]) -> Any:
        if codes not in self._targets:
            self._targets[codes] = self.json(list(codes))
        return self._targets[codes]


class _Names:
    """Unique organisation names: a collision gets the city, then a number."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, rng: random.Random, words: CountryWords, archetype: Archetype, city: str, last: str) -> str:
        suffix = pick(rng, archetype.suffixes)
        if archetype.org_type != "company":
            base = f"{city} {suffix}"
        else:
            roll = rng.random()
            if roll < 0.45:
                base = f"{pick(rng, words.words)} {suffix}"
            elif roll < 0.7:
                first, second = some(rng, words.words, 2)
                base = f"{first} {second} {suffix}" if rng.random() < 0.5 else f"{first} & {second}"
            elif roll < 0.85:
                base = f"{last} {suffix}" if rng.random() < 0.6 else f"{last} & Partners"
            else:
                base = f"{city} {suffix}"
            if rng.random() < 0.6:
                base = f"{words.legal_prefix}{base}{words.legal_suffix}"
        name = base
        if name in self.used:
            name = f"{base} {city}" if not base.startswith(city) else f"{base} 2"
        counter = 2
        while name in self.used:
            counter += 1
            name = f"{base} {counter}"
        self.used.add(name)
        return name


def _organisation(
    rng: random.Random,
    rows: _Rows,
    ids: IdAllocator,
    now: Any,
    code: str,
    archetype: Archetype,
    names: _Names,
    caps: _Capabilities,
    clusters: dict[tuple[str, str], list[int]],
) -> _Org:
    words = COUNTRIES[code]
    city = pick(rng, words.cities)
    female = rng.random() < 0.5
    last_names = words.female_last if female else words.male_last
    name = names.make(rng, words, archetype, city, pick(rng, words.male_last))
    org_id = ids.take(Organisation.__table__)
    core = caps.ids(archetype.core)
    chosen = some(rng, core, min(len(core), pick(rng, (1, 2, 2, 3))))
    chosen += [c for c in caps.ids(archetype.extra) if rng.random() < 0.22 and c not in chosen]
    needs = caps.ids(archetype.needs)
    size = _SIZES.pick(rng)
    slug = _ascii(name.split()[1] if name.startswith(words.legal_prefix or "\0") else name.split()[0]) or "org"
    label = caps.label(chosen[0], "en") if chosen else archetype.noun
    rows.add(Organisation.__table__, {
        "id": org_id, "name": name, "name_key": name_key(name), "country": code, "city": city,
        "org_type": archetype.org_type, "size_band": size if archetype.org_type == "company" else None,
        "website": f"https://www.{slug}{org_id}.example.org", "founded_year": rng.randint(1991, 2025),
        "description": f"{name} is a {size} {archetype.noun} in {city}, {_country_name(code)}, "
                       f"working on {_lower_first(label)}.",
        "languages": rows.languages[code], "notes": "", "facts": rows.facts[archetype.key],
        "is_illustrative": True, "version": 1, "created_at": now, "updated_at": now,
    })  # fmt: skip
    for cap_id in chosen:
        rows.add(organisation_capability, {"organisation_id": org_id, "capability_id": cap_id})
    _memberships(rng, rows, now, org_id, code, archetype, clusters)
    for _ in range(_PEOPLE.pick(rng)):
        female = rng.random() < 0.5
        first = pick(rng, words.female_first if female else words.male_first)
        last = pick(rng, last_names if female else words.male_last)
        consent = rng.random() < 0.7
        rows.add(Person.__table__, {
            "id": ids.take(Person.__table__), "organisation_id": org_id, "name": f"{first} {last}",
            "role": pick(rng, ROLES), "email": f"{_ascii(first)}.{_ascii(last)}@{slug}{org_id}.example.org",
            "phone": f"{words.phone_prefix}{rng.randint(1000000, 9999999)}" if rng.random() < 0.5 else None,
            "languages": rows.languages[code], "consent_to_publish": consent,
            "consent_at": pick(rng, rows.consent_times) if consent else None,
            "is_illustrative": True, "version": 1, "created_at": now, "updated_at": now,
        })  # fmt: skip
    request_caps: list[int] = []
    for kind, count, pool in (
        ("offer", _OFFERS.pick(rng), chosen),
        ("request", _REQUESTS.pick(rng), needs),
    ):
        for _ in range(count if pool else 0):
            picked = some(rng, pool, min(len(pool), pick(rng, (1, 1, 2))))
            if kind == "request":
                request_caps.extend(picked)
            _opportunity(rng, rows, ids, now, org_id, code, kind, picked, caps)
    return _Org(org_id, code, tuple(chosen), tuple(request_caps or needs[:2]))


def _memberships(
    rng: random.Random,
    rows: _Rows,
    now: Any,
    org_id: int,
    code: str,
    archetype: Archetype,
    clusters: dict[tuple[str, str], list[int]],
) -> None:
    joined: list[int] = []
    if rng.random() < 0.75:
        joined.append(pick(rng, clusters[(code, archetype.family)]))
    if rng.random() < 0.15:  # a second cluster: another family at home, or the same family abroad
        other = pick(rng, _COUNTRY_CODES) if rng.random() < 0.4 else code
        family = archetype.family if other != code else pick(rng, _FAMILIES)
        candidate = pick(rng, clusters[(other, family)])
        if candidate not in joined:
            joined.append(candidate)
    for cluster_id in joined:
        rows.add(Membership.__table__, {
            "organisation_id": org_id, "cluster_id": cluster_id, "is_founder": rng.random() < 0.05,
            "joined_year": rng.randint(2008, 2025), "created_at": now, "updated_at": now,
        })  # fmt: skip


def _opportunity(
    rng: random.Random,
    rows: _Rows,
    ids: IdAllocator,
    now: Any,
    org_id: int,
    code: str,
    kind: str,
    picked: list[int],
    caps: _Capabilities,
) -> None:
    roll = rng.random()
    language = "lt" if code == "LT" and roll < 0.3 else "pl" if code == "PL" and roll < 0.3 else "en"
    targets = tuple(sorted(some(rng, _OTHER_COUNTRIES[code], pick(rng, (1, 2, 3)))))
    main, second = picked[0], picked[-1]
    label = caps.label(main, language)
    values = {
        "Label": label, "label": _lower_first(label), "term": caps.term(rng, main, language),
        "term2": caps.term(rng, second, language) if second != main else _lower_first(caps.label(second, language)),
        "countries": _country_names(targets, language), "country": _country_name(targets[0], language),
        "years": rng.randint(3, 25),
    }  # fmt: skip
    titles, texts = (OFFER_TITLES, OFFER_TEXTS) if kind == "offer" else (REQUEST_TITLES, REQUEST_TEXTS)
    title = pick(rng, titles[language]).format(**values)
    opportunity_id = ids.take(Opportunity.__table__)
    rows.add(Opportunity.__table__, {
        "id": opportunity_id, "organisation_id": org_id, "kind": kind,
        "area": "research" if rng.random() < 0.05 else "technology" if rng.random() < 0.2 else "business",
        "title": title[0].upper() + title[1:], "text": pick(rng, texts[language]).format(**values),
        "target_countries": rows.targets(targets), "expires_on": pick(rng, rows.expiry_dates),
        "is_illustrative": True, "version": 1, "created_at": now, "updated_at": now,
    })  # fmt: skip
    for cap_id in dict.fromkeys(picked):
        rows.add(opportunity_capability, {"opportunity_id": opportunity_id, "capability_id": cap_id})


# --------------------------------------------------------------------------- the event


def _event(
    rng: random.Random,
    rows: _Rows,
    ids: IdAllocator,
    now: Any,
    connection: Connection,
    orgs: list[_Org],
    options: GenerateOptions,
    report: GenerateReport,
    total: int,
) -> Iterator[Progress]:
    count = options.event_participants
    taken = set(connection.execute(select(Event.name)).scalars())
    name = f"Baltic Partnering Days 2026 (generated, seed {options.seed})"
    name = next(n for n in itertools.chain([name], (f"{name} #{i}" for i in itertools.count(2))) if n not in taken)
    event_id = ids.take(Event.__table__)
    report.event_id, report.event_name = event_id, name
    rows.add(Event.__table__, {
        "id": event_id, "name": name, "venue": "Litexpo, Laisvės pr. 5", "city": "Vilnius", "country": "LT",
        "timezone": "Europe/Vilnius", "starts_on": rows.day(EVENT_DAYS[0]),
        "ends_on": rows.day(EVENT_DAYS[-1]), "meeting_minutes": 20,
        "description": "Generated two-day partner-search event with pre-arranged one-to-one meetings.",
        "organiser": "Generated", "settings": rows.json({}), "version": 1, "created_at": now, "updated_at": now,
    })  # fmt: skip
    sessions = _sessions_and_slots(rows, ids, now, event_id)
    table_ids = []
    for number in range(1, max(4, math.ceil(count * 0.4)) + 1):
        table_ids.append(ids.take(EventTable.__table__))
        rows.add(EventTable.__table__, {
            "id": table_ids[-1], "event_id": event_id, "name": f"T{number}", "sort_order": number,
            "is_active": True, "version": 1, "created_at": now, "updated_at": now,
        })  # fmt: skip
    chosen = rng.sample(orgs, count)
    participation: dict[int, int] = {}
    for org in chosen:
        pid = participation[org.id] = ids.take(Participation.__table__)
        rows.add(Participation.__table__, {
            "id": pid, "event_id": event_id, "organisation_id": org.id,
            "delegates": 2 if rng.random() < 0.1 else 1, "fixed_table_id": None, "needs_interpreter": False,
            "interpreter_language": None, "checked_in": False, "checked_in_at": None, "badge_printed": False,
            "notes": "", "version": 1, "created_at": now, "updated_at": now,
        })  # fmt: skip
        roll = rng.random()
        if roll < 0.15:  # away for one whole session
            unavailable = rng.choice(sessions)
        elif roll < 0.25:
            unavailable = rng.sample([s for group in sessions for s in group], 2)
        else:
            unavailable = []
        for slot_id in unavailable:
            rows.add(participation_unavailable, {"participation_id": pid, "slot_id": slot_id})
    rows.flush()
    yield Progress(len(orgs) + count // 2, total, "Event and participants")
    _meeting_requests(rng, rows, ids, now, event_id, chosen, participation)
    rows.flush()


def _sessions_and_slots(rows: _Rows, ids: IdAllocator, now: Any, event_id: int) -> list[list[int]]:
    """Two days, morning and afternoon sessions of 20-minute slots, coffee and lunch breaks."""
    plan = [("am", "morning", time(9, 0), time(12, 30), (time(10, 40), time(11, 0), "Coffee break")),
            ("pm", "afternoon", time(13, 30), time(17, 0), (time(15, 0), time(15, 20), "Coffee break"))]  # fmt: skip
    meeting_slots: list[list[int]] = []
    order = 0
    for number, day in enumerate(EVENT_DAYS, start=1):
        for code, part, start, end, pause in plan:
            order += 1
            session_id = ids.take(EventSession.__table__)
            rows.add(EventSession.__table__, {
                "id": session_id, "event_id": event_id, "code": f"d{number}-{code}",
                "name": f"Day {number} {part}", "day": rows.day(day), "sort_order": order,
                "version": 1, "created_at": now, "updated_at": now,
            })  # fmt: skip
            group: list[int] = []
            cursor, stop = datetime.combine(day, start), datetime.combine(day, end)
            pause_start, pause_end = datetime.combine(day, pause[0]), datetime.combine(day, pause[1])
            while cursor + timedelta(minutes=20) <= stop:
                if cursor == pause_start:
                    _slot(rows, ids, now, event_id, session_id, pause_start, pause_end, "break", pause[2])
                    cursor = pause_end
                    continue
                group.append(_slot(rows, ids, now, event_id, session_id, cursor, cursor + timedelta(minutes=20)))
                cursor += timedelta(minutes=20)
            meeting_slots.append(group)
        lunch = (datetime.combine(day, time(12, 30)), datetime.combine(day, time(13, 30)))
        _slot(rows, ids, now, event_id, None, lunch[0], lunch[1], "break", "Lunch")
    return meeting_slots


def _slot(
    rows: _Rows,
    ids: IdAllocator,
    now: Any,
    event_id: int,
    session_id: int | None,
    starts: datetime,
    ends: datetime,
    kind: str = "meeting",
    label: str = "",
) -> int:
    slot_id = ids.take(Slot.__table__)
    rows.add(Slot.__table__, {
        "id": slot_id, "event_id": event_id, "session_id": session_id,
        "starts_at": rows.when(starts), "ends_at": rows.when(ends),
        "kind": kind, "label": label, "version": 1, "created_at": now, "updated_at": now,
    })  # fmt: skip
    return slot_id


def _meeting_requests(
    rng: random.Random,
    rows: _Rows,
    ids: IdAllocator,
    now: Any,
    event_id: int,
    chosen: list[_Org],
    participation: dict[int, int],
) -> None:
    """Each participant asks 2-6 others, preferring other countries that offer what it needs."""
    offering: dict[int, list[_Org]] = {}
    for org in chosen:
        for cap_id in org.capabilities:
            offering.setdefault(cap_id, []).append(org)
    priorities = Weighted(list(PRIORITY_WEIGHTS), list(PRIORITY_WEIGHTS.values()))
    statuses = Weighted(list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values()))
    pairs: set[frozenset[int]] = set()
    for org in chosen:
        wanted = min(rng.randint(2, 6), len(chosen) - 1)
        candidates = [o for cap_id in org.needs for o in offering.get(cap_id, ())]
        made = attempts = 0
        while made < wanted and attempts < wanted * 8:
            attempts += 1
            other = rng.choice(candidates) if candidates and rng.random() < 0.8 else rng.choice(chosen)
            if other.country == org.country and rng.random() < 0.7:
                continue  # cross-border meetings are the point of these events
            pair = frozenset((org.id, other.id))
            if other.id == org.id or pair in pairs:
                continue
            pairs.add(pair)
            made += 1
            status = statuses.pick(rng)
            source = rng.choices(("participant", "organiser", "suggestion"), (7, 2, 1))[0]
            shared = sorted(set(org.needs) & set(other.capabilities))
            rows.add(MeetingRequest.__table__, {
                "id": ids.take(MeetingRequest.__table__), "event_id": event_id,
                "requester_id": participation[org.id], "invitee_id": participation[other.id],
                "priority": priorities.pick(rng), "message": rng.choice(REQUEST_MESSAGES), "status": status,
                "source": source, "opportunity_id": None, "expires_at": None,
                "responded_at": now if status != "pending" else None,
                "reasons": rows.json([f"Offers capability #{shared[0]} that you need", "Cross-border partner"]
                                     if source == "suggestion" and shared else []),
                "version": 1, "created_at": now, "updated_at": now,
            })  # fmt: skip
