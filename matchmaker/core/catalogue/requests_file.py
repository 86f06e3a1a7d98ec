"""The request file a company e-mails back: its meeting requests, shortlist and unavailable slots.

A small JSON file (``.mmreq``), readable by people, signed with HMAC-SHA256 under the
catalogue's request key. See README.md in this folder for what the signature proves.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..model import Priority
from .safety import Reader, canonical_json, hmac_hex, parse_json, read_bounded, same_digest, sha256_hex

REQUESTS_FORMAT = "matchmaker-requests"
REQUESTS_FORMAT_VERSION = 1
REQUESTS_SUFFIX = ".mmreq"
MAX_REQUEST_FILE_BYTES = 4 * 1024 * 1024
MAX_REQUESTS = 2_000
MAX_MESSAGE = 2_000
_PRIORITIES = frozenset(p.value for p in Priority)


@dataclass(frozen=True)
class RequestedMeeting:
    organisation: int
    priority: Priority
    message: str


@dataclass(frozen=True)
class RequestFile:
    """A parsed request file; ``signature_valid`` needs the key, see :meth:`signed_by`."""

    source: str
    catalogue_uid: str
    catalogue_checksum: str
    organisation: int
    participant: int | None
    name: str
    sequence: int
    exported_at: datetime
    requests: tuple[RequestedMeeting, ...]
    shortlist: tuple[int, ...]
    unavailable_slots: tuple[int, ...]
    signature: str
    #: SHA-256 of the file's canonical JSON: two files are the same file when these agree.
    checksum: str
    _signed_bytes: bytes

    def signed_by(self, key_hex: str) -> bool:
        """True when the signature was made with ``key_hex`` over exactly this content."""
        return same_digest(hmac_hex(bytes.fromhex(key_hex), self._signed_bytes), self.signature)


def build_request_document(
    *,
    catalogue_uid: str,
    catalogue_checksum: str,
    request_key: str,
    organisation: int,
    participant: int | None,
    name: str,
    sequence: int,
    exported_at: datetime,
    requests: list[RequestedMeeting],
    shortlist: list[int],
    unavailable_slots: list[int],
) -> bytes:
    """The signed request file, as bytes (pretty-printed JSON; the signature covers its canonical form)."""
    document: dict[str, Any] = {
        "format": REQUESTS_FORMAT,
        "format_version": REQUESTS_FORMAT_VERSION,
        "catalogue": {"uid": catalogue_uid, "checksum": catalogue_checksum},
        "from": {"organisation": organisation, "participant": participant, "name": name},
        "sequence": sequence,
        "exported_at": exported_at.replace(microsecond=0).isoformat(),
        "requests": [
            {"organisation": r.organisation, "priority": r.priority.value, "message": r.message} for r in requests
        ],
        "shortlist": list(shortlist),
        "unavailable_slots": sorted(unavailable_slots),
    }
    document["signature"] = hmac_hex(bytes.fromhex(request_key), canonical_json(document))
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_request_file(path: Path | str) -> RequestFile:
    """Read and check a request file's structure (not yet its signature or where it comes from)."""
    path = Path(path)
    return parse_request_file(read_bounded(path, MAX_REQUEST_FILE_BYTES, "request file"), str(path))


def parse_request_file(data: bytes, source: str = "request file") -> RequestFile:
    """Validate the bytes of a request file strictly; FileRefused names the first bad field."""
    r = Reader(source)
    if not data.strip():
        r.fail("", "an empty file")
    if not data.lstrip().startswith(b"{"):
        r.fail("", "not a Matchmaker request file")
    doc = parse_json(data, source)
    if isinstance(doc, dict) and doc.get("format") != REQUESTS_FORMAT:
        r.fail("", "not a Matchmaker request file (wrong format name)")
    doc = r.obj(
        doc,
        "request file",
        {"format", "format_version", "catalogue", "from", "sequence", "exported_at", "requests", "shortlist",
         "unavailable_slots", "signature"},
    )  # fmt: skip
    version = r.integer(doc["format_version"], "format_version", 1, 10**6)
    if version > REQUESTS_FORMAT_VERSION:
        r.fail("", f"written by a newer Matchmaker (format {version}); please update Matchmaker")
    cat = r.obj(doc["catalogue"], "catalogue", {"uid", "checksum"})
    sender = r.obj(doc["from"], "from", {"organisation", "participant", "name"})
    organisation = r.integer(sender["organisation"], "from.organisation", 1)
    requests = tuple(r.items(doc["requests"], "requests", MAX_REQUESTS, lambda v, w: _request(r, v, w)))
    targets = [req.organisation for req in requests]
    if len(set(targets)) != len(targets):
        r.fail("requests", "the same organisation is requested twice")
    if organisation in targets:
        r.fail("requests", "an organisation cannot request a meeting with itself")
    shortlist = tuple(r.integer(v, f"shortlist[{i}]", 1) for i, v in enumerate(r.array(doc["shortlist"], "shortlist",
                                                                                         50_000)))  # fmt: skip
    if len(set(shortlist)) != len(shortlist):
        r.fail("shortlist", "an organisation appears twice")
    unavailable = tuple(
        r.integer(v, f"unavailable_slots[{i}]", 1)
        for i, v in enumerate(r.array(doc["unavailable_slots"], "unavailable_slots", 5_000))
    )
    if len(set(unavailable)) != len(unavailable):
        r.fail("unavailable_slots", "a slot appears twice")
    signature = r.hexdigest(doc["signature"], "signature")
    unsigned = {key: value for key, value in doc.items() if key != "signature"}
    return RequestFile(
        source=source,
        catalogue_uid=r.hexdigest(cat["uid"], "catalogue.uid", 32),
        catalogue_checksum=r.hexdigest(cat["checksum"], "catalogue.checksum"),
        organisation=organisation,
        participant=r.opt_integer(sender["participant"], "from.participant", 1),
        name=r.text(sender["name"], "from.name", 300),
        sequence=r.integer(doc["sequence"], "sequence", 1, 10**9),
        exported_at=r.timestamp(doc["exported_at"], "exported_at"),
        requests=requests,
        shortlist=shortlist,
        unavailable_slots=unavailable,
        signature=signature,
        checksum=sha256_hex(canonical_json(doc)),
        _signed_bytes=canonical_json(unsigned),
    )


def _request(r: Reader, value: Any, where: str) -> RequestedMeeting:
    item = r.obj(value, where, {"organisation", "priority", "message"})
    return RequestedMeeting(
        organisation=r.integer(item["organisation"], f"{where}.organisation", 1),
        priority=Priority(r.choice(item["priority"], f"{where}.priority", _PRIORITIES)),
        message=r.text(item["message"], f"{where}.message", MAX_MESSAGE, lines=True),
    )
