from __future__ import annotations

import itertools
import json
import shutil
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matchmaker.core.demo import database_is_empty, load_demo
from matchmaker.core.errors import ValidationFailed
from matchmaker.core.lookup import find_by_id_or_name
from matchmaker.core.model import (
    Cluster,
    Event,
    MeetingRequest,
    Organisation,
    OrgType,
    Participation,
    Person,
    Priority,
    RequestStatus,
    SlotKind,
)
from matchmaker.core.paths import shipped_dir
from matchmaker.core.progress import run_job
from matchmaker.db import Database
from matchmaker.db.info import database_info


def _load(database: Database) -> None:
    with database.transaction() as session:
        run_job(load_demo(session))


def _org(session: Session, name: str) -> Organisation:
    return find_by_id_or_name(session, Organisation, name)


def test_demo_holds_the_clusters_and_organisations_of_the_seed_documents(database: Database) -> None:
    with database.session() as session:
        assert database_is_empty(session)
    _load(database)
    with database.session() as session:
        assert not database_is_empty(session)
        clusters = {c.name: c for c in session.scalars(select(Cluster))}
        vilnius = clusters["Vilnius Film Cluster"]
        assert vilnius.member_count == 38 and vilnius.country == "LT"
        assert vilnius.facts["exports_2019_eur"] == 12_800_000
        assert vilnius.facts["turnover_2019_eur_min"] == 30_000_000
        assert vilnius.facts["source"] == ["000_c8d7baa6ec41a961.txt"]
        nebula = clusters["Multimedia Cluster Nebula"]
        assert (nebula.member_count, nebula.facts["exports_2019_eur"]) == (20, 1_500_000)
        assert clusters["Baltic Film & Creative Tech Cluster"].founded_year == 2020
        ict = clusters["Lithuanian ICT Cluster"]
        assert (ict.founded_year, ict.member_count, ict.facts["former_name"]) == (2010, 21, "Užupis Creative Cluster")
        krakow = clusters["Krakow Film Cluster"]
        assert (krakow.country, krakow.founded_year) == ("PL", 2015)
        founders = {m.organisation.name for m in krakow.memberships if m.is_founder}
        assert len(founders) == 10
        assert {
            "Cinelight",
            "NOLABEL Sp. z o.o.",
            "Outside Music",
            "Outside",
            "TechnoStage",
            "Stowarzyszenie Film Kraków",
            "MFX Film Studio",
            "Daul",
            "Alternative Studio",
            "Krakowski Park Technologiczny",
        } == founders
        infobalt = {m.organisation.name for m in clusters["INFOBALT ICT Cluster"].memberships if m.is_founder}
        assert {
            "Etronika",
            "Baltic Amber Solutions",
            "Data House",
            "1ClickFactory",
            "Duomenų centras",
            "Informacinė raida",
            "INFOBALT",
            "Vilnius University Faculty of Mathematics and Informatics",
        } == infobalt
        assert clusters["INFOBALT ICT Cluster"].facts["erdf_support_eur"] == 371727.58
        partners = {m.organisation.name: m.organisation.country for m in clusters["Creative Ports"].memberships}
        assert len(partners) == 14
        assert partners["Goethe-Institut"] == "DE" and partners["Filmby Aarhus"] == "DK"
        assert partners["Media Dizajn Szczecin"] == "PL" and partners["TalTech University"] == "EE"
        for name, country in [
            ("ICT Telemark", "NO"),
            ("Latvian Export Cluster", "LV"),
            ("Mazovia ICT Cluster", "PL"),
            ("Eastern ICT Cluster", "PL"),
            ("Solar Polaris A/S", "DK"),
            ("NFQ Technologies", "LT"),
        ]:
            assert _org(session, name).country == country, name
        assert _org(session, "ICT Telemark").org_type == OrgType.CLUSTER
        etronika = _org(session, "Etronika")
        assert etronika.name_key == "etronika" and not etronika.is_illustrative
        assert "digital.cloud" in {c.code for c in etronika.capabilities}
        assert _org(session, "Multimedia Cluster Nebula").capabilities, "capabilities from the text"
        assert all(o.is_illustrative for o in etronika.opportunities)
        people = list(session.scalars(select(Person)))
        assert people and all(p.email and p.email.endswith("@example.org") for p in people)
        assert all(p.is_illustrative for p in people)
        consented = Counter(p.consent_to_publish for p in people)
        assert consented[True] > consented[False] > 0
        assert all((p.consent_at is not None) == p.consent_to_publish for p in people)


def _counts(database: Database) -> dict[str, int]:
    return database_info(database).counts


def test_running_the_demo_again_changes_nothing(database: Database) -> None:
    _load(database)
    first = _counts(database)
    with database.transaction() as session:
        report = run_job(load_demo(session))
    assert not report.changed and report.created.total() == 0
    assert _counts(database) == first
    assert first["organisations"] >= 70 and first["clusters"] == 15 and first["events"] == 1


