"""The .mmcat container: a zip with exactly three members, read with size and ratio limits.

    mimetype         stored, first: "application/x-matchmaker-catalogue" (so file managers
                     recognise it by magic, the way ODF and EPUB do)
    manifest.json    format, version, publication uid, publisher, counts and the SHA-256
                     of catalogue.json
    catalogue.json   the catalogue as canonical JSON (sorted keys, no spaces), deflated

Nothing is ever extracted to disk and no member name is used as a path.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from .document import FORMAT, FORMAT_VERSION, KINDS, Catalogue, parse_document
from .safety import Reader, canonical_json, parse_json, read_bounded, refuse, same_digest, sha256_hex

MIMETYPE = "application/x-matchmaker-catalogue"
SUFFIX = ".mmcat"
MEMBERS = ("mimetype", "manifest.json", "catalogue.json")
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_JSON_BYTES = 512 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
# Real catalogues deflate about 5-10x; zip bombs reach 1000x.
MAX_RATIO = 60
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # member timestamps carry no information


def pack_catalogue(document: dict[str, Any]) -> tuple[bytes, str]:
    """The .mmcat bytes of ``document`` and its checksum (SHA-256 of the canonical JSON)."""
    body = canonical_json(document)
    checksum = sha256_hex(body)
    pub = document["publication"]
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "uid": pub["uid"],
        "publisher": pub["publisher"],
        "published_at": pub["published_at"],
        "kind": pub["kind"],
        "title": pub["title"],
        "organisations": len(document["organisations"]),
        "sha256": checksum,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", _FIXED_TIME), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            zipfile.ZipInfo("manifest.json", _FIXED_TIME), canonical_json(manifest), compress_type=zipfile.ZIP_DEFLATED
        )
        archive.writestr(
            zipfile.ZipInfo("catalogue.json", _FIXED_TIME), body, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6
        )
    return buffer.getvalue(), checksum


def read_catalogue(path: Path | str) -> Catalogue:
    """Open and fully validate a .mmcat file; FileRefused (with a message) when it is not a sound catalogue."""
    path = Path(path)
    return parse_catalogue(read_bounded(path, MAX_FILE_BYTES, "catalogue"), str(path))


def parse_catalogue(data: bytes, source: str = "catalogue") -> Catalogue:
    """Validate the bytes of a .mmcat file (see :func:`read_catalogue`)."""
    members = _members(data, source)
    if members["mimetype"] != MIMETYPE.encode():
        refuse(source, "", "not a Matchmaker catalogue (it is some other zip-based file)")
    manifest = _manifest(parse_json(members["manifest.json"], f"{source} (manifest)"), source)
    body = members["catalogue.json"]
    checksum = sha256_hex(body)
    if not same_digest(checksum, manifest["sha256"]):
        refuse(source, "", "the catalogue was changed or damaged after it was published (checksum mismatch)")
    document = parse_json(body, source, checksummed=True)
    if isinstance(document, dict):
        _check_format(document.get("format"), document.get("format_version"), source)
    catalogue = parse_document(document, source, checksum)
    info = catalogue.info
    stated = (manifest["uid"], manifest["publisher"], manifest["kind"], manifest["title"], manifest["organisations"])
    actual = (info.uid, info.publisher, info.kind, info.title, len(catalogue.organisations))
    if stated != actual:
        refuse(source, "manifest", "does not describe the catalogue inside the file (it was altered)")
    return catalogue


def _members(data: bytes, source: str) -> dict[str, bytes]:
    if not data.startswith(b"PK\x03\x04"):
        kind = "an empty file" if not data else "not a Matchmaker catalogue (.mmcat) file"
        refuse(source, "", kind)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception:  # zipfile parses hostile bytes; any failure there means a damaged file
        refuse(source, "", "the file is damaged or truncated (not a readable zip archive)")
    names = [info.filename for info in infos]
    if len(names) != len(MEMBERS) or set(names) != set(MEMBERS) or names[0] != "mimetype":
        refuse(source, "", "not a Matchmaker catalogue (unexpected contents)")
    result: dict[str, bytes] = {}
    for info in infos:
        limit = MAX_JSON_BYTES if info.filename == "catalogue.json" else MAX_MANIFEST_BYTES
        if info.flag_bits & 0x1:
            refuse(source, info.filename, "encrypted members are not allowed")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            refuse(source, info.filename, "uses an unsupported compression")
        if info.file_size > limit or info.file_size > max(info.compress_size, 1) * MAX_RATIO + 4096:
            refuse(source, info.filename, "expands to an implausible size (refused as a possible zip bomb)")
        try:
            with archive.open(info) as member:
                content = member.read(limit + 1)
        except Exception:  # CRC errors, truncated deflate streams, bad headers
            refuse(source, info.filename, "the file is damaged or truncated")
        if len(content) > limit:
            refuse(source, info.filename, "too large")
        result[info.filename] = content
    return result


def _check_format(name: Any, version: Any, source: str) -> None:
    if name != FORMAT:
        refuse(source, "", "not a Matchmaker catalogue (wrong format name)")
    if isinstance(version, bool) or not isinstance(version, int):
        refuse(source, "format_version", "expected a whole number")
    if version > FORMAT_VERSION:
        refuse(source, "", f"written by a newer Matchmaker (format {version}); please update Matchmaker")
    if version < 1:
        refuse(source, "format_version", f"unknown format version {version}")


def _manifest(value: Any, source: str) -> dict[str, Any]:
    r = Reader(f"{source} (manifest)")
    if isinstance(value, dict):
        _check_format(value.get("format"), value.get("format_version"), source)
    m = r.obj(
        value,
        "manifest",
        {"format", "format_version", "uid", "publisher", "published_at", "kind", "title", "organisations", "sha256"},
    )
    r.hexdigest(m["uid"], "uid", 32)
    r.text(m["publisher"], "publisher", 200)
    r.timestamp(m["published_at"], "published_at")
    r.choice(m["kind"], "kind", KINDS)
    r.text(m["title"], "title", 300)
    r.integer(m["organisations"], "organisations")
    r.hexdigest(m["sha256"], "sha256")
    return m
