"""The company's work is kept beside the catalogue, separate from it, and survives damage and republication."""

from __future__ import annotations

import json
from pathlib import Path

from matchmaker.core.catalogue import DraftRequest, load_work, read_catalogue, save_work, work_path
from matchmaker.core.model import Priority
from tests.catalogue.world import World


def test_work_is_saved_beside_the_catalogue_and_never_in_it(sqlite_world: World, tmp_path: Path) -> None:
    path = sqlite_world.publish(tmp_path / "event.mmcat").path
    original = path.read_bytes()
    catalogue = read_catalogue(path)
    work, _ = load_work(catalogue, work_path(path))
    work.us = sqlite_world.org_ids["C"]
    work.requests[sqlite_world.org_ids["A"]] = DraftRequest(Priority.MUST, "Line one\nline two")
    work.toggle_shortlist(sqlite_world.org_ids["B"])
    work.unavailable.add(sqlite_world.slot_ids[2])
    save_work(work, work_path(path))
    assert work_path(path).name == "event.mmcat.work.json"
    assert path.read_bytes() == original
    again, note = load_work(read_catalogue(path), work_path(path))
    assert note is None
    assert (again.us, again.shortlist, again.unavailable) == (work.us, work.shortlist, work.unavailable)
    assert again.requests[sqlite_world.org_ids["A"]] == DraftRequest(Priority.MUST, "Line one\nline two")


def test_a_damaged_work_file_is_set_aside_not_lost(sqlite_world: World, tmp_path: Path) -> None:
    path = sqlite_world.publish(tmp_path / "event.mmcat").path
    work_path(path).write_text('{"format": "matchmaker-catalogue-work", "us": ')
    work, note = load_work(read_catalogue(path), work_path(path))
    assert work.us is None and note is not None and "could not be read" in note
    broken = path.with_name("event.mmcat.work.json.broken")
    assert broken.read_text().startswith('{"format"') and not work_path(path).exists()


def test_work_carries_over_to_a_republished_catalogue(sqlite_world: World, tmp_path: Path) -> None:
    path = sqlite_world.publish(tmp_path / "event.mmcat").path
    catalogue = read_catalogue(path)
    work, _ = load_work(catalogue, work_path(path))
    work.us = sqlite_world.org_ids["A"]
    work.toggle_shortlist(sqlite_world.org_ids["B"])
    work.toggle_shortlist(999_999)  # an organisation the new catalogue does not list
    work.sequence = 3
    save_work(work, work_path(path))
    sqlite_world.publish(path)  # the organiser sends an updated catalogue; it replaces the file
    fresh = read_catalogue(path)
    assert fresh.info.uid != catalogue.info.uid
    carried, note = load_work(fresh, work_path(path))
    assert note is not None and "dropped" in note
    assert (carried.us, carried.shortlist, carried.sequence) == (
        sqlite_world.org_ids["A"],
        [sqlite_world.org_ids["B"]],
        3,
    )
    assert json.loads(work_path(path).read_text())["catalogue_uid"] == catalogue.info.uid  # saved only on change


def test_a_read_only_folder_keeps_the_work_in_the_user_data_folder(
    published_catalogue: Path, tmp_path: Path, monkeypatch, isolated_user_dirs: Path  # type: ignore[no-untyped-def]
) -> None:
    from matchmaker.core.catalogue import work as work_module
    from matchmaker.core.catalogue import work_location

    path = tmp_path / "cd" / "event.mmcat"
    path.parent.mkdir()
    path.write_bytes(published_catalogue.read_bytes())
    monkeypatch.setattr(work_module.os, "access", lambda folder, mode: False)  # as if on a CD (tests run as root)
    catalogue = read_catalogue(path)
    location = work_location(catalogue)
    assert location.is_relative_to(isolated_user_dirs) and catalogue.info.uid in location.name
    work, _ = load_work(catalogue, location)
    work.us = catalogue.organisations[0].id
    save_work(work, location)
    assert sorted(p.name for p in path.parent.iterdir()) == ["event.mmcat"]
    again, _ = load_work(read_catalogue(path), work_location(read_catalogue(path)))
    assert again.us == catalogue.organisations[0].id
