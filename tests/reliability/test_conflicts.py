"""Optimistic locking: the second of two concurrent saves gets a conflict; nothing is overwritten silently."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, event, select, text, update
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from matchmaker.core.conflicts import ConflictError
from matchmaker.core.generate import GenerateOptions, generate_data
from matchmaker.core.model import Meeting, MeetingRequest, Organisation, Slot, SlotKind
from matchmaker.core.progress import run_job
from matchmaker.db import Database, open_database
from matchmaker.db.conflicts import commit_or_conflict, keep_mine, save_changes


def _org(database: Database, name: str = "Nebula") -> tuple[int, int]:
    with database.transaction() as session:
        org = Organisation(name=name, country="LT", city="Vilnius")
        session.add(org)
        session.flush()
        return org.id, org.version


def _stored(database: Database, org_id: int) -> Organisation:
    with database.session() as session:
        org = session.get(Organisation, org_id)
        assert org is not None
        return org


def test_second_save_of_an_organisation_gets_a_conflict_with_both_versions(database: Database) -> None:
    org_id, version = _org(database)
    save_changes(database, Organisation, org_id, version, {"name": "Nebula Cluster"}, original={"name": "Nebula"})
    with pytest.raises(ConflictError) as caught:
        save_changes(database, Organisation, org_id, version, {"name": "Nebula LT", "city": "Kaunas"},
                     original={"name": "Nebula", "city": "Vilnius"})  # fmt: skip
    conflict = caught.value
    assert (conflict.my_version, conflict.their_version, conflict.table) == (1, 2, "organisation")
    fields = {f.name: f for f in conflict.fields}
    name = fields["name"]
    assert (name.mine, name.theirs, name.original) == ("Nebula LT", "Nebula Cluster", "Nebula")
    assert fields["name"].changed_by_them and fields["name"].differs
    assert (fields["city"].mine, fields["city"].theirs, fields["city"].changed_by_them) == ("Kaunas", "Vilnius", False)
    assert "Nebula Cluster" in conflict.message and "Nothing was saved" in conflict.message
    stored = _stored(database, org_id)
    assert (stored.name, stored.city, stored.version) == ("Nebula Cluster", "Vilnius", 2), "theirs is intact"

    saved = keep_mine(database, Organisation, conflict)  # the user chose "keep mine (overwrite)"
    assert (saved.name, saved.city, saved.version) == ("Nebula LT", "Kaunas", 3)
    with pytest.raises(ConflictError):  # a stale resolution is itself refused
        keep_mine(database, Organisation, conflict)
    assert _stored(database, org_id).version == 3


def test_keep_mine_only_overwrites_the_fields_i_changed(database: Database) -> None:
    org_id, version = _org(database)
    save_changes(database, Organisation, org_id, version, {"website": "https://nebula.example.org"})
    with pytest.raises(ConflictError) as caught:
        save_changes(database, Organisation, org_id, version, {"city": "Kaunas"})
    keep_mine(database, Organisation, caught.value)
    stored = _stored(database, org_id)
    assert (stored.city, stored.website) == ("Kaunas", "https://nebula.example.org")


def test_two_orm_sessions_editing_the_same_organisation(database: Database) -> None:
    org_id, _ = _org(database)
    first, second = database.session(), database.session()
    try:
        mine = first.get(Organisation, org_id)
        theirs = second.get(Organisation, org_id)
        assert mine is not None and theirs is not None
        theirs.description = "Edited by a colleague"
        commit_or_conflict(database, second)
        mine.description = "My edit"
        mine.founded_year = 2011
        with pytest.raises(ConflictError) as caught:
            commit_or_conflict(database, first)
    finally:
        first.close()
        second.close()
    fields = {f.name: f for f in caught.value.fields}
    assert fields["description"].mine == "My edit" and fields["description"].theirs == "Edited by a colleague"
    assert fields["founded_year"].mine == 2011 and caught.value.their_version == 2
    stored = _stored(database, org_id)
    assert (stored.description, stored.founded_year) == ("Edited by a colleague", None)


def test_a_row_deleted_meanwhile_is_a_conflict_too(database: Database) -> None:
    org_id, version = _org(database)
    with database.transaction() as session:
        session.delete(session.get(Organisation, org_id))
    with pytest.raises(ConflictError) as caught:
        save_changes(database, Organisation, org_id, version, {"city": "Kaunas"})
    assert caught.value.deleted and "deleted" in caught.value.message
    with pytest.raises(ConflictError):
        keep_mine(database, Organisation, caught.value)
    with database.session() as session:
        assert session.get(Organisation, org_id) is None


def _meeting(database: Database) -> tuple[int, int, list[int]]:
    with database.transaction() as session:
        report = run_job(generate_data(session, GenerateOptions(30, 12, seed=2)))
        request = session.scalars(select(MeetingRequest).order_by(MeetingRequest.id)).first()
        assert request is not None
        meeting_slots = select(Slot.id).where(Slot.event_id == report.event_id, Slot.kind == SlotKind.MEETING)
        slots = list(session.scalars(meeting_slots.order_by(Slot.starts_at)))
        meeting = Meeting(event_id=report.event_id, request_id=request.id, slot_id=slots[0])
        session.add(meeting)
        session.flush()
        return meeting.id, meeting.version, slots


def test_two_organisers_moving_the_same_meeting(database: Database) -> None:
    meeting_id, version, slots = _meeting(database)
    save_changes(database, Meeting, meeting_id, version, {"slot_id": slots[3]}, original={"slot_id": slots[0]})
    with pytest.raises(ConflictError) as caught:
        save_changes(database, Meeting, meeting_id, version, {"slot_id": slots[5]}, original={"slot_id": slots[0]})
    field = caught.value.fields[0]
    assert (field.name, field.mine, field.theirs) == ("slot_id", slots[5], slots[3])
    assert field.theirs_text == "Tue 15 Sep 10:00" and field.mine_text == "Tue 15 Sep 11:00", "times, not ids"
    with database.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None and meeting.slot_id == slots[3] and meeting.version == 2


@pytest.fixture
def pg_database(request: pytest.FixtureRequest) -> Iterator[Database]:
    from tests.conftest import fresh_postgres_url

    admin, template = request.getfixturevalue("_pg_template")
    url, drop = fresh_postgres_url(admin, template)
    db = open_database(url)
    yield db
    db.close()
    drop()  # type: ignore[operator]


def test_a_save_racing_between_read_and_write_on_postgresql(pg_database: Database) -> None:
    """PostgreSQL reads without locking: a colleague's commit can land between our read and our UPDATE."""
    org_id, version = _org(pg_database)
    other = create_engine(pg_database.url, isolation_level="AUTOCOMMIT")

    def colleague_saves(session: Session, *_: object) -> None:
        with other.connect() as connection:
            connection.execute(
                update(Organisation).where(Organisation.id == org_id).values(city="Riga", version=version + 1)
            )

    event.listen(Session, "before_flush", colleague_saves, once=True)
    try:
        with pytest.raises(ConflictError) as caught:
            save_changes(pg_database, Organisation, org_id, version, {"city": "Kaunas"})
    finally:
        if event.contains(Session, "before_flush", colleague_saves):
            event.remove(Session, "before_flush", colleague_saves)
        other.dispose()
    assert caught.value.fields[0].theirs == "Riga"
    assert _stored(pg_database, org_id).city == "Riga"


def test_conflict_messages_reach_the_cli_user_without_a_traceback(database: Database, db_url: URL) -> None:
    org_id, version = _org(database)
    with database.transaction() as session:
        session.execute(text("UPDATE organisation SET version = version + 1 WHERE id = :id"), {"id": org_id})
    with pytest.raises(ConflictError) as caught:
        save_changes(database, Organisation, org_id, version, {"city": "Kaunas"})
    assert caught.value.exit_code == 3
    assert str(caught.value).startswith("Organisation 'Nebula' was changed by someone else")
