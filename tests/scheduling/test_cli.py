"""``matchmaker schedule`` and ``matchmaker export problem`` end to end."""

from __future__ import annotations

import json
from pathlib import Path

from tests.scheduling.checker import check
from tests.scheduling.helpers import random_event


def test_solve_a_problem_file_with_progress_on_stderr(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = random_event(3)
    problem = tmp_path / "p.json"
    problem.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "s.json"
    code, stdout, stderr = run_cli(
        "schedule", "--problem", str(problem), "--out", str(out), "--time-limit", "3", "--workers", "2"
    )
    assert code == 0, stderr
    assert "schedule:" in stderr and "first schedule" in stderr
    solution = json.loads(out.read_text(encoding="utf-8"))
    assert not check(doc, solution)
    assert f"{len(solution['assignments'])} of {len(doc['meetings'])} meetings placed" in stdout

    # Repair against the earlier solution after a cancellation: only the cancelled one changes.
    doc["meetings"].pop(0)
    problem.write_text(json.dumps(doc), encoding="utf-8")
    repaired = tmp_path / "r.json"
    code, stdout, stderr = run_cli(
        "schedule", "--problem", str(problem), "--out", str(repaired), "--previous", str(out), "--time-limit", "3"
    )
    assert code == 0, stderr
    assert "Moved meetings: 0" in stdout
    kept = {a["meeting"]: a for a in solution["assignments"] if a["meeting"] != "m1"}
    again = json.loads(repaired.read_text(encoding="utf-8"))
    assert not check(doc, again)
    assert {a["meeting"]: a for a in again["assignments"]} == kept


def test_bad_problem_file_gives_a_message_and_writes_nothing(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    problem = tmp_path / "p.json"
    doc = random_event(1)
    doc["meetings"][3]["participants"][1] = "p99"
    problem.write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "s.json"
    code, _, stderr = run_cli("schedule", "--problem", str(problem), "--out", str(out))
    assert code == 1
    assert "meetings[3].participants[1]: unknown participant 'p99'" in stderr
    assert "Traceback" not in stderr and not out.exists()
    code, _, stderr = run_cli("schedule", "--problem", str(problem))
    assert code == 1 and "--out" in stderr
    code, _, stderr = run_cli("schedule", "--problem", str(problem), "--out", str(out), "--time-limit", "-3")
    assert code == 1 and "--time-limit" in stderr


def test_schedule_export_and_undo_an_event(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "mm.db")
    assert run_cli("--db", db, "demo")[0] == 0
    name = "Bridge 2 Business Vilnius 2018 (demo)"
    code, stdout, stderr = run_cli("--db", db, "schedule", "--event", name, "--time-limit", "5")
    assert code == 0, stderr
    assert "137 of 137 meetings placed" in stdout and "Saved as schedule run" in stdout
    assert list((tmp_path / "mm.db.backups").glob("*-before-schedule.db"))

    problem = tmp_path / "p.json"
    code, stdout, _ = run_cli("--db", db, "export", "problem", "--event", "1", str(problem))
    assert code == 0 and "137 meetings" in stdout
    doc = json.loads(problem.read_text(encoding="utf-8"))
    assert doc["format"] == "matchmaker-schedule-problem/1" and len(doc["meetings"]) == 137

    code, stdout, _ = run_cli("--db", db, "schedule", "--event", "1", "--repair", "--now", "2018-10-10T09:00", "--json")
    assert code == 0
    result = json.loads(stdout)
    assert result["moved"] == 0 and result["changes"] == {}

    code, stdout, _ = run_cli("--db", db, "schedule", "--event", "1", "--undo")
    assert code == 0 and "Undid schedule run 2" in stdout
    code, stdout, _ = run_cli("--db", db, "schedule", "--event", "1", "--undo")
    assert code == 0 and "Undid schedule run 1" in stdout
    code, _, stderr = run_cli("--db", db, "schedule", "--event", "1", "--undo")
    assert code == 2 and "no schedule run to undo" in stderr
    code, _, stderr = run_cli("--db", db, "schedule", "--event", "Bridge 2 Busines")
    assert code == 2 and "Did you mean" in stderr


def test_events_that_cannot_be_scheduled_get_a_message_not_a_traceback(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from matchmaker.core.model import Event, Meeting, MeetingRequest, RequestStatus
    from matchmaker.db import open_database

    db = str(tmp_path / "mm.db")
    assert run_cli("--db", db, "demo")[0] == 0
    assert run_cli("--db", db, "schedule", "--event", "1", "--time-limit", "5")[0] == 0
    database = open_database(db)
    with database.transaction() as session:
        session.add(Event(name="Empty fair"))
        # Two locked meetings of one participant in the same slot: no valid schedule exists.
        rows = session.scalars(
            select(Meeting).join(MeetingRequest).where(MeetingRequest.status == RequestStatus.ACCEPTED)
        ).all()
        first = next(r for r in rows if r.request.requester.delegates == 1)
        other = next(
            r for r in rows
            if r.id != first.id and first.request.requester_id in (r.request.requester_id, r.request.invitee_id)
        )  # fmt: skip
        first.locked = other.locked = True
        other.slot_id = first.slot_id
    database.close()
    code, _, stderr = run_cli("--db", db, "schedule", "--event", "Empty fair")
    assert code == 1 and "has no meeting slots" in stderr and "Traceback" not in stderr
    code, stdout, stderr = run_cli("--db", db, "schedule", "--event", "1", "--time-limit", "5")
    assert code == 1
    assert "Status infeasible" in stdout and "locked meetings" in stdout and "all need" in stdout
    assert "Saved as" not in stdout
