"""A company's work on a catalogue, kept beside it in ``FILE.mmcat.work.json`` between launches.

The catalogue itself is never written to. The work file holds "this is us", the
shortlist, draft meeting requests, own unavailable slots and the export counter.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import ValidationFailed
from ..model import Priority, utcnow
from ..paths import data_dir
from .document import Catalogue
from .publish import write_atomically
from .requests_file import MAX_MESSAGE, REQUESTS_SUFFIX, RequestedMeeting, build_request_document
from .safety import FileRefused, Reader, parse_json, read_bounded

WORK_FORMAT = "matchmaker-catalogue-work"
WORK_SUFFIX = ".work.json"
_PRIORITIES = frozenset(p.value for p in Priority)


@dataclass
class DraftRequest:
    priority: Priority = Priority.SHOULD
    message: str = ""


@dataclass
class Work:
    """What the company did with a catalogue; ids are the catalogue's organisation and slot ids."""

    catalogue_uid: str
    us: int | None = None
    shortlist: list[int] = field(default_factory=list)
    requests: dict[int, DraftRequest] = field(default_factory=dict)
    unavailable: set[int] = field(default_factory=set)
    #: Sequence number of the last exported request file (the next export uses sequence + 1).
    sequence: int = 0
    last_export: str = ""

    def toggle_shortlist(self, org_id: int) -> bool:
        """Add or remove ``org_id``; returns whether it is now on the shortlist."""
        if org_id in self.shortlist:
            self.shortlist.remove(org_id)
            return False
        self.shortlist.append(org_id)
        return True

    def to_json(self) -> dict[str, Any]:
        return {
            "format": WORK_FORMAT,
            "format_version": 1,
            "catalogue_uid": self.catalogue_uid,
            "us": self.us,
            "shortlist": self.shortlist,
            "requests": [
                {"organisation": org, "priority": d.priority.value, "message": d.message}
                for org, d in self.requests.items()
            ],
            "unavailable_slots": sorted(self.unavailable),
            "sequence": self.sequence,
            "last_export": self.last_export,
        }


def work_path(catalogue_path: Path | str) -> Path:
    """Where the work on a catalogue is kept: beside it, as ``FILE.mmcat.work.json``."""
    path = Path(catalogue_path)
    return path.with_name(path.name + WORK_SUFFIX)


def work_location(catalogue: Catalogue) -> Path:
    """The work file for an opened catalogue: beside it, or, when that folder is read-only (a CD,
    a shared drive), in the user's data folder under the catalogue's publication id."""
    beside = work_path(catalogue.source)
    if beside.exists() or os.access(beside.parent, os.W_OK):
        return beside
    return data_dir() / "catalogue-work" / f"{catalogue.info.uid}{WORK_SUFFIX}"


def load_work(catalogue: Catalogue, path: Path) -> tuple[Work, str | None]:
    """The saved work for ``catalogue`` (fresh when none), and a note for the user when something was set aside.

    A damaged work file is renamed to ``*.broken`` (never deleted) and work starts afresh.
    Work saved against an earlier publication carries over for the organisations still listed.
    """
    if not path.exists():
        return Work(catalogue.info.uid), None
    try:
        work = _parse_work(read_bounded(path, 8 * 1024 * 1024, "work file"), str(path))
    except FileRefused as exc:
        aside = path.with_name(path.name + ".broken")
        try:
            path.replace(aside)
        except OSError:
            return Work(catalogue.info.uid), f"Your saved work could not be read ({exc.message}); starting afresh."
        return Work(catalogue.info.uid), f"Your saved work could not be read ({exc.message}). It was kept as {aside}."
    note = _fit_to_catalogue(work, catalogue)
    return work, note


