"""How long ``matchmaker generate`` takes: N organisations (default 100,000) into a fresh database. Prints JSON.

    python benchmarks/bench_generate.py                       # SQLite, 100,000 organisations, 300 participants
    python benchmarks/bench_generate.py --organisations 20000 --db postgresql+psycopg://postgres@127.0.0.1:PORT/postgres
    (a PostgreSQL admin URL: a fresh database is created and dropped)

The target (issue 3) is under 60 s for 100,000 organisations on a 2-core machine. ``cpu_seconds``
is reported too, because on a shared machine the wall-clock time depends on the neighbours.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from matchmaker.core.generate import GenerateOptions, generate_data
from matchmaker.core.progress import run_job
from matchmaker.db import open_database
from matchmaker.db.url import sqlite_url


def run(url: URL, organisations: int, participants: int, seed: int) -> dict[str, object]:
    db = open_database(url)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        with db.transaction() as session:
            report = run_job(generate_data(session, GenerateOptions(organisations, participants, seed)))
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    finally:
        db.close()
    rows = sum(report.created.values())
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_seconds, 2),
        "rows": rows,
        "rows_per_second": round(rows / seconds),
        "created": dict(sorted(report.created.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--organisations", type=int, default=100_000)
    parser.add_argument("--event-participants", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", help="PostgreSQL admin URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    result: dict[str, object] = {"benchmark": "generate", "organisations": args.organisations,
                                 "event_participants": args.event_participants, "cpus": os.cpu_count(),
                                 "load_average_before": [round(x, 2) for x in os.getloadavg()]}  # fmt: skip
    if args.db:
        admin = make_url(args.db)
        name = f"mm_bench_gen_{uuid.uuid4().hex[:8]}"
        engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            result |= {"backend": "postgresql"} | run(admin.set(database=name), args.organisations,
                                                      args.event_participants, args.seed)  # fmt: skip
        finally:
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            engine.dispose()
    else:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bench.db"
            result |= {"backend": "sqlite"} | run(
                sqlite_url(path), args.organisations, args.event_participants, args.seed
            )
            result["database_mb"] = round(path.stat().st_size / 1e6, 1)
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
