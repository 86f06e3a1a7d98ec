"""Reading a catalogue refuses tampered, truncated, foreign and malicious files, each with a clear message."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest

from matchmaker.core.catalogue import FileRefused, parse_catalogue, read_catalogue
from matchmaker.core.catalogue.container import MIMETYPE, pack_catalogue
from matchmaker.core.catalogue.safety import canonical_json, sha256_hex


@pytest.fixture
def published(published_catalogue: Path) -> Path:
    return published_catalogue


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(entries: list[tuple[str, bytes]], *, compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED if name == "mimetype" else compress)
    return buffer.getvalue()


def refused(data: bytes, match: str) -> None:
    with pytest.raises(FileRefused, match=match) as info:
        parse_catalogue(data, "x.mmcat")
    assert str(info.value).startswith("x.mmcat")


def test_a_published_catalogue_reads_back(published: Path) -> None:
    assert len(read_catalogue(published).organisations) == 3


def test_an_edited_catalogue_is_refused_as_tampered(published: Path) -> None:
    parts = members(published)
    doc = json.loads(parts["catalogue.json"])
    doc["organisations"][0]["name"] = "Evil Corp"
    data = rezip([("mimetype", parts["mimetype"]), ("manifest.json", parts["manifest.json"]),
                  ("catalogue.json", canonical_json(doc))])  # fmt: skip
    refused(data, "changed or damaged after it was published")


def test_a_flipped_byte_is_refused(published: Path) -> None:
    raw = bytearray(published.read_bytes())
    raw[len(raw) // 2] ^= 0x55
    refused(bytes(raw), "damaged|changed")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.99])
def test_truncated_files_are_refused(published: Path, keep: float) -> None:
    raw = published.read_bytes()
    refused(raw[: int(len(raw) * keep)], "damaged or truncated|not a Matchmaker catalogue")


def test_a_manifest_that_lies_about_the_content_is_refused(published: Path) -> None:
    parts = members(published)
    manifest = json.loads(parts["manifest.json"])
    manifest["organisations"] = 99
    data = rezip([("mimetype", parts["mimetype"]), ("manifest.json", canonical_json(manifest)),
                  ("catalogue.json", parts["catalogue.json"])])  # fmt: skip
    refused(data, "does not describe the catalogue")


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"", "an empty file"),
        (b'{"format": "matchmaker-catalogue"}', "not a Matchmaker catalogue"),
        (gzip.compress(b'{"a": 1}'), "not a Matchmaker catalogue"),
        (b"%PDF-1.7\n", "not a Matchmaker catalogue"),
        (rezip([("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<x/>")]), "unexpected"),
        (rezip([("mimetype", b"application/epub+zip"), ("manifest.json", b"{}"), ("catalogue.json", b"{}")]),
         "some other zip-based file"),
    ],
)  # fmt: skip
def test_foreign_files_are_refused(data: bytes, match: str) -> None:
    refused(data, match)


def test_a_folder_or_missing_file_gives_a_message(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="folder"):
        read_catalogue(tmp_path)
    with pytest.raises(FileRefused, match="no such file"):
        read_catalogue(tmp_path / "nope.mmcat")


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_extra_members_and_path_tricks_are_refused(published: Path) -> None:
    parts = members(published)
    entries = [(name, parts[name]) for name in ("mimetype", "manifest.json", "catalogue.json")]
    refused(rezip([*entries, ("../../.bashrc", b"rm -rf ~")]), "unexpected contents")
    refused(rezip([entries[1], entries[0], entries[2]]), "unexpected contents")  # mimetype must come first
    refused(rezip([entries[0], entries[1], entries[2], entries[2]]), "unexpected contents")  # duplicate member


def test_a_zip_bomb_is_refused_before_it_is_inflated(published: Path) -> None:
    parts = members(published)
    bomb = b" " * (40 * 1024 * 1024)  # 40 MB of spaces deflate to ~40 KB
    data = rezip([("mimetype", parts["mimetype"]), ("manifest.json", parts["manifest.json"]), ("catalogue.json", bomb)])
    assert len(data) < 1024 * 1024
    refused(data, "zip bomb")


def _document(published: Path) -> dict:  # type: ignore[type-arg]
    return json.loads(members(published)["catalogue.json"])


@pytest.mark.parametrize(
    ("mutate", "match"),
    [
        (lambda d: d.update(format_version=2), "newer Matchmaker"),
        (lambda d: d.update(format="something-else"), "wrong format name"),
        (lambda d: d["organisations"][0].update(notes="sneaked in"), "unexpected field 'notes'"),
        (lambda d: d["organisations"][0].update(country="Lithuania"), r"organisations\[0\]\.country"),
        (lambda d: d["organisations"][0].update(id=True), r"organisations\[0\]\.id: expected a whole number"),
        (lambda d: d["organisations"][0].update(name="x" * 301), "longer than 300"),
        (lambda d: d["organisations"][0].update(name="a\x00b"), "control characters"),
        (lambda d: d["organisations"][1].update(id=d["organisations"][0]["id"]), "appears twice"),
        (lambda d: d["organisations"][0].update(capabilities=["no.such.code"]), "not a capability listed"),
        (lambda d: d["event"]["slots"][0].update(ends_at="2000-01-01T00:00:00"), "ends before it starts"),
        (lambda d: d["organisations"][0].update(participant=None), "every organisation of an event catalogue"),
        (lambda d: d.update(cluster={"name": "x", "country": None, "website": None, "description": ""}),
         "must have its event and nothing else"),
    ],
)  # fmt: skip
def test_schema_violations_are_refused_naming_the_field(published: Path, mutate, match: str) -> None:  # type: ignore[no-untyped-def]
    doc = _document(published)
    mutate(doc)
    data, _ = pack_catalogue(doc)  # a consistent checksum: only the schema can catch these
    refused(data, match)


def test_json_tricks_are_refused(published: Path) -> None:
    parts = members(published)

    def with_body(body: bytes) -> bytes:
        manifest = json.loads(parts["manifest.json"])
        manifest["sha256"] = sha256_hex(body)
        return rezip([("mimetype", MIMETYPE.encode()), ("manifest.json", canonical_json(manifest)),
                      ("catalogue.json", body)], compress=zipfile.ZIP_STORED)  # fmt: skip

    refused(with_body(b"[" * 100_000 + b"]" * 100_000), "nested too deeply")
    refused(with_body(b'{"format": NaN}'), "not valid JSON")
    # Duplicate keys are refused where nothing else vouches for the bytes (the manifest, request files).
    manifest = parts["manifest.json"].replace(b'{"format"', b'{"format":"x","format"', 1)
    refused(rezip([("mimetype", MIMETYPE.encode()), ("manifest.json", manifest),
                   ("catalogue.json", parts["catalogue.json"])]), "appears twice")  # fmt: skip
    refused(with_body(b"\xff\xfe not utf-8"), "not UTF-8")
    refused(with_body(b'{"format": "matchmaker-catalogue", "format_version": ' + b"9" * 5000 + b"}"), "JSON")


def test_request_files_with_duplicate_keys_are_refused() -> None:
    from matchmaker.core.catalogue import parse_request_file

    with pytest.raises(FileRefused, match="appears twice"):
        parse_request_file(b'{"format": "matchmaker-requests", "format": "matchmaker-requests"}', "r.mmreq")
