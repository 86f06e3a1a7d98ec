"""The agenda data read from the database: order, times, tables, partners, consent, breaks."""

from __future__ import annotations

from sqlalchemy import select

from matchmaker.core.documents import load_event_data
from matchmaker.core.model import Meeting, MeetingStatus, Participation, Person, SlotKind

from .conftest import ScheduledDemo


def test_every_participants_agenda_matches_the_meetings_in_the_database(demo: ScheduledDemo) -> None:
    data = demo.data()
    with demo.database.session() as session:
        meetings = session.scalars(select(Meeting).where(Meeting.event_id == demo.event_id)).all()
        participations = session.scalars(select(Participation).where(Participation.event_id == demo.event_id)).all()
        assert len(data.meetings) == len(meetings) and len(data.parties) == len(participations)
        for participation in participations:
            mine = sorted(
                (m for m in meetings if participation.id in (m.request.requester_id, m.request.invitee_id)),
                key=lambda m: m.slot.starts_at,  # type: ignore[union-attr]
            )
            agenda = data.agenda(participation.id)
            assert agenda.party.name == participation.organisation.name
            got = [(e.starts_at, e.ends_at, e.meeting.table, e.partner.name) for e in agenda.meetings]  # type: ignore[union-attr]
            expected = []
            for m in mine:
                partner = m.request.invitee if m.request.requester_id == participation.id else m.request.requester
                assert m.slot is not None and m.table is not None
                expected.append((m.slot.starts_at, m.slot.ends_at, m.table.name, partner.organisation.name))
            assert sorted(got) == sorted(expected)
            starts = [e.starts_at for e in agenda.entries]
            assert starts == sorted(starts), "meetings and breaks in time order"


def test_breaks_are_on_the_agenda_and_contacts_appear_only_with_consent(demo: ScheduledDemo) -> None:
    data = demo.data()
    party = max(data.parties.values(), key=lambda p: len(data.meetings_of(p.participation_id)))
    agenda = data.agenda(party.participation_id)
    breaks = [e for e in agenda.entries if e.is_break]
    labels = {e.label for e in breaks}
    assert {"Coffee break", "Lunch"} <= labels
    for entry in breaks:  # only breaks between the day's first and last meeting
        same_day = [e for e in agenda.meetings if e.starts_at.date() == entry.starts_at.date()]
        assert min(e.starts_at for e in same_day) < entry.starts_at < max(e.starts_at for e in same_day)
    with demo.database.session() as session:
        by_org: dict[int, list[Person]] = {}
        for person in session.scalars(select(Person)):
            by_org.setdefault(person.organisation_id, []).append(person)
    hidden = 0
    for entry in agenda.meetings:
        assert entry.partner is not None
        shown = {c.email for c in entry.partner.published_contacts}
        for person in by_org.get(entry.partner.organisation_id, []):
            assert (person.email in shown) == person.consent_to_publish
            hidden += not person.consent_to_publish
    assert hidden, "some partner of this participant has a contact without consent"
    assert data.zone_abbreviation(agenda.entries[0].starts_at) == "EEST"


def test_cancelled_and_unplaced_meetings(demo: ScheduledDemo) -> None:
    with demo.database.transaction() as session:
        first, second = session.scalars(select(Meeting).order_by(Meeting.id).limit(2)).all()
        first.status = MeetingStatus.CANCELLED
        second.slot_id = None
        cancelled_id, requester = first.id, first.request.requester_id
    data = demo.data()
    assert data.unplaced == 1
    assert cancelled_id not in {m.meeting_id for m in data.meetings_of(requester)}
    assert cancelled_id in {m.meeting_id for m in data.meetings_of(requester, cancelled=True)}
    with demo.database.session() as session:
        again = load_event_data(session, "Bridge 2 Business Vilnius 2018 (demo)")
    assert again.event_id == demo.event_id
    assert all(s.kind in (SlotKind.MEETING, SlotKind.BREAK) for s in again.slots)
