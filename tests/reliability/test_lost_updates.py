"""No lost updates on the Event and Schedule pages: two organisers (two app contexts, two clients) on one database.

Each organiser's page acts on what it loaded. When the other saved one of the same rows since,
the action gets the conflict dialog (both versions) instead of overwriting; "keep mine" then
overwrites on purpose. Undo after a colleague's change is refused too. SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from matchmaker.core import events as ev
from matchmaker.core.conflicts import CANCEL, KEEP_MINE, TAKE_THEIRS, ConflictError
from matchmaker.core.demo import load_demo
from matchmaker.core.model import (
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Participation,
    RequestStatus,
    ScheduleRun,
)
from matchmaker.core.progress import run_job
from matchmaker.core.scheduling import SolveOptions
from matchmaker.db import Database, open_database
from matchmaker.db.scheduling import schedule_event_job
from matchmaker.ui import conflict_dialog
from matchmaker.ui.context import AppContext
from matchmaker.ui.pages.event.controller import EventController, SetupInput
from matchmaker.ui.pages.schedule.controller import ScheduleController

pytestmark = pytest.mark.gui


@dataclass
class Organisers:
    mine: EventController
    theirs: EventController
    my_schedule: ScheduleController
    their_schedule: ScheduleController
    database: Database
    answers: list[str]  # what the user answers in the conflict dialog, in turn
    shown: list[ConflictError]
    failures: list[str]


def _context(database: Database) -> AppContext:
    from matchmaker.ui.app import make_context
    from matchmaker.ui.settings import app_settings

    return make_context(database, app_settings(), synchronous=True)


@pytest.fixture
def organisers(qapp, database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Organisers]:  # type: ignore[no-untyped-def]
    with database.transaction() as session:
        event_id = run_job(load_demo(session)).event_id
    assert event_id is not None
    run_job(schedule_event_job(database, event_id, SolveOptions(time_limit=2, seed=1, workers=1)))
    colleague = open_database(database.url, daily_backup=False, client_id="colleague")
    answers: list[str] = []
    shown: list[ConflictError] = []

    def ask(parent: object, conflict: ConflictError) -> str:
        shown.append(conflict)
        return answers.pop(0) if answers else CANCEL

    monkeypatch.setattr(conflict_dialog, "ask_resolution", ask)
    failures: list[str] = []
    controllers = []
    for db in (database, colleague):
        ctx = _context(db)
        ctx.select_event(event_id)
        pair = (EventController(ctx), ScheduleController(ctx))
        for controller in pair:
            controller.failed.connect(lambda title, exc: failures.append(str(exc)))
            controller.reload()
            assert controller.snapshot is not None and controller.seen
        controllers.append(pair)
    (mine, my_schedule), (theirs, their_schedule) = controllers
    yield Organisers(mine, theirs, my_schedule, their_schedule, database, answers, shown, failures)
    colleague.close()


def _row(database: Database, model: type, row_id: int):  # type: ignore[no-untyped-def]
    with database.session() as session:
        return session.get(model, row_id)


def _accepted(o: Organisers) -> MeetingRequest:
    with o.database.session() as session:
        request = session.scalars(
            select(MeetingRequest).where(MeetingRequest.status == RequestStatus.ACCEPTED).order_by(MeetingRequest.id)
        ).first()
        assert request is not None
        return request


def test_declined_by_a_colleague_then_accepted_from_a_stale_page(organisers: Organisers) -> None:
    o = organisers
    request = _accepted(o)
    assert o.theirs.set_status([request.id], RequestStatus.DECLINED)
    assert o.mine.set_status([request.id], RequestStatus.PENDING) is False  # my page still shows it accepted
    conflict = o.shown[-1]
    assert conflict.table == "meeting_request" and conflict.row_id == request.id
    field = next(f for f in conflict.fields if f.name == "status")
    assert (field.mine, field.theirs) == (RequestStatus.PENDING, RequestStatus.DECLINED)
    assert "changed by someone else" in conflict.message and "→" in conflict.title
    assert _row(o.database, MeetingRequest, request.id).status == RequestStatus.DECLINED, "theirs is kept"
    o.answers.append(KEEP_MINE)  # now on purpose: overwrite theirs
    assert o.mine.set_status([request.id], RequestStatus.PENDING)
    assert _row(o.database, MeetingRequest, request.id).status == RequestStatus.PENDING


def test_delegates_check_in_and_availability_of_a_participant(organisers: Organisers) -> None:
    o = organisers
    snapshot = o.mine.snapshot
    assert snapshot is not None
    person = snapshot.participants[0]
    o.theirs.set_delegates(person.id, 3)
    o.answers.append(TAKE_THEIRS)
    o.mine.set_delegates(person.id, 2)
    assert len(o.shown) == 1 and o.shown[0].fields[0].theirs == 3
    assert _row(o.database, Participation, person.id).delegates == 3
    # My page reloaded theirs (take theirs): my next action on that row goes through.
    o.mine.set_checked_in([person.id], True)
    stored = _row(o.database, Participation, person.id)
    assert stored.checked_in and stored.delegates == 3 and len(o.shown) == 1
    # Their page has not seen my check-in yet: marking the person unavailable is refused.
    slot = next(s for s in snapshot.meeting_slots)
    o.their_schedule.ctx.signals.data_changed.disconnect()  # their pages do not reload on their own writes
    o.theirs.set_availability([(person.id, slot.id)], False)
    assert len(o.shown) == 2 and o.shown[1].table == "participation"
    with o.database.session() as session:
        assert ev.unavailable_slot_ids(session, session.get(Event, snapshot.id)).get(person.id, set()) == set()


def test_locking_a_meeting_a_colleague_marked_held(organisers: Organisers) -> None:
    o = organisers
    snapshot = o.my_schedule.snapshot
    assert snapshot is not None
    meeting = next(m for m in snapshot.meetings if m.is_placed)
    o.their_schedule.mark_meeting(meeting.id, MeetingStatus.HELD)
    o.my_schedule.set_locked([meeting.id], True)
    assert o.shown and o.shown[-1].table == "meeting"
    stored = _row(o.database, Meeting, meeting.id)
    assert stored.status == MeetingStatus.HELD and not stored.locked


def test_undo_after_a_colleague_changed_the_row_is_refused(organisers: Organisers) -> None:
    o = organisers
    snapshot = o.mine.snapshot
    assert snapshot is not None
    person = snapshot.participants[1]
    o.mine.set_delegates(person.id, 4)
    o.theirs.reload()
    o.theirs.set_delegates(person.id, 5)
    assert not o.shown
    o.mine.ctx.undo_stack.undo()  # would put back my 'before' over their 5
    assert _row(o.database, Participation, person.id).delegates == 5
    assert o.failures and "changed by someone else" in o.failures[-1]


def test_the_event_setup_saved_by_both(organisers: Organisers) -> None:
    o = organisers
    snapshot = o.mine.snapshot
    assert snapshot is not None
    with o.database.session() as session:
        event = session.get(Event, snapshot.id)
        assert event is not None
        sessions = tuple(ev.session_specs(event))
        tables = tuple(t.name for t in event.tables)

    def form(venue: str, city: str) -> SetupInput:
        return SetupInput(snapshot.name, venue, city, snapshot.country, snapshot.timezone, snapshot.meeting_minutes,
                          sessions, tables)  # fmt: skip

    assert o.theirs.apply_setup(form(snapshot.venue, "Kaunas"))
    assert not o.mine.apply_setup(form("Hall B", snapshot.city))  # my form still says the old city
    fields = {f.name: f for f in o.shown[-1].fields}
    assert fields["city"].theirs == "Kaunas" and fields["city"].mine == snapshot.city
    stored = _row(o.database, Event, snapshot.id)
    assert (stored.city, stored.venue) == ("Kaunas", snapshot.venue)


def test_a_scheduler_run_on_the_page_does_not_overwrite_a_hand_move_made_meanwhile(organisers: Organisers) -> None:
    """My Schedule page runs the scheduler; while it solves, my colleague's page moves a meeting by hand."""
    o = organisers
    snapshot = o.their_schedule.snapshot
    assert snapshot is not None
    meeting = next(m for m in snapshot.meetings if m.is_placed)
    free = next((s.id, t.id) for s in snapshot.meeting_slots for t in snapshot.active_tables
                if (s.id, t.id) not in snapshot.placed)  # fmt: skip
    moved: list[bool] = []

    def colleague_moves(_progress: object) -> None:
        if not moved:
            moved.append(True)
            with o.their_schedule.ctx.database.transaction() as session:
                ev.move_meeting(session, ev.get_event(session, snapshot.id), meeting.id, *free, check=False)

    o.my_schedule.solve_progress.connect(colleague_moves)
    with o.database.session() as session:
        runs_before = len(session.scalars(select(ScheduleRun.id)).all())
    o.my_schedule.run(time_limit=2, workers=1)
    assert moved, "the hand move happened while the scheduler ran"
    assert o.failures and "changed by someone else while the scheduler ran" in o.failures[-1]
    assert "was changed (now" in o.failures[-1] and o.my_schedule.last_result is None
    stored = _row(o.database, Meeting, meeting.id)
    assert (stored.slot_id, stored.table_id) == free, "their hand move is kept"
    with o.database.session() as session:
        assert len(session.scalars(select(ScheduleRun.id)).all()) == runs_before + 1  # only their move's record
    assert not o.my_schedule.is_solving


