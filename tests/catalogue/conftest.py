"""Fixtures of the catalogue tests (the world itself is built in world.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from matchmaker.db import Database, open_database
from matchmaker.db.url import sqlite_url
from tests.catalogue.world import World, build_world


@pytest.fixture
def world(database: Database) -> World:
    """The test world on SQLite and on PostgreSQL."""
    return build_world(database)


@pytest.fixture
def sqlite_world(sqlite_database: Database) -> World:
    """The test world on SQLite only (for file-format tests that do not depend on the backend)."""
    return build_world(sqlite_database)


@pytest.fixture(scope="session")
def published_catalogue(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One event catalogue of the test world, published once per run; tests only read it."""
    folder = tmp_path_factory.mktemp("published")
    path = folder / "world.db"
    shutil.copyfile(_sqlite_template, path)
    database = open_database(sqlite_url(path))
    try:
        return build_world(database).publish(folder / "event.mmcat").path
    finally:
        database.close()


@pytest.fixture
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Modal boxes replaced: questions answer Yes; errors and information are recorded."""
    from matchmaker.ui import dialogs
    from matchmaker.ui.catalogue import organiser

    seen: dict[str, list[str]] = {"questions": [], "errors": [], "info": []}

    def ask(parent, title, text, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        seen["questions"].append(f"{text}\n{kwargs.get('informative', '')}")
        return True

    monkeypatch.setattr(dialogs, "ask_yes_no", ask)
    monkeypatch.setattr(dialogs, "show_error", lambda p, t, exc: seen["errors"].append(dialogs.error_text(exc)[0]))
    monkeypatch.setattr(organiser, "inform", lambda p, t, text: seen["info"].append(text))
    return seen
