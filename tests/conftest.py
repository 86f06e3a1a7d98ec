"""Shared fixtures. Every test gets fresh temp platformdirs; database tests run on SQLite and PostgreSQL.

PostgreSQL comes from ``MATCHMAKER_TEST_PG_URL`` (an admin URL, see ``.ci/pg-start``).
Without it, PostgreSQL cases are skipped visibly, except under CI, where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from matchmaker.db import Database, open_database
from matchmaker.db.url import sqlite_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PG_ENV = "MATCHMAKER_TEST_PG_URL"


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs (XDG on Linux) and HOME at a fresh folder; never touch real user state."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in [
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ]:
        monkeypatch.setenv(var, str(home / sub) if sub else str(home))
    monkeypatch.delenv("MATCHMAKER_DB", raising=False)
    return home


def _pg_admin_url() -> URL | None:
    value = os.environ.get(PG_ENV)
    return make_url(value) if value else None


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating once keeps the suite fast)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(sqlite_url(path)).close()
    return path


@pytest.fixture(scope="session")
def _pg_template() -> Iterator[tuple[URL, str]]:
    admin = _pg_admin_url()
    if admin is None:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL tests")
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (see .ci/pg-start)")
    name = f"mm_template_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    open_database(admin.set(database=name)).close()
    yield admin, name
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def fresh_postgres_url(admin: URL, template: str) -> tuple[URL, object]:
    name = f"mm_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))

    def drop() -> None:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()

    return admin.set(database=name), drop


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[URL]:
    """The URL of a fresh, migrated database: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "matchmaker.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        yield sqlite_url(path)
        return
    admin, template = request.getfixturevalue("_pg_template")
    url, drop = fresh_postgres_url(admin, template)
    yield url
    drop()  # type: ignore[operator]


@pytest.fixture
def database(db_url: URL) -> Iterator[Database]:
    """An opened fresh database (SQLite and PostgreSQL)."""
    db = open_database(db_url)
    yield db
    db.close()


@pytest.fixture
def sqlite_database(tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite database only, for tests about SQLite files themselves."""
    db = open_database(sqlite_url(tmp_path / "matchmaker.db"))
    yield db
    db.close()


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run ``matchmaker ARGS`` in-process; returns (exit code, stdout, stderr)."""
    from matchmaker.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
