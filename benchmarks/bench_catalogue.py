"""Catalogue speed: publish and open a catalogue of N organisations (default 5,000). Prints JSON.

    python benchmarks/bench_catalogue.py                  # 5,000 organisations, all participants of one event
    python benchmarks/bench_catalogue.py --organisations 20000

The target (issue 9) is opening a 5,000-organisation catalogue in 1 s or less: ``open_seconds`` is
the full validation of the file (checksum, strict schema) into value objects, ``window_seconds``
adds building the browse window on it (offscreen Qt). Median of --repeat runs. On a shared machine
the wall-clock figures depend on the neighbours, so ``*_cpu_seconds`` are reported too.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from matchmaker.core.catalogue import publish_catalogue, read_catalogue
from matchmaker.core.generate import GenerateOptions, generate_data
from matchmaker.core.model import Event
from matchmaker.core.progress import run_job
from matchmaker.db import open_database
from matchmaker.db.url import sqlite_url


def timed(work) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    started, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - started, time.process_time() - cpu, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-window", action="store_true", help="skip the Qt browse window measurement")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-catalogue-"))
    db = open_database(sqlite_url(folder / "bench.db"))
    with db.transaction() as session:
        run_job(generate_data(session, GenerateOptions(args.organisations, args.organisations, seed=7)))
    out = folder / "bench.mmcat"
    with db.transaction() as session:
        event = session.scalars(select(Event)).one()
        publish_s, publish_cpu, report = timed(lambda: run_job(publish_catalogue(session, out, event=event)))
    db.close()
    opens = [timed(lambda: read_catalogue(out)) for _ in range(args.repeat)]
    catalogue = opens[-1][2]
    result: dict[str, object] = {
        "organisations": report.organisations,  # type: ignore[attr-defined]
        "contacts_published": report.contacts_published,  # type: ignore[attr-defined]
        "contacts_withheld": report.contacts_withheld,  # type: ignore[attr-defined]
        "meeting_slots": report.meeting_slots,  # type: ignore[attr-defined]
        "file_bytes": out.stat().st_size,
        "json_bytes": None,
        "publish_seconds": round(publish_s, 3),
        "publish_cpu_seconds": round(publish_cpu, 3),
        "open_seconds": round(statistics.median(t for t, _, _ in opens), 3),
        "open_cpu_seconds": round(statistics.median(c for _, c, _ in opens), 3),
        "open_min_seconds": round(min(t for t, _, _ in opens), 3),
        "open_target_seconds": 1.0,
    }
    import zipfile

    with zipfile.ZipFile(out) as archive:
        result["json_bytes"] = archive.getinfo("catalogue.json").file_size
    if not args.no_window:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv)
        from matchmaker.ui.catalogue.window import open_catalogue_window
        from matchmaker.ui.settings import app_settings

        runs = []
        for _ in range(args.repeat):
            seconds, cpu, window = timed(lambda: open_catalogue_window(out, app_settings()))
            app.processEvents()
            runs.append((seconds, cpu))
            window.close()  # type: ignore[union-attr]
        result["window_seconds"] = round(statistics.median(t for t, _ in runs), 3)
        result["window_cpu_seconds"] = round(statistics.median(c for _, c in runs), 3)
        result["window_min_seconds"] = round(min(t for t, _ in runs), 3)
        try:
            from matchmaker.core.catalogue.suggest import CatalogueMatcher

            build_s, _, matcher = timed(lambda: CatalogueMatcher(catalogue))  # type: ignore[arg-type]
            first = catalogue.organisations[0].id  # type: ignore[attr-defined]
            suggest_s, _, found = timed(lambda: matcher.suggest(first, top=30))  # type: ignore[attr-defined]
            result["suggest_index_seconds"] = round(build_s, 3)
            result["suggest_seconds"] = round(suggest_s, 3)
            result["suggestions"] = len(found)  # type: ignore[arg-type]
        except ImportError:
            result["suggest_index_seconds"] = None
    with contextlib.suppress(OSError):
        result["load_average"] = round(os.getloadavg()[0], 2)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
