"""Facts about a database for ``matchmaker info`` and the About dialog."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from matchmaker.core import model

from .database import Database
from .migrate import current_revision, head_revision

COUNTED = {
    "clusters": model.Cluster,
    "organisations": model.Organisation,
    "capabilities": model.Capability,
    "opportunities": model.Opportunity,
    "people": model.Person,
    "events": model.Event,
    "participations": model.Participation,
    "meeting_requests": model.MeetingRequest,
    "meetings": model.Meeting,
}


@dataclass(frozen=True)
class DatabaseInfo:
    url: str
    backend: str
    revision: str | None
    head: str
    counts: dict[str, int]


def database_info(database: Database) -> DatabaseInfo:
    with database.engine.connect() as connection:
        revision = current_revision(connection)
    with database.session() as session:
        counts = {
            name: int(session.scalar(select(func.count()).select_from(cls)) or 0) for name, cls in COUNTED.items()
        }
    return DatabaseInfo(
        url=database.display_url,
        backend=database.backend,
        revision=revision,
        head=head_revision(),
        counts=counts,
    )
