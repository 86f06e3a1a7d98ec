"""Opening, creating, upgrading and refusing databases."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm.exc import StaleDataError

from matchmaker.core import model
from matchmaker.core.errors import DatabaseRefused
from matchmaker.core.paths import default_database_path
from matchmaker.db import Database, open_database, resolve_database_url
from matchmaker.db.migrate import head_revision
from matchmaker.db.url import describe_text, sqlite_url

FIXTURES = Path(__file__).parent / "fixtures" / "schemas"


def test_default_database_is_created_under_platformdirs(isolated_user_dirs: Path) -> None:
    db = open_database()
    try:
        path = default_database_path()
        assert path.is_file()
        assert str(path).startswith(str(isolated_user_dirs))
        assert db.report is not None and db.report.created and db.report.after == head_revision()
    finally:
        db.close()


def test_env_var_and_option_choose_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATCHMAKER_DB", str(tmp_path / "env.db"))
    assert resolve_database_url().database == str(tmp_path / "env.db")
    assert resolve_database_url(str(tmp_path / "opt.db")).database == str(tmp_path / "opt.db")
    url = resolve_database_url("postgresql://u:secret@h/db")
    assert url.drivername == "postgresql+psycopg"


def test_passwords_are_masked_even_in_unparseable_urls() -> None:
    assert "secret" not in describe_text("postgresql://u:secret@h:5432/db")
    assert "secret" not in describe_text("postgresql://u:secret@h:notaport/db")


def test_sqlite_pragmas(sqlite_database: Database) -> None:
    with sqlite_database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_foreign_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="not a Matchmaker database"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_foreign_sqlite_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="other tables: invoices"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_database(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="newer version of Matchmaker"):
        open_database(str(path))
    assert path.read_bytes() == before


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.db")), ids=lambda p: p.stem)
def test_every_released_schema_upgrades_to_head(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    db = open_database(str(path))
    try:
        assert db.report is not None and db.report.after == head_revision()
        if fixture.stem != head_revision():
            assert db.report.backup is not None and db.report.backup.is_file()
        with db.session() as session:
            org = session.scalars(select(model.Organisation)).one()
            assert org.name == "Šiaurės Žvaigždė UAB"
            assert [c.name for c in org.clusters] == ["Vilnius Film Cluster"]
    finally:
        db.close()


def test_older_schema_is_backed_up_before_upgrade(tmp_path: Path) -> None:
    """Simulate an older database by stamping the fixture at base; the upgrade must back it up first."""
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    con.commit()
    con.close()
    db = open_database(str(path))
    try:
        assert db.report is not None and db.report.created
    finally:
        db.close()


def test_optimistic_locking_detects_a_concurrent_edit(database: Database) -> None:
    with database.transaction() as session:
        session.add(model.Organisation(name="Nebula", country="LT"))
    first, second = database.session(), database.session()
    try:
        a = first.scalars(select(model.Organisation)).one()
        b = second.scalars(select(model.Organisation)).one()
        a.city = "Vilnius"
        first.commit()
        b.city = "Kaunas"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with database.session() as session:
        org = session.scalars(select(model.Organisation)).one()
        assert (org.city, org.version) == ("Vilnius", 2)


def test_transaction_rolls_back_everything_on_error(database: Database) -> None:
    with pytest.raises(RuntimeError), database.transaction() as session:
        session.add(model.Cluster(name="INFOBALT", country="LT"))
        session.flush()
        raise RuntimeError("boom")
    with database.session() as session:
        assert session.scalars(select(model.Cluster)).all() == []


def test_postgres_and_sqlite_agree_on_unicode_and_json(database: Database) -> None:
    with database.transaction() as session:
        session.add(
            model.Cluster(name="Kraków Film Cluster", country="PL", sectors=["film", "TV"], facts={"founded": 2015})
        )
    with database.session() as session:
        cluster = session.scalars(select(model.Cluster)).one()
        assert cluster.name == "Kraków Film Cluster"
        assert cluster.sectors == ["film", "TV"] and cluster.facts == {"founded": 2015}


def test_reopening_a_head_database_does_nothing(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    open_database(sqlite_url(path)).close()
    db = open_database(sqlite_url(path))
    try:
        assert db.report is not None and not db.report.upgraded and db.report.backup is None
    finally:
        db.close()


def test_model_and_migrations_agree(database: Database) -> None:
    """``alembic check`` on both backends: the ORM model needs no new migration."""
    from alembic import command

    from matchmaker.db.migrate import alembic_config

    with database.engine.connect() as connection:
        command.check(alembic_config(connection))
