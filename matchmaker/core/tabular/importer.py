"""Import organisations (with contacts) and participants: plan (validate, find duplicates), then apply.

Both steps are jobs (generators yielding Progress) that work in the caller's session; the
caller owns the transaction, so a failure, a kill or a cancel (``close()``) leaves nothing behind.
New organisations go in with bulk inserts (50,000 rows in seconds); matched ones are updated
through the ORM, only where a value actually changes, so importing a file twice creates nothing new.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..capabilities import CapabilityResolver
from ..errors import ValidationFailed
from ..faults import pause_point
from ..lookup import find_by_id_or_name
from ..model import (
    Capability,
    Cluster,
    Event,
    Membership,
    Opportunity,
    OpportunityArea,
    OpportunityKind,
    Organisation,
    Participation,
    Person,
    Slot,
    SlotKind,
    utcnow,
)
from ..progress import Job, Progress
from ..text import fold
from .bulk import insert_organisations, log_bulk_inserts, unchanged_organisations
from .columns import REQUIRED_FIELDS, ColumnMapping, auto_map
from .reading import SourceTable, read_table, unique_headers
from .records import ContactRecord, EventSlots, OrgRecord, ParseContext, ParsedFile, parse_table
from .report import ERROR, WARNING, ImportReport, Issue

ACTIONS = ("update", "skip", "create")
SIMILAR_SCORE = 85  # rapidfuzz WRatio of name keys from which a name counts as a near-duplicate
_CHUNK = 2000
_COMMON_TOKEN = 300  # tokens shared by more names than this do not find candidates ("film", "studio")


@dataclass(frozen=True)
class Match:
    """An existing organisation a record matches: exactly (name key and country) or nearly."""

    org_id: int
    name: str
    score: float
    exact: bool


@dataclass
class ImportOptions:
    kind: str = "organisations"
    encoding: str | None = None
    sheet: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    on_duplicate: str = "update"
    on_similar: str = "create"
    skip_invalid: bool = False
    dry_run: bool = False
    event: str | None = None


@dataclass
class ImportPlan:
    """A validated file with its duplicates; ``choices`` holds per-record overrides (index -> action)."""

    table: SourceTable
    mapping: ColumnMapping
    kind: str
    parsed: ParsedFile
    issues: list[Issue]
    matches: dict[int, Match] = field(default_factory=dict)
    choices: dict[int, str] = field(default_factory=dict)
    event: EventSlots | None = None

    @property
    def records(self) -> list[OrgRecord]:
        return self.parsed.records

    def action(self, index: int, on_duplicate: str = "update", on_similar: str = "create") -> str:
        """What happens to record ``index``: 'create', 'update' (its match) or 'skip'."""
        match = self.matches.get(index)
        if match is None:
            return "create"
        return self.choices.get(index) or (on_duplicate if match.exact else on_similar)

    def report(
        self, outcome: str = "dry-run", on_duplicate: str = "update", on_similar: str = "create"
    ) -> ImportReport:
        """The validation report; for a dry run with what would be created, updated and skipped."""
        report = ImportReport(file=self.table.label, kind=self.kind, outcome=outcome, rows=self.parsed.rows)
        report.invalid_rows = list(self.parsed.invalid_rows)
        report.issues = list(self.issues)
        names = unique_headers(self.table.headers)
        report.columns = {
            names[index]: name for name, index in sorted(self.mapping.columns.items(), key=lambda i: i[1])
        }
        report.event = self.event.name if self.event else None
        if outcome == "dry-run":
            for index in range(len(self.records)):
                report.counts["to_" + self.action(index, on_duplicate, on_similar)] += 1
            report.counts["invalid_rows"] = len(self.parsed.invalid_rows)
        return report


def import_file(session: Session, path: Path | str, options: ImportOptions) -> Job[ImportReport]:
    """Read, validate and (unless a dry run) import ``path`` in ``session``; returns the report."""
    path = Path(path)
    yield Progress(0, None, f"Reading {path.name}")
    table = read_table(path, encoding=options.encoding, sheet=options.sheet)
    mapping = auto_map(table.headers, options.kind, options.mapping)
    plan = yield from plan_import(session, table, mapping, kind=options.kind, event_ref=options.event)
    if options.dry_run:
        return plan.report("dry-run", options.on_duplicate, options.on_similar)
    report = yield from apply_plan(session, plan, options.on_duplicate, options.on_similar, options.skip_invalid)
    session.flush()
    pause_point("import.commit")  # test-only: a kill test's window (inert unless MATCHMAKER_TEST_PAUSE is set)
    return report


# --------------------------------------------------------------------------- planning


def plan_import(
    session: Session,
    table: SourceTable,
    mapping: ColumnMapping,
    *,
    kind: str = "organisations",
    event_ref: str | None = None,
) -> Job[ImportPlan]:
    """Validate every row and find the existing organisations each record duplicates. Writes nothing."""
    missing = mapping.missing(REQUIRED_FIELDS)
    if missing:
        raise ValidationFailed(
            f"{table.label}: no column for {' and '.join(missing)}. The columns are: "
            f'{", ".join(unique_headers(table.headers))}. Map one with --map "Header={missing[0]}".'
        )
    ctx = ParseContext(file=table.label, kind=kind, resolver=CapabilityResolver.load(session))
    if kind == "participants":
        ctx.events = _events(session)
        if event_ref:
            event = find_by_id_or_name(session, Event, event_ref, what="event")
            ctx.default_event = ctx.events[str(event.id)]
        elif "event" not in mapping.columns:
            raise ValidationFailed(f"{table.label}: choose the event (--event), or give an 'event' column")
    parsed = yield from parse_table(table, mapping, ctx)
    issues = [Issue(WARNING, table.label, table.header_row, None, text) for text in mapping.warnings]
    plan = ImportPlan(
        table=table, mapping=mapping, kind=kind, parsed=parsed, issues=issues + parsed.issues, event=ctx.default_event
    )
    yield Progress(0, None, "Looking for duplicates")
    plan.matches = find_duplicates(session, parsed.records)
    for index, match in plan.matches.items():
        if not match.exact:
            record = parsed.records[index]
            plan.issues.append(
                Issue(
                    WARNING,
                    table.label,
                    record.row,
                    mapping.header_of("name"),
                    f"'{record.name}' looks like the existing '{match.name}' (id {match.org_id}, "
                    f"{match.score:.0f}% similar)",
                )
            )
    plan.issues.sort(key=lambda issue: (issue.row or 0, issue.severity != ERROR))
    return plan


def _events(session: Session) -> dict[str, EventSlots]:
    events: dict[str, EventSlots] = {}
    slots: dict[int, list[tuple[int, Any]]] = defaultdict(list)
    for slot_id, event_id, starts_at in session.execute(
        select(Slot.id, Slot.event_id, Slot.starts_at).where(Slot.kind == SlotKind.MEETING).order_by(Slot.starts_at)
    ):
        slots[event_id].append((slot_id, starts_at))
    for event_id, name in session.execute(select(Event.id, Event.name)):
        info = EventSlots(event_id, name, slots.get(event_id, []))
        events[str(event_id)] = info
        events.setdefault(fold(name), info)
    return events


def find_duplicates(session: Session, records: list[OrgRecord]) -> dict[int, Match]:
    """Existing organisations matching each record: same name key and country, else a close name."""
    exact: dict[tuple[str, str], tuple[int, str]] = {}
    tokens: dict[tuple[str, str], list[tuple[int, str, str]]] = defaultdict(list)
    for org_id, name, key, country in session.execute(
        select(Organisation.id, Organisation.name, Organisation.name_key, Organisation.country).order_by(
            Organisation.id
        )
    ):
        exact.setdefault((key, country), (org_id, name))
        for token in _blocks(key):
            tokens[(token, country)].append((org_id, name, key))
    matches: dict[int, Match] = {}
    for index, record in enumerate(records):
        found = exact.get((record.key, record.country))
        if found is not None:
            matches[index] = Match(found[0], found[1], 100.0, True)
            continue
        candidates: dict[int, tuple[str, str]] = {}
        for token in _blocks(record.key):
            group = tokens.get((token, record.country), [])
            if len(group) <= _COMMON_TOKEN:
                candidates.update({org_id: (name, key) for org_id, name, key in group})
        best: Match | None = None
        for org_id, (name, key) in candidates.items():
            score = fuzz.WRatio(record.key, key)
            if score >= SIMILAR_SCORE and (best is None or score > best.score):
                best = Match(org_id, name, score, False)
        if best is not None:
            matches[index] = best
    return matches


def _blocks(key: str) -> set[str]:
    """Keys that bring candidate names together cheaply: their words and their first four letters."""
    blocks = {word for word in key.split() if len(word) >= 3}
    if len(key) >= 4:
        blocks.add("^" + key[:4])
    return blocks


# --------------------------------------------------------------------------- applying


def apply_plan(
    session: Session,
    plan: ImportPlan,
    on_duplicate: str = "update",
    on_similar: str = "create",
    skip_invalid: bool = False,
) -> Job[ImportReport]:
    """Write the plan into ``session`` (the caller commits). With invalid rows and no ``skip_invalid``,
    nothing is written and the report's outcome is 'refused'."""
    for policy in (on_duplicate, on_similar, *plan.choices.values()):
        if policy not in ACTIONS:
            raise ValidationFailed(f"Unknown duplicate action '{policy}'; use update, skip or create")
    if plan.parsed.invalid_rows and not skip_invalid:
        return plan.report("refused", on_duplicate, on_similar)
    report = plan.report("imported", on_duplicate, on_similar)
    counts = report.counts
    actions = [plan.action(i, on_duplicate, on_similar) for i in range(len(plan.records))]
    counts["skipped"] = actions.count("skip")
    counts["invalid_rows_left_out"] = len(plan.parsed.invalid_rows)
    wanted = [r for r, action in zip(plan.records, actions, strict=True) if action != "skip"]
    clusters = _clusters(session, (name for record in wanted for name in record.clusters), counts)
    org_ids: dict[int, int] = {}  # id(record) -> organisation id
    updates = [(i, r) for i, (r, a) in enumerate(zip(plan.records, actions, strict=True)) if a == "update"]
    total = len(wanted)
    done = 0
    # Most matched rows of a re-imported file change nothing: find those without loading ORM objects.
    unchanged = yield from unchanged_organisations(session, [(r, plan.matches[i].org_id) for i, r in updates])
    for index, record in updates:
        if plan.matches[index].org_id in unchanged:
            org_ids[id(record)] = plan.matches[index].org_id
            counts["unchanged"] += 1
    updates = [(i, r) for i, r in updates if plan.matches[i].org_id not in unchanged]
    done += len(unchanged)
    for start in range(0, len(updates), 500):
        yield Progress(done, total, f"Updating organisations {start + 1}-{min(start + 500, len(updates))}")
        chunk = updates[start : start + 500]
        ids = [plan.matches[i].org_id for i, _ in chunk]
        loaded = {
            org.id: org
            for org in session.scalars(
                select(Organisation)
                .where(Organisation.id.in_(ids))
                .options(
                    selectinload(Organisation.memberships),
                    selectinload(Organisation.capabilities),
                    selectinload(Organisation.opportunities),
                    selectinload(Organisation.people),
                )
            )
        }
        capabilities = _capabilities(session, {c for _, r in chunk for c in r.capabilities})
        for index, record in chunk:
            org = loaded.get(plan.matches[index].org_id)
            if org is None:  # deleted since the plan was made: create it after all
                actions[index] = "create"
                continue
            changed = update_organisation(org, record, clusters, capabilities, counts)
            counts["updated" if changed else "unchanged"] += 1
            org_ids[id(record)] = org.id
        session.flush()
        done += len(chunk)
    creates = [r for r, a in zip(plan.records, actions, strict=True) if a == "create"]
    for start in range(0, len(creates), _CHUNK):
        yield Progress(done, total, f"Adding organisations {start + 1}-{min(start + _CHUNK, len(creates))}")
        batch = creates[start : start + _CHUNK]
        ids = insert_organisations(session, batch, clusters, counts)
        org_ids.update({id(record): org_id for record, org_id in zip(batch, ids, strict=True)})
        done += len(batch)
    counts["created"] = len(creates)
    if plan.kind == "participants":
        yield Progress(done, total, "Participants")
        _participations(session, [(r, org_ids[id(r)]) for r in plan.records if id(r) in org_ids], counts)
    log_bulk_inserts(session, counts)
    session.flush()
    yield Progress(total, total, "Imported")
    return report


