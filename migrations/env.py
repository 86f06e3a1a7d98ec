"""Alembic environment. The config is built in code by matchmaker.db.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from matchmaker.core.model import Base
from matchmaker.db.engine import make_engine
from matchmaker.db.url import resolve_database_url

target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(resolve_database_url())
    with engine.begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Matchmaker migrations run online only")
run_migrations_online()
