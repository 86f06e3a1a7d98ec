"""kill -9 in the middle of a long command: the database opens, passes integrity_check, and holds all or none.

Each command runs in a subprocess on a SQLite file; it is killed (SIGKILL, no clean-up) at a
different point of its work each run: after its n-th progress line plus a jitter. Afterwards the
file is checked with ``PRAGMA integrity_check``, opened by Matchmaker (which must need no repair),
and the rows the command writes are counted: the outcome must be "none" or "all".

``MATCHMAKER_KILL_RUNS`` (default 2) sets the runs per command; each test prints its tally.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from matchmaker.core.demo import load_demo
from matchmaker.core.progress import run_job
from matchmaker.db import open_database
from tests.reliability.sqlite_files import count, empty_database, integrity

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("MATCHMAKER_KILL_RUNS", "2"))
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kill") / "demo.db"
    db = open_database(str(path), daily_backup=False)
    with db.transaction() as session:
        run_job(load_demo(session))
    db.close()
    return path


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return empty_database(tmp_path_factory, "kill")


def _kill_during(args: list[str], progress_lines: int, jitter: float, timeout: float = 120) -> str:
    """Run ``matchmaker ARGS``; SIGKILL it ``jitter`` s after its ``progress_lines``-th stderr line.

    Returns 'killed' or 'finished' (when it ended before the kill point).
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "matchmaker", *args], env=env, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stderr.readline, "")), daemon=True)  # type: ignore[union-attr]
    reader.start()
    deadline = time.monotonic() + timeout
    while len(lines) < progress_lines and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(jitter)
    outcome = "finished" if proc.poll() is not None else "killed"
    if outcome == "killed":
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=5)
    if outcome == "finished":
        assert proc.returncode == 0, "".join(lines)
    return outcome


def _campaign(
    name: str,
    template: Path,
    tmp_path: Path,
    args: Callable[[Path], list[str]],
    classify: Callable[[Path], str],
    *,
    lines: tuple[int, int],
    jitter: tuple[float, float],
    capsys: pytest.CaptureFixture[str],
) -> Counter[str]:
    """Run the kill ``RUNS`` times; returns the tally of outcomes ('none', 'all', or 'INCONSISTENT: ...')."""
    rng = random.Random(name)
    tally: Counter[str] = Counter()
    for run in range(RUNS):
        path = tmp_path / f"{name}-{run}.db"
        shutil.copyfile(template, path)
        process = _kill_during(args(path), rng.randint(*lines), rng.uniform(*jitter))
        assert integrity(path) == "ok", f"{name} run {run}: integrity_check failed"
        open_database(str(path), daily_backup=False).close()  # opens with no repair needed
        assert integrity(path) == "ok"
        tally[f"{process}/{classify(path)}"] += 1
    consistent = sum(n for key, n in tally.items() if "INCONSISTENT" not in key)
    with capsys.disabled():
        print(f"\nkill-test {name}: runs={RUNS} consistent={consistent} {dict(tally)}")
    return tally


def _assert_consistent(tally: Counter[str]) -> None:
    bad = [key for key in tally if "INCONSISTENT" in key]
    assert not bad, tally
    assert sum(tally.values()) == RUNS