def test_the_setup_form_keeps_unsaved_edits_when_a_colleague_changes_the_event(organisers: Organisers, qtbot) -> None:  # type: ignore[no-untyped-def]
    from matchmaker.ui.pages.event.view import EventPage

    o = organisers
    page = EventPage(o.mine.ctx)
    qtbot.addWidget(page)
    page.controller.reload()
    snapshot = page.controller.snapshot
    assert snapshot is not None and page.setup.venue.text() == snapshot.venue
    page.setup.venue.setText("Hall B, Litexpo")  # typed, not applied yet
    theirs = o.theirs.snapshot
    assert theirs is not None
    with o.database.session() as session:
        event = session.get_one(Event, snapshot.id)
        sessions, tables = tuple(ev.session_specs(event)), tuple(t.name for t in event.tables)
    their_form = SetupInput(theirs.name, theirs.venue, "Kaunas", theirs.country, theirs.timezone,
                            theirs.meeting_minutes, sessions, tables)  # fmt: skip
    assert o.theirs.apply_setup(their_form)
    o.mine.ctx.signals.data_changed.emit("events")  # what the change watcher does when it sees theirs
    assert page.controller.snapshot is not None and page.controller.snapshot.city == "Kaunas"
    assert page.setup.venue.text() == "Hall B, Litexpo", "the unsaved edit survives the reload"
    assert page.setup.city.text() == snapshot.city and "your edits are kept" in page.setup.error.text()
    o.answers.append(TAKE_THEIRS)
    page.setup.apply_button.click()
    assert o.shown and {f.name for f in o.shown[-1].fields} >= {"city", "venue"}
    stored = _row(o.database, Event, snapshot.id)
    assert (stored.city, stored.venue) == ("Kaunas", snapshot.venue), "nothing of mine overwrote theirs"
    assert (page.setup.city.text(), page.setup.venue.text()) == ("Kaunas", snapshot.venue), "theirs is shown"
