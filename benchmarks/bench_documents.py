"""Agendas for a large event: 500 participants as PDF (target <= 15 s) and as iCalendar (<= 2 s).

Builds a 2-day event with 500 participants (names with the region's letters, contacts with and
without consent, offers and requests) and about 8 meetings each in a temporary SQLite file,
then times reading the data and each export. Prints JSON.

    python benchmarks/bench_documents.py [--participants 500] [--per 8] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from matchmaker.core import model
from matchmaker.core.documents import ensure_database_uid, export_csv, export_ics, export_xlsx, load_event_data
from matchmaker.core.progress import run_job
from matchmaker.db import open_database
from matchmaker.db.url import sqlite_url

COUNTRIES = ["LT", "LV", "PL", "NO", "DK", "EE", "SE", "FI"]
STEMS = ["Žalgiris", "Ąžuolas", "Łódź", "Ørsted", "Ėglė", "Šiaulių", "Kraków", "Ålesund", "Rīga", "Tartu"]
FIRST = ["Rūta", "Małgorzata", "Søren", "Žydrūnas", "Jūratė", "Paweł", "Øystein", "Ieva", "Kārlis", "Ąžuolė"]
LAST = ["Vaitkevičiūtė", "Dąbrowska", "Løvås", "Kažemėkas", "Bērziņš", "Wiśniewski", "Jørgensen", "Šimkus"]


def build(url: object, participants: int, per: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    db = open_database(url, daily_backup=False)  # type: ignore[arg-type]
    with db.transaction() as s:
        event = model.Event(name="Baltic B2B 2026 (benchmark)", venue="Litexpo, Vilnius", city="Vilnius",
                            country="LT", timezone="Europe/Vilnius", starts_on=date(2026, 5, 6),
                            ends_on=date(2026, 5, 7), meeting_minutes=20)  # fmt: skip
        s.add(event)
        s.flush()
        slots = []
        for day in (date(2026, 5, 6), date(2026, 5, 7)):
            start = datetime.combine(day, datetime.min.time()) + timedelta(hours=9)
            for index in range(18):
                begin = start + timedelta(minutes=20 * index + (60 if index >= 9 else 0))
                slots.append(model.Slot(event_id=event.id, starts_at=begin, ends_at=begin + timedelta(minutes=20),
                                        kind=model.SlotKind.MEETING))  # fmt: skip
            lunch = start + timedelta(minutes=180)
            slots.append(model.Slot(event_id=event.id, starts_at=lunch, ends_at=lunch + timedelta(hours=1),
                                    kind=model.SlotKind.BREAK, label="Lunch"))  # fmt: skip
        meeting_slots = [slot for slot in slots if slot.kind == model.SlotKind.MEETING]
        tables_needed = participants * per // (2 * len(meeting_slots)) + 10
        tables = [model.EventTable(event_id=event.id, name=f"T{i + 1}", sort_order=i) for i in range(tables_needed)]
        s.add_all(slots + tables)
        parts = []
        for i in range(participants):
            kind_word = rng.choice(["Digital", "Cloud", "Studio", "Data"])
            org = model.Organisation(name=f"{rng.choice(STEMS)} {kind_word} {i}", country=rng.choice(COUNTRIES))
            for k in range(2):
                first, last = rng.choice(FIRST), rng.choice(LAST)
                consent = rng.random() < 0.7
                org.people.append(model.Person(name=f"{first} {last}", email=f"p{i}-{k}@example.org",
                                               phone="+370 600 00000", consent_to_publish=consent))  # fmt: skip
            for kind in (model.OpportunityKind.OFFER, model.OpportunityKind.REQUEST):
                org.opportunities.append(
                    model.Opportunity(kind=kind, title=f"{kind.value} of {org.name}: cloud, VR, AI")
                )
            parts.append(model.Participation(event_id=event.id, organisation=org))
        s.add_all(parts)
        s.flush()
        busy: set[tuple[int, int]] = set()
        at_slot = {slot.id: 0 for slot in meeting_slots}
        count = {p.id: 0 for p in parts}
        pairs = set()
        for a in parts:
            tries = 0
            while count[a.id] < per and tries < 200:
                tries += 1
                b = rng.choice(parts)
                if b is a or count[b.id] >= per or (a.id, b.id) in pairs or (b.id, a.id) in pairs:
                    continue
                slot = next(
                    (sl for sl in meeting_slots
                     if (a.id, sl.id) not in busy and (b.id, sl.id) not in busy and at_slot[sl.id] < len(tables)),
                    None,
                )  # fmt: skip
                if slot is None:
                    continue
                table = tables[at_slot[slot.id]]
                at_slot[slot.id] += 1
                request = model.MeetingRequest(event_id=event.id, requester_id=a.id, invitee_id=b.id,
                                               status=model.RequestStatus.ACCEPTED)  # fmt: skip
                s.add(request)
                s.add(model.Meeting(event_id=event.id, request=request, slot_id=slot.id, table_id=table.id,
                                    ics_sequence=rng.randint(0, 3)))  # fmt: skip
                busy.update({(a.id, slot.id), (b.id, slot.id)})
                pairs.add((a.id, b.id))
                count[a.id] += 1
                count[b.id] += 1
        ensure_database_uid(s)
        event_id = event.id
    db.close()
    return event_id


CPU: dict[str, float] = {}


def timed(action, name: str = ""):  # type: ignore[no-untyped-def]
    """(result, wall seconds); the process CPU seconds go to CPU[name] (the machine may be shared)."""
    started, cpu = time.perf_counter(), time.process_time()
    value = action()
    if name:
        CPU[name] = round(time.process_time() - cpu, 3)
    return value, round(time.perf_counter() - started, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--participants", type=int, default=500)
    parser.add_argument("--per", type=int, default=8, help="meetings per participant (about)")
    parser.add_argument("--keep", type=Path, help="write the files here instead of a temp folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mm-bench-docs-"))
    out = args.keep or work / "out"
    try:
        url = sqlite_url(work / "bench.db")
        event_id, build_s = timed(lambda: build(url, args.participants, args.per))
        db = open_database(url, daily_backup=False)
        with db.session() as session:
            data, load_s = timed(lambda: load_event_data(session, event_id))
        from matchmaker.ui.documents import ensure_gui, export_agendas_pdf

        ensure_gui()
        ics, ics_s = timed(lambda: run_job(export_ics(data, out / "ics")), "ics")
        _, xlsx_s = timed(lambda: run_job(export_xlsx(data, out / "schedule.xlsx")), "xlsx")
        _, csv_s = timed(lambda: run_job(export_csv(data, out / "meetings.csv")), "csv")
        pdf, pdf_s = timed(lambda: run_job(export_agendas_pdf(data, out / "pdf")), "pdf")
        combined, combined_s = timed(
            lambda: run_job(export_agendas_pdf(data, out / "combined", combined=True)), "pdf_combined"
        )
        db.close()
        print(json.dumps({
            "benchmark": "documents",
            "participants": len(data.parties),
            "meetings": len(data.meetings),
            "build_seconds": build_s,
            "load_event_data_seconds": load_s,
            "ics_seconds": ics_s, "ics_files": len(ics.files), "ics_target_seconds": 2.0,
            "pdf_agendas_seconds": pdf_s, "pdf_files": len(pdf.files), "pdf_target_seconds": 15.0,
            "pdf_combined_seconds": combined_s,
            "pdf_combined_mb": round(combined.files[0].stat().st_size / 1e6, 2),
            "xlsx_seconds": xlsx_s, "csv_seconds": csv_s,
            "cpu_seconds": CPU,
            "load_average_1min": round(os.getloadavg()[0], 2),
            "ics_ok": ics_s <= 2.0, "pdf_ok": pdf_s <= 15.0,
            "note": "wall-clock on a shared 2-core machine; load time excluded from the export figures",
        }, indent=2))  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
