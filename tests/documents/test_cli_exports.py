"""``matchmaker export ...`` end to end, in-process."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from icalendar import Calendar
from openpyxl import load_workbook

from .conftest import ScheduledDemo

Run = Callable[..., tuple[int, str, str]]


def _exporter(demo: ScheduledDemo, run_cli: Run) -> Run:
    def run(*args: str) -> tuple[int, str, str]:
        return run_cli("--db", str(demo.database.url.database), "export", *args)  # type: ignore[no-any-return]

    return run


def _uids(files: list[str]) -> set[str]:
    return {str(e["UID"]) for f in files for e in Calendar.from_ical(Path(f).read_bytes()).walk("VEVENT")}


def test_export_agendas_in_every_format(sqlite_demo: ScheduledDemo, tmp_path: Path, run_cli: Run) -> None:
    export = _exporter(sqlite_demo, run_cli)
    data = sqlite_demo.data()
    code, out, err = export("agendas", "--event", "1", "--format", "ics", "--out", str(tmp_path / "ics"), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert len(report["files"]) == len(data.parties) + 1 and report["meetings"] == len(data.meetings)
    code, out, err = export("agendas", "--event", data.name, "--format", "ics", "--out", str(tmp_path / "2"), "--json")
    assert _uids(json.loads(out)["files"]) == _uids(report["files"]), "the database id behind the UIDs is kept"
    code, out, err = export("agendas", "--event", "1", "--format", "xlsx", "--out", str(tmp_path))
    assert code == 0 and "Wrote 1 file(s)" in out
    [xlsx] = tmp_path.glob("schedule-*.xlsx")
    assert "Participants" in load_workbook(xlsx).sheetnames
    party = data.party("Bø Sikkerhet AS")
    code, out, err = export(
        "agendas", "--event", "1", "--format", "csv", "--out", str(tmp_path), "--participant", party.name
    )
    [csv_file] = tmp_path.glob("meetings-*.csv")
    rows = csv_file.read_text("utf-8-sig").splitlines()
    assert len(rows) == 1 + len(data.meetings_of(party.participation_id, cancelled=True))
    pdf_args = ["--participant", str(party.participation_id), "--paper", "letter", "--json"]
    code, out, err = export("agendas", "--event", "1", "--format", "pdf", "--out", str(tmp_path / "pdf"), *pdf_args)
    assert code == 0, err
    [pdf] = json.loads(out)["files"]
    assert Path(pdf).name.startswith(f"agenda-{party.participation_id:04d}-bo-sikkerhet")
    assert Path(pdf).read_bytes().startswith(b"%PDF-")


def test_export_documents_and_clear_errors(sqlite_demo: ScheduledDemo, tmp_path: Path, run_cli: Run) -> None:
    export = _exporter(sqlite_demo, run_cli)
    for kind in ("tables", "badges", "checkin"):
        code, _out, err = export(kind, "--event", "1", "--out", str(tmp_path / kind))
        assert code == 0, err
        assert (tmp_path / f"{kind}.pdf").read_bytes().startswith(b"%PDF-")
    code, _out, err = export("report", "--event", "Bridge 2 Busines Vilnius 2018 (demo", "--out", str(tmp_path / "r"))
    assert code != 0 and "Did you mean 'Bridge 2 Business Vilnius 2018 (demo)'" in err
    code, _out, err = export(
        "agendas", "--event", "1", "--format", "pdf", "--out", str(tmp_path), "--participant", "X Ltd"
    )
    assert code != 0 and "'X Ltd' does not take part" in err and "Traceback" not in err
    code, _out, err = export("agendas", "--event", "1", "--format", "ics", "--out", str(tmp_path / "tables.pdf"))
    assert code != 0 and "is a file" in err
    code, _out, err = export("agendas", "--event", "1", "--format", "csv", "--combined", "--out", str(tmp_path))
    assert code != 0 and "--combined only applies to --format pdf" in err
    assert not list(tmp_path.rglob("*.part"))
