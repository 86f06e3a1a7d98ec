"""Export to CSV and XLSX, formula neutralising, and the round trip into an empty database."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from matchmaker.core.demo import load_demo
from matchmaker.core.errors import MatchmakerError
from matchmaker.core.model import Event, Organisation, Participation, Person, Slot
from matchmaker.core.progress import run_job
from matchmaker.core.tabular import ImportOptions, export_organisations, export_participants, import_file
from matchmaker.db import Database, open_database

from ..conftest import fresh_postgres_url


def _snapshot(session: Session) -> list[tuple[object, ...]]:
    """Everything the canonical columns carry, in a comparable form."""
    rows = []
    for org in session.scalars(select(Organisation)):
        rows.append(
            (
                org.name,
                org.country,
                org.city,
                org.org_type,
                org.size_band,
                org.website,
                org.description,
                sorted(m.cluster.name for m in org.memberships),
                sorted(c.code for c in org.capabilities),
                sorted(o.title for o in org.offers()),
                sorted(o.title for o in org.requests()),
                sorted((p.name, p.email, p.phone, p.consent_to_publish) for p in org.people),
            )
        )
    return sorted(rows, key=repr)


@pytest.fixture
def empty_database(request: pytest.FixtureRequest, db_url: URL, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A second fresh database on the same backend as ``database``."""
    if db_url.get_backend_name() == "sqlite":
        db = open_database(f"sqlite:///{tmp_path / 'empty.db'}")
        yield db
        db.close()
        return
    admin, template = request.getfixturevalue("_pg_template")
    url, drop = fresh_postgres_url(admin, template)
    db = open_database(url)
    yield db
    db.close()
    drop()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_into_an_empty_database(
    database: Database, empty_database: Database, tmp_path: Path, suffix: str
) -> None:
    with database.transaction() as session:
        run_job(load_demo(session))
        # awkward values: formulas, a list item holding ';', line breaks, diacritics
        org = session.scalars(select(Organisation).order_by(Organisation.id)).first()
        assert org is not None
        org.description = "=cmd|' /C calc'!A0\nsecond line; with ąčęėįšųūž łńóśźż øåæ"
        org.opportunities[0].title = "+Offer; with a semicolon"
        org.people.append(Person(name="@Formula Person", email="f@example.org", phone="+370 600 12345"))
        before = _snapshot(session)
    path = tmp_path / f"organisations{suffix}"
    with database.transaction() as session:
        rows = run_job(export_organisations(session, path))
    assert rows >= len(before)
    with empty_database.transaction() as session:
        report = run_job(import_file(session, path, ImportOptions()))
    assert report.outcome == "imported"
    assert not report.errors
    with empty_database.session() as session:
        assert _snapshot(session) == before
    # and exporting again gives the same file content
    again = tmp_path / f"again{suffix}"
    with empty_database.transaction() as session:
        run_job(export_organisations(session, again))
    if suffix == ".csv":
        assert again.read_bytes() == path.read_bytes()


def test_formula_cells_are_neutralised(database: Database, tmp_path: Path) -> None:
    with database.transaction() as session:
        org = Organisation(
            name='=HYPERLINK("http://evil")', name_key="hyperlink", country="LT", description="@SUM(A1)", city="-2+3"
        )
        org.people.append(Person(name="Tab", phone="\t+1", email="tab@example.org"))
        session.add(org)
    csv_path, xlsx_path = tmp_path / "o.csv", tmp_path / "o.xlsx"
    with database.transaction() as session:
        run_job(export_organisations(session, csv_path))
        run_job(export_organisations(session, xlsx_path))
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    cells = dict(zip(header, row, strict=True))
    assert cells["name"] == '\'=HYPERLINK("http://evil")'
    assert cells["description"] == "'@SUM(A1)"
    assert cells["city"] == "'-2+3"
    assert cells["contact_phone"] == "'\t+1"
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    workbook = openpyxl.load_workbook(xlsx_path)
    sheet = workbook.active
    assert sheet is not None
    name_cell = sheet["A2"]
    assert name_cell.data_type == "s"  # text, never a formula
    assert name_cell.value == '=HYPERLINK("http://evil")'
    assert name_cell.quotePrefix
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)


def test_participants_export_and_round_trip(database: Database, empty_database: Database, tmp_path: Path) -> None:
    for db in (database, empty_database):
        with db.transaction() as session:
            event = Event(name="B2B 2026")
            event.slots = [
                Slot(starts_at=datetime(2026, 5, 5, 9, 0), ends_at=datetime(2026, 5, 5, 9, 20)),
                Slot(starts_at=datetime(2026, 5, 5, 9, 30), ends_at=datetime(2026, 5, 5, 9, 50)),
            ]
            session.add(event)
    with database.transaction() as session:
        event = session.scalars(select(Event)).one()
        org = Organisation(name="Etronika", name_key="etronika", country="LT")
        org.people.append(Person(name="Jonas", email="jonas@etronika.lt", consent_to_publish=True))
        session.add(Participation(event=event, organisation=org, delegates=3, unavailable_slots=[event.slots[1]]))
    path = tmp_path / "participants.xlsx"
    with database.transaction() as session:
        assert run_job(export_participants(session, path, "B2B 2026")) == 1
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows[0]
    assert header[-3:] == ["event", "delegates", "unavailable"]
    assert rows[1][-3:] == ["B2B 2026", "3", "2026-05-05 09:30"]
    with empty_database.transaction() as session:
        report = run_job(import_file(session, path, ImportOptions(kind="participants")))
    assert report.counts["participants_added"] == 1
    with empty_database.session() as session:
        participation = session.scalars(select(Participation)).one()
        assert participation.delegates == 3
        assert [s.starts_at for s in participation.unavailable_slots] == [datetime(2026, 5, 5, 9, 30)]
        assert participation.organisation.people[0].consent_to_publish is True


def test_export_refuses_unknown_formats_and_leaves_no_partial_file(database: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with database.transaction() as session:
        session.add(Organisation(name="Etronika", name_key="etronika", country="LT"))
    with database.transaction() as session, pytest.raises(MatchmakerError, match=r"export to a .csv or .xlsx file"):
        run_job(export_organisations(session, out / "x.pdf"))
    with database.transaction() as session, pytest.raises(MatchmakerError, match="Cannot write"):
        run_job(export_organisations(session, out / "missing-folder" / "x.csv"))
    with database.transaction() as session:
        job = export_organisations(session, out / "cancelled.xlsx")
        next(job)
        job.close()  # cancelled mid-way: no file, no leftover .partial
    assert list(out.iterdir()) == []
