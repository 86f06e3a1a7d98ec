"""Import benchmark: a realistic 50,000-row member list (CSV, optionally XLSX) into a fresh database.

Measures the first import (everything new: bulk inserts), the re-import of the same file
(everything matched and unchanged) and the export, with wall time and peak memory
(resident set size of this process, which includes Python, SQLAlchemy and the taxonomy). Prints JSON.

    python benchmarks/bench_import.py                     # SQLite in a temp folder
    python benchmarks/bench_import.py --rows 50000 --xlsx # also the XLSX reader
    python benchmarks/bench_import.py --db postgresql+psycopg://postgres@127.0.0.1:PORT/postgres  (admin URL)
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from matchmaker.core.model import Capability, Organisation, Person
from matchmaker.core.progress import run_job
from matchmaker.core.tabular import ImportOptions, export_organisations, import_file
from matchmaker.db import open_database

COUNTRIES = {
    "LT": (["Vilnius", "Kaunas", "Klaipėda", "Šiauliai"], ["UAB", "MB", "VšĮ"], ["Jonas Jonaitis", "Rūta Žemaitė"]),
    "PL": (["Kraków", "Łódź", "Gdańsk", "Warszawa"], ["sp. z o.o.", "S.A."], ["Michał Żółć", "Agnieszka Łęcka"]),
    "LV": (["Rīga", "Cēsis", "Liepāja"], ["SIA"], ["Jānis Bērziņš", "Līga Ozola"]),
    "NO": (["Oslo", "Bergen", "Trondheim"], ["AS"], ["Ola Nordmann", "Kjærstin Øvre"]),
    "DK": (["København", "Aarhus", "Aalborg"], ["ApS", "A/S"], ["Søren Åberg", "Mette Ærenlund"]),
}
WORDS = [
    "Baltic",
    "Nordic",
    "Film",
    "Pixel",
    "Cloud",
    "Studio",
    "Kino",
    "Žvaigždė",
    "Ąžuolas",
    "Šiaurė",
    "Gęś",
    "Łąka",
    "Fjord",
    "Ærø",
    "Bytes",
    "Vision",
    "Motion",
    "Data",
    "Games",
    "Sound",
    "Vilnius",
    "Kraków",
]
HEADER = [
    "Company name",
    "Country",
    "City",
    "Type",
    "Employees",
    "Website",
    "Clusters",
    "Capabilities",
    "We offer",
    "We look for",
    "Description",
    "Contact person",
    "E-mail",
    "Phone",
    "Consent",
]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def write_rows(path: Path, rows: int, labels: list[str]) -> None:
    rng = random.Random(2026)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for i in range(rows):
            country = rng.choice(list(COUNTRIES))
            cities, forms, people = COUNTRIES[country]
            name = f"{rng.choice(forms)} {rng.choice(WORDS)} {rng.choice(WORDS)} {i}"
            slug = f"org{i}"
            writer.writerow(
                [
                    name,
                    country,
                    rng.choice(cities),
                    rng.choice(["company", "Įmonė", "firma", "research", "ngo"]),
                    rng.choice(["8", "35", "10-49", "120", "250+", ""]),
                    f"www.{slug}.example.{country.lower()}",
                    "; ".join(rng.sample(["Vilnius Film Cluster", "INFOBALT", "Nebula", "Krakow Film Cluster"], 2)),
                    "; ".join(rng.sample(labels, 3)),
                    f"Co-production services\nVFX for series {i % 97}",
                    "Partners in Norway",
                    f"{name} is a member of the cluster since {2000 + i % 24}.",
                    rng.choice(people),
                    f"info@{slug}.example.org",
                    f"+370 600 {i:05d}",
                    rng.choice(["taip", "no", "yes"]),
                ]
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--db", help="PostgreSQL admin URL (default: a temp SQLite file)")
    parser.add_argument("--xlsx", action="store_true", help="also import the same rows from an XLSX file")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mm-bench-import-"))
    drop = None
    if args.db:
        admin = make_url(args.db)
        name = f"mm_bench_{uuid.uuid4().hex[:8]}"
        engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))

        def drop() -> None:
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

        database = open_database(admin.set(database=name))
    else:
        database = open_database(f"sqlite:///{folder / 'bench.db'}")
    results: dict[str, object] = {"rows": args.rows, "backend": database.backend, "machine": "shared, 2 cores"}
    try:
        with database.session() as session:
            labels = [cap.label("en") for cap in session.scalars(select(Capability))]
        source = folder / "members.csv"
        write_rows(source, args.rows, labels)
        results["file_mb"] = round(source.stat().st_size / 1e6, 1)
        baseline = rss_mb()
        for label in ("first_import", "reimport_same_file"):
            started, cpu = time.perf_counter(), time.process_time()
            with database.transaction() as session:
                report = run_job(import_file(session, source, ImportOptions()))
            cpu = time.process_time() - cpu
            results[label] = {
                "seconds": round(time.perf_counter() - started, 2),
                "cpu_seconds": round(cpu, 2),  # on a shared machine, wall time includes waiting for a core
                "peak_rss_mb": round(rss_mb(), 1),
                "counts": {k: v for k, v in report.counts.items() if v},
                "errors": len(report.errors),
            }
        with database.session() as session:
            results["organisations"] = session.scalar(select(func.count()).select_from(Organisation))
            results["people"] = session.scalar(select(func.count()).select_from(Person))
        started, cpu = time.perf_counter(), time.process_time()
        with database.transaction() as session:
            run_job(export_organisations(session, folder / "export.csv"))
        results["export_csv_seconds"] = round(time.perf_counter() - started, 2)
        results["export_csv_cpu_seconds"] = round(time.process_time() - cpu, 2)
        if args.xlsx:
            from openpyxl import Workbook

            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet("Members")
            with source.open(encoding="utf-8-sig", newline="") as handle:
                for row in csv.reader(handle, delimiter=";"):
                    sheet.append(row)
            workbook.save(folder / "members.xlsx")
            started = time.perf_counter()
            with database.transaction() as session:
                report = run_job(import_file(session, folder / "members.xlsx", ImportOptions(dry_run=True)))
            results["xlsx_dry_run_seconds"] = round(time.perf_counter() - started, 2)
        results["baseline_rss_mb"] = round(baseline, 1)
        results["peak_rss_mb"] = round(rss_mb(), 1)
        first = results["first_import"]
        assert isinstance(first, dict)
        results["target"] = {
            "seconds_below": 15,
            "memory_mb_below": 400,
            "met": first["seconds"] < 15 and rss_mb() < 400,
            "met_in_cpu_time": first["cpu_seconds"] < 15 and rss_mb() < 400,
        }
    finally:
        database.close()
        if drop is not None:
            drop()
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
