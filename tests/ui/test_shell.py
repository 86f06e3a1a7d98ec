"""The main window: pages from the registry, menus and shortcuts, remembered state, opening databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QLabel, QVBoxLayout
from sqlalchemy import func, select

from matchmaker.core.model import Event, Organisation
from matchmaker.ui.app import Shell, make_context
from matchmaker.ui.main_window import MainWindow
from matchmaker.ui.pages import Page, register_page
from matchmaker.ui.settings import app_settings, recent_databases


class HelloPage(Page):
    page_id = "hello"
    title = QT_TRANSLATE_NOOP("Page", "Hello")
    order = 1
    built = 0

    def __init__(self, ctx, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        HelloPage.built += 1
        self.activations = 0
        QVBoxLayout(self).addWidget(QLabel("hello"))

    def activated(self) -> None:
        self.activations += 1


class OtherPage(Page):
    page_id = "other"
    title = QT_TRANSLATE_NOOP("Page", "Other")
    order = 2


def test_pages_are_built_lazily_and_shown_from_navigation(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    HelloPage.built = 0
    window = MainWindow(ui_ctx, pages=[HelloPage, OtherPage])
    qtbot.addWidget(window)
    assert window.navigation.count() == 2 and HelloPage.built == 0
    window.navigation.setCurrentRow(0)
    hello = window.current_page()
    assert isinstance(hello, HelloPage) and hello.activations == 1 and HelloPage.built == 1
    window.action("page_other").trigger()
    assert isinstance(window.current_page(), OtherPage)
    assert window.findChild(OtherPage, "page_other") is not None
    assert window.action("page_hello").shortcut() == QKeySequence("Ctrl+1")
    window.show_page("hello")
    assert hello.activations == 2 and HelloPage.built == 1


def test_registry_refuses_duplicate_ids_and_orders_pages() -> None:
    class Clash(Page):
        page_id = "organisations_clash"

    register_page(Clash)
    register_page(Clash)  # idempotent

    class Clash2(Page):
        page_id = "organisations_clash"

    with pytest.raises(ValueError, match="Two pages"):
        register_page(Clash2)

    class Nameless(Page):
        pass

    with pytest.raises(ValueError, match="page_id"):
        register_page(Nameless)
    from matchmaker.ui.pages import PAGES

    PAGES.remove(Clash)


def test_menus_actions_and_standard_shortcuts(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_ctx, pages=[HelloPage])
    qtbot.addWidget(window)
    for name in ("file", "edit", "view", "tools", "help"):
        assert window.menu(name).objectName() == f"menu_{name}"
    std = QKeySequence.StandardKey
    for name, key in (("open_database", std.Open), ("new_database", std.New), ("quit", std.Quit),
                      ("undo", std.Undo), ("redo", std.Redo)):  # fmt: skip
        action = window.action(name)
        assert action.objectName() == f"action_{name}"
        assert action.shortcut() == QKeySequence(key)
    # Undo and redo act on the context's stack.
    done: list[str] = []

    class Cmd(QUndoCommand):
        def redo(self) -> None:
            done.append("redo")

        def undo(self) -> None:
            done.append("undo")

    ui_ctx.undo_stack.push(Cmd("Rename"))
    assert window.action("undo").isEnabled()
    window.action("undo").trigger()
    window.action("redo").trigger()
    assert done == ["redo", "undo", "redo"]


def test_window_geometry_and_page_are_remembered(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_ctx, pages=[HelloPage, OtherPage])
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 520)
    window.show_page("other")
    window.close()
    again = MainWindow(make_context(ui_ctx.database, app_settings(), synchronous=True), pages=[HelloPage, OtherPage])
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.current_page() is not None)
    assert again.size().width() == 700 and again.size().height() == 520
    assert isinstance(again.current_page(), OtherPage)


def test_first_run_offers_the_demo_and_loads_it(qtbot, tmp_path: Path, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    shell = Shell(app_settings(), synchronous=True)
    window = shell.open(str(tmp_path / "first.db"))
    assert window is not None
    qtbot.addWidget(window)
    assert no_dialogs["questions"] == ["This database is empty. Load the demo data?"]
    with window.ctx.database.session() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) > 40
        assert session.scalar(select(func.count()).select_from(Event)) == 1
    # The event selector picked the demo event.
    assert window.event_selector.currentData() == window.ctx.current_event_id != 0
    assert str(tmp_path / "first.db") in recent_databases(shell.settings)
    # Asked once per database: reopening does not ask again.
    shell.open(str(tmp_path / "first.db"))
    assert len(no_dialogs["questions"]) == 1


def test_a_refused_database_is_a_message_not_a_traceback(qtbot, tmp_path: Path, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 50)
    shell = Shell(app_settings(), synchronous=True)
    assert shell.open(str(bogus)) is None
    assert len(no_dialogs["errors"]) == 1 and "notes.db" in no_dialogs["errors"][0]
    assert bogus.read_text().startswith("these are my notes")


def test_switching_databases_replaces_the_window(qtbot, tmp_path: Path, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    shell = Shell(app_settings(), synchronous=True)
    first = shell.open(str(tmp_path / "a.db"))
    assert first is not None
    first.open_database_requested.emit(str(tmp_path / "b.db"))
    assert shell.window is not first and shell.window is not None
    qtbot.addWidget(shell.window)
    assert "b.db" in shell.window.windowTitle()
    assert recent_databases(shell.settings)[:2] == [str(tmp_path / "b.db"), str(tmp_path / "a.db")]
    shell.window.menu("file")
    shell.window._fill_recent_menu()
    recent = [a.text() for a in shell.window.recent_menu.actions() if a.objectName().startswith("action_recent_")]
    assert recent[0].endswith("b.db")


def test_heartbeat_probe_sees_a_blocked_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    import time

    from matchmaker.ui.heartbeat import HeartbeatProbe

    probe = HeartbeatProbe(10)
    probe.start()
    qtbot.wait(60)
    time.sleep(0.25)  # the UI thread is blocked: no tick can run
    qtbot.wait(30)
    assert probe.stop() >= 240
    assert len(probe.gaps_ms) >= 3
