"""Publish a catalogue for an event (its participants and slots) or a cluster (its members).

Only published fields leave the database: never internal notes (Organisation.notes,
Participation.notes), facts, tags, check-in state, other events' data, or contacts
who did not consent; a consented contact's email and phone are included.
"""

from __future__ import annotations

import hmac
import os
import re
import secrets
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, selectinload

from ..errors import ValidationFailed
from ..faults import pause_point
from ..model import (
    Capability,
    CataloguePublication,
    Cluster,
    Event,
    Membership,
    Opportunity,
    OpportunityKind,
    Organisation,
    Participation,
    Person,
    utcnow,
)
from ..progress import Job, Progress
from .container import SUFFIX, pack_catalogue
from .document import FORMAT, FORMAT_VERSION, parse_document

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"[\t\r\n]+")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_LABEL_LANGUAGES = {"en", "lt", "pl", "lv", "et", "no", "da", "sv", "fi"}


@dataclass(frozen=True)
class PublishReport:
    """What went into a published catalogue."""

    path: Path
    uid: str
    checksum: str
    kind: str
    title: str
    organisations: int
    contacts_published: int
    contacts_withheld: int
    meeting_slots: int
    size_bytes: int


def request_key(secret: str, uid: str) -> str:
    """The key a catalogue hands to companies for signing their request files (derived, so the secret stays home)."""
    return hmac.new(secret.encode(), f"matchmaker-request-key:{uid}".encode(), "sha256").hexdigest()


def consented(person: Person) -> bool:
    """A contact is published only with consent and a recorded time of consent."""
    return bool(person.consent_to_publish) and person.consent_at is not None


def publish_catalogue(
    session: Session,
    out: Path | str,
    *,
    event: Event | None = None,
    cluster: Cluster | None = None,
    publisher: str = "",
) -> Job[PublishReport]:
    """Write the catalogue of ``event`` or ``cluster`` to ``out`` and record a CataloguePublication.

    A job (yields Progress). The file appears atomically; the caller commits the session.
    """
    if (event is None) == (cluster is None):
        raise ValidationFailed("Publish a catalogue for either an event or a cluster")
    path = Path(out)
    if not path.suffix:
        path = path.with_suffix(SUFFIX)
    if path.is_dir():
        raise ValidationFailed(f"{path}: is a folder; give a file name ending in {SUFFIX}")
    if not path.parent.is_dir():
        raise ValidationFailed(f"{path}: the folder {path.parent} does not exist")
    yield Progress(0, 4, "Collecting organisations")
    orgs, participants = _members(session, event, cluster)
    uid = uuid.uuid4().hex
    secret = secrets.token_hex(32)
    kind = "event" if event is not None else "cluster"
    title = event.name if event is not None else cluster.name if cluster is not None else ""
    publisher = _line(publisher or (event.organiser if event is not None else "") or title, 200)
    published_at = utcnow().replace(microsecond=0)
    yield Progress(1, 4, f"Writing {len(orgs)} organisations")
    counts = {"published": 0, "withheld": 0}
    organisations = [_organisation(org, participants.get(org.id), counts) for org in orgs]
    document: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "publication": {
            "uid": uid,
            "publisher": publisher,
            "published_at": published_at.isoformat(),
            "kind": kind,
            "title": _line(title, 300),
            "request_key": request_key(secret, uid),
        },
        "event": _event(event) if event is not None else None,
        "cluster": _cluster(cluster) if cluster is not None else None,
        "capabilities": _capabilities(session, organisations),
        "organisations": organisations,
    }
    # Never ship a file we could not open ourselves.
    parse_document(document, str(path), "")
    yield Progress(2, 4, "Compressing")
    data, checksum = pack_catalogue(document)
    session.add(
        CataloguePublication(
            uid=uid,
            event_id=event.id if event is not None else None,
            cluster_id=cluster.id if cluster is not None else None,
            published_at=published_at,
            publisher=publisher,
            checksum=checksum,
            secret=secret,
        )
    )
    session.flush()
    yield Progress(3, 4, f"Saving {path.name}")
    _write_when_committed(session, path, data)
    pause_point("catalogue.commit")  # test-only: see matchmaker.core.faults
    yield Progress(4, 4, "Published")
    slots = document["event"]["slots"] if document["event"] else []
    return PublishReport(
        path=path,
        uid=uid,
        checksum=checksum,
        kind=kind,
        title=title,
        organisations=len(organisations),
        contacts_published=counts["published"],
        contacts_withheld=counts["withheld"],
        meeting_slots=sum(1 for slot in slots if slot["kind"] == "meeting"),
        size_bytes=len(data),
    )


