"""Publishing: what a catalogue contains, and above all what it never contains (searched in the raw bytes)."""

from __future__ import annotations

import contextlib
import io
import zipfile
import zlib
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from matchmaker.core.catalogue import read_catalogue
from matchmaker.core.errors import NotFound, ValidationFailed
from matchmaker.core.model import CataloguePublication, ErasureRecord, MeetingRequest, Person
from matchmaker.core.privacy import erase_person
from tests.catalogue.world import (
    CONSENTED_EMAIL,
    CONSENTED_PHONE,
    NO_TIMESTAMP_EMAIL,
    OTHER_EVENT_ORG,
    PRIVATE_EMAIL,
    PRIVATE_PHONE,
    SECRETS,
    World,
)


def all_bytes(path: Path) -> bytes:
    """The raw file plus every member decompressed, so nothing can hide in the compression."""
    raw = path.read_bytes()
    parts = [raw]
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        for name in archive.namelist():
            parts.append(archive.read(name))
    # And a raw inflate of every deflate stream, independent of zipfile.
    for start in range(len(raw) - 4):
        if raw[start : start + 4] == b"PK\x03\x04":
            name_len = int.from_bytes(raw[start + 26 : start + 28], "little")
            extra_len = int.from_bytes(raw[start + 28 : start + 30], "little")
            body = raw[start + 30 + name_len + extra_len :]
            with contextlib.suppress(zlib.error):
                parts.append(zlib.decompressobj(-15).decompress(body))
    return b"\n".join(parts)


def forms(text: str) -> list[bytes]:
    """A secret in the encodings JSON might use: UTF-8 and \\u-escaped."""
    return [text.encode(), text.encode("unicode_escape"), text.encode("ascii", "backslashreplace")]


def assert_absent(blob: bytes, secret: str) -> None:
    for form in forms(secret):
        assert form not in blob, f"{secret!r} leaked into the catalogue"


def test_event_catalogue_has_participants_slots_and_only_published_fields(world: World, tmp_path: Path) -> None:
    report = world.publish(tmp_path / "event.mmcat")
    assert (report.organisations, report.contacts_published, report.contacts_withheld) == (3, 1, 2)
    catalogue = read_catalogue(report.path)
    assert catalogue.info.kind == "event" and catalogue.info.publisher == "Test Organiser"
    assert {o.name for o in catalogue.organisations} == {"Aurora Studio", "Bergen VR", "Cracow Cloud"}
    assert {o.participant for o in catalogue.organisations} == set(world.participant_ids.values())
    assert [s.id for s in catalogue.meeting_slots] == world.slot_ids[:3]
    assert catalogue.event is not None and len(catalogue.event.slots) == 4  # the coffee break is shown too
    aurora = next(o for o in catalogue.organisations if o.name == "Aurora Studio")
    assert [(c.name, c.email, c.phone) for c in aurora.contacts] == [("Alice Consented", CONSENTED_EMAIL,
                                                                       CONSENTED_PHONE)]  # fmt: skip
    assert [o.title for o in aurora.offers] == ["VFX for co-productions"]
    assert aurora.requests[0].target_countries == ("NO",)
    for code in aurora.capabilities:
        assert catalogue.capability(code) is not None
    blob = all_bytes(report.path)
    # The positive control: the consented contact really is in the bytes we search.
    assert CONSENTED_EMAIL.encode() in blob and b"Aurora Studio" in blob
    for secret in SECRETS:
        assert_absent(blob, secret)


def test_cluster_catalogue_has_members_only(world: World, tmp_path: Path) -> None:
    report = world.publish(tmp_path / "cluster.mmcat", event=False)
    catalogue = read_catalogue(report.path)
    assert catalogue.info.kind == "cluster" and catalogue.event is None
    assert {o.name for o in catalogue.organisations} == {"Aurora Studio", "Bergen VR", OTHER_EVENT_ORG}
    assert all(o.participant is None for o in catalogue.organisations)
    blob = all_bytes(report.path)
    for secret in (PRIVATE_EMAIL, PRIVATE_PHONE, NO_TIMESTAMP_EMAIL, "INTERNAL-"):
        assert_absent(blob, secret)
    assert CONSENTED_EMAIL.encode() in blob


def test_publication_is_recorded_with_the_file_checksum(world: World, tmp_path: Path) -> None:
    report = world.publish(tmp_path / "event")  # the suffix is added
    assert report.path.name == "event.mmcat" and report.path.exists()
    with world.database.session() as session:
        row = session.scalars(select(CataloguePublication)).one()
        assert (row.uid, row.checksum, row.event_id) == (report.uid, report.checksum, world.event_id)
        assert len(row.secret) == 64
    catalogue = read_catalogue(report.path)
    assert catalogue.checksum == report.checksum and catalogue.info.uid == report.uid
    # The organiser's secret never leaves the database; the catalogue holds only a derived key.
    assert row.secret.encode() not in all_bytes(report.path)


def test_publishing_into_a_missing_folder_writes_nothing(world: World, tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match="does not exist"):
        world.publish(tmp_path / "missing" / "x.mmcat")
    with world.database.session() as session:
        assert session.scalars(select(CataloguePublication)).all() == []


def test_erase_person_removes_the_contact_from_future_catalogues(world: World, tmp_path: Path) -> None:
    with world.database.transaction() as session:
        session.add(MeetingRequest(event_id=world.event_id, requester_id=world.participant_ids["B"],
                                   invitee_id=world.participant_ids["A"],
                                   message=f"Please ask {CONSENTED_EMAIL} or Alice Consented"))  # fmt: skip
    before = all_bytes(world.publish(tmp_path / "before.mmcat").path)
    assert CONSENTED_EMAIL.encode() in before
    with world.database.transaction() as session:
        report = erase_person(session, world.consented_person_id)
    assert report.rows_removed == 1 and report.fields_redacted == 1
    after = all_bytes(world.publish(tmp_path / "after.mmcat").path)
    for secret in (CONSENTED_EMAIL, CONSENTED_PHONE, "Alice Consented"):
        assert_absent(after, secret)
    with world.database.session() as session:
        assert session.get(Person, world.consented_person_id) is None
        message = session.scalars(select(MeetingRequest.message)).one()
        assert CONSENTED_EMAIL not in message and "Alice" not in message and "[erased]" in message
        record = session.scalars(select(ErasureRecord)).one()
        assert record.organisation_id == world.org_ids["A"] and record.rows_removed == 1
        columns = [c.key for c in inspect(ErasureRecord).column_attrs]
        stored = " ".join(str(getattr(record, c)) for c in columns)
        for personal in ("Alice", "Consented", CONSENTED_EMAIL, CONSENTED_PHONE, "600 00001"):
            assert personal not in stored


def test_erasing_an_unknown_person_says_so(world: World) -> None:
    with world.database.transaction() as session, pytest.raises(NotFound, match="No contact person with id 999"):
        erase_person(session, 999)