def test_the_demo_event_is_ready_to_schedule(database: Database) -> None:
    _load(database)
    with database.session() as session:
        event = session.scalars(select(Event)).one()
        assert event.city == "Vilnius" and event.meeting_minutes == 20
        days = {s.day for s in event.sessions}
        assert len(days) == 2 and (event.ends_on - event.starts_on).days == 1  # type: ignore[operator]
        assert [s.code for s in event.sessions] == ["d1-am", "d1-pm", "d2-am", "d2-pm"]
        meeting_slots = [s for s in event.slots if s.kind == SlotKind.MEETING]
        breaks = [s for s in event.slots if s.kind == SlotKind.BREAK]
        assert len(meeting_slots) >= 24
        assert all(s.ends_at - s.starts_at == timedelta(minutes=20) for s in meeting_slots)
        assert {b.label for b in breaks} == {"Coffee break", "Lunch"}
        ordered = sorted(event.slots, key=lambda s: s.starts_at)
        assert all(a.ends_at <= b.starts_at for a, b in itertools.pairwise(ordered)), "no overlaps"
        assert len(event.tables) >= 20 and all(t.name for t in event.tables)
        participants = event.participations
        assert len(participants) >= 40
        assert {p.organisation.country for p in participants} == {"LT", "NO", "DK", "PL", "LV"}
        assert any(p.delegates == 2 for p in participants)
        assert any(p.unavailable_slots for p in participants)
        assert any(p.fixed_table is not None for p in participants)
        requests = list(session.scalars(select(MeetingRequest).where(MeetingRequest.event_id == event.id)))
        statuses = Counter(r.status for r in requests)
        assert statuses[RequestStatus.ACCEPTED] > len(requests) * 0.6
        assert statuses[RequestStatus.PENDING] and statuses[RequestStatus.DECLINED]
        assert {r.priority for r in requests} == set(Priority)
        pairs = {frozenset((r.requester_id, r.invitee_id)) for r in requests}
        assert len(pairs) == len(requests), "no pair asks twice"
        accepted = [r for r in requests if r.status == RequestStatus.ACCEPTED]
        load = Counter(pid for r in accepted for pid in (r.requester_id, r.invitee_id))
        assert 12 <= max(load.values()) <= 16
        # Feasible: a simple greedy pass places every accepted meeting into slots and tables.
        _assert_greedy_schedule_fits(participants, meeting_slots, len(event.tables), accepted)


def _assert_greedy_schedule_fits(participants: list[Participation], slots, tables: int, accepted) -> None:  # type: ignore[no-untyped-def]
    capacity = {p.id: p.delegates for p in participants}
    blocked = {p.id: {s.id for s in p.unavailable_slots} for p in participants}
    busy: Counter[tuple[int, int]] = Counter()
    per_slot: Counter[int] = Counter()
    placed = 0
    order = sorted(accepted, key=lambda r: -(len(blocked[r.requester_id]) + len(blocked[r.invitee_id])))
    for request in order:
        ends = (request.requester_id, request.invitee_id)
        for slot in slots:
            if per_slot[slot.id] >= tables:
                continue
            if any(slot.id in blocked[p] or busy[(p, slot.id)] >= capacity[p] for p in ends):
                continue
            for p in ends:
                busy[(p, slot.id)] += 1
            per_slot[slot.id] += 1
            placed += 1
            break
    assert placed == len(accepted)


def test_named_seed_organisations_show_in_info_after_the_cli_demo(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "demo.db")
    code, out, err = run_cli("--db", db, "demo")
    assert code == 0, err
    assert "Bridge 2 Business" in out and "participations" in out
    code, out, _ = run_cli("--db", db, "info", "--json")
    counts = json.loads(out)["counts"]
    assert counts["organisations"] >= 70 and counts["clusters"] == 15 and counts["events"] == 1
    assert counts["participations"] >= 40 and counts["meeting_requests"] > 100
    code, out, _ = run_cli("--db", db, "demo")
    assert code == 0 and "nothing changed" in out
    code, again, _ = run_cli("--db", db, "info", "--json")
    assert json.loads(again)["counts"] == counts


def test_a_broken_seed_file_is_refused_and_nothing_is_written(database: Database, tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(shipped_dir("seeds"), seeds)
    event_file = seeds / "demo-event.json"
    data = json.loads(event_file.read_text(encoding="utf-8"))
    data["participants"][3]["organisation"] = "Nobody Ltd"
    event_file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationFailed, match=r"demo-event.json: participant 4: 'Nobody Ltd'"):  # noqa: SIM117
        with database.transaction() as session:
            run_job(load_demo(session, seeds))
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 0
