"""Team mode in the app: connecting to a team database (password never stored), and seeing others' changes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

from matchmaker.core.model import Organisation
from matchmaker.db import Database, open_database
from matchmaker.db.conflicts import save_changes
from matchmaker.ui.change_watcher import ChangeWatcher
from matchmaker.ui.main_window import MainWindow
from matchmaker.ui.team_dialog import URL_KEY, TeamDialog, connect_to_team, team_url

pytestmark = pytest.mark.gui
PASSWORD = "s3cret-Pw-" + uuid.uuid4().hex[:6]


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[URL]:
    from tests.conftest import fresh_postgres_url

    admin, template = request.getfixturevalue("_pg_template")
    url, drop = fresh_postgres_url(admin, template)
    yield url
    drop()  # type: ignore[operator]


def _settings_text(settings) -> str:  # type: ignore[no-untyped-def]
    settings.sync()
    return Path(settings.fileName()).read_text(encoding="utf-8") if Path(settings.fileName()).exists() else ""


def test_team_url_checks_the_address() -> None:
    url = team_url("organiser@db.example.org:5432/matchmaker", "pw")
    assert (url.drivername, url.username, url.password, url.database) == ("postgresql+psycopg", "organiser", "pw",
                                                                          "matchmaker")  # fmt: skip
    assert url.query["connect_timeout"] == "10"
    for bad, words in [("", "Enter the address"), ("mysql://x@h/db", "PostgreSQL"),
                       ("postgresql://x@h", "database name"), ("/tmp/file.db", "PostgreSQL address")]:  # fmt: skip
        with pytest.raises(Exception, match=words):
            team_url(bad, "")


def test_connecting_keeps_the_address_but_never_the_password(qtbot, ui_ctx, pg_url: URL) -> None:  # type: ignore[no-untyped-def]
    dialog = TeamDialog(ui_ctx.settings)
    qtbot.addWidget(dialog)
    with_password = pg_url.set(password=PASSWORD).render_as_string(hide_password=False)
    dialog.address.setText(with_password)
    dialog.address.editingFinished.emit()
    assert PASSWORD not in dialog.address.text() and dialog.password.text() == PASSWORD
    assert dialog.try_connect(), dialog.message.text()
    assert dialog.url is not None and dialog.url.password == PASSWORD and dialog.url.database == pg_url.database
    stored = str(ui_ctx.settings.value(URL_KEY))
    assert make_url(stored).database == pg_url.database and make_url(stored).password is None
    assert PASSWORD not in _settings_text(ui_ctx.settings)
    again = TeamDialog(ui_ctx.settings)  # next time the address is filled in, the password is asked for
    qtbot.addWidget(again)
    assert again.address.text() == stored and again.password.text() == ""


def test_a_failed_connection_is_reported_in_the_dialog_without_the_password(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = TeamDialog(ui_ctx.settings)
    qtbot.addWidget(dialog)
    dialog.address.setText("postgresql://organiser@127.0.0.1:1/matchmaker?connect_timeout=2")
    dialog.password.setText(PASSWORD)
    assert not dialog.try_connect()
    assert dialog.message.text() and PASSWORD not in dialog.message.text() and dialog.url is None
    assert dialog.result() != TeamDialog.DialogCode.Accepted
    assert PASSWORD not in _settings_text(ui_ctx.settings)


def test_file_menu_connects_and_the_shell_gets_the_url(qtbot, ui_ctx, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_ctx, pages=[])
    qtbot.addWidget(window)
    action = window.action("connect_team")
    assert action in window.menu("file").actions()
    opened: list[str] = []
    window.open_database_requested.connect(opened.append)

    def fake_exec(self: TeamDialog) -> int:
        self.url = team_url("organiser@db.example.org/matchmaker", PASSWORD)
        return 1

    monkeypatch.setattr(TeamDialog, "exec", fake_exec)
    assert connect_to_team(window)
    assert len(opened) == 1 and make_url(opened[0]).password == PASSWORD
    assert PASSWORD not in window.windowTitle()


def _add(database: Database, name: str) -> int:
    with database.transaction() as session:
        org = Organisation(name=name, country="LT")
        session.add(org)
        session.flush()
        return org.id


def test_the_watcher_announces_other_clients_changes_only(qtbot, ui_ctx_any) -> None:  # type: ignore[no-untyped-def]
    ctx = ui_ctx_any
    colleague = open_database(ctx.database.url, daily_backup=False, client_id="colleague")
    try:
        watcher = ChangeWatcher(ctx, interval_ms=50)
        topics: list[str] = []
        ctx.signals.data_changed.connect(topics.append)
        _add(ctx.database, "Mine")  # our own save is not news to us
        assert watcher.poll() is not None and topics == []
        org_id = _add(colleague, "Theirs")
        save_changes(colleague, Organisation, org_id, 1, {"city": "Kaunas"})
        watcher.start()
        qtbot.waitUntil(lambda: topics == ["organisations"], timeout=5000)
        watcher.stop()
        assert watcher.poll().rows == ()  # type: ignore[union-attr]
    finally:
        colleague.close()


def test_the_watcher_keeps_trying_when_the_database_is_unreachable(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    watcher = ChangeWatcher(ui_ctx)
    messages: list[str] = []
    ui_ctx.signals.status.connect(messages.append)
    from sqlalchemy.exc import OperationalError

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    monkeypatch.setattr("matchmaker.ui.change_watcher.changes_since", broken)
    assert watcher.poll() is None and watcher.poll() is None
    assert len(messages) == 1 and "retrying" in messages[0]
    monkeypatch.undo()
    assert watcher.poll() is not None and messages[-1] == "Connected again."
