"""The demo data: the clusters and organisations of the seed documents and a ready-to-schedule event.

The data lives in ``seeds/demo-organisations.json`` and ``seeds/demo-event.json``.
:func:`load_demo` adds whatever of it is missing, matching existing rows by name
(organisations by normalised name and country), so running it again changes nothing.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .errors import ValidationFailed
from .model import (
    Capability,
    Cluster,
    Event,
    EventSession,
    EventTable,
    MeetingRequest,
    Membership,
    Opportunity,
    OpportunityArea,
    OpportunityKind,
    Organisation,
    OrgType,
    Participation,
    Person,
    Priority,
    RequestSource,
    RequestStatus,
    SizeBand,
    Slot,
    SlotKind,
)
from .paths import shipped_dir
from .progress import Job, Progress
from .taxonomy import load_taxonomy, sync_taxonomy, synced_stamp
from .text import clean_text, name_key

ORGANISATIONS_FILE = "demo-organisations.json"
EVENT_FILE = "demo-event.json"
# When the illustrative contacts gave consent and answered requests (before the 2018 event).
_CONSENT_AT = datetime(2018, 9, 14, 10, 0)
_RESPONDED_AT = datetime(2018, 10, 5, 12, 0)


@dataclass
class DemoReport:
    """What :func:`load_demo` added (zero everywhere on a second run)."""

    created: Counter[str] = field(default_factory=Counter)
    event_id: int | None = None
    event_name: str = ""

    @property
    def changed(self) -> bool:
        return sum(self.created.values()) > 0


def database_is_empty(session: Session) -> bool:
    """True when there are no organisations and no events (the app then offers the demo)."""
    return not session.scalar(select(func.count()).select_from(Organisation)) and not session.scalar(
        select(func.count()).select_from(Event)
    )


def load_demo(session: Session, seeds: Path | None = None) -> Job[DemoReport]:
    """Add the demo clusters, organisations and event to ``session`` (the caller commits).

    A generator of :class:`Progress`; returns a :class:`DemoReport`. Idempotent.
    """
    folder = seeds or shipped_dir("seeds")
    orgs_doc = _read_json(folder / ORGANISATIONS_FILE)
    event_doc = _read_json(folder / EVENT_FILE)
    report = DemoReport()
    yield Progress(0, 5, "Capability taxonomy")
    taxonomy = load_taxonomy()
    if synced_stamp(session.connection()) != taxonomy.stamp:
        sync_taxonomy(session, taxonomy)
    capabilities = {cap.code: cap for cap in session.scalars(select(Capability))}
    yield Progress(1, 5, "Clusters")
    clusters = _load_clusters(session, _list(orgs_doc, "clusters", ORGANISATIONS_FILE), report)
    yield Progress(2, 5, "Organisations")
    organisations = _load_organisations(
        session, _list(orgs_doc, "organisations", ORGANISATIONS_FILE), clusters, capabilities, report
    )
    yield Progress(3, 5, "Event")
    event = _load_event(session, event_doc, organisations, report)
    report.event_id, report.event_name = event.id, event.name
    yield Progress(5, 5, "Done")
    return report


# --------------------------------------------------------------------------- reading


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationFailed(f"Cannot read the demo file {path}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise ValidationFailed(f"{path}, line {exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise ValidationFailed(f"{path}: expected a JSON object")
    return data


def _list(doc: dict[str, Any], key: str, source: str) -> list[dict[str, Any]]:
    items = doc.get(key)
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise ValidationFailed(f"{source}: '{key}' must be a list of objects")
    return items


def _field(item: dict[str, Any], key: str, where: str) -> Any:
    if key not in item or item[key] in (None, ""):
        raise ValidationFailed(f"{where}: missing '{key}'")
    return item[key]


def _time(day: date, text: str, where: str) -> datetime:
    try:
        return datetime.combine(day, time.fromisoformat(text))
    except ValueError:
        raise ValidationFailed(f"{where}: '{text}' is not a time like 09:30") from None


def _date(text: object, where: str) -> date:
    try:
        return date.fromisoformat(str(text))
    except (TypeError, ValueError):
        raise ValidationFailed(f"{where}: '{text}' is not a date like 2018-10-10") from None


# --------------------------------------------------------------------------- clusters and organisations


def _load_clusters(session: Session, items: list[dict[str, Any]], report: DemoReport) -> dict[str, Cluster]:
    by_name = {cluster.name: cluster for cluster in session.scalars(select(Cluster))}
    for index, item in enumerate(items, start=1):
        name = clean_text(_field(item, "name", f"{ORGANISATIONS_FILE}: cluster {index}"))
        if name in by_name:
            continue
        cluster = Cluster(
            name=name,
            country=item.get("country"),
            website=item.get("website"),
            description=item.get("description", ""),
            sectors=list(item.get("sectors", [])),
            member_count=item.get("member_count"),
            founded_year=item.get("founded_year"),
            facts=dict(item.get("facts", {})),
        )
        session.add(cluster)
        by_name[name] = cluster
        report.created["clusters"] += 1
    session.flush()
    return by_name


def _load_organisations(
    session: Session,
    items: list[dict[str, Any]],
    clusters: dict[str, Cluster],
    capabilities: dict[str, Capability],
    report: DemoReport,
) -> dict[str, Organisation]:
    existing = {(org.name_key, org.country): org for org in session.scalars(select(Organisation))}
    by_name: dict[str, Organisation] = {}
    for index, item in enumerate(items, start=1):
        where = f"{ORGANISATIONS_FILE}: organisation {index}"
        name = clean_text(_field(item, "name", where))
        where = f"{ORGANISATIONS_FILE}: organisation '{name}'"
        country = str(_field(item, "country", where))
        found = existing.get((name_key(name), country))
        if found is not None:
            by_name[name] = found
            continue
        org = _new_organisation(item, name, country, where, clusters, capabilities)
        session.add(org)
        existing[(org.name_key, country)] = org
        by_name[name] = org
        report.created["organisations"] += 1
        report.created["people"] += len(org.people)
        report.created["opportunities"] += len(org.opportunities)
    session.flush()
    return by_name


def _caps(codes: list[str], capabilities: dict[str, Capability], where: str) -> list[Capability]:
    missing = [code for code in codes if code not in capabilities]
    if missing:
        raise ValidationFailed(f"{where}: unknown capability code(s) {', '.join(missing)}")
    return [capabilities[code] for code in codes]


def _new_organisation(
    item: dict[str, Any],
    name: str,
    country: str,
    where: str,
    clusters: dict[str, Cluster],
    capabilities: dict[str, Capability],
) -> Organisation:
    try:
        org_type = OrgType(item.get("org_type", "company"))
        size_band = SizeBand(item["size_band"]) if item.get("size_band") else None
    except ValueError as exc:
        raise ValidationFailed(f"{where}: {exc}") from None
    illustrative = bool(item.get("is_illustrative", False))
    org = Organisation(
        name=name,
        name_key=name_key(name),
        country=country,
        city=item.get("city"),
        org_type=org_type,
        size_band=size_band,
        website=item.get("website"),
        founded_year=item.get("founded_year"),
        description=item.get("description", ""),
        languages=list(item.get("languages", [])),
        facts=dict(item.get("facts", {})),
        is_illustrative=illustrative,
    )
    org.capabilities = _caps(list(item.get("capabilities", [])), capabilities, where)
    for membership in item.get("clusters", []):
        cluster = clusters.get(membership.get("cluster", ""))
        if cluster is None:
            raise ValidationFailed(f"{where}: unknown cluster '{membership.get('cluster')}'")
        org.memberships.append(Membership(cluster=cluster, is_founder=bool(membership.get("founder", False))))
    for kind, key in [(OpportunityKind.OFFER, "offers"), (OpportunityKind.REQUEST, "requests")]:
        for entry in item.get(key, []):
            opportunity = Opportunity(
                kind=kind,
                area=OpportunityArea(entry.get("area", "business")),
                title=clean_text(_field(entry, "title", f"{where}, {key}")),
                text=entry.get("text", ""),
                target_countries=list(entry.get("target_countries", [])),
                is_illustrative=True,
            )
            opportunity.capabilities = _caps(list(entry.get("capabilities", [])), capabilities, f"{where}, {key}")
            org.opportunities.append(opportunity)
    for contact in item.get("contacts", []):
        consent = bool(contact.get("consent", False))
        org.people.append(
            Person(
                name=clean_text(_field(contact, "name", f"{where}, contacts")),
                role=contact.get("role"),
                email=contact.get("email"),
                phone=contact.get("phone"),
                languages=list(contact.get("languages", [])),
                consent_to_publish=consent,
                consent_at=_CONSENT_AT if consent else None,
                is_illustrative=True,
            )
        )
    return org


# --------------------------------------------------------------------------- the event


def _load_event(
    session: Session, doc: dict[str, Any], organisations: dict[str, Organisation], report: DemoReport
) -> Event:
    spec = doc.get("event")
    if not isinstance(spec, dict):
        raise ValidationFailed(f"{EVENT_FILE}: missing 'event'")
    name = clean_text(_field(spec, "name", f"{EVENT_FILE}: event"))
    found = session.scalars(select(Event).where(Event.name == name)).one_or_none()
    if found is not None:
        return found  # already loaded (and perhaps edited since): leave it alone
    event = Event(
        name=name,
        venue=spec.get("venue", ""),
        city=spec.get("city"),
        country=spec.get("country"),
        timezone=spec.get("timezone", "Europe/Vilnius"),
        starts_on=_date(spec.get("starts_on"), f"{EVENT_FILE}: event starts_on"),
        ends_on=_date(spec.get("ends_on"), f"{EVENT_FILE}: event ends_on"),
        meeting_minutes=int(spec.get("meeting_minutes", 20)),
        description=spec.get("description", ""),
        organiser=spec.get("organiser", ""),
        settings=dict(spec.get("settings", {})),
    )
    session.add(event)
    report.created["events"] += 1
    sessions = _add_sessions_and_slots(event, doc, report)
    tables = {}
    for order, table_name in enumerate(doc.get("tables", []), start=1):
        tables[table_name] = EventTable(name=table_name, sort_order=order)
        event.tables.append(tables[table_name])
    report.created["tables"] += len(tables)
    session.flush()
    participations = _add_participants(event, doc, organisations, sessions, tables, report)
    session.flush()
    _add_requests(session, event, doc, participations, report)
    session.flush()
    return event


def _add_sessions_and_slots(event: Event, doc: dict[str, Any], report: DemoReport) -> dict[str, EventSession]:
    minutes = timedelta(minutes=event.meeting_minutes)
    sessions: dict[str, EventSession] = {}
    for order, item in enumerate(_list(doc, "sessions", EVENT_FILE), start=1):
        where = f"{EVENT_FILE}: session {order}"
        code = str(_field(item, "code", where))
        where = f"{EVENT_FILE}: session '{code}'"
        day = _date(_field(item, "day", where), where)
        block = EventSession(code=code, name=str(_field(item, "name", where)), day=day, sort_order=order)
        event.sessions.append(block)
        sessions[code] = block
        breaks = sorted(
            (_time(day, b["start"], where), _time(day, b["end"], where), str(b.get("label", "Break")))
            for b in item.get("breaks", [])
        )
        start, end = _time(day, _field(item, "start", where), where), _time(day, _field(item, "end", where), where)
        cursor = start
        while cursor + minutes <= end:
            pause = next((b for b in breaks if b[0] <= cursor < b[1]), None)
            if pause is not None:
                event.slots.append(
                    Slot(session=block, starts_at=pause[0], ends_at=pause[1], kind=SlotKind.BREAK, label=pause[2])
                )
                report.created["break_slots"] += 1
                cursor = pause[1]
                continue
            event.slots.append(Slot(session=block, starts_at=cursor, ends_at=cursor + minutes, kind=SlotKind.MEETING))
            report.created["meeting_slots"] += 1
            cursor += minutes
    for index, item in enumerate(doc.get("breaks", []), start=1):
        where = f"{EVENT_FILE}: break {index}"
        day = _date(_field(item, "day", where), where)
        event.slots.append(
            Slot(
                starts_at=_time(day, _field(item, "start", where), where),
                ends_at=_time(day, _field(item, "end", where), where),
                kind=SlotKind.BREAK,
                label=str(item.get("label", "Break")),
            )
        )
        report.created["break_slots"] += 1
    return sessions


def _add_participants(
    event: Event,
    doc: dict[str, Any],
    organisations: dict[str, Organisation],
    sessions: dict[str, EventSession],
    tables: dict[str, EventTable],
    report: DemoReport,
) -> dict[str, Participation]:
    by_start = {slot.starts_at: slot for slot in event.slots if slot.kind == SlotKind.MEETING}
    participations: dict[str, Participation] = {}
    for index, item in enumerate(_list(doc, "participants", EVENT_FILE), start=1):
        where = f"{EVENT_FILE}: participant {index}"
        name = _field(item, "organisation", where)
        org = organisations.get(name)
        if org is None:
            raise ValidationFailed(f"{where}: '{name}' is not in {ORGANISATIONS_FILE}")
        fixed = item.get("fixed_table")
        if fixed is not None and fixed not in tables:
            raise ValidationFailed(f"{where}: unknown table '{fixed}'")
        participation = Participation(
            organisation=org,
            delegates=int(item.get("delegates", 1)),
            fixed_table=tables[fixed] if fixed else None,
            notes=item.get("notes", ""),
        )
        unavailable = item.get("unavailable", {})
        for code in unavailable.get("sessions", []):
            if code not in sessions:
                raise ValidationFailed(f"{where}: unknown session '{code}'")
            participation.unavailable_slots.extend(
                slot for slot in event.slots if slot.session is sessions[code] and slot.kind == SlotKind.MEETING
            )
        for text in unavailable.get("times", []):
            try:
                slot = by_start[datetime.fromisoformat(text)]
            except (ValueError, KeyError):
                raise ValidationFailed(f"{where}: no meeting slot starts at '{text}'") from None
            participation.unavailable_slots.append(slot)
        event.participations.append(participation)
        participations[name] = participation
        report.created["participations"] += 1
    return participations


def _add_requests(
    session: Session,
    event: Event,
    doc: dict[str, Any],
    participations: dict[str, Participation],
    report: DemoReport,
) -> None:
    for index, item in enumerate(_list(doc, "requests", EVENT_FILE), start=1):
        where = f"{EVENT_FILE}: request {index}"
        ends = [participations.get(_field(item, key, where)) for key in ("from", "to")]
        if ends[0] is None or ends[1] is None:
            raise ValidationFailed(f"{where}: '{item['from']}' and '{item['to']}' must both be participants")
        try:
            status = RequestStatus(item.get("status", "pending"))
            request = MeetingRequest(
                event=event,
                requester=ends[0],
                invitee=ends[1],
                priority=Priority(item.get("priority", "should")),
                status=status,
                source=RequestSource(item.get("source", "participant")),
                message=item.get("message", ""),
                responded_at=_RESPONDED_AT if status in (RequestStatus.ACCEPTED, RequestStatus.DECLINED) else None,
            )
        except ValueError as exc:
            raise ValidationFailed(f"{where}: {exc}") from None
        session.add(request)
        report.created["meeting_requests"] += 1