def _clusters(session: Session, names: Iterable[str], counts: Counter[str]) -> dict[str, int]:
    known = {fold(name): cluster_id for cluster_id, name in session.execute(select(Cluster.id, Cluster.name))}
    new: list[Cluster] = []
    for name in names:
        if fold(name) not in known:
            cluster = Cluster(name=name)
            new.append(cluster)
            known[fold(name)] = -len(new)
    if new:
        session.add_all(new)
        session.flush()
        for cluster in new:
            known[fold(cluster.name)] = cluster.id
        counts["clusters_created"] += len(new)
    return known


def _capabilities(session: Session, ids: set[int]) -> dict[int, Capability]:
    if not ids:
        return {}
    return {cap.id: cap for cap in session.scalars(select(Capability).where(Capability.id.in_(ids)))}


def update_organisation(
    org: Organisation,
    record: OrgRecord,
    clusters: dict[str, int],
    capabilities: dict[int, Capability],
    counts: Counter[str],
) -> bool:
    """Bring ``org`` up to ``record``: values the file gives replace stored ones, list items and contacts
    are added; nothing is removed (an empty cell never erases). True when anything changed."""
    changed = False
    for attr, value in (
        ("city", record.city),
        ("org_type", record.org_type),
        ("size_band", record.size),
        ("website", record.website),
        ("description", record.description),
    ):
        if value is not None and getattr(org, attr) != value:
            setattr(org, attr, value)
            changed = True
    have_caps = {cap.id for cap in org.capabilities}
    for cap_id in record.capabilities:
        if cap_id not in have_caps and cap_id in capabilities:
            org.capabilities.append(capabilities[cap_id])
            changed = True
    have_clusters = {m.cluster_id for m in org.memberships}
    for name in record.clusters:
        cluster_id = clusters[fold(name)]
        if cluster_id not in have_clusters:
            org.memberships.append(Membership(cluster_id=cluster_id))
            have_clusters.add(cluster_id)
            changed = True
    for kind, titles in ((OpportunityKind.OFFER, record.offers), (OpportunityKind.REQUEST, record.requests)):
        have = {fold(o.title) for o in org.opportunities if o.kind == kind}
        for title in titles:
            if fold(title) not in have:
                org.opportunities.append(Opportunity(kind=kind, area=OpportunityArea.BUSINESS, title=title))
                changed = True
    for contact in record.contacts:
        person = next((p for p in org.people if _same_person(p, contact)), None)
        if person is None:
            org.people.append(_person(contact))
            counts["contacts_added"] += 1
            changed = True
        elif _update_person(person, contact):
            counts["contacts_updated"] += 1
            changed = True
    return changed


