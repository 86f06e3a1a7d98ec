"""iCalendar agendas parsed back with icalendar and compared with the database."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from matchmaker.core.documents import export_ics
from matchmaker.core.documents.files import agenda_file_name
from matchmaker.core.documents.ics import fold
from matchmaker.core.model import Event, Meeting, MeetingRequest, MeetingStatus, Organisation, Participation
from matchmaker.core.progress import run_job

from .conftest import ScheduledDemo


def _read(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def _events(calendar: Calendar) -> dict[str, object]:
    return {str(item["UID"]): item for item in calendar.walk("VEVENT")}


def test_participant_calendars_hold_their_meetings_in_the_event_zone(
    sqlite_demo: ScheduledDemo, tmp_path: Path
) -> None:
    demo = sqlite_demo
    data = demo.data()
    result = run_job(export_ics(data, tmp_path))
    assert len(result.files) == len(data.parties) + 1
    assert not list(tmp_path.glob("*.part")), "no temporary files left"
    zone = ZoneInfo("Europe/Vilnius")
    with demo.database.session() as session:
        meetings = session.scalars(
            select(Meeting)
            .where(Meeting.event_id == demo.event_id)
            .options(
                selectinload(Meeting.slot),
                selectinload(Meeting.table),
                selectinload(Meeting.request)
                .selectinload(MeetingRequest.requester)
                .selectinload(Participation.organisation)
                .selectinload(Organisation.people),
                selectinload(Meeting.request)
                .selectinload(MeetingRequest.invitee)
                .selectinload(Participation.organisation)
                .selectinload(Organisation.people),
            )
        ).all()
        for party in data.parties_sorted():
            calendar = _read(tmp_path / agenda_file_name(party.participation_id, party.name, ".ics"))
            assert calendar["VERSION"] == "2.0" and calendar["METHOD"] == "PUBLISH"
            zones = calendar.walk("VTIMEZONE")
            assert [str(z["TZID"]) for z in zones] == ["Europe/Vilnius"]
            events = calendar.walk("VEVENT")
            mine = [m for m in meetings if party.participation_id in (m.request.requester_id, m.request.invitee_id)]
            assert len(events) == len(mine)
            by_uid = {str(e["UID"]): e for e in events}
            for meeting in mine:
                item = by_uid[f"meeting-{meeting.id}@{data.database_uid}.matchmaker"]
                assert meeting.slot is not None and meeting.table is not None
                start = item.decoded("DTSTART")
                assert start == meeting.slot.starts_at.replace(tzinfo=zone)
                assert str(item["DTSTART"].params["TZID"]) == "Europe/Vilnius"
                assert start.utcoffset().total_seconds() == 3 * 3600  # EEST in October 2018
                assert item.decoded("DTEND") == meeting.slot.ends_at.replace(tzinfo=zone)
                assert str(item["LOCATION"]).endswith(f"table {meeting.table.name}")
                assert str(item["LOCATION"]).startswith("Conference centre, Vilnius")
                partner = (
                    meeting.request.invitee
                    if meeting.request.requester_id == party.participation_id
                    else (meeting.request.requester)
                )
                assert partner.organisation.name in str(item["SUMMARY"])
                description = str(item["DESCRIPTION"])
                for person in partner.organisation.people:
                    assert (person.email in description) == person.consent_to_publish  # type: ignore[operator]
                assert int(item["SEQUENCE"]) == meeting.ics_sequence
                assert str(item["STATUS"]) == "CONFIRMED"


def test_uids_are_stable_and_sequence_and_cancellation_follow_changes(demo: ScheduledDemo, tmp_path: Path) -> None:
    first = run_job(export_ics(demo.data(), tmp_path / "one"))
    event_file = next(p for p in first.files if p.name.startswith("event-"))
    before = _events(_read(event_file))
    with demo.database.transaction() as session:
        moved, cancelled = session.scalars(select(Meeting).order_by(Meeting.id).limit(2)).all()
        event = session.get(Event, demo.event_id)
        assert event is not None and moved.slot is not None
        taken = {m.slot_id for m in session.scalars(select(Meeting)) if m.table_id == moved.table_id}
        free = next(  # a later free slot at the same table, as the scheduler's repair would choose
            s
            for s in event.slots
            if s.kind.value == "meeting" and s.starts_at > moved.slot.starts_at and s.id not in taken
        )
        moved.slot_id = free.id
        moved.ics_sequence += 1
        cancelled.status = MeetingStatus.CANCELLED
        cancelled.ics_sequence += 1
        moved_id, cancelled_id = moved.id, cancelled.id
        free_start = free.starts_at
    again = run_job(export_ics(demo.data(), tmp_path / "two"))
    after = _events(_read(next(p for p in again.files if p.name.startswith("event-"))))
    assert set(after) == set(before), "the same UIDs: a re-import updates instead of duplicating"
    uid = next(u for u in after if u.startswith(f"meeting-{moved_id}@"))
    assert int(after[uid]["SEQUENCE"]) == int(before[uid]["SEQUENCE"]) + 1  # type: ignore[index]
    assert after[uid].decoded("DTSTART").replace(tzinfo=None) == free_start  # type: ignore[attr-defined]
    uid = next(u for u in after if u.startswith(f"meeting-{cancelled_id}@"))
    assert str(after[uid]["STATUS"]) == "CANCELLED"  # type: ignore[index]
    assert int(after[uid]["SEQUENCE"]) == int(before[uid]["SEQUENCE"]) + 1  # type: ignore[index]
    unchanged = [u for u in after if not u.startswith((f"meeting-{moved_id}@", f"meeting-{cancelled_id}@"))]
    assert all(after[u].to_ical() == before[u].to_ical() for u in unchanged)  # type: ignore[attr-defined]


def test_escaping_and_folding_follow_rfc_5545(sqlite_demo: ScheduledDemo, tmp_path: Path) -> None:
    demo = sqlite_demo
    awkward = "Žalgiris; Ąžuolas, Łódź & Ørsted \\ ltd\nsecond line " + "ėėė " * 30
    with demo.database.transaction() as session:
        meeting = session.scalars(select(Meeting).order_by(Meeting.id)).first()
        assert meeting is not None
        org = session.get(Organisation, meeting.request.invitee.organisation_id)
        assert org is not None
        org.name = awkward
        requester = meeting.request.requester
        name = requester.organisation.name
    data = demo.data()
    run_job(export_ics(data, tmp_path))
    raw = (tmp_path / agenda_file_name(requester.id, name, ".ics")).read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "folded at 75 octets"
    assert "Žalgiris\\; Ąžuolas\\, Łódź".encode() in raw.replace(b"\r\n ", b"")
    parsed = _events(Calendar.from_ical(raw))
    summaries = [str(e["SUMMARY"]) for e in parsed.values()]  # type: ignore[index]
    assert f"Meeting: {' '.join(awkward.split())} (" in "".join(summaries)
    descriptions = "".join(str(e["DESCRIPTION"]) for e in parsed.values())  # type: ignore[index]
    assert awkward in descriptions, "descriptions keep line breaks, escaped as \\n"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=400))
def test_folding_keeps_every_line_within_75_octets_and_unfolds_to_the_original(text: str) -> None:
    line = ("DESCRIPTION:" + text).encode()
    folded = fold(line)
    parts = folded.split(b"\r\n")
    assert all(len(part) <= 75 for part in parts)
    assert all(part.startswith(b" ") for part in parts[1:])
    for part in parts:
        part.decode()  # never cuts a character in two
    assert folded.replace(b"\r\n ", b"") == line


def test_a_repair_by_the_scheduler_updates_calendars_in_place(sqlite_demo: ScheduledDemo, tmp_path: Path) -> None:
    """Decline one accepted request and re-run the real scheduler: the meeting is exported as CANCELLED with a
    higher SEQUENCE, and every other UID is unchanged."""
    from matchmaker.core.model import RequestStatus
    from matchmaker.core.scheduling import SolveOptions, solve
    from matchmaker.core.scheduling.event_bridge import event_problem, save_solution

    before = _events(_read(next(p for p in run_job(export_ics(sqlite_demo.data(), tmp_path / "1")).files
                                if p.name.startswith("event-"))))  # fmt: skip
    with sqlite_demo.database.transaction() as session:
        meeting = session.scalars(select(Meeting).order_by(Meeting.id)).first()
        assert meeting is not None
        meeting.request.status = RequestStatus.DECLINED
        dropped = meeting.id
        event = session.get(Event, sqlite_demo.event_id)
        assert event is not None
        built = event_problem(session, event)
        report = save_solution(session, built, solve(built.problem, SolveOptions(time_limit=5.0, seed=1)))
        assert dropped in report.cancelled
        moved_requests = {int(change.meeting[1:]) for change in report.changes}
        request_of = {m.id: m.request_id for m in session.scalars(select(Meeting))}
    files = run_job(export_ics(sqlite_demo.data(), tmp_path / "2")).files
    after = _events(_read(next(p for p in files if p.name.startswith("event-"))))
    assert set(after) == set(before)
    uid = next(u for u in after if u.startswith(f"meeting-{dropped}@"))
    assert str(after[uid]["STATUS"]) == "CANCELLED"  # type: ignore[index]
    assert int(after[uid]["SEQUENCE"]) == int(before[uid]["SEQUENCE"]) + 1  # type: ignore[index]
    for u in after:
        meeting_id = int(u.split("-")[1].split("@")[0])
        changed = meeting_id == dropped or request_of[meeting_id] in moved_requests
        raised = int(after[u]["SEQUENCE"]) - int(before[u]["SEQUENCE"])  # type: ignore[index]
        assert raised == (1 if changed else 0), u
