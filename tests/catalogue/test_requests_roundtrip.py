"""Company side (work file, export) and organiser side (import) of the request round trip, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from matchmaker.core.catalogue import (
    DraftRequest,
    FileRefused,
    Work,
    export_requests,
    import_requests,
    load_work,
    read_catalogue,
    save_work,
    work_path,
)
from matchmaker.core.catalogue.document import Catalogue
from matchmaker.core.catalogue.safety import canonical_json, hmac_hex
from matchmaker.core.errors import ValidationFailed
from matchmaker.core.model import (
    Cluster,
    Event,
    MeetingRequest,
    Organisation,
    Participation,
    Person,
    Priority,
    RequestFileImport,
    RequestSource,
    RequestStatus,
    ShortlistEntry,
    Slot,
    participation_unavailable,
)
from matchmaker.db import Database, open_database
from matchmaker.db.url import sqlite_url
from tests.catalogue.world import World, build_world


def open_as_company(path: Path) -> tuple[Catalogue, Work]:
    catalogue = read_catalogue(path)
    work, note = load_work(catalogue, work_path(path))
    assert note is None
    return catalogue, work


def counts(database: Database) -> dict[str, int]:
    with database.session() as session:
        tables = [Organisation, Participation, Person, Event, Slot, Cluster, MeetingRequest, ShortlistEntry,
                  RequestFileImport]  # fmt: skip
        result = {t.__name__: session.scalar(select(func.count()).select_from(t)) or 0 for t in tables}
        result["unavailable"] = session.scalar(select(func.count()).select_from(participation_unavailable)) or 0
        return result


def requests_of(database: Database, participant: int) -> dict[int, tuple[str, str, str, str]]:
    with database.session() as session:
        rows = session.scalars(select(MeetingRequest).where(MeetingRequest.requester_id == participant))
        return {r.invitee_id: (r.priority.value, r.message, r.status.value, r.source.value) for r in rows}


@pytest.fixture
def exported(world: World, tmp_path: Path) -> tuple[World, Path, Catalogue, Work]:
    path = world.publish(tmp_path / "event.mmcat").path
    catalogue, work = open_as_company(path)
    work.us = world.org_ids["A"]
    work.toggle_shortlist(world.org_ids["B"])
    work.toggle_shortlist(world.org_ids["C"])
    work.requests[world.org_ids["B"]] = DraftRequest(Priority.MUST, "Let's build VR training together")
    work.requests[world.org_ids["C"]] = DraftRequest(Priority.COULD, "")
    work.unavailable = {world.slot_ids[0]}
    save_work(work, work_path(path))
    return world, path, catalogue, work


def test_full_round_trip_merges_requests_and_availability(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    world, path, catalogue, work = exported
    catalogue, work = open_as_company(path)  # the work survived a "restart"
    assert work.us == world.org_ids["A"] and len(work.requests) == 2 and work.unavailable == {world.slot_ids[0]}
    first = export_requests(catalogue, work, None, work_path(path))
    assert first.parent == path.parent and first.name == "Aurora-Studio-requests-1.mmreq"
    assert open_as_company(path)[1].sequence == 1
    before = counts(world.database)
    with world.database.transaction() as session:
        report = import_requests(session, first)
    assert (report.status, report.added, report.unavailable_added, report.shortlist_added) == ("imported", 2, 1, 2)
    a, b, c = (world.participant_ids[k] for k in "ABC")
    assert requests_of(world.database, a) == {
        b: ("must", "Let's build VR training together", "pending", "participant"),
        c: ("could", "", "pending", "participant"),
    }
    after = counts(world.database)
    assert after["MeetingRequest"] == before["MeetingRequest"] + 2 and after["unavailable"] == 1
    for table in ("Organisation", "Participation", "Person", "Event", "Slot", "Cluster"):
        assert after[table] == before[table], f"a request file added {table} rows"
    with world.database.session() as session:
        part = session.get(Participation, a)
        assert part is not None and [s.id for s in part.unavailable_slots] == [world.slot_ids[0]]
        partners = set(session.scalars(select(ShortlistEntry.partner_id)))
        assert partners == {world.org_ids["B"], world.org_ids["C"]}

    # Importing the same file again changes nothing at all.
    with world.database.transaction() as session:
        again = import_requests(session, first)
    assert again.status == "unchanged" and not again.changed
    assert counts(world.database) == after

    # A second export: one request changed, one withdrawn, availability changed.
    work.requests[world.org_ids["B"]] = DraftRequest(Priority.SHOULD, "Changed our mind on the priority")
    del work.requests[world.org_ids["C"]]
    work.unavailable = {world.slot_ids[1], world.slot_ids[2]}
    second = export_requests(catalogue, work, tmp_path / "second.mmreq", work_path(path))
    with world.database.transaction() as session:
        report = import_requests(session, second)
    assert (report.sequence, report.updated, report.withdrawn) == (2, 1, 1)
    assert (report.unavailable_added, report.unavailable_removed) == (2, 1)
    assert requests_of(world.database, a)[b][:3] == ("should", "Changed our mind on the priority", "pending")
    assert requests_of(world.database, a)[c][2] == "cancelled"

    # The first file again: already imported, nothing changes.
    state = counts(world.database)
    with world.database.transaction() as session:
        assert import_requests(session, first).status == "unchanged"
    # A file older than one already imported is refused, and nothing changes.
    third = export_requests(catalogue, work, tmp_path / "third.mmreq", work_path(path))
    work.requests.clear()
    fourth = export_requests(catalogue, work, tmp_path / "fourth.mmreq", work_path(path))
    with world.database.transaction() as session:
        assert import_requests(session, fourth).withdrawn == 1
    state = counts(world.database)
    with world.database.transaction() as session, pytest.raises(FileRefused, match="older than file 4"):
        import_requests(session, third)
    assert counts(world.database) == state


def test_dry_run_reports_and_changes_nothing(exported) -> None:  # type: ignore[no-untyped-def]
    world, path, catalogue, work = exported
    out = export_requests(catalogue, work, None, work_path(path))
    before = counts(world.database)
    with world.database.transaction() as session:
        report = import_requests(session, out, dry_run=True)
    assert (report.status, report.added) == ("dry-run", 2)
    assert counts(world.database) == before
    with world.database.transaction() as session:
        assert import_requests(session, out).status == "imported"  # the dry run did not count as an import


def test_organiser_decisions_are_kept(exported) -> None:  # type: ignore[no-untyped-def]
    world, path, catalogue, work = exported
    a, b = world.participant_ids["A"], world.participant_ids["B"]
    with world.database.transaction() as session:
        session.add(MeetingRequest(event_id=world.event_id, requester_id=a, invitee_id=b, priority=Priority.COULD,
                                   status=RequestStatus.ACCEPTED, source=RequestSource.ORGANISER))  # fmt: skip
    out = export_requests(catalogue, work, None, work_path(path))
    with world.database.transaction() as session:
        report = import_requests(session, out)
    assert (report.added, report.kept) == (1, 1)
    assert requests_of(world.database, a)[b] == ("could", "", "accepted", "organiser")


def test_same_number_with_different_content_is_refused(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    world, _path, catalogue, work = exported
    first = export_requests(catalogue, work, tmp_path / "one.mmreq", None)  # work not saved: the counter repeats
    work.sequence = 0
    work.requests.clear()
    twin = export_requests(catalogue, work, tmp_path / "twin.mmreq", None)
    with world.database.transaction() as session:
        import_requests(session, first)
    with world.database.transaction() as session, pytest.raises(FileRefused, match="same number"):
        import_requests(session, twin)


def _edit(path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    doc = json.loads(path.read_text())
    change(doc)
    path.write_text(json.dumps(doc))
    return path


def test_tampered_request_files_are_refused(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    world, _path, catalogue, work = exported
    out = export_requests(catalogue, work, tmp_path / "r.mmreq", None)
    original = out.read_text()
    tampering = [
        lambda d: d["requests"][0].update(priority="could"),
        lambda d: d["from"].update(name="Someone Else"),
        lambda d: (
            d.update(requests=[r for r in d["requests"] if r["organisation"] != world.org_ids["B"]]),
            d["from"].update(participant=world.participant_ids["B"], organisation=world.org_ids["B"]),
        ),
        lambda d: d.update(sequence=99),
        lambda d: d["unavailable_slots"].append(world.slot_ids[2]),
    ]
    before = counts(world.database)
    for change in tampering:
        out.write_text(original)
        with world.database.transaction() as session, pytest.raises(FileRefused, match="signature mismatch"):
            import_requests(session, _edit(out, change))
    assert counts(world.database) == before


def test_foreign_request_files_are_refused(exported, tmp_path: Path, _sqlite_template: Path) -> None:  # type: ignore[no-untyped-def]
    world, _path, catalogue, work = exported
    out = export_requests(catalogue, work, tmp_path / "r.mmreq", None)
    # Another organiser's database, with the same organisations, never published this catalogue.
    shutil.copyfile(_sqlite_template, tmp_path / "other.db")
    other = open_database(sqlite_url(tmp_path / "other.db"))
    build_world(other)
    with other.transaction() as session, pytest.raises(FileRefused, match="not from a catalogue this database"):
        import_requests(session, out)
    other.close()
    # A catalogue altered by someone who recomputed its checksum: its request files point at the wrong content.
    forged = _edit(out, lambda d: d["catalogue"].update(checksum="0" * 64))
    with world.database.transaction() as session, pytest.raises(FileRefused, match="different catalogue"):
        import_requests(session, forged)
    for data, match in [(b"", "empty"), (b"PK\x03\x04...", "not a Matchmaker request file"),
                        (b'{"format": "matchmaker-catalogue-work"}', "wrong format name")]:  # fmt: skip
        out.write_bytes(data)
        with world.database.transaction() as session, pytest.raises(FileRefused, match=match):
            import_requests(session, out)


def test_a_signed_file_still_cannot_reach_outside_its_event(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Even a correctly signed file (anyone holding the catalogue can sign) only touches its sender's own rows."""
    world, _path, catalogue, work = exported
    out = export_requests(catalogue, work, tmp_path / "r.mmreq", None)
    doc = json.loads(out.read_text())
    with world.database.session() as session:
        other_slot = session.scalars(select(Slot.id).where(Slot.event_id == world.other_event_id)).one()
    doc["requests"].append({"organisation": world.org_ids["X"], "priority": "must", "message": "other event"})
    doc["unavailable_slots"].append(other_slot)
    doc["sequence"] = 7
    del doc["signature"]
    doc["signature"] = hmac_hex(bytes.fromhex(catalogue.info.request_key), canonical_json(doc))
    out.write_text(json.dumps(doc))
    before = counts(world.database)
    with world.database.transaction() as session:
        report = import_requests(session, out)
    assert report.added == 2 and len(report.skipped) == 2
    after = counts(world.database)
    assert after["MeetingRequest"] == before["MeetingRequest"] + 2 and after["unavailable"] == 1


