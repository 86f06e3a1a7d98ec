"""Two organisers' apps on one PostgreSQL database see each other's edits within seconds, keeping unsaved edits.

Two app contexts (two clients in the change feed), each with an Organisations page and the
ChangeWatcher the app installs (default interval, NOTIFY on PostgreSQL). One organiser has the
editor open with unsaved text while the other saves the same organisation: the first page shows
their change within a few seconds, the editor keeps its text, and saving it goes through the
conflict dialog (keep mine: my field over their version, their field kept).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy.engine import URL

from matchmaker.core.conflicts import KEEP_MINE, ConflictError
from matchmaker.core.model import Organisation
from matchmaker.db import Database, open_database
from matchmaker.ui import conflict_dialog
from matchmaker.ui.change_watcher import ChangeWatcher
from matchmaker.ui.context import AppContext
from matchmaker.ui.organisations.page import OrganisationsPage

pytestmark = pytest.mark.gui
FEW_SECONDS = 5.0


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[URL]:
    from tests.conftest import fresh_postgres_url

    admin, template = request.getfixturevalue("_pg_template")
    url, drop = fresh_postgres_url(admin, template)
    yield url
    drop()  # type: ignore[operator]


def _app(qtbot, database: Database) -> tuple[AppContext, OrganisationsPage, ChangeWatcher]:  # type: ignore[no-untyped-def]
    from matchmaker.ui.app import make_context
    from matchmaker.ui.settings import app_settings

    ctx = make_context(database, app_settings(), synchronous=True)
    page = OrganisationsPage(ctx)
    qtbot.addWidget(page)
    watcher = ChangeWatcher(ctx, page)  # the app's default interval
    watcher.start()
    return ctx, page, watcher


def _city(page: OrganisationsPage, name: str) -> str:
    row = page.proxy.row_of(lambda r: r.name == name)
    return str(page.proxy.object_at(row).city) if row >= 0 else ""


def test_two_apps_see_each_others_edit_and_keep_unsaved_text(qtbot, pg_url: URL, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    mine_db = open_database(pg_url, daily_backup=False, client_id="organiser-a")
    theirs_db = open_database(pg_url, daily_backup=False, client_id="organiser-b")
    try:
        with mine_db.transaction() as session:
            org = Organisation(name="Nebula", country="LT", city="Vilnius", description="Animation studio")
            session.add(org)
            session.flush()
            org_id = org.id
        _, mine, _ = _app(qtbot, mine_db)
        _, theirs, _ = _app(qtbot, theirs_db)
        qtbot.waitUntil(lambda: _city(mine, "Nebula") == "Vilnius" and _city(theirs, "Nebula") == "Vilnius",
                        timeout=int(FEW_SECONDS * 1000))  # fmt: skip

        editor = mine.open_editor(mine.controller.profile(org_id))  # my unsaved edit
        editor.description.setPlainText("Animation and VFX studio, 40 artists")

        before = theirs.controller.profile(org_id)
        theirs.controller.edit(before, replace(before, city="Kaunas"))
        started = time.monotonic()  # their save is committed
        qtbot.waitUntil(lambda: _city(mine, "Nebula") == "Kaunas", timeout=int(FEW_SECONDS * 1000))
        seen_after = time.monotonic() - started
        assert seen_after < FEW_SECONDS
        assert editor.description.toPlainText() == "Animation and VFX studio, 40 artists", "unsaved text kept"
        assert editor.city.text() == "Vilnius", "the open editor is not overwritten under the user's hands"

        # And the other way round: their page sees my edit.
        shown: list[ConflictError] = []

        def ask(parent: object, conflict: ConflictError) -> str:
            shown.append(conflict)
            return KEEP_MINE

        monkeypatch.setattr(conflict_dialog, "ask_resolution", ask)
        editor.accept()
        assert editor.result() == 1 and shown, "saving over their version asks first"
        assert {f.name for f in shown[0].fields} >= {"description", "city"}
        with mine_db.session() as session:
            stored = session.get(Organisation, org_id)
            assert stored is not None
            assert (stored.description, stored.city) == ("Animation and VFX studio, 40 artists", "Kaunas")
        qtbot.waitUntil(
            lambda: (
                theirs.controller.profile(org_id).description.startswith("Animation and VFX")
                and _city(theirs, "Nebula") == "Kaunas"
            ),
            timeout=int(FEW_SECONDS * 1000),
        )
        print(f"\nteam-live: organisation edit seen by the other app after {seen_after:.2f} s")
    finally:
        mine_db.close()
        theirs_db.close()


def test_notify_wakes_the_other_app_long_before_its_next_poll(qtbot, pg_url: URL) -> None:  # type: ignore[no-untyped-def]
    """With polling every minute, only LISTEN/NOTIFY can bring the change within a few seconds."""
    mine_db = open_database(pg_url, daily_backup=False, client_id="organiser-a")
    theirs_db = open_database(pg_url, daily_backup=False, client_id="organiser-b")
    try:
        with theirs_db.transaction() as session:
            org = Organisation(name="Krakow Film Cluster", country="PL", city="Krakow")
            session.add(org)
            session.flush()
            org_id = org.id
        from matchmaker.ui.app import make_context
        from matchmaker.ui.settings import app_settings

        ctx = make_context(mine_db, app_settings(), synchronous=True)
        page = OrganisationsPage(ctx)
        qtbot.addWidget(page)
        watcher = ChangeWatcher(ctx, page, interval_ms=60_000)
        watcher.start()
        assert watcher.listener is not None, "PostgreSQL listens for NOTIFY"
        assert len(mine_db.on_close) == 1, "closing the database closes the LISTEN connection too"
        from matchmaker.db.conflicts import save_changes

        save_changes(theirs_db, Organisation, org_id, 1, {"city": "Kraków"})
        started = time.monotonic()
        qtbot.waitUntil(lambda: _city(page, "Krakow Film Cluster") == "Kraków", timeout=int(FEW_SECONDS * 1000))
        print(f"\nteam-live (NOTIFY): seen after {time.monotonic() - started:.2f} s")
        watcher.stop()
        assert watcher.listener is None and mine_db.on_close == []
    finally:
        mine_db.close()
        theirs_db.close()
