"""The master schedule read back: XLSX with openpyxl, CSV with the csv module."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from matchmaker.core.documents import export_csv, export_xlsx
from matchmaker.core.documents.tabular import CSV_COLUMNS, sheet_title
from matchmaker.core.model import Meeting, MeetingStatus, Organisation, SlotKind
from matchmaker.core.progress import run_job

from .conftest import ScheduledDemo

_FORMULA = '=HYPERLINK("http://evil.example","click")'


def _poison(demo: ScheduledDemo) -> tuple[int, str]:
    """Give one organisation a formula-looking name and cancel one meeting; returns that meeting's id and name."""
    with demo.database.transaction() as session:
        meeting = session.scalars(select(Meeting).order_by(Meeting.id)).first()
        assert meeting is not None
        org = session.get(Organisation, meeting.request.requester.organisation_id)
        assert org is not None
        org.name = _FORMULA
        cancelled = session.scalars(select(Meeting).order_by(Meeting.id.desc())).first()
        assert cancelled is not None
        cancelled.status = MeetingStatus.CANCELLED
        return cancelled.id, org.name


def test_workbook_has_a_sheet_per_day_of_slots_by_tables_and_a_participants_sheet(
    sqlite_demo: ScheduledDemo, tmp_path: Path
) -> None:
    demo = sqlite_demo
    cancelled_id, _ = _poison(demo)
    data = demo.data()
    target = tmp_path / "out" / "schedule.xlsx"
    result = run_job(export_xlsx(data, target))
    assert result.files == [target] and not list(target.parent.glob("*.part"))
    book = load_workbook(target)
    days = sorted({m.day for m in data.meetings})
    assert book.sheetnames == [*(sheet_title(d) for d in days), "Participants"]
    with demo.database.session() as session:
        meetings = session.scalars(select(Meeting).where(Meeting.event_id == demo.event_id)).all()
        expected = {}
        for m in meetings:
            if m.status == MeetingStatus.CANCELLED:
                continue
            assert m.slot is not None and m.table is not None
            one, other = m.request.requester.organisation, m.request.invitee.organisation
            expected[(sheet_title(m.slot.starts_at.date()), f"{m.slot.starts_at:%H:%M}", m.table.name)] = (
                f"{one.name} ({one.country}) × {other.name} ({other.country})"
            )
    found = {}
    for day in days:
        sheet = book[sheet_title(day)]
        assert sheet.freeze_panes == "B2"
        header = [c.value for c in sheet[1]]
        assert header == ["Time", *data.tables]
        assert sheet.column_dimensions["B"].width >= 20
        breaks = 0
        for row in sheet.iter_rows(min_row=2):
            time_range = str(row[0].value)
            if row[1].value in ("Coffee break", "Lunch"):
                breaks += 1
                continue
            for table, cell in zip(header[1:], row[1:], strict=True):
                if cell.value is not None:
                    found[(sheet.title, time_range[:5], table)] = cell.value
        assert breaks == sum(1 for s in data.slots if s.day == day and s.kind == SlotKind.BREAK)
    assert found == expected
    formula_cells = [c for s in book.worksheets for row in s.iter_rows() for c in row if c.data_type == "f"]
    assert formula_cells == [], "user text never becomes a formula"
    assert any(_FORMULA in str(v) for v in found.values())
    people = book["Participants"]
    assert people.freeze_panes == "A2"
    rows = list(people.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 2 * len(meetings), "each meeting listed for both participants"
    assert sum(1 for r in rows if r[8] == "cancelled" and r[9] == cancelled_id) == 2
    assert {r[0] for r in rows} >= {"Užupio Programuotojai UAB", "Bø Sikkerhet AS"}


def test_csv_has_one_row_per_meeting_and_defuses_formulas(demo: ScheduledDemo, tmp_path: Path) -> None:
    cancelled_id, poisoned = _poison(demo)
    data = demo.data()
    target = tmp_path / "meetings.csv"
    run_job(export_csv(data, target))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM so spreadsheets read UTF-8"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == CSV_COLUMNS
    with demo.database.session() as session:
        meetings = {m.id: m for m in session.scalars(select(Meeting).where(Meeting.event_id == demo.event_id))}
        assert sorted(int(r["meeting_id"]) for r in rows) == sorted(meetings)
        for row in rows:
            m = meetings[int(row["meeting_id"])]
            assert m.slot is not None and m.table is not None
            assert (row["date"], row["start"], row["end"]) == (
                m.slot.starts_at.date().isoformat(),
                f"{m.slot.starts_at:%H:%M}",
                f"{m.slot.ends_at:%H:%M}",
            )
            assert row["table"] == m.table.name and row["status"] == m.status.value
            assert int(row["requester_id"]) == m.request.requester_id
            name = m.request.requester.organisation.name
            assert row["requester"] == ("'" + name if name == poisoned else name)
    assert next(r for r in rows if int(r["meeting_id"]) == cancelled_id)["status"] == "cancelled"
    assert not any(v.startswith(("=", "+", "@")) for r in rows for v in r.values())
    starts = [(r["date"], r["start"]) for r in rows]
    assert starts == sorted(starts)
