"""PDF documents: text extracted with pypdf and compared with the database."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from matchmaker.core.documents import build_report
from matchmaker.core.documents.files import agenda_file_name
from matchmaker.core.model import FeedbackOutcome, Meeting, MeetingFeedback, MeetingStatus, Organisation, Person
from matchmaker.core.progress import run_job
from matchmaker.ui.documents import Paper, export_agendas_pdf, export_document
from matchmaker.ui.documents.sheets import checkin_html

from .conftest import ScheduledDemo

A4 = (595, 842)
LETTER = (612, 792)


def _pages(path: Path, *, layout: bool = False) -> list[str]:
    """The text of each page, by poppler's pdftotext (pypdf is ten times slower on embedded CID fonts)."""
    command = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(command, capture_output=True, check=True).stdout
    pages = text.decode("utf-8").split("\f")
    return [_flat(page) for page in pages[:-1]]


def _size(path: Path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_agenda_pdfs_show_meetings_partners_tables_and_regional_letters(
    sqlite_demo: ScheduledDemo, tmp_path: Path
) -> None:
    data = sqlite_demo.data()
    result = run_job(export_agendas_pdf(data, tmp_path))
    assert len(result.files) == len(data.parties) and not list(tmp_path.glob("*.part"))
    everything = ""
    for party in data.parties_sorted():
        path = tmp_path / agenda_file_name(party.participation_id, party.name, ".pdf")
        pages = _pages(path)
        text = _flat(" ".join(pages))
        everything += text
        assert _size(path) == A4
        assert f"Agenda of {party.name}" in text and data.name in text
        assert "10–11 October 2018" in text and "Europe/Vilnius (EEST)" in text
        for entry in data.agenda(party.participation_id).meetings:
            assert entry.partner is not None and entry.meeting is not None
            assert f"{entry.starts_at:%H:%M}–{entry.ends_at:%H:%M}" in text
            assert entry.partner.name in text and entry.meeting.table in text
            for person in entry.partner.people:
                assert (person.email in text) == person.published, "contacts only with consent"
        for entry in data.agenda(party.participation_id).entries:
            if entry.is_break:
                assert f"{entry.starts_at:%H:%M}–{entry.ends_at:%H:%M} {entry.label}" in text
        assert f"Page 1 of {len(pages)}" in pages[0]
    for word in ("Užupio Programuotojai", "Bø Sikkerhet", "Małgorzata Dąbrowski", "Rūta Vaitkevičiūtė", "Ålborg"):
        assert word in everything, word
    for letter in "ąėłøž":
        assert letter in everything


def test_combined_agendas_start_each_participant_on_a_new_page_on_letter(
    sqlite_demo: ScheduledDemo, tmp_path: Path
) -> None:
    data = sqlite_demo.data()
    chosen = data.parties_sorted()[:5]
    result = run_job(export_agendas_pdf(data, tmp_path, chosen, combined=True, paper=Paper.LETTER))
    [path] = result.files
    assert _size(path) == LETTER
    pages = _pages(path)
    starts = [i for i, page in enumerate(pages) if "Agenda of " in page]
    assert len(starts) == 5 and starts[0] == 0
    for index, party in zip(starts, chosen, strict=True):
        assert f"Agenda of {party.name}" in _flat(pages[index])
        assert "Page 1 of" in pages[index]


def test_user_text_is_never_markup(sqlite_demo: ScheduledDemo, tmp_path: Path) -> None:
    with sqlite_demo.database.transaction() as session:
        meeting = session.scalars(select(Meeting).order_by(Meeting.id)).first()
        assert meeting is not None
        org = session.get(Organisation, meeting.request.invitee.organisation_id)
        assert org is not None
        org.name = "<b>Evil</b> & <img src='x'> Co"
        requester = meeting.request.requester_id
    data = sqlite_demo.data()
    [path] = run_job(export_agendas_pdf(data, tmp_path, [data.parties[requester]])).files
    assert "<b>Evil</b> & <img src='x'> Co" in _flat(" ".join(_pages(path)))


def test_door_sheets_have_one_page_per_table_with_its_meetings(sqlite_demo: ScheduledDemo, tmp_path: Path) -> None:
    data = sqlite_demo.data()
    target = tmp_path / "tables.pdf"
    run_job(export_document("tables", data, target))
    pages = _pages(target)
    used = [t for t in data.tables if any(m.table == t for m in data.meetings)]
    assert len(pages) == len(used), "one page per table"
    for table, page in zip(used, pages, strict=True):
        text = _flat(page)
        assert text.startswith(f"Table {table} ")
        for m in (m for m in data.meetings if m.table == table):
            assert f"{m.starts_at:%H:%M}–{m.ends_at:%H:%M}" in text
            assert data.parties[m.requester_id].name in text and data.parties[m.invitee_id].name in text


def test_checkin_list_and_badges(sqlite_demo: ScheduledDemo, tmp_path: Path) -> None:
    data = sqlite_demo.data()
    run_job(export_document("checkin", data, tmp_path / "checkin.pdf"))
    text = _flat(" ".join(_pages(tmp_path / "checkin.pdf")))
    assert "Check-in desk list" in text and f"{len(data.parties)} participants" in text
    assert all(p.name in text for p in data.parties.values())
    html = checkin_html(data)
    positions = [html.find(f"<b>{p.name}</b>") for p in data.parties_sorted()]
    assert all(pos >= 0 for pos in positions) and positions == sorted(positions), "alphabetical, accents ignored"
    run_job(export_document("badges", data, tmp_path / "badges.pdf"))
    run_job(export_document("badges", data, tmp_path / "badges-a6.pdf", Paper.A6))
    four, one = _pages(tmp_path / "badges.pdf"), _pages(tmp_path / "badges-a6.pdf")
    expected = sum(max(1, p.delegates) for p in data.parties.values())
    assert len(one) == expected and len(four) == -(-expected // 4)
    assert _size(tmp_path / "badges-a6.pdf") == (297, 420)
    with sqlite_demo.database.session() as session:
        delegate = session.scalars(select(Person).where(Person.name == "Rūta Vaitkevičiūtė")).one()
        org_name = delegate.organisation.name
    page = next(p for p in one if "Rūta Vaitkevičiūtė" in p)
    assert org_name in _flat(page) and data.name in _flat(page)


def test_event_report_counts_outcomes_no_shows_and_country_pairs(sqlite_demo: ScheduledDemo, tmp_path: Path) -> None:
    with sqlite_demo.database.transaction() as session:
        meetings = session.scalars(select(Meeting).order_by(Meeting.id)).all()
        for m in meetings[:30]:
            m.status = MeetingStatus.HELD
            session.add(MeetingFeedback(meeting=m, participation_id=m.request.requester_id,
                                        outcome=FeedbackOutcome.COOPERATION_POSSIBLE))  # fmt: skip
        for m in meetings[30:34]:
            m.status = MeetingStatus.NO_SHOW
            m.no_show_participation_id = m.request.invitee_id
        meetings[34].status = MeetingStatus.CANCELLED
    data = sqlite_demo.data()
    report = build_report(data)
    assert (report.held, report.no_shows, report.outcomes[FeedbackOutcome.COOPERATION_POSSIBLE]) == (30, 4, 30)
    assert report.planned == len(meetings) - 1
    assert sum(report.country_pairs.values()) == len(meetings) - 1
    target = tmp_path / "report.pdf"
    run_job(export_document("report", data, target))
    reader = PdfReader(target)
    text = _flat(" ".join(_pages(target)))
    assert "Cooperation" in _flat(reader.pages[0].extract_text() or ""), "pypdf reads it too"
    assert "Event report" in text and f"30 of {len(meetings) - 1} planned meetings held" in text
    assert "Cooperation possible 30 100 %" in text
    assert "Top capability pairs" in text and report.capability_pairs[0][0] in text
    images = sum(len(page.images) for page in reader.pages)
    assert images == 3, "the three charts are embedded"


@pytest.mark.parametrize("kind", ["agendas", "report"])
def test_a_cancelled_pdf_export_leaves_no_half_file(sqlite_demo: ScheduledDemo, tmp_path: Path, kind: str) -> None:
    data = sqlite_demo.data()
    out = tmp_path / "out"
    if kind == "agendas":
        job = export_agendas_pdf(data, out, combined=True)
    else:
        job = export_document("report", data, out / "report.pdf")
    next(job)
    next(job)
    job.close()
    assert list(out.iterdir()) == [], "nothing left behind"
