"""Import a company's request file back into the organiser's database.

The file must come from a catalogue this database published (known uid, matching
checksum, valid signature under that catalogue's key), name a participant that still
exists, and be newer than any file already imported from that participant. It can only
write the sender's own meeting requests (source=participant, status pending), the
sender's own unavailable slots and shortlist, and the import record: never organiser data.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..model import (
    CataloguePublication,
    MeetingRequest,
    Organisation,
    Participation,
    RequestFileImport,
    RequestSource,
    RequestStatus,
    ShortlistEntry,
    Slot,
    SlotKind,
)
from .publish import request_key
from .requests_file import RequestFile, read_request_file
from .safety import FileRefused


@dataclass
class ImportReport:
    """What an import did (or, with dry_run, would do)."""

    file: str
    organisation: str
    participant_id: int | None
    sequence: int
    exported_at: str = ""
    status: str = "imported"  # imported | unchanged | dry-run
    added: int = 0
    updated: int = 0
    withdrawn: int = 0
    kept: int = 0  # requests the organiser already decided on; left as they are
    unavailable_added: int = 0
    unavailable_removed: int = 0
    shortlist_added: int = 0
    shortlist_removed: int = 0
    skipped: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        counts = (self.added, self.updated, self.withdrawn, self.unavailable_added, self.unavailable_removed)
        return self.status != "unchanged" and (sum(counts) + self.shortlist_added + self.shortlist_removed) > 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def import_requests(session: Session, file: Path | str, *, dry_run: bool = False) -> ImportReport:
    """Validate and merge a request file (see the module docstring); the caller commits.

    Raises FileRefused (with a message) for foreign, tampered, stale or duplicate files.
    Importing the same file again returns status 'unchanged' and writes nothing.
    """
    request = read_request_file(file)
    source = request.source
    publication = session.scalars(
        select(CataloguePublication).where(CataloguePublication.uid == request.catalogue_uid)
    ).one_or_none()
    if publication is None:
        raise FileRefused(f"{source}: not from a catalogue this database published (unknown catalogue)")
    if request.catalogue_checksum != publication.checksum:
        raise FileRefused(f"{source}: refers to a different catalogue than the one published under its id")
    if not request.signed_by(request_key(publication.secret, publication.uid)):
        raise FileRefused(f"{source}: the file was changed after it was exported (signature mismatch)")
    organisation = session.get(Organisation, request.organisation)
    if organisation is None:
        raise FileRefused(f"{source}: the sending organisation (id {request.organisation}) no longer exists")
    participation = _participation(session, publication, request, source)
    report = ImportReport(str(source), organisation.name, participation.id if participation else None,
                          request.sequence, request.exported_at.isoformat())  # fmt: skip
    if _seen_before(session, publication, request, participation, organisation, source):
        report.status = "unchanged"
        return report
    if participation is None and (request.requests or request.unavailable_slots):
        raise FileRefused(f"{source}: meeting requests need an event catalogue")
    # A savepoint, so a dry run (or any failure) leaves the caller's transaction as it was.
    savepoint = session.begin_nested()
    try:
        if participation is not None:
            _merge_requests(session, participation, request, report)
            _merge_unavailable(session, participation, request, report)
        _merge_shortlist(session, organisation, request, report)
    except BaseException:
        savepoint.rollback()
        raise
    if dry_run:
        savepoint.rollback()
        report.status = "dry-run"
        return report
    savepoint.commit()
    session.add(
        RequestFileImport(
            publication_id=publication.id,
            participation_id=participation.id if participation else None,
            organisation_id=organisation.id,
            sequence=request.sequence,
            checksum=request.checksum,
            report=report.to_json(),
        )
    )
    session.flush()
    return report


def _participation(
    session: Session, publication: CataloguePublication, request: RequestFile, source: str
) -> Participation | None:
    if publication.event_id is None:
        if publication.cluster_id is None:
            raise FileRefused(f"{source}: the event or cluster of its catalogue was deleted")
        if request.participant is not None:
            raise FileRefused(f"{source}: names a participant, but its catalogue is a cluster catalogue")
        return None
    if request.participant is None:
        raise FileRefused(f"{source}: does not say which participant sent it")
    participation = session.get(
        Participation, request.participant, options=[selectinload(Participation.unavailable_slots)]
    )
    if (
        participation is None
        or participation.event_id != publication.event_id
        or participation.organisation_id != request.organisation
    ):
        raise FileRefused(f"{source}: {request.name} is no longer a participant of the catalogue's event")
    return participation


def _seen_before(
    session: Session,
    publication: CataloguePublication,
    request: RequestFile,
    participation: Participation | None,
    organisation: Organisation,
    source: str,
) -> bool:
    """True for the very same file again; refuses other files with the same or an older sequence number."""
    sender = (
        RequestFileImport.participation_id == participation.id
        if participation is not None
        else RequestFileImport.organisation_id == organisation.id
    )
    query = select(RequestFileImport).where(RequestFileImport.publication_id == publication.id, sender)
    earlier = list(session.scalars(query))
    same = [row for row in earlier if row.sequence == request.sequence]
    if same:
        if same[0].checksum == request.checksum:
            return True
        raise FileRefused(
            f"{source}: a different file with the same number ({request.sequence}) from {request.name} "
            f"was already imported on {same[0].imported_at:%Y-%m-%d %H:%M}"
        )
    if participation is not None:
        # Files made from an earlier catalogue of the same event must not undo newer ones.
        others = session.scalars(
            select(RequestFileImport).where(
                RequestFileImport.participation_id == participation.id,
                RequestFileImport.publication_id != publication.id,
            )
        )
        stamp = request.exported_at.isoformat()
        later = [row for row in others if str(row.report.get("exported_at", "")) > stamp]
        if later:
            raise FileRefused(
                f"{source}: {request.name} already sent a newer file (exported {later[0].report['exported_at']}) "
                "from another catalogue of this event; nothing was changed"
            )
    newest = max((row.sequence for row in earlier), default=0)
    if newest > request.sequence:
        raise FileRefused(
            f"{source}: this is file {request.sequence} from {request.name}, older than file {newest} "
            "already imported; nothing was changed"
        )
    return False


def _merge_requests(session: Session, participation: Participation, request: RequestFile, report: ImportReport) -> None:
    event_id = participation.event_id
    targets = {
        org_id: part_id
        for org_id, part_id in session.execute(
            select(Participation.organisation_id, Participation.id).where(Participation.event_id == event_id)
        )
    }
    existing = {
        row.invitee_id: row
        for row in session.scalars(select(MeetingRequest).where(MeetingRequest.requester_id == participation.id))
    }
    wanted: set[int] = set()
    for item in request.requests:
        invitee = targets.get(item.organisation)
        if invitee is None or invitee == participation.id:
            report.skipped.append(f"organisation {item.organisation} is not a participant of the event")
            continue
        wanted.add(invitee)
        row = existing.get(invitee)
        if row is None:
            session.add(
                MeetingRequest(
                    event_id=event_id,
                    requester_id=participation.id,
                    invitee_id=invitee,
                    priority=item.priority,
                    message=item.message,
                    source=RequestSource.PARTICIPANT,
                    status=RequestStatus.PENDING,
                )
            )
            report.added += 1
        elif row.source == RequestSource.PARTICIPANT and row.status in (RequestStatus.PENDING, RequestStatus.CANCELLED):
            if (row.priority, row.message, row.status) != (item.priority, item.message, RequestStatus.PENDING):
                row.priority, row.message, row.status = item.priority, item.message, RequestStatus.PENDING
                report.updated += 1
        else:
            report.kept += 1  # the organiser's own request, or one already accepted or declined
    for invitee, row in existing.items():
        if invitee not in wanted and row.source == RequestSource.PARTICIPANT and row.status == RequestStatus.PENDING:
            row.status = RequestStatus.CANCELLED
            report.withdrawn += 1
    session.flush()


def _merge_unavailable(
    session: Session, participation: Participation, request: RequestFile, report: ImportReport
) -> None:
    slots = {
        slot.id: slot
        for slot in session.scalars(
            select(Slot).where(Slot.event_id == participation.event_id, Slot.kind == SlotKind.MEETING)
        )
    }
    wanted = set()
    for slot_id in request.unavailable_slots:
        if slot_id in slots:
            wanted.add(slot_id)
        else:
            report.skipped.append(f"slot {slot_id} is not a meeting slot of the event")
    current = {slot.id for slot in participation.unavailable_slots}
    report.unavailable_added = len(wanted - current)
    report.unavailable_removed = len(current - wanted)
    if wanted != current:
        participation.unavailable_slots = [slots[i] for i in sorted(wanted)]
        session.flush()


def _merge_shortlist(session: Session, organisation: Organisation, request: RequestFile, report: ImportReport) -> None:
    current = {
        row.partner_id: row
        for row in session.scalars(select(ShortlistEntry).where(ShortlistEntry.organisation_id == organisation.id))
    }
    wanted = set(request.shortlist) - {organisation.id}
    known = set(session.scalars(select(Organisation.id).where(Organisation.id.in_(wanted)))) if wanted else set()
    for partner in request.shortlist:
        if partner not in known:
            if partner != organisation.id:
                report.skipped.append(f"shortlisted organisation {partner} no longer exists")
            continue
        if partner not in current:
            session.add(ShortlistEntry(organisation_id=organisation.id, partner_id=partner))
            report.shortlist_added += 1
    for partner, row in current.items():
        if partner not in known:
            session.delete(row)
            report.shortlist_removed += 1
    session.flush()


def imported_files(session: Session, publication_uid: str | None = None) -> int:
    """How many request files were imported (for one publication when given)."""
    query = select(func.count()).select_from(RequestFileImport)
    if publication_uid is not None:
        query = query.join(CataloguePublication).where(CataloguePublication.uid == publication_uid)
    return int(session.scalar(query) or 0)
