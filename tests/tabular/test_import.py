"""Importing organisations and participants into SQLite and PostgreSQL: report, all-or-nothing, duplicates."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from matchmaker.core.errors import ValidationFailed
from matchmaker.core.model import (
    ChangeLog,
    Cluster,
    Event,
    Membership,
    Organisation,
    OrgType,
    Participation,
    Person,
    SizeBand,
    Slot,
    SlotKind,
)
from matchmaker.core.progress import run_job
from matchmaker.core.tabular import ImportOptions, apply_plan, auto_map, import_file, plan_import, read_table
from matchmaker.core.text import name_key
from matchmaker.db import Database

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
LT_FILE = FIXTURES / "members-lt-bom-semicolon.csv"


def _import(database: Database, path: Path, **options: object) -> object:
    with database.transaction() as session:
        return run_job(import_file(session, path, ImportOptions(**options)))  # type: ignore[arg-type]


def _count(database: Database, model: type) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _orgs(session: Session) -> dict[str, Organisation]:
    query = select(Organisation).options(
        selectinload(Organisation.people), selectinload(Organisation.capabilities),
        selectinload(Organisation.memberships).selectinload(Membership.cluster),
        selectinload(Organisation.opportunities),
    )  # fmt: skip
    return {org.name: org for org in session.scalars(query)}


def test_invalid_rows_refuse_the_whole_file(database: Database) -> None:
    report = _import(database, LT_FILE)
    assert report.outcome == "refused"  # type: ignore[attr-defined]
    assert report.invalid_rows == [8, 9]  # type: ignore[attr-defined]
    described = [issue.describe() for issue in report.errors]  # type: ignore[attr-defined]
    assert described == [
        "error: members-lt-bom-semicolon.csv, row 8, column 'El. paštas': 'janis(at)bytes' is not a valid e-mail "
        "address",
        "error: members-lt-bom-semicolon.csv, row 9, column 'Šalis': unknown country 'Atlantis' (use an ISO code such "
        "as LT, or a name)",
    ]
    assert _count(database, Organisation) == 0
    assert _count(database, Person) == 0


def test_dry_run_writes_nothing_and_counts(database: Database) -> None:
    report = _import(database, LT_FILE, dry_run=True, skip_invalid=True)
    assert report.outcome == "dry-run"  # type: ignore[attr-defined]
    assert report.counts["to_create"] == 5  # type: ignore[attr-defined]
    assert _count(database, Organisation) == 0
    assert _count(database, Cluster) == 0


def test_skip_invalid_imports_the_valid_rows_cleanly(database: Database) -> None:
    report = _import(database, LT_FILE, skip_invalid=True)
    assert report.outcome == "imported"  # type: ignore[attr-defined]
    assert report.counts["created"] == 5  # type: ignore[attr-defined]
    assert report.counts["contacts_added"] == 6  # type: ignore[attr-defined]
    warnings = [issue.describe() for issue in report.warnings]  # type: ignore[attr-defined]
    assert (
        "warning: members-lt-bom-semicolon.csv, row 11, column 'Įmonės pavadinimas / Company name': repeats row 3 "
        "('UAB „Etronika“'); ignored" in warnings
    )
    assert any("row 10, column 'Aprašymas': starts like a spreadsheet formula" in w for w in warnings)
    assert any("row 12, column 'Kompetencijos': unknown capability 'Basket weaving'" in w for w in warnings)
    with database.session() as session:
        orgs = _orgs(session)
        assert sorted(orgs) == sorted(["UAB „Etronika“", "Šiaurės Žvaigždė", "Nordic Games AS",
                                       "Łódzka Fabryka Ćwiczeń sp. z o.o.", "Ærø Ølstudio ApS"])  # fmt: skip
        etronika = orgs["UAB „Etronika“"]  # the NBSP became a plain space
        assert (etronika.country, etronika.city, etronika.org_type) == ("LT", "Vilnius", OrgType.COMPANY)
        assert etronika.size_band == SizeBand.SMALL
        assert etronika.website == "https://www.etronika.lt"
        assert etronika.name_key == name_key("Etronika")
        assert sorted(p.email or "" for p in etronika.people) == ["jonas@etronika.lt", "ruta@etronika.lt"]
        jonas = next(p for p in etronika.people if p.name == "Jonas Jonaitis")
        assert (jonas.phone, jonas.consent_to_publish, jonas.consent_at is not None) == ("+370 600 00001", True, True)
        assert {c.code for c in etronika.capabilities} >= {"digital.cloud"}
        assert [o.title for o in etronika.offers()] == ["Debesijos paslaugos"]
        assert [o.title for o in etronika.requests()] == ["Partneriai Norvegijoje"]
        assert [m.cluster.name for m in etronika.memberships] == ["Lithuanian ICT Cluster"]
        star = orgs["Šiaurės Žvaigždė"]
        assert sorted(m.cluster.name for m in star.memberships) == ["Kino klasteris", "Vilnius Film Cluster"]
        assert star.description == "Kūrybinė studija; ąčęėįšųūž"
        assert [o.title for o in star.offers()] == ["Vizualiniai efektai"]
        assert [c.code for c in star.capabilities] == ["av.post.vfx"]
        assert orgs["Nordic Games AS"].description.startswith("=HYPERLINK(")
        assert orgs["Nordic Games AS"].country == "NO"
        assert orgs["Łódzka Fabryka Ćwiczeń sp. z o.o."].city == "Łódź"
        assert orgs["Ærø Ølstudio ApS"].country == "DK"
        # bulk inserts are visible to team-mode clients through the change log
        logged = set(session.scalars(select(ChangeLog.table_name)))
        assert {"organisation", "person", "membership", "opportunity", "cluster"} <= logged


def test_importing_the_same_file_twice_creates_nothing_new(database: Database) -> None:
    _import(database, LT_FILE, skip_invalid=True)
    before = [_count(database, model) for model in (Organisation, Person, Cluster, Membership)]
    report = _import(database, LT_FILE, skip_invalid=True)
    assert report.counts["unchanged"] == 5  # type: ignore[attr-defined]
    assert report.counts["created"] == 0  # type: ignore[attr-defined]
    assert [_count(database, model) for model in (Organisation, Person, Cluster, Membership)] == before


def test_update_adds_and_changes_but_never_erases(database: Database, tmp_path: Path) -> None:
    _import(database, LT_FILE, skip_invalid=True)
    changed = tmp_path / "changed.csv"
    changed.write_text(
        "Company,Country,City,Website,Contact person,E-mail,Consent,Offers\n"
        "Etronika,LT,Kaunas,,Jonas Jonaitis,jonas@etronika.lt,no,VR studio\n"
        "Etronika,LT,,,Naujas Žmogus,naujas@etronika.lt,yes,\n",
        encoding="utf-8",
    )
    report = _import(database, changed)
    assert report.counts["updated"] == 1  # type: ignore[attr-defined]
    assert report.counts["contacts_added"] == 1  # type: ignore[attr-defined]
    assert report.counts["contacts_updated"] == 1  # type: ignore[attr-defined]
    with database.session() as session:
        etronika = _orgs(session)["UAB „Etronika“"]
        assert etronika.city == "Kaunas"
        assert etronika.website == "https://www.etronika.lt"  # an empty cell does not erase
        assert sorted(o.title for o in etronika.offers()) == ["Debesijos paslaugos", "VR studio"]
        people = {p.name: p for p in etronika.people}
        assert sorted(people) == ["Jonas Jonaitis", "Naujas Žmogus", "Rūta Žemaitė"]
        assert people["Jonas Jonaitis"].consent_to_publish is False
        assert people["Jonas Jonaitis"].consent_at is None


def test_duplicate_policies_and_per_row_choices(database: Database, tmp_path: Path) -> None:
    _import(database, LT_FILE, skip_invalid=True)
    again = tmp_path / "again.csv"
    again.write_text("Name,Country,City\nEtronika UAB,LT,Klaipėda\nEtronica,LT,Klaipėda\nNordic Games,NO,Bergen\n")
    skipped = _import(database, again, on_duplicate="skip")
    assert skipped.counts["skipped"] == 2  # type: ignore[attr-defined]
    assert skipped.counts["created"] == 1  # 'Etronica' is only similar: created, with a warning
    assert any("'Etronica' looks like the existing 'UAB „Etronika“'" in i.message for i in skipped.warnings)
    assert _count(database, Organisation) == 6
    with database.transaction() as session:
        table = read_table(again)
        plan = run_job(plan_import(session, table, auto_map(table.headers)))
        assert [(m.exact, m.name) for _, m in sorted(plan.matches.items())] == [
            (True, "UAB „Etronika“"), (True, "Etronica"), (True, "Nordic Games AS")]  # fmt: skip
        plan.choices = {0: "create", 2: "skip"}
        report = run_job(apply_plan(session, plan, on_duplicate="update"))
        assert report.counts["created"] == 1 and report.counts["skipped"] == 1 and report.counts["unchanged"] == 1
    with database.session() as session:
        cities = sorted((o.name, o.city or "") for o in session.scalars(select(Organisation)) if o.country != "DK")
    assert ("Etronika UAB", "Klaipėda") in cities  # created on request, next to the original
    assert ("Nordic Games AS", "Oslo") in cities  # skipped


def test_near_duplicates_can_be_merged_with_on_similar(database: Database, tmp_path: Path) -> None:
    _import(database, LT_FILE, skip_invalid=True)
    typo = tmp_path / "typo.csv"
    typo.write_text("Name,Country,City\nSiaures Zvaigzdes,LT,Vilnius\n")
    report = _import(database, typo, on_similar="update")
    assert report.counts["updated"] == 1  # type: ignore[attr-defined]
    with database.session() as session:
        assert _orgs(session)["Šiaurės Žvaigždė"].city == "Vilnius"
    assert _count(database, Organisation) == 5


def test_a_crash_or_cancel_leaves_nothing(database: Database) -> None:
    with pytest.raises(RuntimeError), database.transaction() as session:
        job = import_file(session, LT_FILE, ImportOptions(skip_invalid=True))
        for progress in job:
            if progress.message.startswith("Adding organisations"):
                session.flush()
                raise RuntimeError("killed")
    assert _count(database, Organisation) == 0
    # cancel: the UI closes the job mid-way; the transaction around it rolls back
    with pytest.raises(GeneratorExit), database.transaction() as session:
        job = import_file(session, LT_FILE, ImportOptions(skip_invalid=True))
        for progress in job:
            if progress.message.startswith("Adding organisations"):
                break
        next(job)  # writes the first batch
        job.close()
        raise GeneratorExit
    assert _count(database, Organisation) == 0
    assert _count(database, Cluster) == 0


def test_missing_required_columns_name_the_file(database: Database, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Firma,Miasto\nA,Kraków\n")
    with pytest.raises(ValidationFailed, match=r"bad.csv: no column for country. The columns are: Firma, Miasto"):
        _import(database, bad)
    mapped = _import(database, bad, mapping={"Miasto": "country"})
    assert mapped.errors[0].message == "unknown country 'Kraków' (use an ISO code such as LT, or a name)"


def _event(database: Database) -> int:
    with database.transaction() as session:
        event = Event(name="Bridge 2 Business 2026")
        event.slots = [
            Slot(starts_at=datetime(2026, 5, 5, 9, 0), ends_at=datetime(2026, 5, 5, 9, 20)),
            Slot(starts_at=datetime(2026, 5, 5, 9, 30), ends_at=datetime(2026, 5, 5, 9, 50)),
            Slot(starts_at=datetime(2026, 5, 5, 10, 0), ends_at=datetime(2026, 5, 5, 10, 30), kind=SlotKind.BREAK),
            Slot(starts_at=datetime(2026, 5, 6, 9, 0), ends_at=datetime(2026, 5, 6, 9, 20)),
        ]
        session.add(event)
        session.flush()
        return event.id


def test_participants_with_delegates_and_unavailable_slots(database: Database, tmp_path: Path) -> None:
    event_id = _event(database)
    path = tmp_path / "registrations.csv"
    path.write_text(
        "Organisation;Country;Contact;E-mail;Delegates;Unavailable\n"
        "Etronika;LT;Jonas;jonas@etronika.lt;2;09:30\n"
        "Nordic Games;NO;Ola;ola@ng.no;;2026-05-06 09:00\n"
        "Bad Slot;LT;;;1;09:00\n"
        "Bad Delegates;LT;;;zero;\n",
        encoding="utf-8",
    )
    refused = _import(database, path, kind="participants", event="Bridge 2 Business 2026")
    assert [i.message for i in refused.errors] == [  # type: ignore[attr-defined]
        "several days have a slot at 09:00; give the date, e.g. '2026-05-06 09:00'",
        "'zero' is not a whole number of 1 or more",
    ]
    assert _count(database, Participation) == 0
    report = _import(database, path, kind="participants", event=str(event_id), skip_invalid=True)
    assert report.counts["participants_added"] == 2  # type: ignore[attr-defined]
    with database.session() as session:
        parts = {p.organisation.name: p for p in session.scalars(select(Participation))}
        assert parts["Etronika"].delegates == 2
        assert [s.starts_at.hour * 60 + s.starts_at.minute for s in parts["Etronika"].unavailable_slots] == [570]
        assert parts["Nordic Games"].delegates == 1
        assert [s.starts_at.day for s in parts["Nordic Games"].unavailable_slots] == [6]
    again = _import(database, path, kind="participants", event=str(event_id), skip_invalid=True)
    assert again.counts["participants_unchanged"] == 2  # type: ignore[attr-defined]
    assert _count(database, Participation) == 2
    other = tmp_path / "other.csv"
    other.write_text("Name,Country,Event\nX,LT,Some other event\n")
    wrong = _import(database, other, kind="participants")
    assert wrong.errors[0].message == "no event 'Some other event'"  # type: ignore[attr-defined]
    with pytest.raises(ValidationFailed, match="choose the event"):
        _import(database, path, kind="participants")