def _write_when_committed(session: Session, path: Path, data: bytes) -> None:
    """Write the file beside ``path`` now and move it into place when the session commits its record.

    A crash before the commit leaves no catalogue the database does not know (only a hidden temporary
    file, removed on rollback); the rename after the commit is a single system call.
    """
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.pending")
    write_atomically(temp, data)

    def publish(_session: Session) -> None:
        os.replace(temp, path)

    def discard(_session: Session) -> None:
        temp.unlink(missing_ok=True)

    event.listen(session, "after_commit", publish, once=True)
    event.listen(session, "after_rollback", discard, once=True)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder, so no half file is ever seen."""
    try:
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            pause_point("export.rename")  # test-only: see matchmaker.core.faults
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ValidationFailed(f"{path}: cannot write it ({exc.strerror or exc})") from None


def _members(
    session: Session, event: Event | None, cluster: Cluster | None
) -> tuple[list[Organisation], dict[int, int]]:
    load = (
        selectinload(Organisation.capabilities),
        selectinload(Organisation.opportunities).selectinload(Opportunity.capabilities),
        selectinload(Organisation.people),
        selectinload(Organisation.memberships).selectinload(Membership.cluster),
    )
    participants: dict[int, int] = {}
    query = select(Organisation).options(*load).order_by(Organisation.name, Organisation.id)
    if event is not None:
        rows = session.execute(
            select(Participation.organisation_id, Participation.id).where(Participation.event_id == event.id)
        ).all()
        participants = {org_id: part_id for org_id, part_id in rows}
        query = query.where(Organisation.id.in_(select(Participation.organisation_id).where(
            Participation.event_id == event.id)))  # fmt: skip
    else:
        assert cluster is not None
        query = query.where(Organisation.id.in_(select(Membership.organisation_id).where(
            Membership.cluster_id == cluster.id)))  # fmt: skip
    return list(session.scalars(query)), participants


def _line(value: object, limit: int) -> str:
    """A single-line published field: control characters removed, breaks as spaces, length capped."""
    text = _LINE_BREAKS.sub(" ", str(value or ""))
    return _CONTROL.sub("", text).strip()[:limit]


def _opt_line(value: object, limit: int) -> str | None:
    text = _line(value, limit)
    return text or None


def _block(value: object, limit: int) -> str:
    text = str(value or "").replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)[:limit]


def _languages(values: list[str] | None) -> list[str]:
    found = [str(v).strip().lower() for v in values or []]
    return sorted({v for v in found if _LANGUAGE.match(v)})[:20]


def _countries(values: list[str] | None) -> list[str]:
    return sorted({str(v).strip().upper() for v in values or [] if re.fullmatch(r"[A-Za-z]{2}", str(v).strip())})


def _organisation(org: Organisation, participant: int | None, counts: dict[str, int]) -> dict[str, Any]:
    contacts = []
    for person in sorted(org.people, key=lambda p: p.id):
        if not consented(person):
            counts["withheld"] += 1
            continue
        counts["published"] += 1
        contacts.append(
            {
                "name": _line(person.name, 200) or "(contact)",
                "role": _opt_line(person.role, 200),
                "email": _opt_line(person.email, 254),
                "phone": _opt_line(person.phone, 60),
                "languages": _languages(person.languages),
            }
        )
    return {
        "id": org.id,
        "participant": participant,
        "name": _line(org.name, 300) or f"Organisation {org.id}",
        "country": (org.country or "").upper(),
        "city": _opt_line(org.city, 120),
        "org_type": org.org_type.value,
        "size_band": org.size_band.value if org.size_band else None,
        "website": _opt_line(org.website, 300),
        "founded_year": org.founded_year if org.founded_year and 1000 <= org.founded_year <= 3000 else None,
        "description": _block(org.description, 20_000),
        "languages": _languages(org.languages),
        "clusters": sorted({_line(m.cluster.name, 200) for m in org.memberships}),
        "capabilities": sorted({cap.code for cap in org.capabilities}),
        "offers": [_opportunity(o) for o in _sorted(org.opportunities, OpportunityKind.OFFER)],
        "requests": [_opportunity(o) for o in _sorted(org.opportunities, OpportunityKind.REQUEST)],
        "contacts": contacts,
        "illustrative": bool(org.is_illustrative),
    }


def _sorted(opportunities: list[Opportunity], kind: OpportunityKind) -> list[Opportunity]:
    return sorted((o for o in opportunities if o.kind == kind), key=lambda o: o.id)[:200]


def _opportunity(opp: Opportunity) -> dict[str, Any]:
    return {
        "area": opp.area.value,
        "title": _line(opp.title, 300) or "(untitled)",
        "text": _block(opp.text, 20_000),
        "capabilities": sorted({cap.code for cap in opp.capabilities}),
        "target_countries": _countries(opp.target_countries),
        "expires_on": opp.expires_on.isoformat() if opp.expires_on else None,
    }


def _event(event: Event) -> dict[str, Any]:
    return {
        "name": _line(event.name, 200),
        "venue": _line(event.venue, 300),
        "city": _opt_line(event.city, 120),
        "country": event.country.upper() if event.country and len(event.country) == 2 else None,
        "timezone": _line(event.timezone, 64),
        "starts_on": event.starts_on.isoformat() if event.starts_on else None,
        "ends_on": event.ends_on.isoformat() if event.ends_on else None,
        "meeting_minutes": max(1, min(event.meeting_minutes or 20, 24 * 60)),
        "slots": [
            {
                "id": slot.id,
                "starts_at": slot.starts_at.isoformat(),
                "ends_at": slot.ends_at.isoformat(),
                "kind": slot.kind.value,
                "label": _line(slot.label, 120),
                "session": _line(slot.session.name if slot.session else "", 120),
            }
            for slot in sorted(event.slots, key=lambda s: (s.starts_at, s.id))
            if slot.ends_at > slot.starts_at
        ],
    }


def _cluster(cluster: Cluster) -> dict[str, Any]:
    return {
        "name": _line(cluster.name, 200),
        "country": cluster.country.upper() if cluster.country and len(cluster.country) == 2 else None,
        "website": _opt_line(cluster.website, 300),
        "description": _block(cluster.description, 20_000),
    }


def _capabilities(session: Session, organisations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The capabilities the organisations use, with all their ancestors (so filters can show the tree)."""
    used: set[str] = set()
    for org in organisations:
        used.update(org["capabilities"])
        for opp in org["offers"] + org["requests"]:
            used.update(opp["capabilities"])
    by_id = {cap.id: cap for cap in session.scalars(select(Capability))}
    by_code = {cap.code: cap for cap in by_id.values()}
    wanted: dict[str, Capability] = {}
    for code in used:
        cap: Capability | None = by_code.get(code)
        while cap is not None and cap.code not in wanted:
            wanted[cap.code] = cap
            cap = by_id.get(cap.parent_id) if cap.parent_id is not None else None
    return [
        {
            "code": cap.code,
            "parent": by_id[cap.parent_id].code if cap.parent_id in by_id else None,
            "labels": {k: _line(v, 200) for k, v in (cap.labels or {}).items() if k in _LABEL_LANGUAGES},
        }
        for cap in sorted(wanted.values(), key=lambda c: (c.sort_order, c.code))
    ]
