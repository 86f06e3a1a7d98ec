"""The change log is pruned safely: old entries go, and a client that slept through it is told to reload all."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select, update

from matchmaker.core.model import ChangeLog, Organisation, utcnow
from matchmaker.db import Database, open_database
from matchmaker.db.changes import GAP, changes_since, latest_change_id, prune_changes, pruned_through
from matchmaker.db.conflicts import save_changes


def _count(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def test_old_entries_are_pruned_at_open_and_a_sleeping_client_reloads_everything(database: Database) -> None:
    colleague = open_database(database.url, daily_backup=False, client_id="colleague")
    try:
        with database.session() as session:
            asleep_since = latest_change_id(session)  # a client that stopped reading here
        with colleague.transaction() as session:
            session.add_all([Organisation(name=f"Org {i}", country="LT") for i in range(5)])
        with database.transaction() as session:  # those five are old now
            session.execute(update(ChangeLog).values(changed_at=utcnow() - timedelta(days=30)))
        with colleague.session() as session:
            org_id = session.scalars(select(Organisation.id).order_by(Organisation.id)).first()
        assert org_id is not None
        save_changes(colleague, Organisation, org_id, 1, {"city": "Vilnius"})  # a fresh entry
        assert _count(database) == 6

        open_database(database.url, daily_backup=False).close()  # opening prunes
        assert _count(database) == 1, "only the fresh entry is left"
        with database.session() as session:
            mark = pruned_through(session)
            assert mark > asleep_since
            batch = changes_since(session, asleep_since, client=database.client_id)
            assert GAP in batch.tables and ("organisation", org_id, "update") in batch.rows
            current = changes_since(session, batch.last_id, client=database.client_id)
            assert current.rows == (), "after catching up, no gap any more"
        with database.transaction() as session:  # nothing old left: a second prune deletes nothing
            assert prune_changes(session) == 0
            assert pruned_through(session) == mark
    finally:
        colleague.close()
