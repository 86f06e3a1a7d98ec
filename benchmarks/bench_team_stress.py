"""Team-mode stress test: concurrent clients editing organisations and moving meetings.

Every edit reads a row, changes it and saves it through the app's own optimistic-locking paths
(organisation edits, meeting moves, Schedule-page hand moves). A save that loses the race raises
ConflictError (a detected conflict) and is not applied. At the
end, every row's counter must equal the number of saves that succeeded on it: any
difference is a lost update. Prints JSON.

    python benchmarks/bench_team_stress.py --db postgresql+psycopg://postgres@127.0.0.1:PORT/postgres
    (an admin URL: a fresh database is created and dropped)
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing as mp
import random
import time
import uuid
from datetime import datetime, timedelta

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm.exc import StaleDataError

from matchmaker.core import events as ev
from matchmaker.core import model
from matchmaker.core.conflicts import ConflictError
from matchmaker.db import Database, open_database, seen
from matchmaker.db.conflicts import save_changes

ORGS = 40
MEETINGS = 60
SLOTS = 24
TABLES = 30


def seed(url: str) -> None:
    db = open_database(url)
    with db.transaction() as s:
        event = model.Event(name="Stress", timezone="Europe/Vilnius")
        s.add(event)
        s.flush()
        start = datetime(2026, 5, 1, 9, 0)
        slots = [
            model.Slot(event_id=event.id, starts_at=start + timedelta(minutes=20 * i),
                       ends_at=start + timedelta(minutes=20 * i + 20))
            for i in range(SLOTS)
        ]  # fmt: skip
        tables = [model.EventTable(event_id=event.id, name=f"T{i + 1}", sort_order=i) for i in range(TABLES)]
        orgs = [model.Organisation(name=f"Org {i}", country="LT", facts={"edits": 0}) for i in range(ORGS)]
        s.add_all(slots + tables + orgs)
        s.flush()
        parts = [model.Participation(event_id=event.id, organisation_id=o.id) for o in orgs]
        s.add_all(parts)
        s.flush()
        pairs = list(itertools.combinations(parts, 2))
        random.Random(1).shuffle(pairs)
        for i, (a, b) in enumerate(pairs[:MEETINGS]):
            req = model.MeetingRequest(event_id=event.id, requester_id=a.id, invitee_id=b.id,
                                       status=model.RequestStatus.ACCEPTED)  # fmt: skip
            s.add(req)
            s.flush()
            s.add(model.Meeting(event_id=event.id, request_id=req.id, slot_id=slots[i % SLOTS].id,
                                table_id=tables[i % TABLES].id))  # fmt: skip
    db.close()


def _read(db: Database, table: type[model.Organisation] | type[model.Meeting], row_id: int) -> tuple[int, int]:
    """What the user's screen shows: the row's version and its counter."""
    with db.session() as s:
        row = s.get(table, row_id)
        assert row is not None
        counter = row.facts["edits"] if isinstance(row, model.Organisation) else row.ics_sequence
        return row.version, counter


def client(url: str, edits: int, seed_value: int, queue: mp.Queue) -> None:  # type: ignore[type-arg]
    """A user: reads a row, thinks, saves through the app's own paths; a conflict is counted, not applied.

    Three kinds of edit: an organisation edit (``save_changes``, as the editor does), a meeting
    moved by slot (``save_changes``), and a hand move on the Schedule page (``move_meeting`` in a
    transaction checked against the version the page showed, ``matchmaker.db.seen``).
    """
    rng = random.Random(seed_value)
    db = open_database(url, daily_backup=False, client_id=f"stress-{seed_value}")
    with db.session() as s:
        org_ids = list(s.scalars(select(model.Organisation.id)))
        meeting_ids = list(s.scalars(select(model.Meeting.id)))
        slot_ids = list(s.scalars(select(model.Slot.id)))
        table_ids = list(s.scalars(select(model.EventTable.id)))
        event_id = s.scalars(select(model.Event.id)).one()
    made: dict[str, dict[int, int]] = {"org": {}, "meeting": {}}  # row id -> successful saves
    kinds = {"org_edit": 0, "meeting_move": 0, "hand_move": 0}
    conflicts = 0
    for _ in range(edits):
        roll = rng.random()
        try:
            if roll < 0.5:
                row = rng.choice(org_ids)
                version, counter = _read(db, model.Organisation, row)
                time.sleep(rng.random() * 0.002)  # think time widens the race window
                save_changes(db, model.Organisation, row, version, {"facts": {"edits": counter + 1}})
                key, kind = "org", "org_edit"
            elif roll < 0.75:
                row = rng.choice(meeting_ids)
                version, counter = _read(db, model.Meeting, row)
                time.sleep(rng.random() * 0.002)
                save_changes(db, model.Meeting, row, version, {"slot_id": rng.choice(slot_ids),
                                                               "ics_sequence": counter + 1})  # fmt: skip
                key, kind = "meeting", "meeting_move"
            else:
                row = rng.choice(meeting_ids)
                version, _ = _read(db, model.Meeting, row)
                time.sleep(rng.random() * 0.002)
                with db.transaction() as s:
                    seen.expect(s, {("meeting", row): version})
                    event = ev.get_event(s, event_id)
                    ev.move_meeting(s, event, row, rng.choice(slot_ids), rng.choice(table_ids), check=False)
                key, kind = "meeting", "hand_move"
            made[key][row] = made[key].get(row, 0) + 1
            kinds[kind] += 1
        except (ConflictError, StaleDataError):
            conflicts += 1
    db.close()
    queue.put({"made": made, "conflicts": conflicts, "kinds": kinds})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="PostgreSQL admin URL (a fresh database is created)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--edits", type=int, default=10_000, help="total edits over all clients")
    args = parser.parse_args()
    admin = make_url(args.db)
    name = f"mm_stress_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.set(database=name).render_as_string(hide_password=False)
    try:
        seed(url)
        queue: mp.Queue = mp.Queue()  # type: ignore[type-arg]
        per_client = args.edits // args.clients
        started = time.perf_counter()
        procs = [mp.Process(target=client, args=(url, per_client, i, queue)) for i in range(args.clients)]
        for p in procs:
            p.start()
        results = [queue.get(timeout=600) for _ in procs]
        for p in procs:
            p.join()
        seconds = time.perf_counter() - started
        totals: dict[str, dict[int, int]] = {"org": {}, "meeting": {}}
        for r in results:
            for key in totals:
                for row, n in r["made"][key].items():
                    totals[key][int(row)] = totals[key].get(int(row), 0) + n
        db = open_database(url, daily_backup=False)
        lost = integrity_failures = 0
        with db.session() as s:
            for org in s.scalars(select(model.Organisation)):
                saved = totals["org"].get(org.id, 0)
                lost += saved - org.facts["edits"]
                integrity_failures += org.version != 1 + saved
            for meeting in s.scalars(select(model.Meeting)):
                saved = totals["meeting"].get(meeting.id, 0)
                lost += saved - meeting.ics_sequence
                integrity_failures += meeting.version != 1 + saved
            integrity_failures += s.scalar(select(func.count()).select_from(model.Meeting)) != MEETINGS
        db.close()
        made = sum(sum(v.values()) for v in totals.values())
        print(json.dumps({
            "benchmark": "team_stress_postgresql",
            "clients": args.clients,
            "attempted_edits": per_client * args.clients,
            "edits_made": made,
            "edits_by_kind": {k: sum(r["kinds"][k] for r in results) for k in results[0]["kinds"]},
            "conflicts_detected": sum(r["conflicts"] for r in results),
            "lost_updates": lost,
            "integrity_failures": integrity_failures,
            "seconds": round(seconds, 2),
        }, indent=2))  # fmt: skip
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


if __name__ == "__main__":
    main()
