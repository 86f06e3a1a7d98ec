"""The whole round trip from the command line, on SQLite and PostgreSQL; erase; desktop integration."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from matchmaker.core.model import ErasureRecord, MeetingRequest, Person, RequestSource, RequestStatus
from tests.catalogue.world import PRIVATE_EMAIL, World


def url_of(world: World) -> str:
    return world.database.url.render_as_string(hide_password=False)


def test_cli_round_trip(world: World, run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = url_of(world)
    out = tmp_path / "b2b.mmcat"
    code, stdout, stderr = run_cli("--db", db, "catalogue", "publish", "--event", "B2B Test 2026", "--out", str(out))
    assert code == 0, stderr
    lines = {line.split(":")[0].strip(): line.split(":")[1].split()[0] for line in stdout.splitlines()[1:]}
    assert (lines["organisations"], lines["contacts published"], lines["contacts withheld"]) == ("3", "1", "2")
    code, stdout, _ = run_cli("catalogue", "info", str(out), "--json")
    info = json.loads(stdout)
    assert code == 0 and info["valid"] and info["organisations"] == 3 and len(info["slots"]) == 3
    code, stdout, _ = run_cli("catalogue", "partners", str(out), "--country", "no")
    assert code == 0 and "Bergen VR" in stdout and "Aurora" not in stdout and "1 of 3" in stdout
    assert run_cli("catalogue", "us", str(out), "aurora studio")[0] == 0
    code, _, stderr = run_cli("catalogue", "shortlist", str(out), "Bergen VRR")
    assert code != 0 and "Did you mean 'Bergen VR'" in stderr
    assert run_cli("catalogue", "shortlist", str(out), "Bergen VR", "Cracow Cloud")[0] == 0
    code, _, _ = run_cli("catalogue", "request", str(out), "Bergen VR", "--priority", "must", "--message", "VR?")
    assert code == 0
    slot = str(info["slots"][1]["id"])
    assert run_cli("catalogue", "unavailable", str(out), slot)[0] == 0
    code, stdout, stderr = run_cli("catalogue", "export-requests", str(out), "--out", str(tmp_path / "r.mmreq"))
    assert code == 0, stderr
    assert "file 1: 1 requests, 2 shortlisted, 1 unavailable slots" in stdout
    code, stdout, _ = run_cli("--db", db, "requests", "import", str(tmp_path / "r.mmreq"), "--dry-run")
    assert code == 0 and "Would import" in stdout and "1 new" in stdout
    with world.database.session() as session:
        assert session.scalars(select(MeetingRequest)).all() == []
    code, stdout, _ = run_cli("--db", db, "requests", "import", str(tmp_path / "r.mmreq"))
    assert code == 0 and "Imported" in stdout
    code, stdout, _ = run_cli("--db", db, "requests", "import", str(tmp_path / "r.mmreq"))
    assert code == 0 and "nothing changed" in stdout
    with world.database.session() as session:
        (request,) = session.scalars(select(MeetingRequest)).all()
        assert (request.requester_id, request.invitee_id) == (world.participant_ids["A"], world.participant_ids["B"])
        assert (request.source, request.status, request.message) == (RequestSource.PARTICIPANT,
                                                                     RequestStatus.PENDING, "VR?")  # fmt: skip
    # A tampered file: a message, exit code 1, no traceback.
    tampered = tmp_path / "r.mmreq"
    tampered.write_text(tampered.read_text().replace('"must"', '"could"'))
    code, _, stderr = run_cli("--db", db, "requests", "import", str(tampered))
    assert code == 1 and "signature mismatch" in stderr and "Traceback" not in stderr


def test_cli_refuses_a_foreign_catalogue_with_a_message(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.mmcat"
    bad.write_bytes(b"PK\x03\x04 not really")
    for command in (["catalogue", "info", str(bad)], ["open", str(bad)], ["catalogue", "us", str(bad), "1"]):
        code, _, stderr = run_cli(*command)
        assert code == 1 and "damaged or truncated" in stderr and "Traceback" not in stderr


def test_open_starts_the_browse_window_on_the_file(sqlite_world: World, run_cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = sqlite_world.publish(tmp_path / "event.mmcat").path
    calls = []
    monkeypatch.setattr("matchmaker.ui.app.run_app", lambda **kw: calls.append(kw) or 0)
    assert run_cli("open", str(path))[0] == 0
    assert calls == [{"db_option": None, "catalogue": str(path)}]


def test_person_erase(world: World, run_cli) -> None:  # type: ignore[no-untyped-def]
    db = url_of(world)
    code, _, stderr = run_cli("--db", db, "person", "erase", str(world.private_person_id))
    assert code == 1 and "--yes" in stderr  # not interactive: it asks for confirmation by flag
    code, stdout, stderr = run_cli("--db", db, "person", "erase", str(world.private_person_id), "--yes")
    assert code == 0, stderr
    assert "Erased contact" in stdout
    with world.database.session() as session:
        assert session.get(Person, world.private_person_id) is None
        assert PRIVATE_EMAIL not in str([r.note for r in session.scalars(select(ErasureRecord))])
    code, _, stderr = run_cli("--db", db, "person", "erase", "x1", "--yes")
    assert code == 1 and "not a person id" in stderr


def test_desktop_install_registers_the_file_type(run_cli, isolated_user_dirs: Path, published_catalogue: Path) -> None:  # type: ignore[no-untyped-def]
    data_home = isolated_user_dirs / ".local/share"
    code, stdout, _ = run_cli("desktop", "install")
    assert code == 0
    entry = (data_home / "applications/matchmaker.desktop").read_text()
    assert "MimeType=application/x-matchmaker-catalogue;" in entry
    assert f"Exec={sys.executable} -m matchmaker open %f" in entry
    assert "*.mmcat" in (data_home / "mime/packages/matchmaker.xml").read_text()
    assert (data_home / "icons/hicolor/scalable/apps/matchmaker.svg").exists()
    if shutil.which("update-mime-database"):
        assert "ran update-mime-database" in stdout
        assert "*.mmcat" in (data_home / "mime/globs2").read_text()
        # Qt reads the freedesktop database: the catalogue is recognised by name and, renamed, by its content.
        renamed = data_home.parent / "catalogue-without-suffix"
        shutil.copyfile(published_catalogue, renamed)
        code = (
            "import sys; from PySide6.QtCore import QMimeDatabase; db = QMimeDatabase();"
            "print(db.mimeTypeForFile(sys.argv[1]).name(), db.mimeTypeForFile(sys.argv[2]).name())"
        )
        env = {**os.environ, "XDG_DATA_HOME": str(data_home), "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run([sys.executable, "-c", code, str(published_catalogue), str(renamed)], env=env,
                                capture_output=True, text=True, timeout=60)  # fmt: skip
        assert result.stdout.split() == ["application/x-matchmaker-catalogue"] * 2, result.stderr
    code, stdout, _ = run_cli("desktop", "uninstall")
    assert code == 0 and not (data_home / "applications/matchmaker.desktop").exists()


@pytest.mark.parametrize("resource", ["matchmaker.desktop", "matchmaker-mime.xml", "matchmaker.svg"])
def test_desktop_resources_ship_in_the_resources_folder(resource: str) -> None:
    from matchmaker.core.paths import shipped_dir

    assert (shipped_dir("resources") / "desktop" / resource).is_file()