def save_work(work: Work, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(work.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
    write_atomically(path, data)


def _parse_work(data: bytes, source: str) -> Work:
    r = Reader(source)
    doc = r.obj(
        parse_json(data, source),
        "work",
        {"format", "format_version", "catalogue_uid", "us", "shortlist", "requests", "unavailable_slots",
         "sequence", "last_export"},
    )  # fmt: skip
    if doc["format"] != WORK_FORMAT:
        r.fail("format", "not a Matchmaker work file")
    work = Work(catalogue_uid=r.hexdigest(doc["catalogue_uid"], "catalogue_uid", 32))
    work.us = r.opt_integer(doc["us"], "us", 1)
    work.shortlist = list(dict.fromkeys(r.integer(v, "shortlist", 1) for v in r.array(doc["shortlist"], "shortlist",
                                                                                     50_000)))  # fmt: skip
    for index, item in enumerate(r.array(doc["requests"], "requests", 50_000)):
        where = f"requests[{index}]"
        req = r.obj(item, where, {"organisation", "priority", "message"})
        work.requests[r.integer(req["organisation"], f"{where}.organisation", 1)] = DraftRequest(
            Priority(r.choice(req["priority"], f"{where}.priority", _PRIORITIES)),
            r.text(req["message"], f"{where}.message", MAX_MESSAGE, lines=True),
        )
    work.unavailable = {r.integer(v, "unavailable_slots", 1) for v in r.array(doc["unavailable_slots"],
                                                                               "unavailable_slots", 5_000)}  # fmt: skip
    work.sequence = r.integer(doc["sequence"], "sequence", 0, 10**9)
    work.last_export = r.text(doc["last_export"], "last_export", 4096)
    return work


def _fit_to_catalogue(work: Work, catalogue: Catalogue) -> str | None:
    """Drop references the catalogue no longer has; returns a note when something was dropped."""
    known = {org.id for org in catalogue.organisations}
    slots = {slot.id for slot in catalogue.meeting_slots}
    before = (work.us, len(work.shortlist), len(work.requests), len(work.unavailable))
    if work.us not in known:
        work.us = None
    work.shortlist = [org for org in work.shortlist if org in known and org != work.us]
    work.requests = {org: d for org, d in work.requests.items() if org in known and org != work.us}
    work.unavailable &= slots
    work.catalogue_uid = catalogue.info.uid
    after = (work.us, len(work.shortlist), len(work.requests), len(work.unavailable))
    if before != after:
        return "Some saved choices refer to organisations or slots this catalogue no longer lists; they were dropped."
    return None


def export_requests(catalogue: Catalogue, work: Work, out: Path | str | None, work_file: Path | None) -> Path:
    """Write the signed request file for e-mailing to the organiser; raises the export counter.

    ``out`` defaults to ``<catalogue folder>/<organisation>-requests-<n>.mmreq``.
    """
    if work.us is None:
        raise ValidationFailed('Choose "this is us" first: the request file says who is asking')
    us = catalogue.organisation(work.us)
    if us is None:
        raise ValidationFailed(f"Organisation {work.us} is not in this catalogue")
    if catalogue.info.kind == "event" and us.participant is None:
        raise ValidationFailed(f"{us.name} is not a participant of {catalogue.title}")
    if catalogue.info.kind != "event" and work.requests:
        raise ValidationFailed("Meeting requests need an event catalogue; this one is for a cluster")
    sequence = work.sequence + 1
    if out is None:
        folder = Path(catalogue.source).parent if catalogue.source else Path.cwd()
        stem = "".join(ch if ch.isalnum() else "-" for ch in us.name).strip("-")[:40] or f"org-{us.id}"
        out = folder / f"{stem}-requests-{sequence}{REQUESTS_SUFFIX}"
    path = Path(out)
    data = build_request_document(
        catalogue_uid=catalogue.info.uid,
        catalogue_checksum=catalogue.checksum,
        request_key=catalogue.info.request_key,
        organisation=us.id,
        participant=us.participant,
        name=us.name,
        sequence=sequence,
        exported_at=utcnow(),
        requests=[
            RequestedMeeting(org, draft.priority, draft.message)
            for org, draft in work.requests.items()
            if catalogue.organisation(org) is not None and org != us.id
        ],
        shortlist=[org for org in work.shortlist if org != us.id],
        unavailable_slots=sorted(work.unavailable),
    )
    write_atomically(path, data)
    work.sequence = sequence
    work.last_export = f"{datetime.now().replace(microsecond=0).isoformat(sep=' ')} {path}"
    if work_file is not None:
        save_work(work, work_file)
    return path