def _same_person(person: Person, contact: ContactRecord) -> bool:
    if person.email and contact.email:
        return person.email.casefold() == contact.email.casefold()
    return fold(person.name) == fold(contact.name)


def _person(contact: ContactRecord) -> Person:
    return Person(
        name=contact.name,
        email=contact.email,
        phone=contact.phone,
        consent_to_publish=bool(contact.consent),
        consent_at=utcnow() if contact.consent else None,
    )


def _update_person(person: Person, contact: ContactRecord) -> bool:
    changed = False
    for attr, value in (("email", contact.email), ("phone", contact.phone)):
        if value is not None and getattr(person, attr) != value:
            setattr(person, attr, value)
            changed = True
    if contact.consent is not None and person.consent_to_publish != contact.consent:
        person.consent_to_publish = contact.consent
        person.consent_at = utcnow() if contact.consent else None
        changed = True
    return changed


def _participations(session: Session, records: list[tuple[OrgRecord, int]], counts: Counter[str]) -> None:
    event_ids = {record.event_id for record, _ in records if record.event_id is not None}
    existing = {
        (p.event_id, p.organisation_id): p
        for p in session.scalars(
            select(Participation)
            .where(Participation.event_id.in_(event_ids))
            .options(selectinload(Participation.unavailable_slots))
        )
    }
    slot_ids = {slot for record, _ in records for slot in record.unavailable}
    slots = {s.id: s for s in session.scalars(select(Slot).where(Slot.id.in_(slot_ids)))} if slot_ids else {}
    for record, org_id in records:
        assert record.event_id is not None
        participation = existing.get((record.event_id, org_id))
        if participation is None:
            participation = Participation(
                event_id=record.event_id, organisation_id=org_id, delegates=record.delegates or 1
            )
            participation.unavailable_slots = [slots[s] for s in record.unavailable if s in slots]
            session.add(participation)
            existing[(record.event_id, org_id)] = participation
            counts["participants_added"] += 1
            continue
        changed = False
        if record.delegates is not None and participation.delegates != record.delegates:
            participation.delegates = record.delegates
            changed = True
        have = {slot.id for slot in participation.unavailable_slots}
        for slot_id in record.unavailable:
            if slot_id not in have and slot_id in slots:
                participation.unavailable_slots.append(slots[slot_id])
                changed = True
        counts["participants_updated" if changed else "participants_unchanged"] += 1