def test_a_participant_removed_since_publication_is_refused(exported) -> None:  # type: ignore[no-untyped-def]
    world, _path, catalogue, work = exported
    out = export_requests(catalogue, work, None, None)
    with world.database.transaction() as session:
        session.delete(session.get(Participation, world.participant_ids["A"]))
    with world.database.transaction() as session, pytest.raises(FileRefused, match="no longer a participant"):
        import_requests(session, out)


def test_cluster_catalogue_exports_a_shortlist_only(world: World, tmp_path: Path) -> None:
    path = world.publish(tmp_path / "cluster.mmcat", event=False).path
    catalogue, work = open_as_company(path)
    work.us = world.org_ids["B"]
    work.requests[world.org_ids["A"]] = DraftRequest()
    with pytest.raises(ValidationFailed, match="need an event catalogue"):
        export_requests(catalogue, work, None, None)
    work.requests.clear()
    work.toggle_shortlist(world.org_ids["X"])
    out = export_requests(catalogue, work, None, None)
    with world.database.transaction() as session:
        report = import_requests(session, out)
    assert report.shortlist_added == 1 and report.participant_id is None
    with world.database.session() as session:
        assert session.scalars(select(ShortlistEntry.partner_id)).all() == [world.org_ids["X"]]


def test_export_needs_this_is_us(world: World, tmp_path: Path) -> None:
    path = world.publish(tmp_path / "event.mmcat").path
    catalogue, work = open_as_company(path)
    with pytest.raises(ValidationFailed, match="this is us"):
        export_requests(catalogue, work, None, None)
