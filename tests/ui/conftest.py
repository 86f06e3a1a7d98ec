"""UI fixtures: an AppContext on a fresh database with a synchronous task runner and temp settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import matchmaker.ui  # noqa: F401  (PySide6 None-refcount workaround, before any Qt call)
from matchmaker.db import Database
from matchmaker.ui.context import AppContext


def _context(database: Database) -> AppContext:
    from matchmaker.ui.app import make_context
    from matchmaker.ui.settings import app_settings

    return make_context(database, app_settings(), synchronous=True)


@pytest.fixture
def ui_ctx(qapp, sqlite_database: Database) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    """An AppContext on a fresh SQLite database (settings in the test's temp config dir)."""
    yield _context(sqlite_database)


@pytest.fixture
def ui_ctx_any(qapp, database: Database) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    """An AppContext on a fresh database, once on SQLite and once on PostgreSQL."""
    yield _context(database)


@pytest.fixture
def demo_ctx(qapp, sqlite_database: Database) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    """An AppContext on a SQLite database holding the demo data."""
    from matchmaker.core.demo import load_demo
    from matchmaker.core.progress import run_job

    with sqlite_database.transaction() as session:
        run_job(load_demo(session))
    yield _context(sqlite_database)


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Replace modal questions and error boxes: questions answer Yes, errors are recorded."""
    from matchmaker.ui import dialogs

    seen: dict[str, list[str]] = {"questions": [], "errors": []}

    def ask(parent, title, text, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        seen["questions"].append(text)
        return True

    def error(parent, title, exc) -> None:  # type: ignore[no-untyped-def]
        seen["errors"].append(dialogs.error_text(exc)[0])

    monkeypatch.setattr(dialogs, "ask_yes_no", ask)
    monkeypatch.setattr(dialogs, "show_error", error)
    return seen