def test_kill_generate(empty_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def classify(path: Path) -> str:
        orgs = count(path, "SELECT count(*) FROM organisation")
        people = count(path, "SELECT count(*) FROM person")
        if orgs == people == 0:
            return "none"
        if orgs == 8_000 and people > 8_000:
            return "all"
        return f"INCONSISTENT: {orgs} organisations"

    tally = _campaign("generate", empty_template, tmp_path,
                      lambda p: ["--db", str(p), "generate", "--organisations", "8000"], classify,
                      lines=(1, 3), jitter=(0.0, 0.5), capsys=capsys)  # fmt: skip
    _assert_consistent(tally)
    assert any(key.startswith("killed/none") for key in tally), "the kills must land mid-operation"


def test_kill_demo(empty_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def classify(path: Path) -> str:
        counts = [count(path, f"SELECT count(*) FROM {t}") for t in ("organisation", "event", "meeting_request")]
        if counts == [0, 0, 0]:
            return "none"
        if counts[0] > 40 and counts[1] == 1 and counts[2] > 20:
            return "all"
        return f"INCONSISTENT: {counts}"

    tally = _campaign("demo", empty_template, tmp_path, lambda p: ["--db", str(p), "demo"], classify,
                      lines=(1, 3), jitter=(0.0, 0.3), capsys=capsys)  # fmt: skip
    _assert_consistent(tally)


def test_kill_schedule_save(demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def classify(path: Path) -> str:
        runs = count(path, "SELECT count(*) FROM schedule_run")
        meetings = count(path, "SELECT count(*) FROM meeting")
        placed = count(path, "SELECT count(*) FROM meeting WHERE slot_id IS NOT NULL AND table_id IS NOT NULL")
        if runs == meetings == 0:
            return "none"
        if runs == 1 and meetings > 20 and placed == meetings:
            return "all"
        return f"INCONSISTENT: {runs} runs, {meetings} meetings, {placed} placed"

    tally = _campaign("schedule", demo_template, tmp_path,
                      lambda p: ["--db", str(p), "schedule", "--event", "1", "--time-limit", "1.5", "--workers", "2"],
                      classify, lines=(3, 6), jitter=(0.0, 0.4), capsys=capsys)  # fmt: skip
    _assert_consistent(tally)


def test_kill_catalogue_publish(demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def classify(path: Path) -> str:
        published = count(path, "SELECT count(*) FROM catalogue_publication")
        out = path.with_suffix(".mmcat")
        if published == 0 and not out.exists():
            return "none"
        if published == 1 and out.exists() and out.stat().st_size > 1000:
            return "all"
        return f"INCONSISTENT: {published} publications, file {'exists' if out.exists() else 'missing'}"

    tally = _campaign("catalogue-publish", demo_template, tmp_path,
                      lambda p: ["--db", str(p), "catalogue", "publish", "--event", "1", "--out",
                                 str(p.with_suffix(".mmcat"))],
                      classify, lines=(1, 4), jitter=(0.0, 0.2), capsys=capsys)  # fmt: skip
    _assert_consistent(tally)


def test_kill_export(demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An export (the event's scheduling problem file): the file is absent or complete, never half-written."""
    import json

    def classify(path: Path) -> str:
        out = path.with_suffix(".problem.json")
        leftovers = [p.name for p in path.parent.glob(out.name + "*") if p != out]
        if not out.exists():
            return "none" if not leftovers else f"none (temporary file left: {leftovers})"
        try:
            document = json.loads(out.read_text(encoding="utf-8"))
        except ValueError:
            return "INCONSISTENT: a half-written export"
        return "all" if document.get("meetings") else "INCONSISTENT: an empty export"

    tally = _campaign("export-problem", demo_template, tmp_path,
                      lambda p: ["--db", str(p), "export", "problem", "--event", "1",
                                 str(p.with_suffix(".problem.json"))],
                      classify, lines=(0, 0), jitter=(0.5, 4.0), capsys=capsys)  # fmt: skip
    _assert_consistent(tally)


def test_kill_pdf_export(demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A PDF export (name badges): the PDF is absent or whole (ends with %%EOF), never truncated."""

    def classify(path: Path) -> str:
        out = path.with_suffix(".badges.pdf")
        if not out.exists():
            return "none"
        data = out.read_bytes()
        return "all" if data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF") else "INCONSISTENT: truncated PDF"

    tally = _campaign("export-badges", demo_template, tmp_path,
                      lambda p: ["--db", str(p), "export", "badges", "--event", "1", "--out",
                                 str(p.with_suffix(".badges.pdf"))],
                      classify, lines=(1, 2), jitter=(0.0, 0.4), capsys=capsys)  # fmt: skip
    _assert_consistent(tally)


def _organisations_csv(path: Path, rows: int) -> Path:
    import csv

    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "country", "city", "contact_name", "contact_email", "contact_consent"])
        for i in range(rows):
            writer.writerow([f"Šviesa Studija {i}", "LT", "Kaunas", f"Rūta Žukauskaitė {i}",
                             f"ruta{i}@example.org", "taip" if i % 3 else "ne"])  # fmt: skip
    return path


def test_kill_import(empty_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _organisations_csv(tmp_path / "organisations.csv", 3000)

    def classify(path: Path) -> str:
        orgs = count(path, "SELECT count(*) FROM organisation")
        people = count(path, "SELECT count(*) FROM person")
        if orgs == people == 0:
            return "none"
        if orgs == people == 3000:
            return "all"
        return f"INCONSISTENT: {orgs} organisations, {people} people"

    tally = _campaign("import", empty_template, tmp_path,
                      lambda p: ["--db", str(p), "import", "organisations", str(source)], classify,
                      lines=(1, 8), jitter=(0.0, 0.3), capsys=capsys)  # fmt: skip
    _assert_consistent(tally)
